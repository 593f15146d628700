"""A value is not one of the values the platform accepts.

## What it does
Reports a value outside a fixed set, listing the accepted ones and suggesting a close spelling:
a service's `mode` (`replicated` or `one-per-matching-host`), a protocol `name` (`tcp`, `udp`,
`sctp`, `dccp`), `on-mutable-variable-change`, an `upgrade-from` `method`, a capability in
`additional-capabilities`, and flags that must be literally `true`, such as `network.host`.
Values that may be secret are never shown.

## Why is this bad?
Control Tower rejects a value it does not know, and the accepted values are case-sensitive:
`Replicated` is as wrong as `replicate`. The object cannot be applied, so the severity is error.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicate
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
```

## Use instead
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
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH005", name="unexpected-value", severity="error", module=__name__,
                   fix="unsafe: changes the value to the one close accepted value (a policy's deny to reject)")
