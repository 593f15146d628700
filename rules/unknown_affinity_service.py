"""An affinity entry names a service that its application does not have.

## What it does
Checks each entry of `placement.preferred-affinity.services` and
`placement.preferred-anti-affinity.services` that is a plain service name (no `.`) against the
services of the same application. An `APPLICATION.SERVICE` entry names another application's
service and is not checked.

## Why is this bad?
The scheduler prefers (or avoids) hosts that run the named service. A name that matches no
service never matches a host, so the preference silently does nothing: replicas meant to be
spread over hosts may all land on one, or replicas meant to sit next to a cache do not. The
usual cause is a typo or a renamed service. It is a warning because the application still
deploys and runs; only the placement preference is lost.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: frontend
    mode: replicated
    replicas: 2
    placement:
      preferred-anti-affinity:
        services:
          - fronted
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
  - name: frontend
    mode: replicated
    replicas: 2
    placement:
      preferred-anti-affinity:
        services:
          - frontend
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
from avassa_lint.text.quoting import clean, list_choices
from avassa_lint.core.rule import Finding, did_you_mean, rule
from avassa_lint.views.workload import describe_application, describe_service


def _listing(names: list[str]) -> str:
    own = f"services of this application: {list_choices(names)}; " if names else ""
    return own + "a service of another application is written APPLICATION.SERVICE"


@rule(code="APP014", name="unknown-affinity-service", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for app in project.applications:
        names = list(dict.fromkeys(s.name.value for s in app.services if s.name is not None))
        for service in app.services:
            if service.placement is None:
                continue
            for affinity in service.placement.affinities:
                key = affinity.key.value
                for entry in affinity.services:
                    if "." in entry.value or entry.value in names:
                        continue
                    shown = clean(entry.value, 60)
                    hint = did_you_mean(entry.value, names) or _listing(names)
                    yield Finding(
                        span=entry.span,
                        message=f'{key} of {describe_service(service)} names service "{shown}", '
                                f"which {describe_application(app)} does not have",
                        hint=hint,
                        yaml_path=f"{affinity.node.yaml_path}/services",
                    )
