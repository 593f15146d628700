"""Remote-registry credentials name a vault or secret that is not declared.

## What it does
Checks that the `vault` of every `credentials` entry of a remote registry is a declared vault,
and that the `secret` is a declared secret of that vault. A vault counts as declared when a file
declares it or the configuration lists it under `external.vaults`; a secret likewise (or under
`external.secrets` as `vault/secret`). When the project declares no vaults or no secrets at all,
the references are not checked here; `unchecked-references` (LNT005) says so once per run.

The hint suggests a close name, and notices when the vault and the secret are swapped
(vault `operations`, secret `credentials` where vault `credentials` holds a secret
`operations`), a mix-up seen in Avassa's own tutorial material.

## Why is this bad?
Control Tower reads the login for the registry from that secret. Without it the pull is
anonymous, so every image of a private repository fails to download and no application that
uses it can be scheduled. The registry configuration cannot work as written, so the severity
is error.

## Example
```yaml
# image-registry/remote-registries/registry.yaml
address: registry.example.com
credentials:
  - repository: "*"
    vault: operations
    secret: credentials
---
# strongbox/vaults/credentials.yaml
name: credentials
distribute:
  to: all
---
# strongbox/vaults/credentials/secrets/operations.yaml
name: operations
data:
  username: edge-pull
  password: change-me-not-a-real-password
```

## Use instead
```yaml
# image-registry/remote-registries/registry.yaml
address: registry.example.com
credentials:
  - repository: "*"
    vault: credentials
    secret: operations
---
# strongbox/vaults/credentials.yaml
name: credentials
distribute:
  to: all
---
# strongbox/vaults/credentials/secrets/operations.yaml
name: operations
data:
  username: edge-pull
  password: change-me-not-a-real-password
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.secret_consumers import where
from avassa_lint.views.secret_hints import (missing_secret_help, missing_vault_help, rename_fix, secret_candidate,
                                            vault_candidate)
from avassa_lint.views.secret_lookup import MISSING_SECRET, MISSING_VAULT, lookups


@rule(code="SEC001", name="undefined-credentials-secret", severity="error",
      fix="unsafe: renames the vault or secret to the one close declared name")
def check(project: Project) -> Iterator[Finding]:
    for found in lookups(project, "credentials"):
        ref = found.ref
        if found.status == MISSING_VAULT and ref.vault is not None and found.vault is not None:
            secret = ref.secret.value if ref.secret is not None else None
            hint, related = missing_vault_help(project, found.vault, secret)
            close = vault_candidate(project, found.vault, secret) if ref.vault.value == found.vault else None
            yield Finding.at(
                ref.vault,
                message=f"{where(ref)} name vault {q(found.vault)}, which is not declared",
                hint=hint,
                related=related,
                fix=rename_fix(ref.vault, close) if close is not None else None,
            )
        elif found.status == MISSING_SECRET and ref.secret is not None and found.vault and found.secret:
            hint, related = missing_secret_help(project, found.vault, found.secret)
            close = (secret_candidate(project, found.vault, found.secret)
                     if ref.secret.value == found.secret else None)
            yield Finding.at(
                ref.secret,
                message=f"{where(ref)} name secret {q(found.secret)} of vault {q(found.vault)}, "
                        f"which the vault does not hold",
                hint=hint,
                related=related,
                fix=rename_fix(ref.secret, close) if close is not None else None,
            )
