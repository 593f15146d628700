"""Container log archive settings that contradict each other.

## What it does
Checks the log retention keys of containers, init containers and VMs:
- `container-log-archive-days` must be less than `container-log-max-days` when both are set;
- with `container-log-archive: true` and `container-log-max-days` set, the archive period left at
  its default (14 days) must also be less than `container-log-max-days`;
- `container-log-archive-days` is only valid with `container-log-archive: true`.

## Why is this bad?
The application specification states both constraints: the archive period must be shorter than
the log's maximum age, and the archive period only exists when archiving is on. A spec that
breaks them is rejected by Control Tower; at best the retention the author wrote is not the one
that applies (days of archive with archiving off keep nothing). It is an error because the
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
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
        container-log-archive: true
        container-log-archive-days: 30
        container-log-max-days: 7
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
        image: registry.example.com/web/nginx:1.25
        container-log-archive: true
        container-log-archive-days: 7
        container-log-max-days: 30
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.workload import workloads

# Reference §2.5: container-log-archive-days defaults to 14 when archiving is on.
DEFAULT_ARCHIVE_DAYS = 14


@rule(code="APP008", name="invalid-log-retention", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for workload in workloads(project):
        node = workload.node
        archive = node.get("container-log-archive")
        archive_days = node.integer("container-log-archive-days")
        max_days = node.integer("container-log-max-days")
        days_key = node.key("container-log-archive-days")
        where = workload.where
        if days_key is not None and (archive is None or archive.value is False):
            yield Finding.at(
                days_key,
                message=f"{where} sets container-log-archive-days without container-log-archive: true; "
                        f"archive days only apply when archiving is on",
                hint="add container-log-archive: true, or remove container-log-archive-days",
                related=(Related(archive.span, "archiving turned off here"),) if archive is not None else (),
            )
            continue  # the period is not in effect, so comparing it with the maximum age says nothing
        if max_days is None:
            continue
        if archive_days is not None:
            if archive_days.value < max_days.value:
                continue
            yield Finding.at(
                archive_days,
                message=f"container-log-archive-days ({archive_days.value}) of {where} is not less than "
                        f"container-log-max-days ({max_days.value})",
                hint="archived logs must expire before the log's maximum age: lower container-log-archive-days "
                     "or raise container-log-max-days",
                related=(Related(max_days.span, "container-log-max-days set here"),),
            )
        elif days_key is None and archive is not None and archive.value is True \
                and DEFAULT_ARCHIVE_DAYS >= max_days.value:
            yield Finding.at(
                max_days,
                message=f"container-log-max-days ({max_days.value}) of {where} is not more than the default "
                        f"container-log-archive-days ({DEFAULT_ARCHIVE_DAYS}) that applies with archiving on",
                hint=f"set container-log-archive-days below {max_days.value}, or raise container-log-max-days "
                     f"above {DEFAULT_ARCHIVE_DAYS}",
                related=(Related(archive.span, "archiving turned on here"),),
            )
