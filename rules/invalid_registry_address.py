"""Remote registry `address` or `override-address` is not a valid `host[:port]`.

## What it does
Checks the `address` and `override-address` of every remote registry: each must be a host name
(or an IPv4 address, or an IPv6 address in brackets), optionally followed by `:PORT` with a port
from 1 to 65535. It reports a URL scheme (`https://`), a path (`/v2`), an empty port, a port that
is not a number (`:6OOO`, with letters O) and a port outside 1-65535 (`:0`, `:65536`), at the exact
column inside the value. The `default-remote-registry` of the image-registry settings is checked
by `invalid-default-registry` (IMG007).

## Why is this bad?
Control Tower picks a remote registry by comparing its `address`, as a string, with the part of an
image name before the first `/` (which never holds a scheme or a path), so such an address can never
match an image: every image meant for it is treated as coming from an undeclared registry and its
credentials are never used. An `override-address` is where Control Tower connects instead, and a
malformed one fails every pull through that registry. The value is simply unusable, hence an error.

## Example
```yaml
# image-registry/remote-registries/example.yaml
address: https://registry.example.com:6000
```

## Use instead
```yaml
# image-registry/remote-registries/example.yaml
address: registry.example.com:6000
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.registry_address import address_hint, parse_registry_address, scheme_fix
from avassa_lint.core.rule import Finding, rule


@rule(code="NET003", name="invalid-registry-address", severity="error", scope="file",
      fix="safe: removes an http:// or https:// scheme (and a trailing /) before a valid address")
def check(project: Project) -> Iterator[Finding]:
    for registry in project.all_registries():
        for field, value in (("address", registry.address), ("override-address", registry.override_address)):
            if value is None or value.value == "":  # an empty string is the schema's (SCH006)
                continue
            problem = parse_registry_address(value.value, field)
            if not isinstance(problem, ParseProblem):
                continue
            message = problem.message
            if field == "override-address" and registry.address is not None:
                message += f" (remote registry {quote(registry.address.value)})"
            yield Finding.at(value, span=value.part(problem.offset, problem.length), message=message,
                             hint=address_hint(value.value), fix=scheme_fix(value))
