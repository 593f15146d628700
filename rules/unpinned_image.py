"""Image has no tag, or the tag `latest`, and no digest.

## What it does
Reports a container or init-container image written without a tag (`nginx`, which means
`nginx:latest`) or with the tag `latest`, unless a digest pins it (`nginx@sha256:…`,
`nginx:latest@sha256:…`). Any other tag counts as pinned: the rule cannot know whether a tag
such as `stable` or `main` moves.

## Why is this bad?
Control Tower pulls an image into its registry when the application is saved, and edge sites
pull from there ([image handling](https://docs.avassa.io/fundamentals/image-handling)); with
`latest`, what runs depends on when the application was saved, two sites may run different
code, and going back to an earlier application version does not bring the earlier image back.
It works, but it is not reproducible, hence a warning.

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
        image: registry.example.com/web/nginx:latest
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

from avassa_lint.views.images import image_uses
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.core.rule import Finding, rule


@rule(code="IMG004", name="unpinned-image", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for use in image_uses(project):
        ref = use.ref
        if ref is None or ref.digest is not None:
            continue
        image = quote(use.image.value)
        if ref.tag is None:
            span = use.image.span
            message = (f'image {image} of {use.container.where} has no tag, so it means "latest"; '
                       "expected a version tag or a digest")
        elif ref.tag == "latest":
            span = use.image.part(len(ref.raw) - len(ref.tag), len(ref.tag))
            message = f'image {image} of {use.container.where} uses the tag "latest", expected a version tag or a digest'
        else:
            continue
        name = ref.raw if ref.tag is None else ref.raw[: -len(ref.tag) - 1]
        yield Finding.at(
            use.image,
            span=span,
            message=message,
            hint=f'pin a version ("{name}:1.2.3") or a digest ("{name}@sha256:…")',
        )
