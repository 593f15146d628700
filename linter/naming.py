"""How messages name things: objects by their platform nouns, values quoted, escaped and clipped,
secret values never shown."""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

# Keys whose values are never echoed, wherever they appear.
SECRET_KEY = re.compile(r"(?i)pass|secret|token|key|cred|auth|cert|private")
_SECRET_ROOTS = frozenset(("data", "base64-data"))

# C0/C1 controls, DEL and bidi controls are escaped in every printed string.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


# URL userinfo: "https://robot:PASSWORD@host" shows as "https://robot:***@host", a lone token as
# "https://***@host"; a value clipped before its "@" ("https://robot:PASS…") is masked too.
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)([^\s/@:\"'?#]*:)?[^\s/@\"'?#…]*(@|…)")


# Without a scheme: "robot:PASSWORD@registry.example.com" (a host with a dot after the "@", which an
# image digest such as "nginx:1.25@sha256:..." does not have).
_BARE_USERINFO = re.compile(r"(?<![\w.:/@-])([\w.~%+-]+:)[^\s/@:\"'…]+@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])")


def _mask_userinfo(match: re.Match[str]) -> str:
    return match.group(1) + (match.group(2) or "") + "***" + match.group(3)


def clean(text: str, limit: int | None = None) -> str:
    """Escape control and bidi characters, lone surrogates (undecodable file-name bytes), mask URL
    passwords and clip."""
    if "://" in text:
        text = _USERINFO.sub(_mask_userinfo, text)
    if "@" in text:
        text = _BARE_USERINFO.sub(r"\1***@", text)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    if _UNSAFE.search(text):
        text = _UNSAFE.sub(_escape_char, text)
    if any("\udc80" <= c <= "\udcff" for c in text):
        text = "".join(f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else c for c in text)
    return text


def quote_value(value: Any, limit: int = 80) -> str:
    """A value as a message shows it: strings quoted, other scalars as YAML writes them."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return '"' + clean(str(value), limit).replace('"', '\\"') + '"'


def redacted(document: Any, path: tuple) -> bool:
    """True when the value at ``path`` may be a secret and must not be printed: under data or
    base64-data of a secret, under a credential-like key, or the value of a name/value pair whose
    name looks like a credential (a variable DB_PASSWORD with a literal value)."""
    if getattr(document, "secret", False) and path and path[0] in _SECRET_ROOTS:
        return True
    if any(isinstance(p, str) and SECRET_KEY.search(p) for p in path):
        return True
    if path and path[-1] == "value":
        node = getattr(document, "data", None)
        for part in path[:-1]:
            if isinstance(node, dict) and isinstance(part, str):
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                return False
        name = node.get("name") if isinstance(node, dict) else None
        return isinstance(name, str) and SECRET_KEY.search(name) is not None
    return False


_LARGE_POOL = 500


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """'did you mean "replicas"?' when one candidate is close, else None."""
    return Suggester(candidates).suggest(word)


class Suggester:
    """did-you-mean over one set of names, for many lookups: build it once per pool.

    Small pools use difflib's similarity; large ones (the applications of a big project) only
    catch one edit, swap or case difference, through an index of single-character deletions, so
    each lookup costs a few dictionary probes instead of a pass over thousands of names."""

    def __init__(self, candidates: Iterable[str]) -> None:
        self.pool = sorted({c for c in candidates if isinstance(c, str)})
        self.lowered = {c.lower(): c for c in self.pool}
        self.deletions: dict[str, list[str]] | None = None
        if len(self.pool) > _LARGE_POOL:
            self.deletions = {}
            for c in self.pool:
                if len(c) <= 64:
                    for variant in {c} | {c[:i] + c[i + 1:] for i in range(len(c))}:
                        self.deletions.setdefault(variant, []).append(c)

    def suggest(self, word: str) -> str | None:
        if not isinstance(word, str) or not self.pool:
            return None
        exact = self.lowered.get(word.lower())
        if exact is not None and exact != word:
            return f'did you mean "{exact}"?'
        if self.deletions is None:
            match = difflib.get_close_matches(word, self.pool, n=1, cutoff=0.75)
            if match:
                return f'did you mean "{match[0]}"?'
            close = [c for c in self.pool if _one_edit(word, c)]
        elif len(word) > 64:
            return None
        else:
            near: set[str] = set()
            for variant in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
                near.update(self.deletions.get(variant, ()))
            close = sorted(c for c in near if _one_edit(word, c))
        # one swap, insertion, deletion or change (difflib's ratio is too strict for short words)
        if len(close) == 1:
            return f'did you mean "{close[0]}"?'
        return None


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of exactly one, cheaply."""
    if a == b or abs(len(a) - len(b)) > 1 or len(a) > 64:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


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
