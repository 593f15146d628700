"""A secret is declared but nothing reads it.

## What it does
Reports a declared secret that no remote-registry `credentials` entry, no variable
(`value-from-vault-secret`) and no `vault-secret` volume refers to. A reference whose name
holds a `${...}` counts for every secret it could expand to (`db-${SYS_SITE}` uses `db-store-1`),
and a secret whose vault is not known is matched by name alone.

The check needs the readers: it runs only when application files are linted and
`external.applications` is empty (applications kept elsewhere may read any secret), and when a
file that failed to load could be an application or a registry it is skipped. A secret shaped
like a registry login (a `username`, `password` or `token` key and no `allow-image-access`) is
only reported when remote registries are linted too and none is listed under
`external.registries`. What was skipped is reported once by `unchecked-references` (LNT005).

A secret that a program reads at run time through the Strongbox API (with an approle) has no
reference in the YAML; silence the finding on its `name` line with
`# avassa-lint: disable=unreferenced-secret -- read through the API`, or for a whole vault
folder with `per-file-ignores`.

## Why is this bad?
An unused secret is usually left over from a renamed reference (the application now reads a
secret of another name, which may be missing or stale) or from an application that was
removed, and it keeps credentials alive and replicated to sites for nothing. It may also be
read in a way the linter cannot see, so the severity is warning.

## Example
```yaml
# image-registry/remote-registries/registry.yaml
address: registry.example.com
credentials:
  - repository: "*"
    vault: registry-credentials
    secret: example-pull
---
# strongbox/vaults/registry-credentials.yaml
name: registry-credentials
distribute:
  to: all
---
# strongbox/vaults/registry-credentials/secrets/example-pull.yaml
name: example-pull
data:
  username: edge-pull
  password: change-me-not-a-real-password
---
# strongbox/vaults/registry-credentials/secrets/old-pull.yaml
name: old-pull
data:
  username: edge-pull-2019
  password: change-me-not-a-real-password
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
```

## Use instead
```yaml
# image-registry/remote-registries/registry.yaml
address: registry.example.com
credentials:
  - repository: "*"
    vault: registry-credentials
    secret: example-pull
---
# strongbox/vaults/registry-credentials.yaml
name: registry-credentials
distribute:
  to: all
---
# strongbox/vaults/registry-credentials/secrets/example-pull.yaml
name: example-pull
data:
  username: edge-pull
  password: change-me-not-a-real-password
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
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.registry_credentials import credentials_shaped
from avassa_lint.views.secret_consumers import readers_in_view, registries_in_view, uses
from avassa_lint.views.secret_lookup import secret_label


@rule(code="SEC006", name="unreferenced-secret", severity="warning")
def check(project: Project) -> Iterator[Finding]:
    if not readers_in_view(project):
        return
    used = uses(project)
    with_registries = registries_in_view(project)
    for (vault, name), declared in sorted(project.secrets.items(), key=lambda item: (item[0][0] or "", item[0][1])):
        if used.secret_used(vault, name):
            continue
        if not with_registries and credentials_shaped(declared):
            continue
        first = declared[0]
        yield Finding(
            span=first.name.span if first.name is not None else first.node.span,
            message=f"{secret_label(vault, name)} is declared but no registry credentials, "
                    f"variable or vault-secret volume reads it",
            hint="delete it if nothing uses it; if a program reads it through the Strongbox API, "
                 "add # avassa-lint: disable=unreferenced-secret on this line",
            yaml_path="name",
        )
