"""Reading and loading YAML with positions: the only module that imports ruamel.

A file is read through a bounded, regular-files-only opener, decoded by our own strict decoder,
and turned into parser *events* by ruamel.yaml (its libyaml-based C parser when
``ruamel.yaml.clib`` is installed, its pure-Python parser otherwise). One iterative pass over
the events builds plain data (str keys; str, int, float, bool, None, lists, dicts) and a span
index by path. Scalars are resolved here by the YAML 1.2 core schema, never by ruamel's
resolver or constructor, so no tag is ever constructed into an object and both parsers give
identical results. Limits (depth, documents, events, aliases, scalar and key length) are
checked as the events arrive, so a hostile file costs milliseconds.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import warnings
from sys import intern
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from avassa_lint.core.diagnostic import Edit, Fix, Problem, Related, Span
from avassa_lint.core import codes
from avassa_lint.core.edits import line_starts
from avassa_lint.loading.heredoc import is_script

__all__ = [
    "Limits",
    "SpanIndex",
    "Document",
    "SourceFile",
    "read_path",
    "load_source",
    "parser_backend",
]

SpanTuple = tuple[int, int, int, int]
YamlPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may cost; each one that fires is a finding of its own."""

    max_file_size: int = 512 * 1024
    max_depth: int = 64
    max_documents: int = 32
    max_events: int = 200_000
    max_aliases: int = 1_000
    alias_expansion_factor: int = 10
    min_alias_budget: int = 10_000
    max_scalar_length: int = 64 * 1024
    max_key_length: int = 1_024
    max_findings_per_file: int = 200


_BITS = 15
_MASK = (1 << _BITS) - 1


def _pack(t: SpanTuple) -> SpanTuple | int:
    """A span as one int (four 15-bit fields) when it fits: a third of a tuple's memory."""
    l1, c1, l2, c2 = t
    if l1 <= _MASK and c1 <= _MASK and l2 <= _MASK and c2 <= _MASK:
        return l1 << 45 | c1 << 30 | l2 << 15 | c2
    return t


_KEY_SHIFT = 4 * _BITS
_VALUE_BITS = (1 << _KEY_SHIFT) - 1


def _entry(value: SpanTuple | int, key: SpanTuple | int) -> Any:
    """A mapping entry's value and key spans (each packed, or a tuple) as one entry: one int
    (the key's 60 bits above the value's) when both are packed, else the pair."""
    if value.__class__ is int and key.__class__ is int:
        return value | key << _KEY_SHIFT  # type: ignore[operator]
    return (value, key)


def _value_part(e: Any) -> SpanTuple | int:
    if e.__class__ is int:
        return e & _VALUE_BITS
    return e[0] if len(e) == 2 else e


def _key_part(e: Any) -> SpanTuple | int | None:
    if e.__class__ is int:
        return (e >> _KEY_SHIFT) or None
    return e[1] if len(e) == 2 else None


def _unpack(v: SpanTuple | int) -> SpanTuple:
    if v.__class__ is int:
        return (v >> 45, v >> 30 & _MASK, v >> 15 & _MASK, v & _MASK)  # type: ignore[operator]
    return v  # type: ignore[return-value]


class SpanIndex:
    """Spans of keys and values by YAML path within one document.

    Aliases and merge keys are recorded as links (a path prefix that stands for another path)
    instead of copies, so an alias-heavy document costs nothing extra; lookups follow the links.
    Spans are stored packed (``_pack``): an index holds one entry per node of the file, and a
    mapping entry's key span shares its value's entry (``_entry``).
    """

    __slots__ = ("path", "_values", "_links")

    def __init__(self, path: str) -> None:
        self.path = path
        self._values: dict[YamlPath, Any] = {}
        self._links: dict[YamlPath, YamlPath] = {}

    def state(self) -> tuple[dict, dict]:
        """The index as two plain dicts (entries, links), for the compact codec."""
        return self._values, self._links

    @classmethod
    def from_state(cls, path: str, values: dict, links: dict) -> "SpanIndex":
        index = cls(path)
        index._values, index._links = values, links
        return index

    def written_at(self, ypath: YamlPath, key: bool = False) -> bool:
        """Whether the node at ``ypath`` (its key, with ``key``) is written there itself, not
        reached through an alias or a merge key."""
        found = self._values.get(tuple(ypath))
        return found is not None and (not key or _key_part(found) is not None)

    def _resolve(self, ypath: YamlPath) -> Any:
        """The entry at ``ypath``, following alias and merge links."""
        table = self._values
        found = table.get(ypath)
        if found is not None or not self._links:
            return found
        for _ in range(64):  # bounded: links never chain deeper than the nesting limit
            for cut in range(len(ypath), 0, -1):
                target = self._links.get(ypath[:cut])
                if target is not None:
                    ypath = target + ypath[cut:]
                    break
            else:
                return None
            found = table.get(ypath)
            if found is not None:
                return found
        return None

    def value(self, ypath: YamlPath) -> Span | None:
        found = self._resolve(tuple(ypath))
        return None if found is None else Span(self.path, *_unpack(_value_part(found)))

    def key(self, ypath: YamlPath) -> Span | None:
        found = self._resolve(tuple(ypath))
        part = None if found is None else _key_part(found)
        return None if part is None else Span(self.path, *_unpack(part))

    def key_or_value(self, ypath: YamlPath) -> Span | None:
        """The key's span for a mapping entry, else the value's, else the nearest ancestor's."""
        ypath = tuple(ypath)
        while True:
            span = self.key(ypath) or self.value(ypath)
            if span is not None or not ypath:
                return span
            ypath = ypath[:-1]

    def nearest_value(self, ypath: YamlPath) -> Span | None:
        ypath = tuple(ypath)
        while True:
            span = self.value(ypath)
            if span is not None or not ypath:
                return span
            ypath = ypath[:-1]


