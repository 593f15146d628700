"""Two deployments deploy the same application.

## What it does
Reports every application deployment whose `application` is already deployed by an earlier
deployment in the project (files in path order), with a pointer to the first one. A deployment
that repeats the `name` of an earlier one is reported too (on its name, once): it is the same
object in Control Tower, declared twice.

## Why is this bad?
Control Tower allows at most one deployment per application
([deployment reference](https://avassa-api.redoc.ly/tag/Application-Deployments)), so the second
one is rejected. Two deployments usually mean an attempt to roll one application out to two groups
of sites, which is done with one deployment whose `match-site-labels` selects both. A repeated
deployment name is one object declared twice: creating the second conflicts with the first, and
replacing it silently discards the first. The severity is error because the second deployment is
either rejected or wipes out the first.

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

from avassa_lint.model.project import Deployment, Project
from avassa_lint.core.rule import Finding, Related, rule


@rule(code="APP012", name="duplicate-deployment", severity="error")
def check(project: Project) -> Iterator[Finding]:
    by_name: dict[str, Deployment] = {}
    by_application: dict[str, Deployment] = {}
    for deployment in project.deployments:
        name, target = deployment.name, deployment.application
        if name is not None:
            earlier = by_name.setdefault(name.value, deployment)
            if earlier is not deployment and earlier.name is not None:
                yield _same_name(deployment, earlier)
                continue
        if target is None:
            continue
        earlier = by_application.setdefault(target.value, deployment)
        if earlier is deployment:
            continue
        assert earlier.application is not None
        yield Finding.at(
            target,
            message=f'deployment {_name(deployment)} deploys application "{target.value}", which '
                    f"deployment {_name(earlier)} already deploys",
            hint="an application has at most one deployment: widen the match-site-labels of the first "
                 "one and remove this one",
            related=(Related(earlier.application.span, f'application "{target.value}" first deployed here'),),
        )


def _same_name(deployment: Deployment, earlier: Deployment) -> Finding:
    """A second object with the name of an earlier deployment: it replaces or conflicts with that one."""
    assert deployment.name is not None and earlier.name is not None
    target, first_target = deployment.application, earlier.application
    if target is not None and first_target is not None and target.value != first_target.value:
        what = f', first for application "{first_target.value}" and here for "{target.value}"'
    else:
        what = ""
    return Finding.at(
        deployment.name,
        message=f"deployment {_name(deployment)} is declared twice{what}",
        hint="a deployment name is one object in Control Tower: creating it again conflicts and replacing "
             "it discards the first; remove one, or rename this one",
        related=(Related(earlier.name.span, f"deployment {_name(earlier)} first declared here"),),
    )


def _name(deployment: Deployment) -> str:
    return f'"{deployment.name.value}"' if deployment.name is not None else "(unnamed)"
