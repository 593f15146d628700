"""An ingress uses the deprecated `access` key instead of `inbound-access`.

## What it does
Checks `network.ingress-ip-per-instance` of every service for an `access` key, the deprecated
predecessor of `inbound-access` (same forms: `allow-all`, `deny-all`, or `default-action` with
`rules`). When both keys are set, the finding says so.

## Why is this bad?
A deprecated key may stop being accepted by a later Control Tower release. When both keys are
set, two inbound policies are written for one ingress address and the sources do not say which
one wins, so the traffic that gets in may not be what either one says. Files in the wild do
carry both. It is a warning, not an error, because the platform still accepts `access` today.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    network:
      ingress-ip-per-instance:
        protocols:
          - name: tcp
            port-ranges: "443"
        access:
          allow-all: true
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
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
    network:
      ingress-ip-per-instance:
        protocols:
          - name: tcp
            port-ranges: "443"
        inbound-access:
          allow-all: true
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.workload import describe_service


@rule(code="APP009", name="deprecated-ingress-access", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        ingress = service.ingress
        if ingress is None or ingress.access is None:
            continue
        where = f"ingress-ip-per-instance of {describe_service(service)}"
        inbound = ingress.inbound_access.span if ingress.inbound_access is not None else None
        if inbound is None:
            yield Finding.at(
                ingress.access,
                message=f'{where} uses the deprecated key "access"; the current name is "inbound-access"',
                hint="rename access to inbound-access (the value keeps the same form)",
            )
        else:
            yield Finding.at(
                ingress.access,
                message=f'{where} sets both the deprecated "access" and "inbound-access"; '
                        f"expected inbound-access only",
                hint="remove access, after moving any of its rules you still need into inbound-access",
                related=(Related(inbound, "inbound-access set here"),),
            )
