"""A file has more findings than are shown.

## What it does
Shows at most 200 findings per file (the default limit), the first ones by position, and
replaces the rest with one note on the file's first line saying how many more there are.

## Why is this bad?
A file with hundreds of findings, typically a generated file or one written for another tool,
would otherwise bury every other result, and an editor or CI log would show a wall of lines
nobody reads. The first findings are usually the ones to fix first, and many of the rest tend
to disappear with them.

The note hides nothing that matters on its own, so the severity is info. Raise the limit with
`max-findings-per-file` under `limits` in the configuration, or set it to 0 to show every
finding.

## Example
<!-- example: not executable -->
Two hundred findings do not fit on a page. The note is reported on the file's first line:

```console
$ avassa-lint check applications/legacy.yaml
applications/legacy.yaml:1:1: info LNT006 … and 57 more findings in this file (only the first 200 are shown) [too-many-findings]
```

```yaml
# .avassa-lint.yaml
limits:
  max-findings-per-file: 200  # the default; 0 shows every finding
```

## Use instead
Fix the findings shown, then run again. When a whole file is meant for another tool, leave it
out with `exclude` in the configuration.

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

RULE = engine_rule(__doc__, code="LNT006", name="too-many-findings", severity="info", module=__name__)
