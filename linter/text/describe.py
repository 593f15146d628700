"""How messages name an object: by its platform nouns and names ('container "nginx" in service "web"')."""
from __future__ import annotations

from typing import Any

from avassa_lint.text.quoting import clean

_SINGULAR = {
    "services": "service",
    "containers": "container",
    "init-containers": "init container",
    "volumes": "volume",
    "variables": "variable",
    "mounts": "mount",
    "protocols": "protocol",
    "credentials": "credentials entry",
    "upgrade-from": "upgrade-from entry",
    "items": "config-map item",
    "files": "file",
    "domains": "domain",
    "cname": "CNAME record",
    "srv": "SRV record",
    "naptr": "NAPTR record",
    "rules": "rule",
}


def describe(data: Any, path: tuple, kind: str | None = None) -> str:
    """Name the object at ``path`` the way a user would: 'container "nginx" in service "web"'."""
    named: list[str] = []
    node = data
    trail: list[str] = []  # keys under the innermost named object
    for i, part in enumerate(path):
        if isinstance(node, dict):
            node = node.get(part) if isinstance(part, str) else None
            trail.append(str(part))
        elif isinstance(node, list) and isinstance(part, int):
            parent_key = path[i - 1] if i > 0 else None
            node = node[part] if 0 <= part < len(node) else None
            noun = _SINGULAR.get(str(parent_key), "entry")
            label = _label(node)
            named.append(f'{noun} "{label}"' if label else f"{noun} #{part + 1}")
            trail = []
        else:
            trail.append(str(part))
            node = None
    owner = " in ".join(reversed(named)) if named else _root_name(data, kind)
    if trail:
        return f'"{".".join(clean(t, 60) for t in trail)}" of {owner}'
    return owner


def _label(node: Any) -> str | None:
    if isinstance(node, dict):
        for key in ("name", "volume-name", "repository", "address", "domain", "path"):
            value = node.get(key)
            if isinstance(value, str) and value:
                return clean(value, 60)
    return None


def _root_name(data: Any, kind: str | None) -> str:
    noun = kind or "document"
    if isinstance(data, dict):
        label = _label(data)
        if label:
            return f'{noun} "{label}"'
    return noun
