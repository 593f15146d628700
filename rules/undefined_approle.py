"""A container names an approle that the project does not declare.

## What it does
Checks that the `approle` of every container and init container is the `name` of an approle
the project declares (`supctl create strongbox authentication approles`, kept in
`strongbox/authentication/approles/`). A project that declares no approle at all is not
checked: the approles then live elsewhere, and `unchecked-references` (LNT005) says so once. A
file that failed to load may hold the approle, so nothing is reported while such a file exists
where approles are kept.

## Why is this bad?
The approle gives the container its `SYS_APPROLE_SECRET_ID`, with which it logs in to
Strongbox and the API ([approles](https://avassa-api.redoc.ly/tag/Approles)). A container whose
approle does not exist gets no secret-id: the service instance cannot be started as written.
When the project declares its approles, a name that matches none of them is nearly always a
typo or a renamed approle, so the severity is error.

## Example
```yaml
# applications/telemetry.yaml
name: telemetry
version: "1.0"
services:
  - name: collector
    mode: replicated
    replicas: 1
    containers:
      - name: collector
        image: registry.example.com/telemetry/collector:1.4.0
        approle: telemetry-colector
        env:
          APPROLE_SECRET_ID: ${SYS_APPROLE_SECRET_ID}
---
# strongbox/authentication/approles/telemetry-collector.yaml
name: telemetry-collector
token-policies:
  - telemetry
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
  - name: collector
    mode: replicated
    replicas: 1
    containers:
      - name: collector
        image: registry.example.com/telemetry/collector:1.4.0
        approle: telemetry-collector
        env:
          APPROLE_SECRET_ID: ${SYS_APPROLE_SECRET_ID}
---
# strongbox/authentication/approles/telemetry-collector.yaml
name: telemetry-collector
token-policies:
  - telemetry
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.loading.classify import APPROLE, path_hint
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.text.suggest import Suggester, phrase
from avassa_lint.core.rule import Finding, Related, rule


@rule(code="SEC012", name="undefined-approle", severity="error")
def check(project: Project) -> Iterator[Finding]:
    if not project.has_approles or _may_be_hidden(project):
        return
    suggester = Suggester(project.approles)
    for container in project.containers():
        approle = container.approle
        if approle is None or approle.value in project.approles or "${" in approle.value:
            continue
        close_name = suggester.suggest(approle.value)
        hint = phrase(close_name)
        related: tuple[Related, ...] = ()
        if hint is not None:
            close = project.approles.get(close_name, [])
            if close and close[0].name is not None:
                related = (Related(close[0].name.span, f"approle {q(close[0].name.value)} declared here"),)
        else:
            hint = (f"declare it in strongbox/authentication/approles/{clean(approle.value, 80)}.yaml "
                    "(supctl create strongbox authentication approles)")
        yield Finding(
            span=approle.span,
            message=f"{container.where} uses approle {q(approle.value)}, which is not declared",
            hint=hint,
            related=related,
            yaml_path=f"{container.node.yaml_path}/approle",
        )


def _may_be_hidden(project: Project) -> bool:
    """A file that failed to load and may hold approles."""
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind == APPROLE:
            return True
    return False
