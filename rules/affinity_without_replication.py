"""A service prefers or avoids hosts of other services while its mode is not replicated.

## What it does
Checks services with `mode: one-per-matching-host` for `placement.preferred-affinity` or
`placement.preferred-anti-affinity`.

## Why is this bad?
Affinity steers where the scheduler puts a chosen number of replicas; the application
specification makes both keys valid only with `mode: replicated`. A
`one-per-matching-host` service already runs on every matching host, so there is no choice to
steer: the setting does nothing, and the author probably expected a different mode or wanted
`placement.match-host-labels`. It is a warning because the sources do not say whether Control
Tower rejects the key or ignores it.

## Example
```yaml
# applications/agent.yaml
name: agent
version: "1.0"
services:
  - name: collector
    mode: one-per-matching-host
    placement:
      preferred-affinity:
        services:
          - collector
    containers:
      - name: collector
        image: registry.example.com/monitoring/collector:2.1.0
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
  - name: collector
    mode: replicated
    replicas: 2
    placement:
      preferred-anti-affinity:
        services:
          - collector
    containers:
      - name: collector
        image: registry.example.com/monitoring/collector:2.1.0
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.workload import describe_service


@rule(code="APP006", name="affinity-without-replication", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        mode = service.mode
        placement = service.placement
        if mode is None or mode.value != "one-per-matching-host" or placement is None:
            continue
        for affinity in placement.affinities:
            key = affinity.key.value
            yield Finding.at(
                affinity.key,
                message=f'{key} of {describe_service(service)} has no effect with mode "one-per-matching-host"; '
                        f'it applies only to mode "replicated"',
                hint=f"remove {key}, or use mode: replicated with replicas",
                related=(Related(mode.span, "mode set here"),),
            )
