"""The linter failed with an internal error.

## What it does
Reports a bug in avassa-lint itself: an exception that escaped the linter's code while it read a
file, or while a rule checked the project. The finding names the file or the rule and the kind of
exception; the traceback is printed only with `--debug`. The run goes on: the other files are
read and the other rules run.

## Why is this bad?
The problem is in the linter, not in your files, but the result is incomplete: the file or rule
named in the message was not checked, and a run that checked less than it should must not look
like a pass. The severity is error and the run ends with exit code 3, which sets it apart from
findings (1) and usage problems (2).

## Example
<!-- example: not executable -->
Whether a file triggers a bug depends on the linter version, so none is shown. The findings
look like this, for a file and for a rule:

```console
$ avassa-lint check .
applications/web.yaml:1:1: error LNT002 internal error while linting "applications/web.yaml" (please report): ValueError [internal-error]
.:1:1: error LNT002 internal error in rule IMG001 undeclared-registry (please report): KeyError [internal-error]
```

## Use instead
Run again with `--debug` and report the traceback, with the file if you can share it:

```console
$ avassa-lint check --debug applications/web.yaml
```

Until it is fixed, a crashing rule can be turned off with `ignore` in the configuration (for
example `ignore: [undeclared-registry]`); the rest of the project is still checked.
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="LNT002", name="internal-error", severity="error", module=__name__)
