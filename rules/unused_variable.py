"""A variable of a service is never referred to.

## What it does
Reports a variable under a service's `variables` that no `${NAME}` in the same service refers
to, counting every field in which the platform substitutes variables (the fields
`undefined-variable` checks). A reference in a field without substitution does not count; when
there is one, such as `${NAME}` in `data-verbatim` or `image`, the hint points at it.

## Why is this bad?
An unused variable does nothing, so the severity is warning rather than error. It is still
worth a look: it is often a reference written in a field that is copied verbatim, or a
leftover from an edit. A leftover `value-from-vault-secret` variable also keeps a dependency on
a vault and secret that the service no longer needs. When the variable is the other half of a
typo (`${DB_HOTS}` next to a variable `DB_HOST`), `undefined-variable` reports the reference and
points at the variable, and this rule stays quiet.

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
      - name: LOG_LEVEL
        value: debug
      - name: GREETING
        value: hello
    containers:
      - name: api
        image: registry.example.com/web/api:1.0
        env:
          LOG_LEVEL: ${LOG_LEVEL}
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
      - name: LOG_LEVEL
        value: debug
    containers:
      - name: api
        image: registry.example.com/web/api:1.0
        env:
          LOG_LEVEL: ${LOG_LEVEL}
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
import re
from collections.abc import Iterator

from avassa_lint.model.project import Project, Service
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.core.rule import Finding, Related, did_you_mean, rule
from avassa_lint.loading.source import YamlPath
from avassa_lint.views.substituted_fields import substituted_fields
from avassa_lint.model.substitution import SYSTEM_VARIABLES, find_references

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@rule(code="APP017", name="unused-variable", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        if not service.variables:
            continue
        used: set[str] = set()
        substituted: set[YamlPath] = set()
        for field in substituted_fields(service):
            substituted.add(field.ypath)
            text = field.value.value
            for ref in find_references(text):
                if isinstance(ref, ParseProblem):
                    # A malformed reference may still be meant for a variable: do not pile on.
                    used.update(_WORD.findall(text))
                else:
                    used.add(ref.name)
        defined = {v.name.value for v in service.variables if v.name is not None}
        misspelled = sorted(used - defined - SYSTEM_VARIABLES)
        for variable in service.variables:
            if variable.name is None or variable.name.value in used:
                continue
            name = variable.name.value
            if any(did_you_mean(typo, [name]) for typo in misspelled):
                continue  # undefined-variable reports the misspelled reference and points here
            hint, related = _literal_use(service, name, substituted)
            yield Finding.at(
                variable.name,
                message=f'variable "{name}" of service {_service_name(service)} is never used: '
                        f'no field of the service refers to "${{{name}}}"',
                hint=hint,
                related=related,
            )


def _literal_use(service: Service, name: str, substituted: set[YamlPath]) -> tuple[str, tuple[Related, ...]]:
    """Where `${name}` is written in a field without substitution, if anywhere."""
    node = service.node
    for path, value in node.scalars():
        if isinstance(value, str) and path not in substituted and "${" in value:
            if any(not isinstance(r, ParseProblem) and r.name == name for r in find_references(value)):
                field_path = path[:-1] if isinstance(path[-1], int) else path
                where = node.describe(field_path)
                span = node.document.spans.value(path) or node.span
                return (f'"${{{name}}}" is written in {where}, where variables are not substituted',
                        (Related(span, "not substituted here"),))
    return f'refer to it as "${{{name}}}" where it is needed, or remove it', ()


def _service_name(service: Service) -> str:
    return f'"{service.name.value}"' if service.name is not None else "(unnamed)"
