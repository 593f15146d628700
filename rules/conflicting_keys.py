"""Keys that exclude each other are set together.

## What it does
Some Avassa settings are a choice between alternatives, and only one of them may be set. This
rule reports an object that sets two, on the second key:

- a variable with both `value` and `value-from-vault-secret`;
- a service with both `containers` and `vm` (or `init-containers` and `vm`);
- a config-map item with both `data` and `data-verbatim`;
- `on-mounted-file-change` with both `restart` and `cmd`;
- `network.host: true` together with `outbound-access` or `ingress-ip-per-instance`;
- `allow-all`, `deny-all` and `default-action` mixed in one access block;
- a deployment with both `canary-healthy-time` and `canary-continue-by-action`.

## Why is this bad?
Control Tower rejects an object that sets both alternatives of a choice, and the file no longer
says which one its author meant: a variable cannot be both a literal and a value read from
Strongbox. The object cannot be applied, so the severity is error.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: API_TOKEN
        value: change-me
        value-from-vault-secret:
          vault: web
          secret: api
          key: token
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          API_TOKEN: ${API_TOKEN}
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
    variables:
      - name: API_TOKEN
        value-from-vault-secret:
          vault: web
          secret: api
          key: token
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          API_TOKEN: ${API_TOKEN}
---
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/api.yaml
name: api
data:
  token: change-me-not-a-real-token
allow-image-access:
  - "registry-1.docker.io/library/nginx:*"
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH007", name="conflicting-keys", severity="error", module=__name__)
