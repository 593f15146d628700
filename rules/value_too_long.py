"""A value is longer than the length limit.

## What it does
Reports a single value (a scalar) longer than 65,536 characters (the default limit) and stops
reading the file there: documents that end before it are still checked, the rest of the file
is not.

## Why is this bad?
Avassa values are names, image references, label expressions, durations and small files: a
config-map item holding a configuration file, or a certificate chain in a secret, is a few
kilobytes. A value of more than 64 Ki characters is usually an embedded archive, image or data
dump, which does not belong in configuration that is replicated to every site; and long values
make messages and pattern checks expensive.

Part of the file was not checked, so the severity is error. Change the limit with
`max-scalar-length` under `limits` in the configuration.

## Example
<!-- example: not executable -->
A 64 KiB value cannot be shown here. A config-map that inlines a large data file is reported
on the value:

```console
$ avassa-lint check applications/web.yaml
applications/web.yaml:16:30: error YML106 a value is longer than 65,536 characters; the file was not linted [value-too-long]
```

```yaml
# .avassa-lint.yaml
limits:
  max-scalar-length: 65536  # the default
```

## Use instead
Keep large content in the image (or a volume filled at start-up), and inline only small files:

```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    volumes:
      - name: config
        config-map:
          items:
            - name: default.conf
              data-verbatim: |
                server {
                    listen 80;
                    root /usr/share/nginx/html;
                }
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        mounts:
          - volume-name: config
            files:
              - name: default.conf
                mount-path: /etc/nginx/conf.d/default.conf
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML106", name="value-too-long", severity="error", module=__name__)
