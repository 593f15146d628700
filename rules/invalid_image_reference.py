"""Container image is not a valid image reference.

## What it does
Parses the `image` of every container and init container as `[host[:port]/]path[:tag][@digest]`
(Docker's reference grammar) and reports the first problem at its exact column:
- a placeholder or variable left from a template: `<tag>`, `{{ .Tag }}`, `${VERSION}`, `$TAG`
  (variables are not expanded in `image`, unlike in `env` or `cmd`);
- whitespace anywhere, or a URL scheme (`https://`);
- upper-case letters in the path (`Web/Nginx`), an empty path component (`team//app`), a
  character a path may not hold;
- a bad registry host or port (`registry.example.com:6OOO/app`);
- an empty or invalid tag (`nginx:`, `nginx:1.25 beta`, tags longer than 128 characters);
- a malformed digest (`@sha256:` without exactly 64 hex digits).

An empty `image` or one that is not a string is reported by the schema (SCH006, SCH004).

## Why is this bad?
Control Tower pulls every image of an application when the application is saved, and a string
that is not an image reference cannot be pulled: the application never becomes ready. Templates
are the usual cause (a pipeline that did not run, or `${VERSION}` written where variables are not
substituted), so the value is wrong in every environment, hence an error.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:${NGINX_VERSION}
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.image_ref import ImageRef, parse_image
from avassa_lint.views.images import image_uses
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.core.rule import Finding, rule


@rule(code="IMG002", name="invalid-image-reference", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for use in image_uses(project):
        problem = use.parsed
        if not isinstance(problem, ParseProblem):
            continue
        yield Finding.at(
            use.image,
            span=use.image.part(problem.offset, problem.length),
            message=f"{problem.message} ({use.container.where})",
            hint=_hint(use.image.value, problem),
        )


def _hint(text: str, problem: ParseProblem) -> str | None:
    found = text[problem.offset:problem.end]
    if found.startswith(("$", "<", "{")):
        return ("write the value itself: variables and placeholders are not expanded in image "
                "(substitute them before the file is applied, e.g. in the CI pipeline)")
    fixed = _repaired(text)
    return f"write {quote(fixed)}" if fixed is not None else None


def _repaired(text: str) -> str | None:
    """The image with its obvious slips undone (outer spaces, a scheme, upper case in the path),
    when that makes it valid."""
    candidate = text.strip()
    scheme, separator, rest = candidate.partition("://")
    if separator and scheme.isalpha():
        candidate = rest
    parsed = parse_image(candidate)
    if isinstance(parsed, ParseProblem):
        candidate = _lower_path(candidate)
        parsed = parse_image(candidate)
    if isinstance(parsed, ImageRef) and candidate != text:
        return candidate
    return None


def _lower_path(text: str) -> str:
    """Lower-case the path, keeping the host (case-insensitive anyway) and the tag (case-sensitive)."""
    name, at, digest = text.partition("@")
    colon, slash = name.rfind(":"), name.rfind("/")
    tag = name[colon:] if colon > slash else ""
    name = name[: len(name) - len(tag)]
    head, sep, path = name.partition("/")
    if sep and ("." in head or ":" in head or head == "localhost"):
        return f"{head}/{path.lower()}{tag}{at}{digest}"
    return f"{name.lower()}{tag}{at}{digest}"

