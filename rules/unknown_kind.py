"""A document is not recognised as any Avassa object.

## What it does
Avassa objects carry no `kind:` field, so the kind of each document is inferred. The evidence,
strongest first:

1. the supctl command that a heredoc in a script feeds;
2. a header comment at the top of the file, `# avassa-lint: kind=application` (for a secret,
   also `vault=NAME`), or a yaml-language-server `$schema` modeline;
3. a path pattern mapped to a kind under `kinds` in the configuration;
4. the folder, following the API's layout: `applications/`, `application-deployments/`,
   `image-registry/settings.yaml`, `image-registry/remote-registries/`, `strongbox/vaults/` and
   `strongbox/vaults/<vault>/secrets/`;
5. the content: `services` makes an application, `address` a remote registry, `data` a secret,
   and so on.

This rule reports a document that none of these identifies. It is not checked against any schema
and takes no part in the cross-file rules.

## Why is this bad?
An unrecognised document is checked for nothing, and the project does not know about the object
it holds: a vault that is not recognised as one makes every reference to it look undefined.

Many YAML files in a repository are not Avassa objects at all (CI workflows, Compose files,
policies), so the severity is info. Move the file to the folder for its kind, add a header
comment, map its path under `kinds` in the configuration, or leave files that are not Avassa
objects out with `exclude`.

## Example
```yaml
# strongbox/edge-iot.yaml
name: edge-iot
```

## Use instead
```yaml
# strongbox/vaults/edge-iot.yaml
name: edge-iot
distribute:
  to: all
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH001", name="unknown-kind", severity="info", module=__name__)
