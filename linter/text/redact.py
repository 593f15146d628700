"""What a code frame may show of a source line: every span that could hold a secret value is masked
as ``***``; keys, names, references and the rest of the line stay.

Two sources of evidence, used together so that a file that broke off is masked as well as one that
loaded:
- the loaded data: values under credential-like keys, under ``data``/``base64-data`` of a secret,
  the ``value`` of a name/value pair whose name looks like a credential (``DB_PASSWORD``);
- the text itself, line by line: a credential-like key's value, every value of a ``data:`` or
  ``base64-data:`` block, a ``value:`` after ``name: DB_PASSWORD``, a URL password. This covers
  duplicate keys the data no longer holds and documents that broke off.
A value made only of ``${...}`` references is never secret (it names a variable), and the
``secret:``/``key:`` of a vault-secret reference name things.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from typing import TYPE_CHECKING, Any

from avassa_lint.text.quoting import clean
if TYPE_CHECKING:  # annotations only: the text layer sits below loading
    from avassa_lint.loading.source import SourceFile

MASK = "***"

# Keys whose values are never echoed, wherever they appear.
SECRET_KEY = re.compile(r"(?i)pass|secret|token|key|cred|auth|cert|private")
LINE_LIMIT = 400

# Avassa fields that match SECRET_KEY but hold names: a vault-secret reference names a secret and
# a key of it, and a credentials entry names the secret that holds them.
_REFERENCE_OWNERS = frozenset(("value-from-vault-secret", "vault-secret", "credentials"))
_REFERENCE_FIELDS = frozenset(("secret", "key"))
_SECRET_ROOTS = frozenset(("data", "base64-data"))
# Avassa fields whose names match SECRET_KEY but that hold configuration, never a secret value:
# how a certificate is requested and which policies a token gets.
_CONFIG_FIELDS = frozenset(("auto-acme-cert", "acme-service", "token-policies"))
# A key on a source line: a run of non-blank characters (quoted or not) followed by ":" and a blank.
_LINE_KEY = re.compile(r"""(?:^|[\s{,\[])["']?([^\s"'{}\[\],:#][^\s"'{}\[\],:]*)["']?\s*:(?=\s|$)""")
_ONLY_REFERENCES = re.compile(r"""\s*(["']?)(?:\s*\$\{[A-Za-z_][A-Za-z0-9_.-]*\})+\s*\1\s*(?:#.*)?""")
_FLOW_TOKEN = re.compile(r"""\s*["']?([^\s"'#,{}\[\]]+)""")
_NAME_VALUE = re.compile(r"""^(\s*(?:-\s+)?)["']?name["']?\s*:\s*["']?([^\s"'#]+)""")
# URL passwords: "https://robot:PASSWORD@host" and, without a scheme, "robot:PASSWORD@host.domain".
_URL_USERINFO = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s/@:\"'?#]*:([^\s/@\"'?#]+)@")
_URL_TOKEN = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://([^\s/@:\"'?#]+)@")
_BARE_USERINFO = re.compile(r"(?<![\w.:/@-])[\w.~%+-]+:([^\s/@:\"']+)@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])")

def credential_key(key: object) -> bool:
    """Whether a key (or a variable's name) says its value may be a secret: it looks like a
    credential and is not one of the Avassa fields named so that hold configuration. The one
    test of "which keys hold secrets", for messages and code frames alike."""
    return isinstance(key, str) and SECRET_KEY.search(key) is not None and key not in _CONFIG_FIELDS


Ranges = dict[int, list[tuple[int, int]]]  # line -> [start, end) columns, 0-based; end -1: to the end


def _secret_key(key: object, owner: object, value: object) -> bool:
    if not credential_key(key):
        return False
    if key in _REFERENCE_OWNERS:  # the reference structure itself; a scalar here is a value
        return not isinstance(value, (dict, list))
    return not (key in _REFERENCE_FIELDS and owner in _REFERENCE_OWNERS)


def _only_references(value: object) -> bool:
    return isinstance(value, str) and _ONLY_REFERENCES.fullmatch(value) is not None and "${" in value


def _add(ranges: Ranges, line: int, start: int, end: int) -> None:
    ranges.setdefault(line, []).append((start, end))


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def _from_data(source: SourceFile, ranges: Ranges, references: set[int]) -> None:
    """Secret values the loaded data holds, by their spans."""
    lines = source.lines()
    for doc in source.documents:
        seen: set[int] = set()
        # (path, value, a secret value, the key this value sits under, a reference field)
        todo: list[tuple[tuple, object, bool, object, bool]] = [((), doc.data, False, None, False)]
        while todo:
            path, value, secret, owner, reference = todo.pop()
            if reference:
                span = doc.spans.value(path)
                if span is not None:
                    references.update(range(span.line, span.end_line + 1))
            if secret and not isinstance(value, (dict, list)) and not _only_references(value):
                span = doc.spans.value(path)
                if span is not None:
                    for number in range(span.line, span.end_line + 1):
                        text = lines[number - 1] if 0 < number <= len(lines) else ""
                        start = span.column - 1 if number == span.line else _indent(text)
                        end = span.end_column - 1 if number == span.end_line else -1
                        _add(ranges, number, start, end)
            if not isinstance(value, (dict, list)) or id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, list):
                todo.extend((path + (i,), v, secret, owner, False) for i, v in enumerate(value))
                continue
            name = value.get("name")
            named_secret = credential_key(name)
            for key, item in value.items():
                hidden = (secret or _secret_key(key, owner, item) or (named_secret and key == "value")
                          or (not path and doc.secret and key in _SECRET_ROOTS))
                todo.append((path + (key,), item, hidden, key,
                             key in _REFERENCE_FIELDS and owner in _REFERENCE_OWNERS))