@dataclass
class Document:
    index: int
    data: Any
    spans: SpanIndex
    start_line: int
    end_line: int
    secret: bool = False  # a Strongbox secret document (root has data/base64-data)
    usable: bool = True  # the data is complete: no limit fired inside it


@dataclass
class SourceFile:
    path: str
    text: str | None
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # the text may hold secret values: never print its source lines
    secret_text: bool = False
    _lines: list[str] | None = None
    # the columns of each line that could hold a secret value (redact.secret_ranges), once computed
    _masks: dict | None = field(default=None, repr=False, compare=False)

    def show_text(self, text: str) -> None:
        """Positions are those of ``text`` (a script's heredocs are loaded at its positions):
        show, and scan the comments of, its lines."""
        self.text = text
        self._lines = None
        self._masks = None

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.splitlines() if self.text else []
        return self._lines

    def line(self, number: int) -> str | None:
        lines = self.lines()
        return lines[number - 1] if 0 < number <= len(lines) else None

    def text_at(self, span: Span) -> str | None:
        """The source text of a one-line span."""
        if span.line != span.end_line:
            return None
        line = self.line(span.line)
        if line is None:
            return None
        return line[span.column - 1 : span.end_column - 1]


# --------------------------------------------------------------------------- reading


class ReadError(Exception):
    """The path cannot be linted (not a regular file, unreadable, a symlink loop): exit 2."""


def read_path(path: str, limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes of a regular file, never blocking on FIFOs or devices."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReadError(os_reason(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ReadError("a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(f"not a regular file ({_file_type(st.st_mode)}), so it was not read")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            try:
                chunk = os.read(fd, min(remaining, 1 << 20))
            except OSError as exc:
                raise ReadError(os_reason(exc)) from None
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def os_reason(exc: OSError) -> str:
    import errno

    reasons = {
        errno.ENOENT: "no such file or folder",
        errno.EACCES: "permission denied",
        errno.ELOOP: "a symbolic link loop",
        errno.EISDIR: "a folder, not a file",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    return reasons.get(exc.errno or 0, (exc.strerror or "cannot be read").lower())


def _file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Characters YAML 1.2 does not allow in a stream (c-printable, plus tab/CR/LF).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return line, index - start + 1


def _byte_position(data: bytes, index: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, index) + 1
    start = data.rfind(b"\n", 0, index) + 1
    column = len(data[start:index].decode("utf-8", errors="replace")) + 1
    return line, column


def text_encoding(data: bytes) -> tuple[bytes, str]:
    """The byte-order mark ``data`` starts with (or b"") and the encoding of the rest, as ``decode``
    reads them: what a fix writes back, so the file keeps both."""
    for bom, enc, _ in _BOMS:
        if data.startswith(bom):
            return bom, enc
    return b"", "utf-8"


def decode(path: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """Strict, locale-independent decoding: UTF-8, or UTF-8/16/32 with a byte-order mark."""
    problems: list[Problem] = []
    encoding, label = "utf-8", None
    bom_len = 0
    for bom, enc, name in _BOMS:
        if data.startswith(bom):
            encoding, label, bom_len = enc, name, len(bom)
            break
    if label is None and b"\x00" in data[:8192]:
        at = data.index(b"\x00")
        line, col = _byte_position(data, at)
        head = data[:64]
        utf16 = len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)
        problems.append(
            Problem(
                codes.INVALID_ENCODING,
                Span.point(path, line, col),
                "file contains NUL bytes: it looks binary, not YAML text",
                "it looks like UTF-16 without a byte-order mark: save it as UTF-8" if utf16 else None,
                fatal=True,
            )
        )
        return None, problems
    try:
        text = data[bom_len:].decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-8":
            at = bom_len + exc.start
            line, col = _byte_position(data, at)
            bad = data[at : at + 1].hex()
            message = f"file is not valid UTF-8: the byte 0x{bad} here does not form a valid character"
        else:
            line, col = 1, 1
            message = f"file has a {label} byte-order mark but is not valid {label}"
        hint = "save the file as UTF-8" if encoding == "utf-8" else None
        problems.append(Problem(codes.INVALID_ENCODING, Span.point(path, line, col), message, hint, fatal=True))
        return None, problems
    if label is not None:
        problems.append(
            Problem(
                codes.BYTE_ORDER_MARK,
                Span.point(path, 1, 1),
                f"file starts with a {label} byte-order mark",
                hint="it is read, but save the file as UTF-8 without a byte-order mark",
            )
        )
    bad_char = _NON_PRINTABLE.search(text)
    if bad_char is not None:
        ch = bad_char.group()
        line, col = _position(text, bad_char.start())
        name = "NUL" if ch == "\x00" else f"U+{ord(ch):04X}"
        problems.append(
            Problem(
                codes.INVALID_ENCODING,
                Span.point(path, line, col),
                f"file contains the control character {name}, which YAML does not allow",
                hint="remove it; if a value needs it, write it as an escape in a double-quoted string",
                fatal=True,
            )
        )
        return None, problems
    return text, problems


# --------------------------------------------------------------------------- scalars

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_BINARY = "tag:yaml.org,2002:binary"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_NONSPECIFIC = "!"

_INT_RE = re.compile(r"[-+]?[0-9]+\Z")
_OCT_RE = re.compile(r"0o[0-7]+\Z")
_HEX_RE = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT_RE = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_TRUE = frozenset(("true", "True", "TRUE"))
_FALSE = frozenset(("false", "False", "FALSE"))
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_INF = {".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf")}
_NAN = frozenset((".nan", ".NaN", ".NAN"))
_MAX_DIGITS = 4000
_OCTAL11 = re.compile(r"0[0-7]+\Z")


class _Yaml11Traps:
    """Plain scalars that YAML 1.1 readers take differently: yes/no/on/off and 0-prefixed octals."""

    _WORDS = frozenset(
        w for base in ("y", "n", "yes", "no", "on", "off") for w in (base, base.capitalize(), base.upper())
    )

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str) or not text:
            return False
        if text in self._WORDS:
            return True
        return text[0] == "0" and len(text) > 1 and _OCTAL11.match(text) is not None


