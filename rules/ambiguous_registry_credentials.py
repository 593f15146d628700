"""A secret used as registry credentials holds both a `token` and a `password`.

## What it does
For every secret that a remote registry's `credentials` entry reads, reports a secret whose
`data` or `base64-data` has a `token` key and a `password` key. Only key names are read,
never values. A `username` next to a `token` alone is not reported.

## Why is this bad?
A registry login is either `username` and `password`, or `token` (Avassa's registry how-to).
Which one Control Tower uses when both are present is not documented, so the login that is
tried may be the stale one, and rotating "the" credential may change nothing. The registry
may well work, so the severity is warning.

## Example
```yaml
# image-registry/remote-registries/ghcr-io.yaml
address: ghcr.io
credentials:
  - repository: northwind-labs
    vault: registry-credentials
    secret: ghcr-pull
---
# strongbox/vaults/registry-credentials.yaml
name: registry-credentials
distribute:
  to: all
---
# strongbox/vaults/registry-credentials/secrets/ghcr-pull.yaml
name: ghcr-pull
data:
  username: ci-bot
  password: change-me-not-a-real-password
  token: change-me-not-a-real-token
```

## Use instead
```yaml
# image-registry/remote-registries/ghcr-io.yaml
address: ghcr.io
credentials:
  - repository: northwind-labs
    vault: registry-credentials
    secret: ghcr-pull
---
# strongbox/vaults/registry-credentials.yaml
name: registry-credentials
distribute:
  to: all
---
# strongbox/vaults/registry-credentials/secrets/ghcr-pull.yaml
name: ghcr-pull
data:
  token: change-me-not-a-real-token
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.registry_credentials import PASSWORD, TOKEN, credential_secrets


@rule(code="SEC003", name="ambiguous-registry-credentials", severity="warning")
def check(project: Project) -> Iterator[Finding]:
    for found in credential_secrets(project):
        if TOKEN not in found.keys or PASSWORD not in found.keys:
            continue
        yield Finding(
            span=found.span,
            message=f'{found.label} is used as registry credentials and holds both a "token" and a "password"',
            hint='keep either "token", or "username" and "password"; which one Control Tower uses '
                 "when both are set is not documented",
            related=found.related(),
            yaml_path="name",
        )
