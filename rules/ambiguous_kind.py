"""A document's content is close to an Avassa kind, but not clearly one kind.

## What it does
Outside the path convention, with no header comment, the kind of a document comes from its
top-level keys, scored against each kind's schema (near misses such as `servces` count for the
key they are close to). This rule reports a document whose score does not settle it: two kinds
score alike, or the best kind has only weak evidence (one key it shares with other kinds, or a
key of its own among many it does not know). The document is not checked against any schema
and takes no part in the cross-file rules.

The message names the candidates; a header comment naming the kind settles it.

## Why is this bad?
A document that is almost an Avassa object is usually one with a mistake in it. Left
unrecognised it is checked for nothing, and the objects it declares are missing from the
project, so references to them look undefined elsewhere.

The severity is warning: the file may still be some other tool's YAML that happens to share a
key with an Avassa kind. Name its kind in a header comment, move it to the folder for its kind,
or leave it out with `exclude`.

## Example
```yaml
# platform/pull-access.yaml
credentials:
  - repository: "*"
    vault: registry-credentials
    secret: pull
owner: platform-team
```

## Use instead
A header comment settles the kind, and the schema then checks the document as one:

```yaml
# platform/pull-access.yaml
# avassa-lint: kind=remote-registry
address: registry.example.com:5000
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH009", name="ambiguous-kind", severity="warning", module=__name__)
