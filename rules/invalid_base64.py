"""A value under `base64-data` of a secret is not valid base64.

## What it does
Decodes every value of a secret's `base64-data` (line breaks and spaces inside a value are
allowed and ignored) and reports, on the key, a value that does not decode: most often one
whose length is not a multiple of four because the `=` padding was cut off or a character was
lost in copying. A value with a character outside the base64 alphabet is already reported by
the schema check (`invalid-value`) and is not reported again. The value itself is never shown.

## Why is this bad?
Strongbox decodes `base64-data` when the secret is mounted or read; a value that does not decode
is rejected or ends up as garbage in the container's file or variable. The secret cannot work
as written, so the severity is error.

## Example
```yaml
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/tls.yaml
name: tls
base64-data:
  ca.pem: Y2hhbmdlLW1lLW5vdC1hLXJlYWwtY2VydGlmaWNhdGU
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
  ca.pem: Y2hhbmdlLW1lLW5vdC1hLXJlYWwtY2VydGlmaWNhdGU=
allow-image-access:
  - "registry.example.com/web/*"
```
"""
import re
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.secret_lookup import secret_label

# The schema's pattern for base64-data values: values it rejects are reported by the schema.
_SCHEMA_PATTERN = re.compile(r"^[A-Za-z0-9+/\s]*(=\s*){0,2}$")


def _reason(value: str) -> str:
    """Why a value does not decode, without quoting any of it."""
    compact = "".join(value.split())
    padding = len(compact) - len(compact.rstrip("="))
    length = len(compact)
    if length % 4 == 1:
        return "it has one character too many or too few (no base64 text has this length)"
    if length % 4 and padding == 0:
        return 'its "=" padding is missing (the length is not a multiple of 4)'
    if length % 4:
        return "its length is not a multiple of 4"
    return 'its "=" padding does not fit its length'


@rule(code="SEC008", name="invalid-base64", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for secret in project.all_secrets():
        if not secret.invalid_base64:
            continue
        name = secret.name.value if secret.name is not None else "?"
        for key in secret.invalid_base64:
            value = secret.value("base64-data", key)
            if not isinstance(value, str) or not _SCHEMA_PATTERN.search(value):
                continue
            yield Finding(
                span=secret.base64_keys.get(key) or secret.node.span,
                message=f"value of key {q(key)} under base64-data of {secret_label(secret.vault, name)} "
                        f"is not valid base64: {_reason(value)}",
                hint="encode the value again (base64 -w0 FILE), or put a text value under data instead",
                yaml_path=f"base64-data/{key}",
                secret=True,
            )
