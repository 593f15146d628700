"""A secret used as registry credentials has no usable login: `username` and `password`, or `token`.

## What it does
For every secret that a remote registry's `credentials` entry reads, checks the keys of its
`data` and `base64-data`: the registry login needs both `username` and `password`, or a
`token`. Half a pair (a `username` without a `password`, or the other way round) with no
`token`, or none of the three, is reported on the secret. The hint asks "did you mean" for keys
that look like a misspelt name: another letter case (`Password`), a usual other name (`passwd`,
`user`), or one edit or swap away (`pasword`, `usename`, `tokne`). Only key names are read,
never values. A secret that no registry in the linted files reads is checked by
`registry-credential-key-typo` (SEC011) instead.

A secret whose file holds neither `data` nor `base64-data` (its values are set with
`supctl merge` outside the repository) and a secret known only from `external.secrets` are
not checked.

## Why is this bad?
Control Tower logs in to the registry with exactly these keys (Avassa's registry how-to). With
a key missing or misspelt there is no usable login, so the pull runs anonymously and every
private image of the registry fails to download. The configuration cannot work as written, so
the severity is error.

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
  pasword: change-me-not-a-real-password
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
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.registry_credentials import PASSWORD, TOKEN, USERNAME, CredentialSecret, credential_secrets


def _hint(found: CredentialSecret, missing: list[str]) -> str:
    renames = [f"{q(new)} instead of {q(old)}" for new in missing for old in found.renames(new)]
    if renames:
        return f"did you mean {' and '.join(renames)}? rename the key{'s' if len(renames) > 1 else ''}"
    if missing == [PASSWORD]:
        return 'add the key "password" (or use a "token" instead of username and password)'
    if missing == [USERNAME]:
        return 'add the key "username" (or use a "token" instead of username and password)'
    return 'add the keys "username" and "password", or the key "token"'


@rule(code="SEC002", name="incomplete-registry-credentials", severity="error")
def check(project: Project) -> Iterator[Finding]:
    for found in credential_secrets(project):
        keys = found.keys
        if TOKEN in keys or (USERNAME in keys and PASSWORD in keys):
            continue
        if USERNAME in keys:
            what, missing = 'has a "username" but no "password"', [PASSWORD]
        elif PASSWORD in keys:
            what, missing = 'has a "password" but no "username"', [USERNAME]
        else:
            what, missing = 'has neither "username" and "password" nor "token"', [USERNAME, PASSWORD, TOKEN]
        yield Finding(
            span=found.span,
            message=f"{found.label}, used as registry credentials, {what}",
            hint=_hint(found, missing),
            related=found.related(),
            yaml_path="name",
        )
