"""Image names a registry host that no remote registry declares.

## What it does
Checks that the registry host of every container and init-container image (the part before the
first `/`, when it looks like a host: it contains a `.` or a `:`, or is `localhost`) is the
`address` of a declared remote registry, compared exactly as written (`registry.example.com` is
not `registry.example.com:6000`). When a declared address is close (another or no port, a
different letter case, a typo), the hint names it. The `default-remote-registry` of the
image-registry settings is reported only when it is close to a declared address without being
one: a default that is not declared at all is normal (the registry documentation's own example
is `registry-1.docker.io`, pulled anonymously), but one character away from a declared registry
it is a typo that silently drops that registry's credentials for every host-less image.

Not reported:
- a host listed under `external: {registries: [...]}` in the configuration;
- a host matching the `allow` option (below), for registries that need no declaration;
- the Control Tower's own registry, when its host is set as `control-tower-registry` in the
  options of `image-without-registry` (IMG003);
- a host that equals the `default-remote-registry`: host-less images are pulled from there anyway;
- anything at all when the project declares no remote registry, neither in its files nor under
  `external.registries` (the registries may be managed in Control Tower;
  `unchecked-references`, LNT005, says so);
- a host that is not close to a declared address when a file that failed to load may be a
  remote registry.

Image strings that do not parse are `invalid-image-reference` (IMG002).

## Options
- `allow` (list of host patterns, default empty): registries that need no declaration, such as
  public registries pulled anonymously. Shell-style patterns, case-insensitive:
  `rules: {undeclared-registry: {allow: ["registry-1.docker.io", "*.example.org"]}}`.

## Why is this bad?
To deploy an application, every image it names must be in the Control Tower registry: pushed
there, or pulled from a remote registry whose `address` is the part of the image before the
first `/` (Avassa's [registry how-to](https://docs.avassa.io/how-to/registry)). An image whose
host is none of the configured remote registries, the default remote registry or the Control
Tower registry has nowhere to be pulled from, so saving or deploying the application fails, and
an undeclared host one character away from a declared one is nearly always a typo. A registry
that really is pulled from without a declaration (a public one) belongs in `allow`.

The severity is error when the project's remote registries are known, that is, when its files
declare at least one: the image then cannot be pulled as written. A host close to a declared
address (another or no port, letter case, one or two edits) is always an error, with "did you
mean" in the hint. When the registries are named only under `external.registries` in the
configuration (they live in Control Tower and the list may be partial), a host that is close to
none of them is a warning. A `severity:` override in the configuration applies to every finding
of the rule.

## Example
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
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com:6000
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
    containers:
      - name: nginx
        image: registry.example.com:6000/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com:6000
```
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from avassa_lint.model.image_ref import close_addresses
from avassa_lint.views.images import (control_tower_registry, declared_addresses, default_registry, host_matches,
                                image_uses, patterns, registries_incomplete, resolver)
from avassa_lint.core.diagnostic import Severity
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.registry_address import parse_registry_address
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_hints import rename_fix


@dataclass(frozen=True)
class UndeclaredRegistryOptions:
    allow: tuple[str, ...] = ()


@rule(code="IMG001", name="undeclared-registry", severity="error", options=UndeclaredRegistryOptions,
      fix="unsafe: renames the registry host to the one close declared address")
def check(project: Project, options: UndeclaredRegistryOptions) -> Iterator[Finding]:
    if not project.has_registries:
        return
    incomplete = registries_incomplete(project)
    # Only the configuration's `external.registries` names them: the registries live in Control
    # Tower and that list may not be all of them, so a host that is not close to one is a warning.
    only_external = not project.registries
    allowed = patterns(options.allow)
    control_tower = control_tower_registry(project)
    addresses = declared_addresses(project)
    resolve = resolver(project)

    def known(host: str) -> bool:
        return host in addresses or host_matches(host, allowed) or host == control_tower

    for use in image_uses(project):
        ref = use.ref
        if ref is None or ref.registry is None:
            continue
        if resolve(ref).source != "undeclared-host" or known(ref.registry):
            continue
        host = ref.registry
        close = close_addresses(host, addresses)
        if close is None and incomplete:
            continue  # a file that failed to load may declare it
        yield Finding.at(
            use.image,
            span=use.image.part(0, len(host)),
            message=f"image {quote(use.image.value)} of {use.container.where} names registry "
                    f"{quote(host)}, which is not a declared remote registry",
            hint=_hint(close),
            related=_related(project, close),
            severity=Severity.WARNING if close is None and only_external else None,
            fix=(rename_fix(use.image, close, 0, len(host))
                 if _only(host, close, addresses) and use.image.value.startswith(host) else None),
        )

    default = project.default_registry
    name = default_registry(project)
    if default is None or name is None or known(name):
        return
    if isinstance(parse_registry_address(name), ParseProblem):  # invalid-default-registry (IMG007)
        return
    close = close_addresses(name, addresses)
    if close is None:
        return
    yield Finding.at(
        default,
        message=f"default-remote-registry {quote(name)} is not a declared remote registry",
        hint=_hint(close),
        related=_related(project, close),
        fix=rename_fix(default, close) if _only(name, close, addresses) else None,
    )


def _only(host: str, close: str | None, addresses: list[str]) -> bool:
    """Whether ``close`` is the one declared address close to ``host``: without it, none is."""
    return close is not None and close_addresses(host, addresses, exclude=close) is None


def _hint(close: str | None) -> str:
    if close is not None:
        return f"did you mean {quote(close)}?"
    return ("declare it in image-registry/remote-registries/ (with credentials if it is private), "
            "or list it under the option allow of undeclared-registry if it needs no login")


def _related(project: Project, close: str | None) -> tuple[Related, ...]:
    if close is None or close not in project.registries:
        return ()
    address = project.registries[close][0].address
    return (Related(address.span, "remote registry declared here"),) if address is not None else ()
