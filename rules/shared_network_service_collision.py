"""Two applications on the same shared application network have a service of the same name.

## What it does
Groups the applications by their `network.shared-application-network` and reports a service
whose name is already the name of a service of another application on that network. The
finding is on the later service (by file and line), with the first one as the related
location. Declarations of one application name (two versions of it, say) are not compared with
each other, and names that are not plain strings are left to the schema.

## Why is this bad?
Applications that join one shared application network register their service names in one
DNS: a service reaches another application's service by its name. The application
specification says that the service names of the applications on a shared network must not
overlap, and that the behaviour is undefined when they do: a name may resolve to either
service, so one application may talk to the other's instances. The deployment itself can
succeed, and the collision matters only where both applications run on one site, so the
severity is warning.

## Example
```yaml
# applications/shop.yaml
name: shop
version: "1.0"
network:
  shared-application-network: store-net
services:
  - name: api
    mode: replicated
    replicas: 1
    containers:
      - name: api
        image: registry.example.com/shop/api:1.0
---
# applications/pos.yaml
name: pos
version: "1.0"
network:
  shared-application-network: store-net
services:
  - name: api
    mode: replicated
    replicas: 1
    containers:
      - name: api
        image: registry.example.com/pos/api:1.0
```

## Use instead
```yaml
# applications/shop.yaml
name: shop
version: "1.0"
network:
  shared-application-network: store-net
services:
  - name: shop-api
    mode: replicated
    replicas: 1
    containers:
      - name: api
        image: registry.example.com/shop/api:1.0
---
# applications/pos.yaml
name: pos
version: "1.0"
network:
  shared-application-network: store-net
services:
  - name: pos-api
    mode: replicated
    replicas: 1
    containers:
      - name: api
        image: registry.example.com/pos/api:1.0
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Application, Project, Service
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, Related, rule


def _app_name(app: Application) -> str | None:
    return app.name.value if app.name is not None and isinstance(app.name.value, str) else None


@rule(code="APP018", name="shared-network-service-collision", severity="warning")
def check(project: Project) -> Iterator[Finding]:
    networks: dict[str, list[Application]] = {}
    for app in project.applications:
        network = app.shared_network
        if network is not None and network.value:
            networks.setdefault(network.value, []).append(app)
    for network, apps in sorted(networks.items()):
        if len({_app_name(a) for a in apps}) < 2:
            continue
        services: list[tuple[Service, str, str | None]] = []
        for app in apps:
            for service in app.services:
                if service.name is not None and isinstance(service.name.value, str):
                    services.append((service, service.name.value, _app_name(app)))
        services.sort(key=lambda item: item[0].name.span)  # type: ignore[union-attr]
        first: dict[str, tuple[Service, str | None]] = {}
        for service, name, app_name in services:
            if name not in first:
                first[name] = (service, app_name)
                continue
            other, other_app = first[name]
            if other_app == app_name:
                continue  # the same application (another version, or duplicate-name's business)
            if service.name is None or other.name is None:
                continue
            yield Finding.at(
                service.name,
                message=f"service {q(name)} of application {q(app_name or '?')} has the same name as service "
                        f"{q(name)} of application {q(other_app or '?')}, which joins the same shared "
                        f"application network {q(network)}",
                hint=f"rename one of the services: the applications on {q(network)} share one DNS, so the "
                     "name may resolve to either service",
                related=(Related(other.name.span, f"service {q(name)} of application {q(other_app or '?')}"),),
            )
