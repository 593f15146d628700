"""The file is not valid YAML.

## What it does
Reports a YAML syntax error: indentation that does not line up, a tab used for indentation,
a quote or bracket that is never closed, a `: ` inside a plain value, a bare `*`, an alias
(`*name`) with no anchor (`&name`) defined before it, a merge key (`<<`) followed by something
other than a mapping, or a `%YAML` directive for a version the linter cannot read.

The message says in plain words what the parser found, at the line and column where it gave up,
and the hint suggests the usual fix. The parser's own excerpt of the file is never printed, so a
syntax error inside a secret does not show its value. A syntax error stops the file: nothing else
in it is checked until it parses (an alias without an anchor and a bad merge key are reported
without stopping).

## Why is this bad?
supctl and the Control Tower API reject a payload that does not parse, so the object is neither
created nor updated; and since the rest of the file is not checked, other mistakes in it stay
hidden until this one is fixed. That is why the severity is error.

A frequent trap: `supctl show` prints `application-version: *` unquoted. In YAML a bare `*`
starts an alias, so a deployment exported with `supctl show` no longer parses when it is fed
back to `supctl replace`. Quote it: `"*"` follows every version of the application.

## Example
```yaml
# application-deployments/web.yaml
name: web
application: web
application-version: *
placement:
  match-site-labels: system/type = edge
```

## Use instead
```yaml
# application-deployments/web.yaml
name: web
application: web
application-version: "*"
placement:
  match-site-labels: system/type = edge
---
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
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML001", name="yaml-syntax", severity="error", module=__name__,
                   fix="safe: quotes a bare *")
