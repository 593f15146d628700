"""The file holds more YAML documents than the limit.

## What it does
Reports a file with more than 32 YAML documents (the default limit), at the first document over
the limit. The first 32 documents are checked; the rest of the file is not read.

## Why is this bad?
The Avassa API takes one object per request, and this project keeps one object per file, in
folders that mirror the API. A file with dozens of documents is usually a dump of a whole list,
several files concatenated, or a stream of empty documents (a run of `---` lines), none of which
supctl applies as one payload. Stopping at the limit also keeps a file of a million empty
documents from costing anything.

Objects past the limit were not checked, so the severity is error. Change the limit with
`max-documents` under `limits` in the configuration.

## Example
<!-- example: not executable -->
Thirty-three documents are too long to show. A dump of every secret in a vault, written to one
file, is reported at its 33rd document:

```console
$ avassa-lint check strongbox/all-secrets.yaml
strongbox/all-secrets.yaml:129:1: error YML103 file has more than 32 YAML documents; the rest was not linted [too-many-documents]
```

```yaml
# .avassa-lint.yaml
limits:
  max-documents: 32  # the default
```

## Use instead
One object per file: the vault, and each secret in its own file under the vault's folder.

```yaml
# strongbox/vaults/edge-iot.yaml
name: edge-iot
distribute:
  to: all
---
# strongbox/vaults/edge-iot/secrets/mqtt-forwarder.yaml
name: mqtt-forwarder
data:
  username: forwarder
  password: change-me-not-a-real-password
allow-image-access:
  - "*"
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML103", name="too-many-documents", severity="error", module=__name__)
