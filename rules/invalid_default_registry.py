"""`default-remote-registry` is not a valid `host[:port]`.

## What it does
Checks the `default-remote-registry` of the image-registry settings: it must be a host name (or
an IPv4 address, or an IPv6 address in brackets), optionally followed by `:PORT` with a port from
1 to 65535, like a remote registry `address`. It reports a URL scheme (`https://`), a path
(`/library`), whitespace, an empty port, a port that is not a number and a port outside 1-65535,
at the exact column inside the value. Remote registry addresses are checked by
`invalid-registry-address` (NET003).

## Why is this bad?
Images written without a registry host (`redis:7.2.5`) are pulled from the default remote
registry. Avassa has no built-in default ([image handling](https://docs.avassa.io/fundamentals/image-handling)),
so with an unusable default every host-less image of every application fails to pull; and a
default with a scheme or a path never equals a remote registry `address`, so its credentials are
never used either. The value cannot work, hence an error.

## Example
```yaml
# image-registry/settings.yaml
default-remote-registry: https://registry-1.docker.io/v2
```

## Use instead
```yaml
# image-registry/settings.yaml
default-remote-registry: registry-1.docker.io
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.registry_address import address_hint, parse_registry_address, scheme_fix
from avassa_lint.core.rule import Finding, rule


@rule(code="IMG007", name="invalid-default-registry", severity="error", scope="file",
      fix="safe: removes an http:// or https:// scheme (and a trailing /) before a valid address")
def check(project: Project) -> Iterator[Finding]:
    for settings in project.settings:
        value = settings.default_remote_registry
        if value is None or value.value == "":  # missing, not a string or empty: the schema's
            continue
        problem = parse_registry_address(value.value, "default-remote-registry")
        if not isinstance(problem, ParseProblem):
            continue
        yield Finding.at(value, span=value.part(problem.offset, problem.length), message=problem.message,
                         hint=address_hint(value.value), fix=scheme_fix(value))
