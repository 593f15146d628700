"""Two mounts of one container use the same path.

## What it does
Checks, for each container, init container and VM, that no two mounts target the same path:
the `mount-path` of a whole-volume mount and the `mount-path` of each mounted file are compared
(after dropping a trailing `/` and repeated `/`). A mounted file without `mount-path` is not
compared.

## Why is this bad?
Mount paths must be unique within a container. Two volumes (or a volume and a file) at one
path cannot both be visible: Control Tower rejects the specification, and where it would not,
one mount hides the other and the container reads the wrong data. Usually a path was copied
from the mount above and not edited. It is an error because the specification cannot be
applied as written.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    volumes:
      - name: cache
        ephemeral-volume:
          size: 1GiB
      - name: uploads
        persistent-volume:
          size: 5GiB
    containers:
      - name: app
        image: registry.example.com/web/app:2.0.1
        mounts:
          - volume-name: cache
            mount-path: /var/lib/app
          - volume-name: uploads
            mount-path: /var/lib/app
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
    volumes:
      - name: cache
        ephemeral-volume:
          size: 1GiB
      - name: uploads
        persistent-volume:
          size: 5GiB
    containers:
      - name: app
        image: registry.example.com/web/app:2.0.1
        mounts:
          - volume-name: cache
            mount-path: /var/cache/app
          - volume-name: uploads
            mount-path: /var/lib/app
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
import re
from collections.abc import Iterator

from avassa_lint.model.project import Located, Project
from avassa_lint.text.quoting import clean
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.workload import workloads

_SLASHES = re.compile(r"/{2,}")


def _normal(path: str) -> str:
    path = _SLASHES.sub("/", path)
    return path.rstrip("/") or "/"


@rule(code="APP015", name="duplicate-mount-path", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for workload in workloads(project):
        first: dict[str, Located[str]] = {}
        for mount in workload.mounts:
            for path in mount.mount_paths:
                if path is None:
                    continue
                key = _normal(path.value)
                seen = first.get(key)
                if seen is None:
                    first[key] = path
                    continue
                yield Finding.at(
                    path,
                    message=f'mount path "{clean(path.value, 80)}" of {workload.where} is already used by '
                            f"another mount of the same {workload.noun}",
                    hint="give each mount its own path",
                    related=(Related(seen.span, "first used here"),),
                )
