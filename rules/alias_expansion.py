"""Aliases expand a document beyond the limit, or refer to themselves.

## What it does
An anchor (`&name`) marks a node and an alias (`*name`) repeats it. This rule reports:

- aliases that expand a document to more nodes than the budget: ten times the number of nodes
  written in the file up to that point, and at least 10,000. This is the "billion laughs" pattern, where
  each level repeats the previous one ten times;
- more than 1,000 aliases in one file;
- an alias inside the very node it refers to, which would make a recursive, endless object.

The expanded size is counted as the file is read, without expanding anything. A file over the
budget or the alias count is not checked further; a document with a recursive alias gets no
schema checks.

## Why is this bad?
A few lines of aliases can stand for billions of values, and any tool that walks the result (a
conversion to JSON, supctl, a schema validator) runs out of time or memory. Avassa objects are
trees: JSON, which the API also accepts, cannot express a recursive one. Moderate use of anchors,
such as sharing one `env` block between containers, stays far below the budget.

The document was not checked, so the severity is error. Change the limits with
`alias-expansion-factor` (the ten) and `max-aliases` under `limits` in the configuration.

## Example
```yaml
# applications/web.yaml
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
```

## Use instead
Use anchors to share a block, not to multiply it:

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
        env: &common-env
          TZ: Europe/Stockholm
          LOG_LEVEL: info
      - name: exporter
        image: registry-1.docker.io/nginx/nginx-prometheus-exporter:1.1.0
        env: *common-env
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML105", name="alias-expansion", severity="error", module=__name__)
