"""Two deployments deploy the same application.

## What it does
Reports every application deployment whose `application` is already deployed by an earlier
deployment in the project (files in path order), with a pointer to the first one.

## Why is this bad?
Control Tower allows at most one deployment per application, so the second one is rejected.
Two deployments usually mean an attempt to roll one application out to two groups of sites
with different settings, which is done with one deployment whose `match-site-labels` selects
both groups. The severity is error because the second deployment cannot be created.

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
---
# application-deployments/web-north.yaml
name: web-north
application: web
placement:
  match-site-labels: region = north
---
# application-deployments/web-south.yaml
name: web-south
application: web
placement:
  match-site-labels: region = south
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
---
# application-deployments/web.yaml
name: web
application: web
placement:
  match-site-labels: region = north or region = south
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model import Deployment, Project
from avassa_lint.rule import Finding, Related, rule


@rule(code="APP012", name="duplicate-deployment", severity="error")
def check(project: Project) -> Iterator[Finding]:
    first: dict[str, Deployment] = {}
    for deployment in project.deployments:
        target = deployment.application
        if target is None:
            continue
        earlier = first.setdefault(target.value, deployment)
        if earlier is deployment:
            continue
        assert earlier.application is not None
        yield Finding(
            span=target.span,
            message=f'deployment {_name(deployment)} deploys application "{target.value}", which '
                    f"deployment {_name(earlier)} already deploys",
            hint="an application has at most one deployment: widen the match-site-labels of the first "
                 "one and remove this one",
            related=(Related(earlier.application.span, f'application "{target.value}" first deployed here'),),
            yaml_path="application",
        )


def _name(deployment: Deployment) -> str:
    return f'"{deployment.name.value}"' if deployment.name is not None else "(unnamed)"
