"""A deployment pins an application version that the application's spec does not carry.

## What it does
Compares an explicit `application-version` of a deployment (anything but `"*"`) with the
`version` of the application it deploys, when that application is declared in the project with
a version. A version written as a number (`application-version: 1.10`) or with characters a
version may not hold is the schema's to report, and a deployment of an application that is not
declared is `undefined-application`'s.

## Why is this bad?
An explicit version deploys that version only, and nothing is deployed if Control Tower does not
hold it ([application versioning](https://docs.avassa.dev/how-to/application-versioning)). A pin
that differs from the spec next to it usually means the application was bumped and the deployment
was forgotten (or the other way round): the release never reaches the sites. Control Tower keeps
the last few versions of an application, so a pin to an older or newer version that is stored
there can be deliberate (a rollback, or a spec that is ahead of the rollout). That is why the
severity is warning, not error.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.3"
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
application-version: "1.2"
placement:
  match-site-labels: system/type = edge
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/web.yaml
name: web
version: "1.3"
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
application-version: "1.3"
placement:
  match-site-labels: system/type = edge
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
import re
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, Related, rule

# The `version` format (reference §1.2); anything else is reported by the schema.
_VERSION = re.compile(r"^[a-zA-Z0-9\-.+]+$")


@rule(code="APP011", name="unknown-application-version", severity="warning")
def check(project: Project) -> Iterator[Finding]:
    for deployment in project.deployments:
        pinned = deployment.application_version
        target = deployment.application
        if pinned is None or target is None or not isinstance(pinned.value, str):
            continue
        if pinned.value == "*" or not _VERSION.match(pinned.value):
            continue
        versions = [a.version for a in project.applications_named(target.value)
                    if a.version is not None and isinstance(a.version.value, str)]
        if not versions or any(v.value == pinned.value for v in versions):
            continue
        carried = versions[0]
        name = f'"{deployment.name.value}"' if deployment.name is not None else "(unnamed)"
        yield Finding.at(
            pinned,
            message=f'deployment {name} pins application "{target.value}" to version "{pinned.value}", '
                    f'but the application\'s spec has version "{carried.value}"',
            hint=f'set application-version to "{carried.value}", or to "*" to follow every version; '
                 f'keep "{pinned.value}" only if Control Tower still holds that version',
            related=tuple(Related(v.span, f'application "{target.value}" has version "{v.value}" here')
                          for v in versions),
        )
