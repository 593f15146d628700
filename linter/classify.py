"""Document -> Kind. Avassa payloads carry no ``kind:`` field, so the kind is inferred.

Evidence, strongest first: the supctl command a heredoc was fed to, a header comment
(``# avassa-lint: kind=secret vault=NAME``) or a yaml-language-server ``$schema`` modeline,
a path glob mapped in the configuration, the path convention that mirrors the API
(``/v1/config/...``), and last the document's content.

Every kind is one entry of ``KIND_SPECS``: its names in headers and configuration, the folders
of its path convention, the words its file names carry and its content signature. Adding a kind
is adding one entry (and its schema).
"""
from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

APPLICATION = "application"
DEPLOYMENT = "application-deployment"
VAULT = "vault"
SECRET = "secret"
SETTINGS = "image-registry-settings"
REGISTRY = "remote-registry"


@dataclass(frozen=True)
class KindSpec:
    """Everything the classifier knows about one kind, as data."""

    name: str
    # names a header comment or a ``kinds`` entry of the configuration may use
    aliases: tuple[str, ...] = ()
    # the path convention: the last folders of the path ("*" is any one folder)
    folders: tuple[str, ...] = ()
    stem: str | None = None  # the file name without .yaml/.yml the convention demands, if any
    parent_at: int | None = None  # the index in ``folders`` of the parent object's name (a secret's vault)
    # words of a file name outside the convention (weak evidence)
    file_words: tuple[str, ...] = ()
    # content: any one of these top-level keys says the kind...
    signature: frozenset[str] = frozenset()
    # ...together with one of these, when given
    with_any: frozenset[str] = frozenset()
    # ...and the document has no key outside these, when given
    only: frozenset[str] | None = None
    has_parent: bool = False  # a secret belongs to a vault

    @property
    def schema_file(self) -> str:
        return f"{self.name}.schema.json"


KIND_SPECS: tuple[KindSpec, ...] = (
    KindSpec(APPLICATION, aliases=("applications", "app"), folders=("applications",),
             file_words=("application", "app"), signature=frozenset({"services"})),
    KindSpec(DEPLOYMENT, aliases=("application-deployments", "deployment"), folders=("application-deployments",),
             file_words=("deployment", "deploy"), signature=frozenset({"application"}),
             with_any=frozenset({"placement", "application-version"})),
    KindSpec(VAULT, aliases=("vaults",), folders=("vaults",), file_words=("vault",),
             signature=frozenset({"distribute"}), with_any=frozenset({"name"}),
             only=frozenset({"name", "distribute"})),
    KindSpec(SECRET, aliases=("secrets",), folders=("vaults", "*", "secrets"), parent_at=1,
             file_words=("secret",), signature=frozenset({"data", "base64-data", "allow-image-access"}),
             has_parent=True),
    KindSpec(SETTINGS, aliases=("settings",), folders=("image-registry",), stem="settings",
             file_words=("registry-settings", "settings"), signature=frozenset({"default-remote-registry"})),
    KindSpec(REGISTRY, aliases=("remote-registries", "registry"), folders=("remote-registries",),
             file_words=("registry",), signature=frozenset({"address"})),
)

SPECS: dict[str, KindSpec] = {spec.name: spec for spec in KIND_SPECS}
KINDS: tuple[str, ...] = tuple(spec.name for spec in KIND_SPECS)
KIND_ALIASES: dict[str, str] = {alias: spec.name for spec in KIND_SPECS for alias in (spec.name, *spec.aliases)}

# the most specific convention first (vaults/*/secrets before vaults)
_BY_PATH = sorted((s for s in KIND_SPECS if s.folders), key=lambda s: -(len(s.folders) + (s.stem is not None)))
# the content order: the table's
_BY_CONTENT = tuple(s for s in KIND_SPECS if s.signature)


@dataclass(frozen=True)
class Classification:
    kind: str | None
    source: str  # "command", "header", "modeline", "config", "path", "content" or "none"
    vault: str | None = None  # the vault of a secret, when known
    vault_source: str | None = None
    conflict: str | None = None  # a description of contradicting evidence


