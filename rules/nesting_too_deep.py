"""Mappings and lists are nested deeper than the limit.

## What it does
Reports a file whose mappings and lists are nested more than 64 levels deep (the default limit),
at the first node that is too deep. Reading stops there: documents that end before that point
are still checked, the rest of the file is not.

## Why is this bad?
Real Avassa objects are shallow: the deepest paths, such as
`services` → container → `probes` → `liveness` → `http` → `request-headers`, are about ten
levels down. Sixty-four levels is not configuration but generated or hostile input (`[[[[...`),
and deep nesting is what makes YAML parsers run out of stack: ruamel.yaml fails somewhere
between 400 and 800 levels. Checking depth while reading keeps such a file to milliseconds.

Part of the file was not checked, so the severity is error. Change the limit with `max-depth`
under `limits` in the configuration.

## Example
<!-- example: not executable -->
Sixty-five levels of nesting do not fit on a page; this is how the finding and the limit look:

```console
$ avassa-lint check applications/generated.yaml
applications/generated.yaml:3:65: error YML102 nesting is deeper than 64 levels; the file was not linted [nesting-too-deep]
```

```yaml
# .avassa-lint.yaml
limits:
  max-depth: 64  # the default
```

## Use instead
Write the object with the structure the platform defines, which is never that deep:

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
        probes:
          liveness:
            http:
              path: /healthz
              port: 80
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML102", name="nesting-too-deep", severity="error", module=__name__)
