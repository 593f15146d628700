"""Document -> Kind. Avassa payloads carry no ``kind:`` field, so the kind is inferred.

Evidence, strongest first: the supctl command a heredoc was fed to, a header comment
(``# avassa-lint: kind=secret vault=NAME``) or a yaml-language-server ``$schema`` modeline,
a path glob mapped in the configuration, the path convention that mirrors the API
(``/v1/config/...``), and last the document's content.
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

KINDS = (APPLICATION, DEPLOYMENT, VAULT, SECRET, SETTINGS, REGISTRY)

KIND_ALIASES = {
    "application": APPLICATION,
    "applications": APPLICATION,
    "app": APPLICATION,
    "application-deployment": DEPLOYMENT,
    "application-deployments": DEPLOYMENT,
    "deployment": DEPLOYMENT,
    "vault": VAULT,
    "vaults": VAULT,
    "secret": SECRET,
    "secrets": SECRET,
    "image-registry-settings": SETTINGS,
    "settings": SETTINGS,
    "remote-registry": REGISTRY,
    "remote-registries": REGISTRY,
    "registry": REGISTRY,
}


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
        if match and match.group("kind") in KINDS:
            return Hint(match.group("kind"), "modeline")
    return None


def path_hint(path: str) -> Hint | None:
    """The path convention, matched on the last folders of the path."""
    parts = [p for p in re.split(r"[\\/]+", path) if p not in ("", ".")]
    if not parts:
        return None
    name = parts[-1]
    stem = re.sub(r"\.ya?ml$", "", name)
    folders = parts[:-1]
    # strongbox/vaults/<vault>/secrets/<secret>.yaml
    if len(folders) >= 3 and folders[-1] == "secrets" and folders[-3] == "vaults":
        return Hint(SECRET, "path", folders[-2])
    if len(folders) >= 1 and folders[-1] == "vaults":
        return Hint(VAULT, "path")
    if folders and folders[-1] == "remote-registries":
        return Hint(REGISTRY, "path")
    if folders and folders[-1] == "image-registry" and stem == "settings":
        return Hint(SETTINGS, "path")
    if folders and folders[-1] == "application-deployments":
        return Hint(DEPLOYMENT, "path")
    if folders and folders[-1] == "applications":
        return Hint(APPLICATION, "path")
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
    if "services" in keys:
        return APPLICATION
    if "application" in keys and ("placement" in keys or "application-version" in keys):
        return DEPLOYMENT
    if "default-remote-registry" in keys:
        return SETTINGS
    if "address" in keys:
        return REGISTRY
    if "data" in keys or "base64-data" in keys or "allow-image-access" in keys:
        return SECRET
    if "distribute" in keys and "name" in keys and keys <= {"name", "distribute"}:
        return VAULT
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
        return Classification(hint.kind, hint.source, vault if hint.kind == SECRET else None,
                              vault_source if hint.kind == SECRET else None, conflict)
    if by_content is not None:
        return Classification(by_content, "content", vault if by_content == SECRET else None,
                              vault_source if by_content == SECRET else None)
    return Classification(None, "none")


def _article(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


_SOURCE_WORDS = {
    "command": "supctl command",
    "header": "header comment",
    "modeline": "$schema modeline",
    "config": "configuration",
    "path": "file's path",
}
