"""A `${...}` variable reference is malformed.

## What it does
Parses every `${...}` in the fields where the platform substitutes variables (the fields
`undefined-variable` checks) and reports a reference that is not `${NAME}`, `${NAME[key]}` or
`${NAME | filter ...}`: a `${` that is never closed, an empty `${}`, a name that starts with a
digit, a shell-style default such as `${PORT:-8080}`, an unknown filter (the filters are
`indent N`, `replace PATTERN REPLACEMENT`, `squote`, `dquote` and `quote`), a filter with the
wrong number of arguments, or an unclosed quote or `[`. It also checks subscripts:
`SYS_SITE_LABELS`, `SYS_DNS_ZONES` and `SYS_HOST_DEVICE_LABELS` are read one entry at a time
(`${SYS_SITE_LABELS[city]}`), and no other variable takes a subscript.

`$${` is a literal `${` and is never a reference.

## Why is this bad?
Control Tower cannot expand a malformed reference, and the application specification
([application reference](https://avassa-api.redoc.ly/tag/Applications/), `variables`) makes a
reference it cannot resolve an error (for `SYS_SITE_LABELS`, "it is an error if no label is
given"), so the application is rejected or its instances fail to start: the severity is error.
Often the text was meant literally, for the container's shell (`${HOME:-/root}`): write `$${`
to pass a `${` through unchanged.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: PORT
        value: "8080"
    containers:
      - name: api
        image: registry.example.com/web/api:1.0
        cmd: ["--listen", "0.0.0.0:${PORT:-80}", "--city", "${SYS_SITE_LABELS}"]
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
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
    variables:
      - name: PORT
        value: "8080"
    containers:
      - name: api
        image: registry.example.com/web/api:1.0
        cmd: ["--listen", "0.0.0.0:${PORT}", "--city", "${SYS_SITE_LABELS[city]}"]
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.redact import redacted
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.quoting import quote
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.substituted_fields import SubstitutedField, substituted_fields
from avassa_lint.model.substitution import SUBSCRIPTED_SYSTEM_VARIABLES, SYSTEM_VARIABLES, VarRef, find_references

_INDEXED = ", ".join(sorted(SUBSCRIPTED_SYSTEM_VARIABLES))


@rule(code="APP016", name="invalid-substitution", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        defined = {v.name.value for v in service.variables if v.name is not None}
        for field in substituted_fields(service):
            for ref in find_references(field.value.value):
                if isinstance(ref, ParseProblem):
                    yield _malformed(ref, field)
                else:
                    finding = _subscript(ref, field, defined)
                    if finding is not None:
                        yield finding


def _malformed(problem: ParseProblem, field: SubstitutedField) -> Finding:
    span = field.value.part(problem.offset, problem.length)
    if redacted(field.node.document, field.ypath):
        # The parser quotes part of the value; this field may hold a secret, so say less.
        message = f"{field.where} has a malformed variable reference (the value is not shown)"
    elif field.value.value[problem.offset:problem.offset + 1] == "\n":
        message = f'a variable reference in {field.where} runs to the end of the line, expected "}}"'
    else:
        message = f"{problem.message} in {field.where}"
    if "shell-style" in problem.message:
        hint = ("give the variable its default as its value, or write \"$${\" to leave the expression "
                "to the container's shell")
    else:
        hint = 'a reference is ${NAME}, ${NAME[key]} or ${NAME | filter}; write "$${" for a literal "${"'
    return Finding.at(field.value, span=span, message=message, hint=hint)


def _subscript(ref: VarRef, field: SubstitutedField, defined: set[str]) -> Finding | None:
    name = ref.name
    known = (field.takes_service_variables and name in defined) or name in SYSTEM_VARIABLES
    if not known:
        return None  # undefined-variable reports it
    local = field.takes_service_variables and name in defined
    span = field.value.part(ref.offset, ref.length)
    if ref.key is None and name in SUBSCRIPTED_SYSTEM_VARIABLES and not local:
        example = "default" if name == "SYS_DNS_ZONES" else "city" if name == "SYS_SITE_LABELS" else "camera"
        return Finding.at(field.value, span=span,
                       message=f'"${{{name}}}" in {field.where} has no subscript, expected one entry '
                               f'such as "${{{name}[{example}]}}"',
                       hint=f"{name} holds one value per name; pick one in brackets")
    if ref.key is not None and (local or name not in SUBSCRIPTED_SYSTEM_VARIABLES):
        return Finding.at(field.value, span=span,
                       message=f'variable "{name}" in {field.where} has a subscript {quote("[" + ref.key + "]")}, '
                               f"but only {_INDEXED} take one",
                       hint=f'write "${{{name}}}"')
    return None
