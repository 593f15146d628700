"""References to other objects could not be checked.

## What it does
Applications refer to vaults and secrets, remote registries refer to the vaults that hold their
credentials, and deployments refer to applications. When the linted files declare no object of
the kind referred to (no vault, no secret, no remote registry or no application) and the
configuration lists none under `external`, the rules that check those references cannot tell a
typo from an object that lives somewhere else. They skip those references instead of reporting
each one as undefined, and this note says which references were not checked.

## Why is this bad?
Nothing is wrong with the files, but part of the project was not checked: a secret name with a
typo would go unnoticed. Linting only part of a repository (`avassa-lint check applications/`),
or a repository whose vaults are managed elsewhere, is legitimate, so the severity is info.

Lint the whole repository, or list the objects that exist only in Control Tower under `external`
in the configuration (`vaults`, `secrets` as `vault/secret`, `registries`, `applications`), so
that references to them count as declared and every other reference is checked.

## Example
<!-- example: not executable -->
The situation depends on which files are linted, not on one file's content. Here only the
applications folder is linted, so the vaults and secrets the applications read are unknown:

```console
$ avassa-lint check applications/
```

## Use instead
Lint the folders that declare the objects too, or declare the external ones in the
configuration, for example `external: {vaults: [edge-iot], secrets: [edge-iot/mqtt-forwarder]}`.

```console
$ avassa-lint check .
```

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
from avassa_lint.rule import engine_rule

RULE = engine_rule(__doc__, code="LNT005", name="unchecked-references", severity="info", module=__name__)
