"""A mount names a volume that its service does not declare.

## What it does
Checks that the `volume-name` of every mount of a container, an init container or a VM is
the `name` of a volume in the same service's `volumes` list. Volumes of other services do not
count: each service declares its own.

## Why is this bad?
The application specification requires the mounted volume to exist in the service ("must be
true" constraint), so Control Tower rejects the application. Most often the name is a typo,
or the volume was declared on a neighbouring service. It is an error because the
specification cannot be applied as written.

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
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
        mounts:
          - volume-name: cahce
            mount-path: /var/cache/nginx
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
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
        mounts:
          - volume-name: cache
            mount-path: /var/cache/nginx
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.core.diagnostic import Fix
from avassa_lint.model.project import Located, Project, Service
from avassa_lint.text.quoting import clean, list_choices
from avassa_lint.core.rule import Finding, did_you_mean, rule, suggest
from avassa_lint.views.secret_hints import only_close, rename_fix
from avassa_lint.views.workload import describe_service, workloads


@rule(code="APP002", name="undefined-volume", severity="error", scope="file",
      fix="unsafe: renames the mounted volume to the one close volume of the service")
def check(project: Project) -> Iterator[Finding]:
    for workload in workloads(project):
        declared = list(dict.fromkeys(v.name.value for v in workload.service.volumes if v.name is not None))
        for mount in workload.mounts:
            wanted = mount.volume_name
            if wanted is None or wanted.value in declared:
                continue
            yield Finding(
                span=wanted.span,
                message=f'{workload.where} mounts volume "{clean(wanted.value, 60)}", '
                        f"which the service does not declare",
                hint=_hint(wanted.value, declared, workload.service),
                yaml_path=mount.node.yaml_path,
                fix=_fix(wanted, declared),
            )


def _fix(wanted: Located[str], declared: list[str]) -> Fix | None:
    """Rename the mount's volume to the one volume of the service close to it."""
    close = suggest(wanted.value, declared)
    return rename_fix(wanted, close) if close is not None and only_close(wanted.value, declared, close) else None


def _hint(wanted: str, declared: list[str], service: Service) -> str:
    close = did_you_mean(wanted, declared)
    if close is not None:
        return close
    for other in service.application.services:
        if other is not service and any(v.name is not None and v.name.value == wanted for v in other.volumes):
            return (f"the volume is declared in {describe_service(other)}; each service declares "
                    f"the volumes its containers mount")
    if declared:
        return f"volumes of the service: {list_choices(declared)}"
    return f'declare a volume named "{clean(wanted, 60)}" in the service\'s volumes list'