@dataclass(frozen=True)
class Hint:
    """Kind evidence that comes from outside the document (header, heredoc command, config)."""

    kind: str | None
    source: str
    vault: str | None = None


_HEADER = re.compile(r"^#\s*avassa-lint:\s*(?P<body>.*)$")
_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=\S*?(?P<kind>[a-z-]+)\.schema\.json\s*$")


def header_hint(text: str) -> Hint | None:
    """Kind evidence in the comment lines at the top of a file."""
    for raw in text.splitlines()[:40]:
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            fields = dict(
                part.split("=", 1) for part in match.group("body").split() if "=" in part
            )
            kind = KIND_ALIASES.get(fields.get("kind", "").strip().lower())
            if kind or fields.get("vault"):
                return Hint(kind, "header", fields.get("vault") or None)
        match = _MODELINE.match(line)
        if match and match.group("kind") in SPECS:
            return Hint(match.group("kind"), "modeline")
    return None


def _split(path: str) -> list[str]:
    return [p for p in re.split(r"[\\/]+", path) if p not in ("", ".")]


def _stem(name: str) -> str:
    return re.sub(r"\.ya?ml$", "", name)


def path_hint(path: str) -> Hint | None:
    """The path convention, matched on the last folders of the path."""
    parts = _split(path)
    if not parts:
        return None
    stem = _stem(parts[-1])
    folders = parts[:-1]
    for spec in _BY_PATH:
        want = spec.folders
        if len(folders) < len(want) or (spec.stem is not None and stem != spec.stem):
            continue
        tail = folders[len(folders) - len(want):]
        if all(w == "*" or w == f for w, f in zip(want, tail)):
            return Hint(spec.name, "path", tail[spec.parent_at] if spec.parent_at is not None else None)
    return None


def config_hint(path: str, kind_map: Mapping[str, Mapping[str, str]]) -> Hint | None:
    """Path globs the configuration maps to a kind (and a vault for secrets)."""
    for pattern, target in kind_map.items():
        if fnmatch.fnmatchcase(path, pattern) or fnmatch.fnmatchcase(path, "*/" + pattern):
            kind = KIND_ALIASES.get(str(target.get("kind", "")).lower())
            if kind:
                return Hint(kind, "config", target.get("vault"))
    return None


def content_kind(data: Any) -> str | None:
    """The kind the content shows by its keys."""
    if not isinstance(data, dict):
        return None
    keys = data.keys()
    for spec in _BY_CONTENT:
        if not any(k in keys for k in spec.signature):
            continue
        if spec.with_any and not any(k in keys for k in spec.with_any):
            continue
        if spec.only is not None and not keys <= spec.only:
            continue
        return spec.name
    return None


def classify(data: Any, hints: list[Hint]) -> Classification:
    """Pick the strongest evidence; note when the content disagrees with it."""
    by_content = content_kind(data)
    vault = None
    vault_source = None
    for hint in hints:
        if hint.vault and vault is None:
            vault, vault_source = hint.vault, hint.source
    for hint in hints:
        if hint.kind is None:
            continue
        conflict = None
        if by_content is not None and by_content != hint.kind:
            conflict = f'the {_SOURCE_WORDS[hint.source]} says {hint.kind} but the content looks like {_article(by_content)}'
        return Classification(hint.kind, hint.source, *_parent(hint.kind, vault, vault_source), conflict)
    if by_content is not None:
        return Classification(by_content, "content", *_parent(by_content, vault, vault_source))
    return Classification(None, "none")


def _parent(kind: str, vault: str | None, vault_source: str | None) -> tuple[str | None, str | None]:
    spec = SPECS.get(kind)
    return (vault, vault_source) if spec is not None and spec.has_parent else (None, None)


def _article(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


_SOURCE_WORDS = {
    "command": "supctl command",
    "header": "header comment",
    "modeline": "$schema modeline",
    "config": "configuration",
    "path": "file's path",
}