_YAML11_TRAPS = _Yaml11Traps()  # int() refuses longer decimal strings (CPython's int_max_str_digits)


def resolve_plain(text: str) -> Any:
    """Resolve a plain scalar by the YAML 1.2 core schema."""
    if not text:
        return None
    first = text[0]
    if first in "0123456789+-.":
        if len(text) <= _MAX_DIGITS:
            if _INT_RE.match(text):
                return int(text)
            if first == "0" and len(text) > 2:
                if _OCT_RE.match(text):
                    return int(text[2:], 8)
                if _HEX_RE.match(text):
                    return int(text[2:], 16)
            if _FLOAT_RE.match(text):
                return float(text)
        if text in _INF:
            return _INF[text]
        if text[1:] in _INF and first in "+-":
            return -_INF[text[1:]] if first == "-" else _INF[text[1:]]
        if text in _NAN:
            return float("nan")
        return text
    if first in "tTfFnN~":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if text in _NULLS:
            return None
    return text


def _resolve_tagged(text: str, tag: str) -> tuple[Any, bool]:
    """Value of an explicitly tagged scalar; the flag says whether the tag fits the text."""
    if tag == _STR or tag == _BINARY:
        return text, True
    value = resolve_plain(text)
    if tag == _INT:
        return value, type(value) is int
    if tag == _FLOAT:
        if type(value) is int:
            return float(value), True
        return value, type(value) is float
    if tag == _BOOL:
        return value, type(value) is bool
    if tag == _NULL:
        return None, value is None
    return text, False


# --------------------------------------------------------------------------- parsing


def parser_backend() -> str:
    """"c" when ruamel's libyaml-based parser is available, else "python"."""
    try:
        import _ruamel_yaml  # noqa: F401
    except ImportError:
        return "python"
    return "c"


_FAST_EVENTS: dict[str, type] | None = None


def _fast_events() -> dict[str, type]:
    """Subclasses of ruamel's event classes that set their slots in one call: ruamel's own
    constructors chain three ``__init__`` calls per event (a sixth of the loader's time). The C
    parser looks its event classes up in its module at every event, so it builds these instead;
    they are ruamel's classes to everything else (isinstance, attributes, the ``tag`` property)."""
    global _FAST_EVENTS
    if _FAST_EVENTS is None:
        import _ruamel_yaml
        from ruamel.yaml import events

        class FastScalarEvent(events.ScalarEvent):
            __slots__ = ()

            def __init__(self, anchor: Any, tag: Any, implicit: Any, value: Any, start_mark: Any = None,
                         end_mark: Any = None, style: Any = None, comment: Any = None) -> None:
                self.anchor = anchor
                self.ctag = tag
                self.implicit = implicit
                self.value = value
                self.start_mark = start_mark
                self.end_mark = end_mark
                self.style = style
                self.comment = comment

        def collection(base: type) -> type:
            class FastCollectionStartEvent(base):  # type: ignore[valid-type,misc]
                __slots__ = ()

                def __init__(self, anchor: Any, tag: Any, implicit: Any, start_mark: Any = None, end_mark: Any = None,
                             flow_style: Any = None, comment: Any = None, nr_items: Any = None) -> None:
                    self.anchor = anchor
                    self.ctag = tag
                    self.implicit = implicit
                    self.start_mark = start_mark
                    self.end_mark = end_mark
                    self.flow_style = flow_style
                    self.comment = comment
                    self.nr_items = nr_items

            FastCollectionStartEvent.__name__ = "Fast" + base.__name__
            return FastCollectionStartEvent

        fast = {"ScalarEvent": FastScalarEvent, "MappingStartEvent": collection(events.MappingStartEvent),
                "SequenceStartEvent": collection(events.SequenceStartEvent)}
        if all(getattr(_ruamel_yaml, name, None) is getattr(events, name) for name in fast):
            for name, cls in fast.items():
                setattr(_ruamel_yaml, name, cls)
        else:  # not the module layout this was written for: leave the parser as it is
            fast = {}
        _FAST_EVENTS = fast
    return _FAST_EVENTS


def _events(text: str, backend: str) -> Iterator[Any]:
    if backend == "c":
        from _ruamel_yaml import CParser
        from ruamel.yaml.events import StreamEndEvent

        _fast_events()
        parser = CParser(text)
        get = parser.get_event
        try:
            while True:
                event = get()
                yield event
                if event.__class__ is StreamEndEvent:
                    return
        finally:
            parser.dispose()
    else:
        from ruamel.yaml import YAML

        yield from YAML(typ="safe", pure=True).parse(text)


