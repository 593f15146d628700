"""A value carries a YAML tag.

## What it does
Reports YAML tags: local tags from other tools (`!ENV NAME`, `!Ref`, `!vault`), language tags
such as `!!python/object/apply:...`, `%TAG` handles and verbatim tags (`!<...>`). The standard
tags `!!str`, `!!int`, `!!float`, `!!bool`, `!!null` and `!!binary` (and `!!map`, `!!seq` on
mappings and lists) are accepted, but one that does not fit its value, such as `!!int ten`, is
reported too.

A tag is never executed or constructed: the linter reads the tagged value as if the tag were not
there, and goes on checking the file.

## Why is this bad?
Avassa objects are plain data: the API takes YAML or JSON, and JSON has no tags. Nothing in
supctl or Control Tower expands a tag from another tool, so `image: !ENV NGINX_IMAGE` never
becomes the image you meant: at best the platform sees the text `NGINX_IMAGE`. Language tags
like `!!python/object/apply:os.system` make unsafe YAML loaders run code, and have no place in a
configuration repository. The value that reaches the platform is not the one the file seems to
say, so the severity is error.

For values that differ between sites, declare service `variables` and use `${NAME}` in `env`,
`cmd` or `entrypoint`; note that Avassa does not substitute variables in `image`, so pin the
image itself.

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
        image: !ENV NGINX_IMAGE
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

RULE = engine_rule(__doc__, code="YML003", name="unexpected-tag", severity="error", module=__name__)
