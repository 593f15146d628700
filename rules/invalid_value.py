"""A value has the right type but not the right form.

## What it does
Reports a value that breaks a rule on its form or range, naming the expected format:

- names of applications, services, containers, volumes and deployments: lowercase letters,
  digits and inner hyphens (`web-frontend`, not `Web_Frontend`);
- versions, variable names, label names and values;
- durations without spaces, largest unit first (`30s`, `1m`, `10m30s`; not `1 minute`);
- sizes with an SI or IEC suffix (`256MiB`, `100 MB`; not `512 megabytes`);
- port ranges (`"80,443,1025-1200"`), file modes (`"644"`), numeric user and group ids;
- numbers out of range (`replicas: -1`), empty strings, and lists with the same entry twice.

Values that may be secret are never shown.

## Why is this bad?
Control Tower rejects a value it cannot parse, so the object is not applied. Names become parts
of DNS names inside the application network, which is why they are lowercase, and a duration or
size the platform cannot read has no sensible fallback. The object cannot be applied, so the
severity is error.

## Example
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
        memory: 512 megabytes
        shutdown-timeout: 1 minute
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
        memory: 512MiB
        shutdown-timeout: 1m
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH006", name="invalid-value", severity="error", module=__name__)
