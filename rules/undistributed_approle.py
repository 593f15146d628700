"""A container's approle is not distributed to the sites its application is deployed to.

## What it does
Follows the `approle` of each container and init container to the approle's `distribute` and
to the application's deployments, and reports when the approle cannot reach the sites the
deployment places the application on:

- the approle is distributed to `deployments: [...]` that leave out the application's
  deployment: error when the sites of both are known and a site of the application's deployment
  is not a site of the listed ones, warning otherwise (the listed deployments may run on the same
  sites);
- the approle is distributed to `sites: [...]` and a site the deployment places the application
  on is not in the list: a site its placement names by `system/name`, or a site the project
  declares (`system/sites/`) whose labels the placement matches.

An approle distributed `to: all` reaches every site. An approle without `distribute` is not
reported: the Volga programming tutorial creates one so, and what it reaches is not documented.
Without declared sites, placements that do not name their sites are not compared with a
`sites` list.

## Why is this bad?
The container gets its `SYS_APPROLE_SECRET_ID` from the approle on the site it runs on
([approles](https://avassa-api.redoc.ly/tag/Approles); the same `distribute` choice as a
vault's). On a site the approle does not reach the container cannot log in, so the service
instance does not work there. The mismatch is certain when the sites on both ends are known, so
the severity is error, and warning when they are not.

## Example
```yaml
# applications/telemetry.yaml
name: telemetry
version: "1.0"
services:
  - name: forwarder
    mode: replicated
    replicas: 1
    containers:
      - name: forwarder
        image: registry.example.com/telemetry/forwarder:2.3.0
        approle: telemetry-forwarder
        env:
          APPROLE_SECRET_ID: ${SYS_APPROLE_SECRET_ID}
---
# application-deployments/telemetry.yaml
name: telemetry-pilot
application: telemetry
placement:
  match-site-labels: system/name = store-1 or system/name = store-2
---
# strongbox/authentication/approles/telemetry-forwarder.yaml
name: telemetry-forwarder
distribute:
  sites:
    - store-1
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/telemetry.yaml
name: telemetry
version: "1.0"
services:
  - name: forwarder
    mode: replicated
    replicas: 1
    containers:
      - name: forwarder
        image: registry.example.com/telemetry/forwarder:2.3.0
        approle: telemetry-forwarder
        env:
          APPROLE_SECRET_ID: ${SYS_APPROLE_SECRET_ID}
---
# application-deployments/telemetry.yaml
name: telemetry-pilot
application: telemetry
placement:
  match-site-labels: system/name = store-1 or system/name = store-2
---
# strongbox/authentication/approles/telemetry-forwarder.yaml
name: telemetry-forwarder
distribute:
  sites:
    - store-1
    - store-2
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.core.diagnostic import Severity
from avassa_lint.views.distribution import deployments_by_application, distribution_gap, placement_span
from avassa_lint.model.project import Approle, Container, Deployment, Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.core.rule import Finding, Related, rule


@rule(code="SEC019", name="undistributed-approle", severity="error")
def check(project: Project) -> Iterator[Finding]:
    deployments = deployments_by_application(project)
    for container in project.containers():
        app = container.service.application
        if container.approle is None or app.name is None:
            continue
        declared = project.approles.get(container.approle.value)
        if not declared:
            continue
        for deployment in deployments.get(app.name.value, []):
            finding = _judge(project, container, declared[0], deployment)
            if finding is not None:
                yield finding


def _judge(project: Project, container: Container, approle: Approle, deployment: Deployment) -> Finding | None:
    assert container.approle is not None
    name = container.approle.value
    dep_name = deployment.name.value if deployment.name is not None else None
    distribute = approle.distribute
    if dep_name is None or "${" in dep_name or distribute is None:
        return None
    dep_span = deployment.name.span if deployment.name is not None else deployment.node.span
    user = f"{container.where} uses approle {q(name)}"
    gap = distribution_gap(project, distribute, deployment, dep_name)
    if gap is None:
        return None
    if gap.by == "deployments":
        shown = ", ".join(q(d.value) for d in gap.listed[:5]) or "no deployment"
        related = (Related(distribute.key_span("deployments") or distribute.span, f"approle {q(name)} is distributed here"),
                   Related(dep_span, f"deployment {q(dep_name)} declared here"))
        hint = f"add {clean(dep_name, 80)} to distribute.deployments of approle {q(name)}"
        if gap.certain:
            where_ = ("sites " if len(gap.missing) > 1 else "site ") + ", ".join(q(s) for s in gap.missing[:5])
            return Finding(
                span=container.approle.span,
                message=f"{user}, which is distributed to deployments {shown} only; none of them runs on "
                        f"{where_}, where deployment {q(dep_name)} places the application: the container "
                        "cannot log in there",
                hint=hint, related=related, yaml_path=f"{container.node.yaml_path}/approle",
            )
        return Finding(
            span=container.approle.span,
            message=f"{user}, which is distributed to deployments {shown} only, not to deployment "
                    f"{q(dep_name)} of the application: the container can log in only where those "
                    "deployments run too",
            hint=hint, related=related, yaml_path=f"{container.node.yaml_path}/approle",
            severity=Severity.WARNING,
        )
    missing = gap.missing
    shown = ", ".join(q(s) for s in missing[:5])
    return Finding(
        span=container.approle.span,
        message=f"{user}, whose distribute.sites leaves out site{'s' if len(missing) > 1 else ''} {shown}, "
                f"where deployment {q(dep_name)} places the application: the container cannot log in there",
        hint=f"add {', '.join(clean(s, 80) for s in missing[:5])} to distribute.sites of approle {q(name)}",
        related=(Related(distribute.key_span("sites") or distribute.span, f"approle {q(name)} is distributed here"),
                 Related(placement_span(deployment) or dep_span, f"deployment {q(dep_name)} places it here")),
        yaml_path=f"{container.node.yaml_path}/approle",
    )
