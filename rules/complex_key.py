"""A mapping or list is used as a key.

## What it does
Reports a key that is a mapping or a list instead of a plain string: `? [a, b]`, `{a: 1}: x`
and, most often, a template placeholder that was never rendered. YAML reads `{{ env_name }}` as
a mapping inside a mapping, so `{{ env_name }}: production` is a mapping used as a key, and
`image: {{ image }}` holds one. The entry is left out of the data that the other checks see.

## Why is this bad?
Avassa keys are plain strings, like the keys of the JSON the API accepts, so such an entry
cannot be sent as written. A `{{ ... }}` in a file also means a template was applied or linted
before it was rendered: lint the rendered output instead. The entry cannot reach the platform,
so the severity is error.

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
        env:
          {{ env_name }}: production
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
        env:
          APP_ENV: production
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML006", name="complex-key", severity="error", module=__name__)
