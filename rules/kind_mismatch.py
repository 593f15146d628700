"""A document's path or header names one kind but its content looks like another.

## What it does
Reports a document whose kind is named by its folder, a header comment, a `kinds` pattern in
the configuration or the supctl command that feeds it, while its content looks like a different
kind: a deployment saved under `applications/`, say. The named kind wins: the document is
checked against that kind's schema, so schema findings usually follow, and they show what does
not fit. A folder alone does not outweigh content that looks like another tool's file (a
Kubernetes manifest under `tenants/`): such a document is left alone, as `unknown-kind` (SCH001)
says.

## Why is this bad?
The folder of a file stands for the API path it is applied to, so a deployment saved under
`applications/` is sent where Control Tower expects an application, and is rejected. The usual
cause is a file saved in the wrong place or copied from a neighbour.

The severity is warning, not error: the content may instead be an unfinished object of the
named kind, and the schema findings that follow are errors in their own right. Move the file,
or fix the header or the content.

## Example
```yaml
# applications/web.yaml
name: web
application: web
placement:
  match-site-labels: system/type = edge
```

## Use instead
Keep the deployment under `application-deployments/`, and the application it names under
`applications/`:

```yaml
# application-deployments/web.yaml
name: web
application: web
placement:
  match-site-labels: system/type = edge
---
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

RULE = engine_rule(__doc__, code="SCH008", name="kind-mismatch", severity="warning", module=__name__)
