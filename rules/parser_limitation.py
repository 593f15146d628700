"""The YAML parser could not read the file.

## What it does
Reports a file on which the YAML parser failed in an unexpected way: instead of reporting a
syntax error it ran out of recursion depth or memory, hit an internal assertion, or raised some
other exception. Such a file is not checked. A warning printed by the parser is reported with
the same code, and then checking goes on.

## Why is this bad?
These failures come from input at the edge of what the parser handles, mostly machine-generated
or deliberately hostile files, rather than from ordinary mistakes; the limits on size, depth,
documents, nodes and aliases catch most such files before the parser does. Turning the failure
into a finding, instead of a crash, lets the run go on with the other files and keeps the exit
code 1 (findings) rather than 3 (internal error).

The file was not checked, so the severity is error. If a file that looks ordinary triggers this,
please report it, with the file if you can share it.

## Example
<!-- example: not executable -->
The inputs that trigger this depend on the parser version, so none is shown. The finding names
the kind of failure:

```console
$ avassa-lint check applications/generated.yaml
applications/generated.yaml:1:1: error YML108 the YAML parser could not read this file (RecursionError: a parser limitation or resource limit) [parser-limitation]
```

## Use instead
Write the object as plain, block-style YAML, one object per file:

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

RULE = engine_rule(__doc__, code="YML108", name="parser-limitation", severity="error", module=__name__)