# YAML paths are shared between files: a project's files repeat the same few thousand paths
# ("services", 0, "containers", 0, "image") hundreds of thousands of times, and one tuple per
# node was a fifth of a loaded file's memory. The table is cleared when it grows past a bound
# (a long-running language server, or files with many distinct keys), which costs only sharing.
_PATHS: dict[YamlPath, YamlPath] = {}
_MAX_SHARED_PATHS = 1 << 17


def _shared_paths() -> dict[YamlPath, YamlPath]:
    if len(_PATHS) > _MAX_SHARED_PATHS:
        _PATHS.clear()
    return _PATHS


def share_keys(table: dict[YamlPath, Any]) -> dict[YamlPath, Any]:
    """``table`` with its path keys replaced by the shared ones (the codec decodes a file's
    span index with new tuples); C-level calls only, as a warm run decodes every file."""
    paths = _shared_paths()
    keys = list(table)
    return dict(zip(map(paths.setdefault, keys, keys), table.values()))


def share_path(path: YamlPath) -> YamlPath:
    return _PATHS.get(path) or _PATHS.setdefault(path, path)


class _Abort(Exception):
    """A limit fired or the stream is broken: stop reading this file."""


_NO_KEY = object()
_SKIP = object()
_IN_PROGRESS = object()
_SECRET_ROOT_KEYS = frozenset(("data", "base64-data"))
_SECRET_TEXT = re.compile(r"^[ \t]*['\"]?(?:data|base64-data)['\"]?[ \t]*:", re.M)


class _Frame:
    __slots__ = ("is_map", "value", "path", "key", "key_span", "seen", "merges", "start", "end", "size", "anchor")

    def __init__(self, is_map: bool, path: YamlPath | None, start: tuple[int, int], anchor: str | None):
        self.is_map = is_map
        self.value: Any = {} if is_map else []
        self.path = path
        self.key: Any = _NO_KEY
        self.key_span: SpanTuple | None = None
        self.seen: dict[str, SpanTuple] | None = {} if is_map else None
        self.merges: list[tuple[dict, YamlPath | None]] | None = None
        self.start = start
        self.end = start
        self.size = 1
        self.anchor = anchor


