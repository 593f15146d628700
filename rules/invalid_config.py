"""The linter's configuration has a mistake.

## What it does
Reports a problem in the linter's own configuration, `.avassa-lint.yaml` or the
`[tool.avassa-lint]` table of `pyproject.toml`: a file that cannot be read or is not valid YAML,
more than one YAML document, an unknown setting, a value of the wrong type, a severity other
than `error`, `warning` and `info`, or an entry of `select`, `ignore`, `severity` or
`per-file-ignores` that is not written like a rule code, area or name. The configuration is
checked against its own schema like any other YAML file, so the finding points at the line and
column of the mistake.

## Why is this bad?
A mistake in the configuration silently changes what is checked: a misspelt `per-file-ignore`
would ignore nothing, and a severity the linter does not know cannot be applied. Linting with
settings you did not mean gives a result you cannot trust, so the run ends with exit code 2 (a
usage or configuration problem) instead of 0 or 1, and the severity is error.

## Example
<!-- example: not executable -->
A setting missing its last letter, and a severity spelled the way another tool spells it:

```yaml
# .avassa-lint.yaml
per-file-ignore:
  "legacy/*.yaml": [SCH002]
severity:
  duplicate-host-port: warn
```

Both are reported, each on its own line of `.avassa-lint.yaml`, and the run exits with code 2.

## Use instead
Spell settings as documented (`per-file-ignores`), use the severities `error`, `warning` and
`info` (`severity: {duplicate-host-port: warning}`), and name rules as `avassa-lint rules`
lists them: by code (`SEC001`), area (`SEC`) or name (`unreferenced-secret`).

```console
$ avassa-lint rules
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="LNT001", name="invalid-config", severity="error", module=__name__)
