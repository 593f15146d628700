"""The file holds no YAML document.

## What it does
Reports a YAML file that is empty or holds only comments and blank lines.

## Why is this bad?
Nothing in such a file is applied. An empty file usually means content was lost: an export that
failed, a merge that kept the wrong side, or an object commented out while debugging and never
restored. The object the file stands for will not exist on Control Tower, and anything that
refers to it breaks there.

The severity is warning, not error: an empty file breaks nothing by itself, and it does not fail
the run unless warnings do (`--strict`). Restore the content, or delete the file.

## Example
```yaml
# applications/web.yaml
# name: web
# version: "1.0"
# services: ...
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

RULE = engine_rule(__doc__, code="YML005", name="empty-file", severity="warning", module=__name__)
