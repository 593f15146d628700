"""A secret has the same key under `data` and under `base64-data`.

## What it does
Reports a key that appears both in a secret's `data` and in its `base64-data`, on the `data`
entry, with the `base64-data` entry as the related location. Only key names are compared;
values are never read or shown.

## Why is this bad?
A secret has one value per key. When a key is in both maps, Strongbox uses the `base64-data`
value (Avassa's secrets how-to), so the `data` value is silently ignored: someone who updates it
changes nothing. The secret still works, with one of the two values, so the severity is warning.

## Example
```yaml
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/tls.yaml
name: tls
data:
  ca.pem: change-me-not-a-real-certificate
base64-data:
  ca.pem: Y2hhbmdlLW1lLW5vdC1hLXJlYWwtY2VydGlmaWNhdGUK
allow-image-access:
  - "registry.example.com/web/*"
```

## Use instead
```yaml
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/tls.yaml
name: tls
base64-data:
  ca.pem: Y2hhbmdlLW1lLW5vdC1hLXJlYWwtY2VydGlmaWNhdGUK
allow-image-access:
  - "registry.example.com/web/*"
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_lookup import secret_label


@rule(code="SEC009", name="duplicate-secret-key", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for secret in project.all_secrets():
        name = secret.name.value if secret.name is not None else "?"
        for key in sorted(set(secret.data_keys) & set(secret.base64_keys)):
            yield Finding(
                span=secret.data_keys[key],
                message=f"key {q(key)} of {secret_label(secret.vault, name)} is under both data and "
                        f"base64-data; the base64-data value is used and this one is ignored",
                hint="keep the key in one of the two maps",
                related=(Related(secret.base64_keys[key], "the base64-data entry that is used"),),
                yaml_path=f"data/{key}",
                secret=True,
            )
