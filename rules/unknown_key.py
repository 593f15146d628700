"""A key is not one the platform defines at that place.

## What it does
Every Avassa object is closed: each key must be one the platform defines for that object. This
rule reports each key that is not, on the key itself, naming the object it is in. The hint
suggests a close spelling (`replica` → `replicas`), lists the allowed keys when there are few,
or explains a well-known misplacement:

- `network` under a container: networking is set on the service;
- `restart-policy`: there is no such field, crashed containers are always restarted;
- `ports`, `resources`, `command`, `environment`: Docker Compose and Kubernetes names that
  Avassa spells differently (`network.ingress-ip-per-instance`, `cpus` and `memory`, `cmd`,
  `env`);
- `sites-in-parallel`, `healthy-time` or `canary-sites` at the top of a deployment: they
  belong under `deploy-to-sites`;
- `status`: read-only state that `supctl show` prints, which must not be sent back.

## Why is this bad?
Control Tower rejects an object with a key it does not know, so the change is never applied;
and a key in the wrong place does not do what its author meant. Putting `network:` under a
container instead of the service is a mistake found in real repositories, where the platform
rejected it and the authors had to move it. The object cannot be applied as written, so the
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
        network:
          outbound-access:
            allow-all: true
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
    network:
      outbound-access:
        allow-all: true
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH002", name="unknown-key", severity="error", module=__name__,
                   fix="unsafe: renames the key to the one close allowed key, when it is not already there")
