"""A deployment names an application that no file declares.

## What it does
Checks that the `application` of every application deployment is the `name` of an application
in the project, or is listed under `external: applications:` in the configuration (for
applications kept in Control Tower only). A project that declares no application at all is not
checked: the applications then live elsewhere, and `unchecked-references` says so once. A file
that failed to load may hold the application, so nothing is reported while such a file exists
in a place where applications are kept.

## Why is this bad?
A deployment must name an existing application
([deployment reference](https://avassa-api.redoc.ly/tag/Application-Deployments)); Control Tower
rejects one that does not, so nothing is rolled out. When the project declares its applications, a name that
matches none of them is nearly always a typo or an application that was renamed, so the severity
is error.

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
# application-deployments/web.yaml
name: web
application: wbe
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
  match-site-labels: system/type = edge
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.loading.classify import APPLICATION, path_hint
from avassa_lint.model.project import Project
from avassa_lint.text.suggest import Suggester, phrase
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_hints import only_close, rename_fix


@rule(code="APP010", name="undefined-application", severity="error",
      fix="unsafe: renames the application to the one close declared application")
def check(project: Project) -> Iterator[Finding]:
    if not project.has_applications or _may_be_hidden(project):
        return
    declared = {a.name.value: a for a in project.applications if a.name is not None}
    known = set(declared) | set(project.external.applications)
    suggester = Suggester(known)  # built once: a big project has thousands of names
    for deployment in project.deployments:
        target = deployment.application
        if target is None or target.value in known:
            continue
        close = suggester.suggest(target.value)
        hint = phrase(close)
        related: tuple[Related, ...] = ()
        if close is not None:
            closest = declared.get(close)
            if closest is not None and closest.name is not None:
                related = (Related(closest.name.span, f'application "{closest.name.value}" declared here'),)
        else:
            hint = ("declare the application in the project, or list it under "
                    '"external: applications:" in the configuration if it exists in Control Tower only')
        name = f'"{deployment.name.value}"' if deployment.name is not None else "(unnamed)"
        yield Finding.at(
            target,
            message=f'deployment {name} deploys application "{target.value}", which is not declared '
                    "in the project",
            hint=hint,
            related=related,
            fix=rename_fix(target, close) if close is not None and only_close(target.value, known, close) else None,
        )


def _may_be_hidden(project: Project) -> bool:
    """An application without a name, or a file that failed to load and may hold applications."""
    if any(a.name is None for a in project.applications):
        return True
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind == APPLICATION:
            return True
    return False
