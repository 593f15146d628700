"""An ACME static request writes its certificate into a vault that the project does not declare.

## What it does
Checks that the `vault` of every ACME static request
(`supctl create strongbox acme-services SERVICE static-requests`, kept in
`strongbox/acme-services/SERVICE/static-requests/`) is a vault the project declares, or one
listed under `external.vaults` in the configuration. The `secret` is not looked up: the ACME
service creates it, with the keys `acme-cert.pem`, `acme-cert.key` and `acme-chain.pem`, and
the secret rules count it as declared. A project that declares no vault at all is not checked,
and `unchecked-references` (LNT005) says so once.

## Why is this bad?
The service stores the certificate it obtains, and each renewal, as that secret of that vault
([ACME](https://avassa-api.redoc.ly/tag/ACME)). Without the vault there is nowhere to store it,
so no certificate reaches the applications that read the secret. When the project declares its
vaults, a name that matches none of them is nearly always a typo, so the severity is error.

## Example
```yaml
# strongbox/acme-services/letsencrypt/static-requests/web-cert.yaml
name: web-cert
names:
  - www.example.com
vault: cert
secret: web-cert
---
# strongbox/vaults/certs.yaml
name: certs
distribute:
  to: all
```

## Use instead
```yaml
# strongbox/acme-services/letsencrypt/static-requests/web-cert.yaml
name: web-cert
names:
  - www.example.com
vault: certs
secret: web-cert
---
# strongbox/vaults/certs.yaml
name: certs
distribute:
  to: all
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.secret_hints import missing_vault_help


@rule(code="SEC014", name="undefined-certificate-vault", severity="error")
def check(project: Project) -> Iterator[Finding]:
    if not project.has_vaults:
        return
    for request in project.static_requests:
        vault = request.vault
        if vault is None or "${" in vault.value or project.declares_vault(vault.value):
            continue
        hint, related = missing_vault_help(project, vault.value, None)
        name = f"static request {q(request.name.value)}" if request.name is not None else "a static request"
        yield Finding(
            span=vault.span,
            message=f"{name} writes its certificate into vault {q(vault.value)}, which is not declared",
            hint=hint,
            related=related,
            yaml_path="vault",
        )
