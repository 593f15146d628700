"""A required key is missing.

## What it does
Reports a key that an object must have but does not, on the object's key (or at the start of the
document): an application's `name` and `services`; a service's `name` and `mode`; a container's
`name` and `image`; a deployment's `name`, `application` and `placement`; a remote registry's
`address`; the `name` of a vault or a secret. It also reports a choice with no alternative set,
such as a service with neither `containers` nor `vm`.

## Why is this bad?
Control Tower rejects an object that lacks a required key. Some have no default on purpose:
a service's `mode` must say whether it runs `replicated` (with `replicas`) or
`one-per-matching-host`, which is easy to forget when coming from Docker Compose or Kubernetes.
The object cannot be applied, so the severity is error.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
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

RULE = engine_rule(__doc__, code="SCH003", name="missing-key", severity="error", module=__name__)
