"""A mount picks a file that its config map does not contain.

## What it does
For a mount of a `config-map` volume that lists `files`, checks each file `name` against the
`name`s of the config map's `items`.

Files of a `vault-secret` volume are the secret's keys: `undefined-secret` (SEC004) checks
them. Files of disk volumes (`ephemeral-volume`, `persistent-volume`, `system-volume`) only
exist at run time and are not checked.

## Why is this bad?
A config map only provides the files it lists: a mount of any other name has nothing to put
in place, so the container starts without the file it expects, or does not start (the
application specification says the file name must be an item of the volume). Most often the
name is a typo, or the item was renamed on one side only. It is an error because the container
cannot get the file as written.

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
      - name: config
        config-map:
          items:
            - name: nginx.conf
              data-verbatim: |
                worker_processes 1;
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
        mounts:
          - volume-name: config
            files:
              - name: ngnix.conf
                mount-path: /etc/nginx/nginx.conf
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
      - name: config
        config-map:
          items:
            - name: nginx.conf
              data-verbatim: |
                worker_processes 1;
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
        mounts:
          - volume-name: config
            files:
              - name: nginx.conf
                mount-path: /etc/nginx/nginx.conf
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project, Volume
from avassa_lint.text.quoting import clean, list_choices
from avassa_lint.core.rule import Finding, Related, did_you_mean, rule
from avassa_lint.views.workload import workloads


def _items(volume: Volume) -> list[str] | None:
    """Item names of a config-map volume, or None when they cannot be known for sure."""
    if volume.types != ["config-map"] or volume.config_map is None:
        return None  # another volume type, or several (the schema reports that)
    return volume.config_map.names


def _listing(names: list[str]) -> str:
    if not names:
        return "the config map has no items: add one with this name"
    return f"items of the config map: {list_choices(names)}"


@rule(code="APP003", name="unknown-config-file", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for workload in workloads(project):
        volumes: dict[str, Volume] = {}
        for volume in workload.service.volumes:
            if volume.name is not None:
                volumes.setdefault(volume.name.value, volume)  # a repeated name is APP001's
        for mount in workload.mounts:
            if mount.volume_name is None or not mount.files:
                continue
            volume = volumes.get(mount.volume_name.value)  # an undefined volume is APP002's
            known = _items(volume) if volume is not None else None
            if volume is None or volume.name is None or known is None:
                continue
            for file in mount.files:
                if file.value in known:
                    continue
                yield Finding(
                    span=file.span,
                    message=f'{workload.where} mounts file "{clean(file.value, 60)}" from config-map volume '
                            f'"{clean(volume.name.value, 60)}", which has no item of that name',
                    hint=did_you_mean(file.value, known) or _listing(known),
                    related=(Related(volume.name.span, "volume declared here"),),
                    yaml_path=mount.node.yaml_path,
                )