class _Builder:
    """Turns one file's event stream into Documents, reporting problems as it goes."""

    def __init__(self, path: str, text: str, limits: Limits) -> None:
        self.path = path
        self.text = text
        self.limits = limits
        self.problems: list[Problem] = []
        self.documents: list[Document] = []
        self.n_events = 0
        self.min_budget = limits.min_alias_budget

    # -- helpers
    def problem(self, code: str, span: SpanTuple, message: str, hint: str | None = None,
                related: tuple[Related, ...] = (), fatal: bool = False) -> None:
        self.problems.append(Problem(code, Span(self.path, *span), message, hint, related, fatal=fatal))

    def abort(self, code: str, span: SpanTuple, message: str, hint: str | None = None) -> None:
        self.problem(code, span, message, hint, fatal=True)
        raise _Abort

    def node_span(self, ev: Any) -> SpanTuple:
        s, e = ev.start_mark, ev.end_mark
        line, col = s.line + 1, s.column + 1
        if ev.anchor is not None or ev.tag is not None:
            line, col = self._skip_properties(s.index, line, col)
        return (line, col, e.line + 1, e.column + 1)

    def _skip_properties(self, index: int, line: int, col: int) -> tuple[int, int]:
        # Marks of an anchored or tagged node start at "&a" / "!!str": point at the value itself.
        text = self.text
        i = index
        n = len(text)
        while i < n and text[i] in "&!":
            while i < n and text[i] not in " \t\r\n":
                i += 1
            while i < n and text[i] in " \t":
                i += 1
        if i < n and text[i] not in "\r\n":
            return line, col + (i - index)
        return line, col

    # -- main loop
    def build(self, events: Iterator[Any], fast: bool = False) -> None:
        from ruamel.yaml.events import (AliasEvent, DocumentEndEvent, DocumentStartEvent, MappingEndEvent,
                                        MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent)

        if fast:  # the C parser builds the one-call subclasses (_fast_events)
            classes = _fast_events()
            ScalarEvent = classes.get("ScalarEvent", ScalarEvent)
            MappingStartEvent = classes.get("MappingStartEvent", MappingStartEvent)
            SequenceStartEvent = classes.get("SequenceStartEvent", SequenceStartEvent)

        limits = self.limits
        max_events = limits.max_events
        max_scalar = limits.max_scalar_length
        max_key = min(max_scalar, limits.max_key_length)
        min_budget = self.min_budget
        scalar = self.scalar
        traps = _YAML11_TRAPS
        # ruamel >= 0.18 keeps the tag in the ``ctag`` slot behind a ``tag`` property
        tag_slot = "ctag" if "ctag" in getattr(ScalarEvent, "__slots__", ()) else "tag"
        values: dict[YamlPath, Any] = {}
        paths = _shared_paths()
        stack: list[_Frame] = []
        anchors: dict[str, Any] = {}
        doc: dict[str, Any] | None = None
        n_events = 0
        n_aliases = 0
        n_docs = 0
        for ev in events:
            n_events += 1
            self.n_events = n_events
            if n_events > max_events:
                self.abort(codes.TOO_MANY_NODES, self.node_span_plain(ev),
                           f"file has more than {limits.max_events:,} YAML nodes; the rest of the file was not linted",
                           "split the file, or raise the limit in the configuration")
            cls = ev.__class__  # both parsers build ruamel.yaml.events classes: compare by identity
            if cls is ScalarEvent:
                # Fast path for the common case: a plain, untagged, unanchored scalar in a
                # collection, well inside every limit. Anything else takes self.scalar().
                if stack and doc is not None and ev.anchor is None and getattr(ev, tag_slot) is None:
                    top = stack[-1]
                    text = ev.value
                    plain = ev.implicit[0]
                    if top.is_map:
                        key = top.key
                        if key is _NO_KEY:
                            seen = top.seen
                            if len(text) <= max_key and not (plain and text == "<<") and text not in seen:  # type: ignore[operator]
                                text = intern(text)
                                s, e = ev.start_mark, ev.end_mark
                                span = (s.line + 1, s.column + 1, e.line + 1, e.column + 1)
                                seen[text] = top.key_span = span  # type: ignore[index]
                                top.key = text
                                if len(stack) == 1 and text in _SECRET_ROOT_KEYS:
                                    doc["secret"] = True
                                continue
                        elif (key is not _SKIP and key != "<<" and top.path is not None
                              and len(text) <= max_scalar and top.size < min_budget):
                            s, e = ev.start_mark, ev.end_mark
                            l1, c1, l2, c2 = s.line + 1, s.column + 1, e.line + 1, e.column + 1
                            if plain:
                                value = resolve_plain(text)
                                if text in traps:
                                    self.yaml11_trap(text, value, (l1, c1, l2, c2))
                            else:
                                value = text
                            top.size += 1
                            top.end = (l2, c2)
                            top.key = _NO_KEY
                            top.value[key] = value
                            p = top.path + (key,)
                            p = paths.get(p) or paths.setdefault(p, p)
                            # _pack, inlined
                            key_span = _pack(top.key_span)  # type: ignore[arg-type]
                            if l2 <= _MASK and c1 <= _MASK and c2 <= _MASK and key_span.__class__ is int:
                                values[p] = l1 << 45 | c1 << 30 | l2 << 15 | c2 | key_span << _KEY_SHIFT  # type: ignore[operator]
                            else:
                                values[p] = _entry(_pack((l1, c1, l2, c2)), key_span)
                            continue
                    elif top.path is not None and len(text) <= max_scalar and top.size < min_budget:
                        s, e = ev.start_mark, ev.end_mark
                        l1, c1, l2, c2 = s.line + 1, s.column + 1, e.line + 1, e.column + 1
                        if plain:
                            value = resolve_plain(text)
                            if text in traps:
                                self.yaml11_trap(text, value, (l1, c1, l2, c2))
                        else:
                            value = text
                        top.size += 1
                        top.end = (l2, c2)
                        items = top.value
                        p = top.path + (len(items),)
                        values[paths.get(p) or paths.setdefault(p, p)] = (l1 << 45 | c1 << 30 | l2 << 15 | c2) if (
                            l2 <= _MASK and c1 <= _MASK and c2 <= _MASK) else (l1, c1, l2, c2)
                        items.append(value)
                        continue
                scalar(ev, stack, anchors, doc)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                is_map = cls is MappingStartEvent
                if len(stack) >= limits.max_depth:
                    self.abort(codes.NESTING_TOO_DEEP, self.node_span_plain(ev),
                               f"nesting is deeper than {limits.max_depth} levels; the rest of the file was not linted",
                               "flatten the structure, or raise the limit in the configuration")
                tag = ev.tag
                span = self.node_span(ev)
                if tag is not None and tag != _NONSPECIFIC and tag != (_MAP if is_map else _SEQ):
                    self.bad_tag(tag, span)
                frame = _Frame(is_map, self.child_path(stack), (span[0], span[1]), ev.anchor)
                if ev.anchor is not None:
                    anchors[ev.anchor] = _IN_PROGRESS
                stack.append(frame)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                if frame.merges:
                    self.apply_merges(frame, doc)
                end = frame.end if (frame.value or frame.merges) else (ev.end_mark.line + 1, ev.end_mark.column + 1)
                span = (frame.start[0], frame.start[1], end[0], end[1])
                if frame.anchor is not None:
                    anchors[frame.anchor] = (frame.value, frame.path, frame.size)
                self.add(stack, frame.value, span, frame.size, frame.path, doc, is_scalar=False)
            elif cls is AliasEvent:
                n_aliases += 1
                span = self.node_span_plain(ev)
                if n_aliases > limits.max_aliases:
                    self.abort(codes.ALIAS_EXPANSION, span,
                               f"file uses more than {limits.max_aliases:,} aliases; the rest of the file was not linted",
                               "expand the aliases, or raise the limit in the configuration")
                target = anchors.get(ev.anchor)
                if target is None:
                    self.problem(codes.YAML_SYNTAX, span, f'alias "*{_clip(ev.anchor)}" refers to no anchor defined before it',
                                 "define the anchor (&name) before using the alias, in the same document")
                    self.add(stack, None, span, 1, None, doc)
                elif target is _IN_PROGRESS:
                    self.problem(codes.ALIAS_EXPANSION, span,
                                 f'alias "*{_clip(ev.anchor)}" refers to the node that contains it (a recursive structure)',
                                 "an Avassa object cannot be recursive: replace the alias with the values it should repeat")
                    if doc is not None:
                        doc["usable"] = False
                    self.add(stack, None, span, 1, None, doc)
                else:
                    value, origin, size = target
                    top = stack[-1] if stack else None
                    if top is not None and top.is_map and top.key is _NO_KEY and type(value) is str:
                        self.set_key(top, value, span, len(stack), doc)  # "*k : v": a string alias as a key
                    else:
                        self.add(stack, value, span, size, self.child_path(stack), doc, link=origin)
            elif cls is DocumentStartEvent:
                n_docs += 1
                if n_docs > limits.max_documents:
                    self.abort(codes.TOO_MANY_DOCUMENTS, self.node_span_plain(ev),
                               f"file has more than {limits.max_documents} YAML documents; the rest was not linted",
                               "split the file, or raise the limit in the configuration")
                anchors = {}
                spans = SpanIndex(self.path)
                values = spans._values
                doc = {"spans": spans, "start": ev.start_mark.line + 1, "secret": False, "usable": True,
                       "root": None, "has_root": False}
            elif cls is DocumentEndEvent:
                # A document with no content ("---" alone, or only comments) is not one to check:
                # a file of nothing else is empty (YML005), like a file of comments.
                if doc is not None and doc["has_root"] and not _no_content(doc):
                    self.documents.append(Document(
                        index=len(self.documents), data=doc["root"], spans=doc["spans"],
                        start_line=doc["start"], end_line=ev.end_mark.line + 1,
                        secret=doc["secret"], usable=doc["usable"]))
                doc = None

    def node_span_plain(self, ev: Any) -> SpanTuple:
        s, e = ev.start_mark, ev.end_mark
        return (s.line + 1, s.column + 1, e.line + 1, max(e.column + 1, s.column + 2) if e.line == s.line else e.column + 1)

    def yaml11_trap(self, text: str, value: Any, span: SpanTuple) -> None:
        if isinstance(value, int):
            older = f"the octal number {int(text, 8)}" if _OCTAL11.match(text) else "a number"
            reading = f"the number {value}"
        else:
            older = "a boolean"
            reading = f'the string "{text}"'
        self.problem(codes.AMBIGUOUS_SCALAR, span, f"{text} is {reading} in YAML 1.2 but {older} in YAML 1.1",
                     f'quote it to say which one you mean: "{text}"')

    def bad_tag(self, tag: str, span: SpanTuple) -> None:
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        self.problem(codes.UNEXPECTED_TAG, span, f'tag "{_clip(shown)}" is not allowed; it is ignored and never executed',
                     "Avassa objects use plain YAML: remove the tag")

    @staticmethod
    def child_path(stack: list[_Frame]) -> YamlPath | None:
        if not stack:
            return ()
        top = stack[-1]
        if top.path is None:
            return None
        if top.is_map:
            key = top.key
            if key is _NO_KEY or key is _SKIP:
                return None
            return share_path(top.path + (key,))
        return share_path(top.path + (len(top.value),))

    def scalar(self, ev: Any, stack: list[_Frame], anchors: dict[str, Any], doc: dict | None) -> None:
        text = ev.value
        span = self.node_span(ev)
        limits = self.limits
        if len(text) > limits.max_scalar_length:
            self.abort(codes.VALUE_TOO_LONG, span,
                       f"a value is longer than {limits.max_scalar_length:,} characters; the rest of the file was not linted",
                       "move large content out of the file, or raise the limit in the configuration")
        tag = ev.tag
        is_key = bool(stack) and stack[-1].is_map and stack[-1].key is _NO_KEY
        if tag is None or tag == _NONSPECIFIC:
            if ev.implicit[0] and tag is None:
                value = resolve_plain(text)
                if not is_key and text in _YAML11_TRAPS:
                    self.yaml11_trap(text, value, span)
            else:
                value = text
        else:
            value, fits = _resolve_tagged(text, tag)
            if tag not in (_STR, _INT, _FLOAT, _BOOL, _NULL, _BINARY):
                self.bad_tag(tag, span)
                value = resolve_plain(text) if ev.style in (None, "") else text
            elif not fits:
                self.problem(codes.UNEXPECTED_TAG, span, f'value does not match its tag "{tag.replace("tag:yaml.org,2002:", "!!")}"',
                             "remove the tag or fix the value")
                value = text
        if is_key:
            frame = stack[-1]
            if ev.anchor is not None:  # "&k name: x" anchors the key: "*k" elsewhere stands for it
                anchors[ev.anchor] = (value, None, 1)
            if len(text) > limits.max_key_length:
                self.abort(codes.KEY_TOO_LONG, span, f"a key is longer than {limits.max_key_length:,} characters; the rest of the file was not linted",
                           "shorten the key, or raise max-key-length in the configuration")
            if text == "<<" and ev.implicit[0] and tag is None:
                frame.key = "<<"
                frame.key_span = span
                return
            self.set_key(frame, text if type(value) is not str else value, span, len(stack), doc)
            return
        if ev.anchor is not None:
            anchors[ev.anchor] = (value, self.child_path(stack), 1)
        self.add(stack, value, span, 1, self.child_path(stack), doc)

    def set_key(self, frame: _Frame, key: Any, span: SpanTuple, depth: int, doc: dict | None) -> None:
        seen = frame.seen
        first = seen.get(key)  # type: ignore[union-attr]
        if first is not None:
            self.problem(codes.DUPLICATE_KEY, span, f'key "{_clip(key)}" appears twice in the same mapping; the second value wins',
                         "remove one of them",
                         related=(Related(Span(self.path, *first), "first defined here"),))
        seen[key] = span  # type: ignore[index]
        frame.key = key
        frame.key_span = span
        if doc is not None and depth == 1 and key in _SECRET_ROOT_KEYS:
            doc["secret"] = True

    def add(self, stack: list[_Frame], value: Any, span: SpanTuple, size: int, origin: YamlPath | None,
            doc: dict | None, link: YamlPath | None = None, is_scalar: bool = True) -> None:
        if doc is None:
            return
        spans: SpanIndex = doc["spans"]
        if not stack:
            doc["root"] = value
            doc["has_root"] = True
            spans._values[()] = _pack(span)
            if link is not None and link != ():
                spans._links[()] = link
            return
        top = stack[-1]
        top.size += size
        top.end = (span[2], span[3])
        if top.size > self.min_budget and top.size > self.limits.alias_expansion_factor * self.n_events:
            budget = max(self.limits.alias_expansion_factor * self.n_events, self.min_budget)
            self.abort(codes.ALIAS_EXPANSION, span,
                       f"aliases expand this document to more than {budget:,} nodes (an alias bomb?); the rest of the file was not linted",
                       "expand fewer aliases, or raise the limit in the configuration")
        if top.is_map:
            key = top.key
            if key is _NO_KEY:
                # a mapping or sequence used as a key
                self.problem(codes.COMPLEX_KEY, span, "a mapping or sequence is used as a key; Avassa keys are plain strings",
                             "write the key as a plain string")
                top.key = _SKIP
                return
            top.key = _NO_KEY
            if key is _SKIP:
                return
            if key == "<<":
                self.collect_merge(top, value, origin, link, span)
                return
            top.value[key] = value
            if top.path is not None:
                p = share_path(top.path + (key,))
                spans._values[p] = _entry(_pack(span), _pack(top.key_span))  # type: ignore[arg-type]
                if link is not None:
                    spans._links[p] = link
        else:
            if top.path is not None:
                p = share_path(top.path + (len(top.value),))
                spans._values[p] = _pack(span)
                if link is not None:
                    spans._links[p] = link
            top.value.append(value)

    def collect_merge(self, frame: _Frame, value: Any, origin: YamlPath | None, link: YamlPath | None,
                      span: SpanTuple) -> None:
        sources: list[tuple[dict, YamlPath | None]] = []
        base = link if link is not None else origin
        if isinstance(value, dict):
            sources.append((value, base))
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                sources.append((item, base + (i,) if base is not None else None))
        else:
            self.problem(codes.YAML_SYNTAX, span, "a merge key (<<) must be followed by a mapping or a list of mappings")
            return
        if frame.merges is None:
            frame.merges = []
        frame.merges.extend(sources)

    def apply_merges(self, frame: _Frame, doc: dict | None) -> None:
        target: dict = frame.value
        spans: SpanIndex | None = doc["spans"] if doc is not None else None
        for source, source_path in frame.merges or ():
            for key, value in source.items():
                if key in target:
                    continue
                target[key] = value
                frame.size += 1
                if spans is not None and frame.path is not None and source_path is not None:
                    spans._links[frame.path + (key,)] = source_path + (key,)


