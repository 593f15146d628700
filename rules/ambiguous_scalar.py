'''Plain value that YAML 1.1 and YAML 1.2 read differently.

## What it does
Reports unquoted values such as `yes`, `no`, `on`, `off`, `y`, `n` and zero-prefixed numbers such
as `0644`. This linter reads YAML 1.2, where `yes` is a string and `0644` the number 644; YAML 1.1
readers (many tools in a deployment pipeline still are) take `yes` as true and `0644` as the octal
number 420.

## Why is this bad?
The same file then means different things to different tools: an environment value `DEBUG: on`
may reach the container as `on`, `true` or `True` depending on which tool last rewrote the file,
and a file mode `0644` may become 644 or 420. Quoting the value says which one you mean. A
warning: the file is valid, but its meaning depends on the reader.

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
          FEATURE_FLAG: on
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
          FEATURE_FLAG: "on"
```
'''
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML010", name="ambiguous-scalar", severity="warning", module=__name__)
