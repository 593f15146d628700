"""Who reads a declared secret: the containers that consume a reference, the referring object in
words, and which vault and secret names the project's references can read (templates included)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from avassa_lint.loading.classify import APPLICATION, REGISTRY
from avassa_lint.core.diagnostic import Span
from avassa_lint.model.project import Container, Located, Project, SecretRef, Variable, Volume
from avassa_lint.text.describe import describe
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.views.secret_lookup import name_pattern, resolved_name
from avassa_lint.model.substitution import VarRef, find_references


def _strings_in(value: Any, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def variables_used(value: Any, skip: frozenset[str] = frozenset()) -> set[str]:
    names: set[str] = set()
    for text in _strings_in(value, skip):
        if "${" in text:
            names.update(r.name for r in find_references(text) if isinstance(r, VarRef))
    return names


# Fields of a container that are not substituted (or are names): a ${...} there uses nothing.
_NOT_SUBSTITUTED = frozenset({"name", "image", "mounts"})


@dataclass(frozen=True)
class Consumer:
    container: Container
    how: str  # for a related location: 'the container mounts volume "tls" here'
    span: Span


def consumers(ref: SecretRef) -> list[Consumer]:
    """Containers that read the secret of a variable or vault-secret volume reference.

    A vault-secret volume is read by the containers that mount it. A variable is read by the
    containers that use it (in env, cmd, entrypoint, probes, ...) or that mount a config-map
    whose data uses it; a container of the service that never uses the variable does not
    receive the value."""
    service = ref.service
    if service is None:
        return []
    found: list[Consumer] = []
    if ref.via == "volume" and isinstance(ref.owner, Volume) and ref.owner.name is not None:
        name = ref.owner.name.value
        for container in service.all_containers:
            for mount in container.mounts:
                if mount.volume_name is not None and mount.volume_name.value == name:
                    found.append(Consumer(container, f'the container mounts volume {q(name)} here', mount.volume_name.span))
                    break
    elif ref.via == "variable" and isinstance(ref.owner, Variable) and ref.owner.name is not None:
        name = ref.owner.name.value
        read_at = ref.secret.span if ref.secret is not None else ref.owner.name.span
        maps = {v.name.value for v in service.volumes if v.name is not None and "config-map" in v.types
                and name in variables_used(v.node.raw("config-map"))}
        for container in service.all_containers:
            if name in variables_used(container.node.data, _NOT_SUBSTITUTED):
                found.append(Consumer(container, f"read into variable {clean(name, 80)}, which the container uses",
                                      read_at))
                continue
            for mount in container.mounts:
                if mount.volume_name is not None and mount.volume_name.value in maps:
                    found.append(Consumer(container, f"read into variable {clean(name, 80)}, which config-map "
                                                     f"{q(mount.volume_name.value)} mounted by the container uses",
                                          read_at))
                    break
    return found


def where(ref: SecretRef) -> str:
    """The referring object in words: 'variable "DB" in service "api"', 'volume "tls" in service "api"'."""
    node = ref.node
    if ref.via == "credentials":
        registry = node.document.data.get("address") if isinstance(node.document.data, dict) else None
        repo = node.raw("repository")
        owner = f'remote registry {q(registry)}' if isinstance(registry, str) else "remote registry"
        if isinstance(repo, str):
            return f'credentials for repository {q(repo)} of {owner}'
        return f"credentials of {owner}"
    return describe(node.document.data, node.ypath[:-1], node.kind)


# --------------------------------------------------------------------------- use of declarations

Matcher = str | re.Pattern[str] | None  # None: any name


def _matcher(ref: SecretRef, located: Located[str]) -> Matcher:
    name = resolved_name(ref, located)
    if name is not None:
        return name
    return name_pattern(located.value)


def _matches(matcher: Matcher, name: str | None) -> bool:
    if matcher is None or name is None:
        return True
    if isinstance(matcher, str):
        return matcher == name
    return matcher.fullmatch(name) is not None


@dataclass(frozen=True)
class Uses:
    """Which vault and secret names the project's references can read (templates included)."""

    pairs: tuple[tuple[Matcher, Matcher], ...]

    def vault_used(self, vault: str) -> bool:
        return any(_matches(v, vault) for v, _ in self.pairs)

    def secret_used(self, vault: str | None, name: str) -> bool:
        return any(_matches(v, vault) and _matches(s, name) for v, s in self.pairs)


def uses(project: Project) -> Uses:
    pairs: list[tuple[Matcher, Matcher]] = []
    for ref in project.secret_refs:
        if ref.from_tenant is not None or ref.vault is None:
            continue
        secret = _matcher(ref, ref.secret) if ref.secret is not None else None
        pairs.append((_matcher(ref, ref.vault), secret))
    return Uses(tuple(pairs))


def readers_in_view(project: Project) -> bool:
    """Whether every reader of a secret is in the linted files, so an unused one can be told."""
    return bool(project.applications) and not project.external.applications and not project.unreadable_could_be(APPLICATION, REGISTRY)


def registries_in_view(project: Project) -> bool:
    return bool(project.registries) and not project.external.registries
