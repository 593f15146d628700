"""Image has no registry host and no default remote registry is configured.

## What it does
Reports an image written without a registry host (`team/app:1.0`, `redis:7.2.5`) when the
image-registry settings of the project have no `default-remote-registry`. Avassa has no built-in
default registry (unlike Docker, there is no implicit Docker Hub), so such an image is not pulled
from anywhere: it must already have been pushed to the Control Tower's own registry.

Not reported:
- an image matching the `pushed-images` option (below): your pipeline pushes it to Control Tower;
- anything when the project cannot tell whether a default registry is configured: when the
  linted files contain no image-registry settings at all (they are a single object, often set
  once in Control Tower and not kept next to the applications), when a file that failed to load
  may be the settings, or when a remote registry with the address `default` is declared (the
  application schema's text names `/image-registry/remote-registries/default` as the fallback;
  the documentation uses `default-remote-registry`, so either counts as configured);
- an image with a host: undeclared hosts are `undeclared-registry` (IMG001).

## Options
- `pushed-images` (list of patterns, default empty): images known to be pushed to the Control
  Tower registry. A shell-style pattern matches the image as written or its repository without
  tag or digest: `rules: {image-without-registry: {pushed-images: ["team/*", "tools/debug"]}}`.
- `control-tower-registry` (host, default none): the host name of the Control Tower registry,
  for images written with it (`registry.acme.avassa.net/team/app:1.0`). Such images are pushed
  there, so this rule is silent about them, and `undeclared-registry` (IMG001) reads this option
  too and does not ask for a remote registry with that address. The public documentation does not
  say which host name the Control Tower registry uses, so there is no default.

## Why is this bad?
Avassa has no built-in default registry ([image handling](https://docs.avassa.io/fundamentals/image-handling)):
an image without a registry host is pulled from the `default-remote-registry`, and with none set
it must have been pushed to the Control Tower registry before the application can be scheduled.
Pushing images there is a documented workflow, so the image may well exist; but if it was not
pushed, the application cannot be deployed, and a reader of the file cannot tell which was
meant. Often a registry host or a `default-remote-registry` was simply forgotten.

The severity is warning: the project has image-registry settings and they set no default (an
empty `{}` settings file means there is none), so the image resolves only if it was pushed,
which only an online check could confirm. List the images your pipeline pushes under
`pushed-images` and the rule is silent about them. When the project cannot tell whether a
default is set (no settings file, a settings file that failed to load), nothing is reported.

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
        image: web/nginx:1.25.3
---
# image-registry/settings.yaml
# no default-remote-registry: host-less images must be pushed to Control Tower
{}
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
        image: web/nginx:1.25.3
---
# image-registry/settings.yaml
default-remote-registry: registry.example.com
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass

from avassa_lint.model.image_ref import ImageRef
from avassa_lint.views.images import default_registry_unknown, image_uses, patterns
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.core.rule import Finding, Related, rule


@dataclass(frozen=True)
class ImageWithoutRegistryOptions:
    pushed_images: tuple[str, ...] = ()
    control_tower_registry: str | None = None


@rule(code="IMG003", name="image-without-registry", severity="warning", options=ImageWithoutRegistryOptions)
def check(project: Project, options: ImageWithoutRegistryOptions) -> Iterator[Finding]:
    if project.default_registry is not None or default_registry_unknown(project):
        return
    if "default" in project.registries:
        return
    pushed = patterns(options.pushed_images)
    settings = project.settings[0]
    for use in image_uses(project):
        ref = use.ref
        if ref is None or ref.registry is not None or _pushed(ref, pushed):
            continue
        yield Finding.at(
            use.image,
            message=f"image {quote(use.image.value)} of {use.container.where} has no registry host "
                    "and no default remote registry is configured, so it must already be in the "
                    "Control Tower registry",
            hint="write the registry host in the image, set default-remote-registry in the image-registry "
                 "settings, or list the image under the option pushed-images of image-without-registry",
            related=(Related(settings.node.span, "image-registry settings without default-remote-registry"),),
        )


def _pushed(ref: ImageRef, pushed: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(ref.raw, p) or fnmatch.fnmatchcase(ref.repository, p) for p in pushed)
