"""A service sets `replicas` while its mode runs one instance per matching host.

## What it does
Checks services with `mode: one-per-matching-host` for a `replicas` key.

## Why is this bad?
`replicas` is only valid with `mode: replicated`. With `one-per-matching-host` the number of
instances is the number of hosts that match `placement.match-host-labels` (and the containers'
device labels), so the count written here is not what runs: the author expected a fixed number
of instances, or changed the mode and left the count behind. It is a warning rather than an
error because the intent is clear either way and the sources do not say whether Control Tower
rejects the key or ignores it.

## Example
```yaml
# applications/agent.yaml
name: agent
version: "1.0"
services:
  - name: node-exporter
    mode: one-per-matching-host
    replicas: 3
    containers:
      - name: exporter
        image: registry.example.com/monitoring/node-exporter:1.8.1
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/agent.yaml
name: agent
version: "1.0"
services:
  - name: node-exporter
    mode: one-per-matching-host
    containers:
      - name: exporter
        image: registry.example.com/monitoring/node-exporter:1.8.1
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.workload import describe_service


@rule(code="APP005", name="replicas-with-one-per-host", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        mode = service.mode
        if mode is None or mode.value != "one-per-matching-host":
            continue
        key = service.node.key("replicas")
        if key is None:
            continue
        yield Finding.at(
            key,
            message=f'{describe_service(service)} sets replicas with mode "one-per-matching-host"; '
                    f'replicas only applies to mode "replicated"',
            hint="remove replicas (one-per-matching-host runs one instance on every matching host), "
                 "or use mode: replicated to run a fixed number of instances",
            related=(Related(mode.span, "mode set here"),),
        )