def _value_start(text: str, colon: int) -> int | None:
    """Where the value after the key's ":" starts, or None when nothing follows it."""
    start = colon + 1
    while start < len(text) and text[start] in " \t":
        start += 1
    if start >= len(text) or text[start] == "#":
        return None
    return start


def _from_text(source: SourceFile, ranges: Ranges, references: set[int]) -> None:
    """Secret values the text shows, line by line (also where the data does not reach)."""
    block: int | None = None  # the indentation of an open data:/base64-data: key
    named: int | None = None  # the column of "name:" of a credential-like name/value pair
    for number, text in enumerate(source.lines(), 1):
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = _indent(text)
        if block is not None:
            if indent > block:
                match = _LINE_KEY.match(text, indent - 1 if indent else 0)
                start = _value_start(text, match.end() - 1) if match else indent
                if start is not None:
                    _add(ranges, number, start, -1)
                continue
            block = None
        if named is not None and indent < named and not stripped.startswith("-"):
            named = None
        pair = _NAME_VALUE.match(text)
        if pair is not None:
            named = len(pair.group(1)) if credential_key(pair.group(2)) else None
        named_here = False  # a flow "{name: DB_PASSWORD, value: ...}" earlier on this line
        for match in _LINE_KEY.finditer(text):
            key = match.group(1)
            colon = match.end() - 1
            if key == "name":
                token = _FLOW_TOKEN.match(text, colon + 1)
                named_here = token is not None and credential_key(token.group(1))
                continue
            if key in _SECRET_ROOTS:
                start = _value_start(text, colon)
                if start is not None:  # a flow mapping on the line may hold keys the data lost
                    _add(ranges, number, start, -1)
                elif match.start(1) <= indent + 1:
                    block = indent
                break
            start = _value_start(text, colon)
            if start is None:
                continue
            if key == "value" and (named_here or (named is not None and match.start(1) == named)):
                if not _only_references(text[start:]):
                    _add(ranges, number, start, -1)
                break
            if not credential_key(key) or key in _REFERENCE_OWNERS:
                continue
            if key in _REFERENCE_FIELDS and number in references:
                continue
            if _only_references(text[start:]):
                continue
            _add(ranges, number, start, -1)
            break
        for pattern in (_URL_USERINFO, _URL_TOKEN, _BARE_USERINFO):
            for match in pattern.finditer(text):
                _add(ranges, number, match.start(1), match.end(1))


def secret_ranges(source: SourceFile) -> Ranges:
    """The column ranges of every line that could hold a secret value (computed once per file)."""
    if source._masks is not None:
        return source._masks
    ranges: Ranges = {}
    references: set[int] = set()
    if source.text is not None:
        _from_data(source, ranges, references)
        _from_text(source, ranges, references)
    source._masks = ranges
    return ranges


def masked_line(text: str, ranges: list[tuple[int, int]]) -> tuple[str, Callable[..., int]]:
    """The line with each range replaced by MASK, and a map from a column of the line to the
    column it is shown at: a column inside a masked range maps to the mask's start, or to its end
    when it ends a span (``end=True``), so a caret under a masked value covers the mask."""
    spans = sorted((s, len(text) if e < 0 else min(e, len(text))) for s, e in ranges)
    merged: list[list[int]] = []
    for start, end in spans:
        if end <= start or not text[start:end].strip():
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[str] = []
    pos = 0
    for start, end in merged:
        parts.append(text[pos:start])
        parts.append(MASK)
        pos = end
    parts.append(text[pos:])

    def column(col: int, end_of_span: bool = False) -> int:
        shift = 0
        for start, end in merged:
            if col < start:
                break
            if col < end or (end_of_span and col == end):
                return start + shift + (len(MASK) if end_of_span and col > start else 0)
            shift += len(MASK) - (end - start)
        return col + shift

    return "".join(parts), column


def frame_text(source: SourceFile, number: int) -> tuple[str, Callable[..., int]] | None:
    """Line ``number`` as a code frame may print it: secret values masked, tabs expanded to one
    blank, control characters escaped, clipped; with the map from source columns (0-based) to the
    printed ones. None when the file's text is not known."""
    text = source.line(number) if source.text is not None else None
    if text is None:
        return None
    shown, to_masked = masked_line(text.replace("\t", " "), secret_ranges(source).get(number, []))
    printed = clean(shown)
    if printed == shown:
        column = to_masked
    else:  # escapes widen characters: map through the escaped prefix
        def column(col: int, end_of_span: bool = False) -> int:
            return len(clean(shown[: to_masked(col, end_of_span)]))
    if len(printed) > LINE_LIMIT:
        printed = printed[: LINE_LIMIT - 1] + "…"
    return printed, column


def redacted(document: Any, path: tuple) -> bool:
    """True when the value at ``path`` may be a secret and must not be printed: under data or
    base64-data of a secret, under a credential-like key, or the value of a name/value pair whose
    name looks like a credential (a variable DB_PASSWORD with a literal value)."""
    if getattr(document, "secret", False) and path and path[0] in _SECRET_ROOTS:
        return True
    if any(credential_key(p) for p in path):
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
        return credential_key(name)
    return False
