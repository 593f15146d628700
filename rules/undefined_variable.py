"""A `${VAR}` reference names a variable that the service does not define.

## What it does
Checks every `${VAR}` in the fields where the platform substitutes variables: `cmd`, `entrypoint`
and `env` values of containers and init containers, `container-log-size`, the `exec` command of
probes, `replicas`, `delayed-shutdown.max-number-of-instances`, the domains of ingress
`dns-records`, the `site-dns-records` fields, config-map item `data` (not `data-verbatim`),
`vault-secret` `vault` and `secret`, and a VM's `container-env`, `cloud-init` parts and
`container-log-size`. Each name must be a variable of the same service (`variables`) or one of
the system variables (`SYS_SITE`, `SYS_HOST`, `SYS_SITE_LABELS[label]`, …).

Some system variables only exist in some fields, and those are checked too:

- `SYS_APPROLE_SECRET_ID` only in the fields of a container that sets `approle`;
- `SYS_CONTAINER_CPUS` and `SYS_CONTAINER_MEMORY` only in container (and VM) fields;
- `SYS_APP_NET_IPV4_ADDRESS`, `SYS_GW_NET_IPV4_ADDRESS`, `SYS_INGRESS_IPV4_ADDRESS` and
  `SYS_SERVICE_INSTANCE_INDEX` not in `replicas` and `site-dns-records`;
- in `value-from-vault-secret` `vault` and `secret` of a variable, system variables only.

Variables are local to their service: a variable of another service of the same application
does not count (the hint says where it is). `$${` is a literal `${` and is not a reference. A
malformed reference is `invalid-substitution`'s, and a `${` in `image` is not substituted at all
(`invalid-image-reference` reports it).

## Why is this bad?
The application specification says it plainly: "it is an error to refer to a variable that isn't
defined" ([variables how-to](https://docs.avassa.io/how-to/variables), and the `variables` field
in the [application reference](https://avassa-api.redoc.ly/tag/Applications/)). Control Tower
rejects the application (or the service instance cannot start), so the severity is error. The
usual causes are a typo, a variable defined in another service, or a shell-style `${HOME}` meant
for the container's own shell (write `$${HOME}` to pass it through).

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
      - name: DB_HOST
        value: db.example.com
    containers:
      - name: api
        image: registry.example.com/web/api:1.0
        env:
          DATABASE_URL: postgres://${DB_HOTS}:5432/web
          INSTANCE: ${SYS_SITE}-${SYS_INSTANCE_INDEX}
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
      - name: DB_HOST
        value: db.example.com
    containers:
      - name: api
        image: registry.example.com/web/api:1.0
        env:
          DATABASE_URL: postgres://${DB_HOST}:5432/web
          INSTANCE: ${SYS_SITE}-${SYS_SERVICE_INSTANCE_INDEX}
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project, Service, Variable
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.suggest import phrase, suggest
from avassa_lint.core.diagnostic import Fix
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_hints import only_close, rename_fix
from avassa_lint.views.substituted_fields import SubstitutedField, substituted_fields
from avassa_lint.model.substitution import SYSTEM_VARIABLES, VarRef, find_references


@rule(code="APP004", name="undefined-variable", severity="error", scope="file",
      fix="unsafe: renames the variable in the reference to the one close variable of the service")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        defined = _variables(service)
        for field in substituted_fields(service):
            for ref in find_references(field.value.value):
                if isinstance(ref, ParseProblem):
                    continue  # invalid-substitution
                finding = _judge(ref, field, defined)
                if finding is not None:
                    yield finding


def _variables(service: Service) -> dict[str, Variable]:
    found: dict[str, Variable] = {}
    for variable in service.variables:
        if variable.name is not None:
            found.setdefault(variable.name.value, variable)
    return found


def _judge(ref: VarRef, field: SubstitutedField, defined: dict[str, Variable]) -> Finding | None:
    name = ref.name
    if field.takes_service_variables and name in defined:
        return None
    available = field.system_variables()
    if name in available:
        return None
    span = field.value.part(ref.offset, ref.length)
    where = field.where
    service_name = _service_name(field.service)
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    reason = field.unavailable_reason(name)
    if reason is not None:
        message = f'{where} refers to system variable "{name}", which is {reason}'
        hint = None
        if name == "SYS_APPROLE_SECRET_ID" and field.scope == "container":
            hint = 'set "approle" on this container to the Strongbox approle it logs in with'
    elif not field.takes_service_variables and name in defined:
        message = (f'{where} refers to variable "{name}", but only system variables are substituted '
                   "in the vault and secret of value-from-vault-secret")
        hint = "write the vault or secret name itself, or use a system variable such as ${SYS_SITE}"
        related = (Related(defined[name].name.span, f'variable "{name}" defined here'),)  # type: ignore[union-attr]
    else:
        candidates = sorted(available | (set(defined) if field.takes_service_variables else set()))
        suggestion = suggest(name, candidates)
        if name.startswith("SYS_") and name not in SYSTEM_VARIABLES:
            message = f'{where} refers to "{name}", which is not a system variable'
        else:
            message = f'{where} refers to variable "{name}", which service {service_name} does not define'
        hint, related = _hint(name, field, suggestion, defined)
        if suggestion is not None and only_close(name, candidates, suggestion):
            fix = _rename(field, ref, suggestion)
    return Finding.at(field.value, span=span, message=message, hint=hint, related=related, fix=fix)


def _rename(field: SubstitutedField, ref: VarRef, suggestion: str) -> Fix | None:
    """Rename the name inside "${...}" (blanks, a subscript and filters stay as written)."""
    text = field.value.value
    start = ref.offset + 2
    while start < len(text) and text[start] in " \t":
        start += 1
    if not text.startswith(ref.name, start):
        return None
    return rename_fix(field.value, suggestion, start, len(ref.name))


def _hint(name: str, field: SubstitutedField, suggestion: str | None,
          defined: dict[str, Variable]) -> tuple[str | None, tuple[Related, ...]]:
    if suggestion is not None:
        variable = defined.get(suggestion)
        if variable is not None and variable.name is not None and field.takes_service_variables:
            return phrase(suggestion), (Related(variable.name.span, f'variable "{suggestion}" defined here'),)
        return phrase(suggestion), ()
    for other in field.service.application.services:
        if other is field.service:
            continue
        for variable in other.variables:
            if variable.name is not None and variable.name.value == name:
                return (f'"{name}" is a variable of service {_service_name(other)}; variables are local to '
                        "their service, so define it in this service too",
                        (Related(variable.name.span, f'variable "{name}" of service {_service_name(other)}'),))
    if not field.takes_service_variables:
        return "only system variables (SYS_*) are substituted here", ()
    return (f'define it under "variables" of this service, or write "$${{{name}}}" '
            f'to pass "${{{name}}}" through unchanged'), ()


def _service_name(service: Service) -> str:
    return f'"{service.name.value}"' if service.name is not None else "(unnamed)"