def _no_content(doc: dict) -> bool:
    """The document's root is an empty node: a null with no text, tag or anchor (zero width)."""
    if doc["root"] is not None:
        return False
    span = doc["spans"]._values.get(())
    if span is None:
        return False
    span = _unpack(span)
    return span[0] == span[2] and span[1] == span[3]


def _size(n: int) -> str:
    if n >= 1 << 20 and n % (1 << 20) == 0:
        return f"{n >> 20:,} MiB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n >> 10:,} KiB"
    return f"{n:,} bytes"


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- syntax errors

_SYNTAX_MESSAGES = (
    ("mapping values are not allowed", "unexpected \":\" here",
     "a plain value cannot contain \": \"; quote the value, or check the indentation"),
    ("cannot start any token", "this character cannot start a YAML token", None),
    ("did not find expected key", "the indentation or structure is broken here (expected a key)",
     "check that the entries of this mapping line up"),
    ("did not find expected '-' indicator", "a list entry is expected here (\"- \")",
     "check that the entries of this list line up"),
    ("expected ',' or ']'", "a flow sequence is not closed", "add the missing \",\" or \"]\""),
    ("expected ',' or '}'", "a flow mapping is not closed", "add the missing \",\" or \"}\""),
    ("expected <block end>", "the indentation or structure is broken here",
     "check that the entries of this mapping or list line up"),
    ("expected alphabetic or numeric character", "an anchor or alias name is missing",
     "to write a literal \"*\" or \"&\", quote it: \"*\""),
    ("found unexpected end of stream", "the file ends inside a value", "close the quote or bracket"),
    ("found unexpected ':'", "unexpected \":\"", "quote the value"),
    ("could not find expected ':'", "a key is not followed by \":\"", "add \": \" after the key, or quote the value"),
    ("found incompatible YAML document", "the %YAML directive names a version this linter cannot read",
     "remove the directive, or use %YAML 1.2"),
    ("found undefined tag handle", "a tag uses an undefined %TAG handle", "remove the tag"),
    ("found duplicate", "a directive is repeated", None),
    ("did not find expected node content", "a value is expected here", None),
    ("found a tab character", "a tab character is used where YAML requires spaces", "indent with spaces"),
    ("expected <document start>", "unexpected content after the end of a document", "start a new document with ---"),
    ("block sequence entries are not allowed", "a list entry (\"- \") is not allowed here",
     "put the list on its own lines, indented under its key"),
    ("found character", "this character is not allowed here", None),
    ("did not find URI escaped octet", "a tag contains a bad escape", None),
    ("while scanning a block scalar", "a block scalar (| or >) header is invalid", None),
    ("expected a comment or a line break", "unexpected text after a block scalar indicator", None),
)


