"""A key is longer than the length limit.

## What it does
Reports a mapping key longer than 1,024 characters (the default limit) and stops reading the
file there: documents that end before it are still checked, the rest of the file is not.

YAML itself limits a key written on one line before its `:` (an implicit key) to 1,024
characters, so a longer key of that kind is reported as a syntax error (`yaml-syntax`) instead.
This rule catches long keys that YAML does allow: explicit keys written after `? ` and keys in
a flow mapping (`{...}`).

## Why is this bad?
Avassa keys are short: field names, environment variable names, label names, secret data keys.
A key of more than a thousand characters is generated or hostile input, or a value that lost its
`: ` and became part of a key, and long keys make messages and lookups expensive.

Part of the file was not checked, so the severity is error. Change the limit with
`max-key-length` under `limits` in the configuration.

## Example
<!-- example: not executable -->
A key of 1,025 characters does not fit on a page. An explicit key (`? `) that long is reported
at its start:

```console
$ avassa-lint check applications/web.yaml
applications/web.yaml:12:13: error YML107 a key is longer than 1,024 characters; the file was not linted [key-too-long]
```

```yaml
# .avassa-lint.yaml
limits:
  max-key-length: 1024  # the default
```

## Use instead
Keep keys short and put long content in values:

```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          ALLOWED_ORIGINS: "https://shop.example.com,https://admin.example.com"
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML107", name="key-too-long", severity="error", module=__name__)
