"""The file holds more YAML nodes than the limit.

## What it does
Reports a file with more than 200,000 YAML nodes (the default limit) and stops reading it there:
documents that end before that point are still checked, the rest of the file is not. The count
is taken from the parser as it reads: every key, value and alias counts once, and every mapping,
list and document counts twice (its start and its end), so the limit is reached with fewer than
200,000 keys and values.

## Why is this bad?
A real Avassa object has tens or hundreds of nodes. Hundreds of thousands mean generated data,
such as a huge list of variables or label values or many objects in one file, and every later
step (schema validation, the cross-file rules, the output) costs time in proportion. Counting
while reading bounds that time before anything expensive starts.

Part of the file was not checked, so the severity is error. Change the limit with `max-events`
under `limits` in the configuration.

## Example
<!-- example: not executable -->
A file of 200,000 nodes cannot be shown here; this is how the finding and the limit look:

```console
$ avassa-lint check applications/generated.yaml
applications/generated.yaml:66668:9: error YML104 file has more than 200,000 YAML nodes; it was not linted [too-many-nodes]
```

```yaml
# .avassa-lint.yaml
limits:
  max-events: 200000  # the default
```

## Use instead
Keep one object per file and generate only what the object needs:

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

RULE = engine_rule(__doc__, code="YML104", name="too-many-nodes", severity="error", module=__name__)
