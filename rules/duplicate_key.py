"""A mapping has the same key twice.

## What it does
Reports every key that appears a second time in the same mapping, on the second one, with the
location of the first. Keys are compared by their text: `port` and `"port"` are the same key,
`1` and `true` are not. A key brought in by a merge key (`<<: *defaults`) is not a duplicate: a key written out next to the
merge overrides the merged one, which is what merge keys are for.

## Why is this bad?
YAML requires the keys of a mapping to be unique. Tools disagree about a file that breaks this
rule: some reject it, most keep the last value and drop the other without a word. This linter
checks the second value, as the message says, but which one Control Tower would keep is not
documented. In an `env` block or a long service, a repeated key is usually a copy-paste leftover,
and the value that wins is often the stale one. The file states two different things, so the
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
        env:
          LOG_LEVEL: info
          LOG_LEVEL: debug
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
          LOG_LEVEL: debug
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML002", name="duplicate-key", severity="error", module=__name__)