def syntax_problem(path: str, exc: BaseException, text: str) -> Problem:
    """A YAML error rebuilt in our words from its marks (never the parser's raw snippet)."""
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = (mark.line + 1) if mark is not None else 1
    col = (mark.column + 1) if mark is not None else 1
    message, hint = "invalid YAML", None
    fix: Fix | None = None
    for needle, ours, our_hint in _SYNTAX_MESSAGES:
        if needle in problem:
            message, hint = ours, our_hint
            break
    else:
        if problem:
            message = "invalid YAML: " + _clip(re.sub(r"'.*'", "a character", problem), 60)
    # Traps worth naming: a bare "*" (supctl show prints application-version: * unquoted)
    # and tabs used for indentation.
    lines = text.splitlines()
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    if "alias" in context or "anchor" in context:
        star = src.rfind("*", 0, col)
        if star >= 0 and src[star + 1 : star + 2] in ("", " ", "\t"):
            message = 'a bare "*" starts an alias'
            hint = 'quote it: "*" (supctl show prints it unquoted)'
            col = star + 1
            fix = _bare_star_fix(path, text, line, col)
    elif "\t" in src[: max(col, 1)] and src[: col - 1].strip(" \t") == "":
        message = "a tab character is used for indentation"
        hint = "YAML allows only spaces for indentation"
    if context and message.startswith("invalid YAML") is False and "while scanning a quoted scalar" in context:
        cm = getattr(exc, "context_mark", None)
        if cm is not None and "end of stream" in problem:
            message = "a quoted string is never closed"
            hint = "add the closing quote"
            line, col = cm.line + 1, cm.column + 1
    return Problem(codes.YAML_SYNTAX, Span.point(path, line, col), message, hint, fatal=True, fix=fix)


