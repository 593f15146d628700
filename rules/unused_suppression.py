'''Suppression comment that silences nothing.

## What it does
Reports an inline suppression (`# avassa-lint: disable=...`, `disable-next-line=...` or
`disable-file=...`) that silences no finding: the problem was fixed, the comment sits on the wrong
line, or it names a rule that does not exist. A directive that names no rule at all is reported
too: there is no blanket "ignore everything" form.

## Why is this bad?
A stale suppression hides the next real problem on that line, and a suppression that names no
rule silences more than its author meant. Keeping them exact keeps them honest. A warning: the
configuration is not broken, but it no longer says what it means. Repository owners can turn
every inline suppression off with `inline-suppressions: false` or `--no-inline-suppressions`.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1  # avassa-lint: disable=unknown-key -- the key is spelled right now
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
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
'''
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="LNT004", name="unused-suppression", severity="warning", module=__name__,
                   fix="safe: removes the suppression comment, or only the rules of it that silence nothing")
