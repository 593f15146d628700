"""A vault is declared but nothing reads from it.

## What it does
Reports a declared vault that no remote-registry `credentials` entry, no variable
(`value-from-vault-secret`) and no `vault-secret` volume names. A reference whose vault name
holds a `${...}` counts for every vault it could expand to. Like `unreferenced-secret`, it runs
only when the readers are in view: application files are linted, `external.applications` is
empty and no file that could be an application or a registry failed to load; a vault holding
only registry logins is only reported when remote registries are linted too and none is listed
under `external.registries`.

## Why is this bad?
An unused vault is often left over from a removed application or a renamed vault, and it is
still replicated to every site in its `distribute` list. It may also be used by objects this
linter does not read (ACME static requests, approles, programs that call the Strongbox API), so
it is worth a look but not a warning: the severity is info.

## Example
```yaml
# strongbox/vaults/legacy.yaml
name: legacy
distribute:
  to: all
---
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: app
        image: registry.example.com/web/app:1.0
---
# image-registry/remote-registries/registry.yaml
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
      - name: app
        image: registry.example.com/web/app:1.0
---
# image-registry/remote-registries/registry.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.registry_credentials import credentials_shaped
from avassa_lint.views.secret_consumers import readers_in_view, registries_in_view, uses


@rule(code="SEC007", name="unreferenced-vault", severity="info")
def check(project: Project) -> Iterator[Finding]:
    if not readers_in_view(project):
        return
    used = uses(project)
    with_registries = registries_in_view(project)
    for name in sorted(project.vaults):
        if used.vault_used(name):
            continue
        held = [s for (vault, _), found in project.secrets.items() if vault == name for s in found]
        if not with_registries and held and credentials_shaped(held):
            continue  # may hold the logins of registries kept elsewhere
        first = project.vaults[name][0]
        yield Finding(
            span=first.name.span if first.name is not None else first.node.span,
            message=f"vault {q(name)} is declared but no registry credentials, variable or "
                    f"vault-secret volume reads from it",
            hint="delete the vault if nothing uses it",
            yaml_path="name",
        )