# "key: *", optionally in a list entry and followed by a comment: the one "*" the fix quotes
_BARE_STAR = re.compile(r"[ \t]*(?:-[ \t]+)?[A-Za-z0-9_][A-Za-z0-9_.\-/]*:[ \t]+(\*)(?:[ \t]+#.*)?[ \t]*")


def _bare_star_fix(path: str, text: str, line: int, col: int) -> Fix | None:
    """``"*"`` for the bare ``*`` at (line, col) of a plain ``key: *`` in a YAML file (in a script,
    the YAML text of a heredoc may not have the host file's columns)."""
    if is_script(path):
        return None
    starts = line_starts(text)
    if not 0 < line <= len(starts):
        return None
    end = starts[line] if line < len(starts) else len(text)
    src = text[starts[line - 1]: end].rstrip("\r\n\x85\u2028\u2029")
    match = _BARE_STAR.fullmatch(src)
    if match is None or match.start(1) != col - 1:
        return None
    return Fix('quote the "*"', (Edit(Span(path, line, col, line, col + 1), '"*"'),))


# --------------------------------------------------------------------------- entry point

_LOADER_EXCEPTIONS = (
    RecursionError,
    ValueError,
    TypeError,
    AssertionError,
    NotImplementedError,
    UnicodeError,
    OverflowError,
    MemoryError,
    IndexError,
    KeyError,
    AttributeError,
)


def load_source(path: str, data: bytes, limits: Limits | None = None, backend: str | None = None) -> SourceFile:
    """Decode and parse one file into a SourceFile; never raises on bad input."""
    limits = limits or Limits()
    if len(data) > limits.max_file_size:
        return SourceFile(
            path,
            None,
            problems=[
                Problem(
                    codes.FILE_TOO_LARGE,
                    Span.point(path, 1, 1),
                    f"file is larger than {_size(limits.max_file_size)}; it was not linted",
                    "split the file, or raise max-file-size in the configuration",
                    fatal=True,
                )
            ],
            secret_text=True,
        )
    text, problems = decode(path, data)
    source = SourceFile(path, text, problems=problems)
    if text is None:
        source.secret_text = True
        return source
    source.secret_text = bool(_SECRET_TEXT.search(text))
    builder = _Builder(path, text, limits)
    from ruamel.yaml.error import YAMLError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            backend = backend or parser_backend()
            builder.build(_events(text, backend), fast=backend == "c")
        except _Abort:
            pass
        except YAMLError as exc:
            builder.problems.append(syntax_problem(path, exc, text))
        except _LOADER_EXCEPTIONS as exc:
            builder.problems.append(
                Problem(
                    codes.PARSER_LIMITATION,
                    Span.point(path, 1, 1),
                    f"the YAML parser could not read this file ({type(exc).__name__}: a parser limitation or resource limit)",
                    fatal=True,
                )
            )
    for warning in caught:
        builder.problems.append(
            Problem(codes.PARSER_LIMITATION, Span.point(path, 1, 1), f"the YAML parser warned: {_clip(str(warning.message), 80)}")
        )
    source.documents = builder.documents
    source.problems.extend(builder.problems)
    if not builder.documents and not any(p.fatal for p in source.problems):
        source.problems.append(
            Problem(codes.EMPTY_FILE, Span.point(path, 1, 1), "file holds no YAML document", "remove the file, or add content")
        )
    return source
