"""Container images of a project, parsed and resolved against its registries: shared by the IMG rules."""
from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from avassa_lint.loading.classify import REGISTRY, SETTINGS
from avassa_lint.model.image_ref import ImageRef, Resolution, close_addresses, parse_image, resolve_image
from avassa_lint.model.project import Container, Located, Project, Registry
from avassa_lint.model.parse_problem import ParseProblem

# The rule whose `control-tower-registry` option names the Control Tower's own registry host;
# images on that host are pushed there, not pulled from a remote registry.
CONTROL_TOWER_OPTION_RULES = ("image-without-registry", "IMG003")
UNDECLARED_REGISTRY_RULES = ("undeclared-registry", "IMG001")


@dataclass(frozen=True)
class ImageUse:
    """One container's image: as written, and parsed (or the problem that stopped the parser)."""

    container: Container
    image: Located[str]
    parsed: ImageRef | ParseProblem

    @property
    def ref(self) -> ImageRef | None:
        return self.parsed if isinstance(self.parsed, ImageRef) else None


def image_uses(project: Project) -> Iterator[ImageUse]:
    """Every container and init container with a non-empty string image (the schema reports the
    rest), parsed once per run: five rules read them."""
    return iter(project.memo("image-uses", lambda: list(_image_uses(project))))


def _image_uses(project: Project) -> Iterator[ImageUse]:
    for container in project.containers():
        image = container.image
        if image is None or image.value == "":
            continue
        yield ImageUse(container, image, parse_image(image.value))


def default_registry(project: Project) -> str | None:
    """The `default-remote-registry`, when one is written as a string."""
    found = project.default_registry
    return found.value if found is not None else None


def default_registry_unknown(project: Project) -> bool:
    """Whether the project cannot tell if a default remote registry is configured.

    That is the case with no image-registry settings document at all (they are often set once in
    Control Tower and not kept in the repository), a `default-remote-registry` of the wrong type,
    or a file that failed to load and may be the settings.
    """
    if not project.settings:
        return True
    if any(s.default_remote_registry is None and s.node.raw("default-remote-registry") is not None
           for s in project.settings):
        return True
    return project.unreadable_could_be(SETTINGS)


def registries_incomplete(project: Project) -> bool:
    """Whether a remote registry may be missing from `project.registries`: a file that failed to
    load may be one. (A registry document without a string `address` is not in the model at all;
    the schema reports its missing key, and an image naming its host is still reported.)"""
    return project.unreadable_could_be(REGISTRY)


def declared_addresses(project: Project) -> list[str]:
    """Addresses of the declared remote registries, then those declared as external."""
    found = list(project.registries)
    found.extend(a for a in project.external.registries if a not in project.registries)
    return found


def credential_prefixes(project: Project) -> dict[str, list[str]]:
    """Address -> `repository` prefixes of its credentials entries, in order (every registry
    declared with that address, so a duplicate declaration never causes a false alarm)."""
    prefixes: dict[str, list[str]] = {}
    for address, registries in project.registries.items():
        prefixes[address] = [c.repository.value for r in registries for c in r.credentials
                             if c.repository is not None]
    return prefixes


def credentials_unknown(registries: Iterable[Registry]) -> bool:
    """A credentials entry whose `repository` is missing or not a string: coverage is unknown."""
    return any(c.repository is None for r in registries for c in r.credentials) or any(
        r.node.raw("credentials") is not None and not isinstance(r.node.raw("credentials"), list)
        for r in registries)


def resolver(project: Project) -> Callable[[ImageRef], Resolution]:
    """Resolve images against the project's registries (collected once, not per image)."""
    prefixes = credential_prefixes(project)
    default = default_registry(project)
    return lambda ref: resolve_image(ref, prefixes, default)


def control_tower_registry(project: Project) -> str | None:
    """The Control Tower registry host from the `image-without-registry` options, if set."""
    for key in CONTROL_TOWER_OPTION_RULES:
        options = project.config.rules.get(key)
        if isinstance(options, dict):
            value = options.get("control-tower-registry", options.get("control_tower_registry"))
            if isinstance(value, str) and value:
                return value
    return None


def allowed_hosts(project: Project) -> tuple[str, ...]:
    """The `allow` option of `undeclared-registry` (IMG001), for rules that must agree with it."""
    for key in UNDECLARED_REGISTRY_RULES:
        options = project.config.rules.get(key)
        if isinstance(options, dict) and "allow" in options:
            return patterns(options["allow"])
    return ()


def registry_known(project: Project, host: str, allowed: Iterable[str] = ()) -> bool:
    """A host that needs no remote registry declaration, or has one: declared (or external),
    allowed by the option, the Control Tower registry, or the default remote registry."""
    return (host in declared_addresses(project) or host_matches(host, allowed)
            or host == control_tower_registry(project) or host == default_registry(project))


def mistyped_registry(project: Project, host: str, allowed: Iterable[str] | None = None) -> str | None:
    """The declared remote registry address that an unknown ``host`` is a near miss of (another
    or no port, letter case, one or two edits), or None. `undeclared-registry` reports such a
    host as an error with did-you-mean; other rules use this not to build hints on the typo."""
    if allowed is None:
        allowed = allowed_hosts(project)
    if not project.has_registries or registry_known(project, host, allowed):
        return None
    return close_addresses(host, declared_addresses(project))


def patterns(value: Any) -> tuple[str, ...]:
    """An option that lists patterns: a list of strings, or one string; anything else is ignored."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (list, tuple)):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def host_matches(host: str, allowed: Iterable[str]) -> bool:
    """Host names are case-insensitive; patterns are shell-style (`*.example.com`)."""
    lowered = host.lower()
    return any(fnmatch.fnmatchcase(lowered, p.lower()) for p in allowed)


