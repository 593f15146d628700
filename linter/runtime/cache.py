"""Per-file results between runs (``.avassa-lint-cache/``), and their compact encoding.

What is cached is what ``engine.lint_file`` returns for one file (loading, classification and
schema problems), and the cross-file rules' problems under a key over every file's entry (so any
edit anywhere recomputes them). An entry is found by a SHA-256 over everything the
result depends on: the file's bytes and path, the kind hints it came with, the tool version and a
fingerprint of the installed code and schemas, the Python version, the parser backend and the
effective configuration. Change any of them and the entry is simply not found.

Safety:

- Entries are written to a temporary file and renamed into place, so a concurrent run reads a
  whole entry or none; no locks are needed.
- Every entry carries an HMAC-SHA256 under a key kept outside the project
  (``$XDG_CACHE_HOME/avassa-lint/key``, mode 0600). An entry that fails the check (torn, edited,
  or committed to a repository by someone else) is discarded and recomputed, never trusted and
  never decoded. Only then is the payload unmarshalled, and a payload of the wrong shape is
  discarded too. Without a usable key the cache is off.
- The folder holds a ``.gitignore`` of ``*``, so it never shows up in ``git status``.

The same encoding (``encode``/``decode``: plain tuples for ``marshal``) carries results from
worker processes back to the main one. Keys and fingerprints come from cache_key.py.
"""
from __future__ import annotations

import dataclasses
import hashlib
import hmac
import marshal
import os
from typing import Any

from avassa_lint.runtime.cache_key import code_fingerprint, config_fingerprint, user_key
from avassa_lint.core.diagnostic import Edit, Fix, Problem, Related, Severity, Span
from avassa_lint.model.file_result import FileResult
from avassa_lint.model.project import ClassifiedDocument
from avassa_lint.loading.source import Document, SourceFile, SpanIndex
from avassa_lint.loading.source import share_keys
from avassa_lint.loading.suppress import Suppression

__all__ = ["CACHE_DIR", "Cache", "encode", "decode", "CodecError", "codec_available", "open_cache"]

CACHE_DIR = ".avassa-lint-cache"
FORMAT = b"ALC1"  # entry format; part of every entry, so a new format never reads an old one
_MARSHAL_VERSION = 4
_MAX_ENTRY = 64 << 20  # an entry larger than this is not read


class CodecError(Exception):
    """A result holds something the compact encoding does not carry: use another path."""


# --------------------------------------------------------------------------- encoding

# The fields each class is known to have. If a class gains or loses a field, the codec switches
# itself off (results then travel by pickle and are not cached) instead of dropping data; a test
# asserts that it is on.
_KNOWN_FIELDS = {
    Span: ("path", "line", "column", "end_line", "end_column"),
    Related: ("span", "message"),
    Edit: ("span", "text"),
    Fix: ("title", "edits", "safe"),
    Problem: ("code", "span", "message", "hint", "related", "yaml_path", "secret", "fatal", "severity", "fix"),
    Document: ("index", "data", "spans", "start_line", "end_line", "secret", "usable"),
    SourceFile: ("path", "text", "documents", "problems", "secret_text", "_lines", "_masks"),
    ClassifiedDocument: ("document", "kind", "vault"),
    Suppression: ("span", "form", "selectors", "target_line", "used"),
    FileResult: ("source", "classified", "problems", "suppressions"),
}


def _fields_match() -> bool:
    for cls, names in _KNOWN_FIELDS.items():
        if not dataclasses.is_dataclass(cls) or tuple(f.name for f in dataclasses.fields(cls)) != names:
            return False
    return SpanIndex.__slots__ == ("path", "_values", "_links")


_CODEC_OK: bool | None = None


def codec_available() -> bool:
    global _CODEC_OK
    if _CODEC_OK is None:
        _CODEC_OK = _fields_match()
    return _CODEC_OK


def _span(s: Span) -> tuple:
    if s.__class__ is not Span:
        raise CodecError("span")
    return (s.path, s.line, s.column, s.end_line, s.end_column)


def _doc(d: Document) -> tuple:
    spans = d.spans
    if spans.__class__ is not SpanIndex or d.__class__ is not Document:
        raise CodecError("document")
    return (d.index, d.data, spans.path, *spans.state(), d.start_line, d.end_line, d.secret, d.usable)


def _undoc(t: tuple) -> Document:
    index, data, path, values, links, start, end, secret, usable = t
    # the paths shared with every other file, as the loader shares them (a fifth of the memory)
    return Document(index, data, SpanIndex.from_state(path, share_keys(values), links), start, end, secret, usable)


def _problem(p: Problem) -> tuple:
    if p.__class__ is not Problem:
        raise CodecError("problem")
    related = []
    for r in p.related:
        if r.__class__ is not Related:
            raise CodecError("related")
        related.append((_span(r.span), r.message))
    fix = None
    if p.fix is not None:
        if p.fix.__class__ is not Fix:
            raise CodecError("fix")
        fix = (p.fix.title, tuple((_span(e.span), e.text) for e in p.fix.edits), p.fix.safe)
    return (p.code, _span(p.span), p.message, p.hint, tuple(related), p.yaml_path, p.secret, p.fatal,
            int(p.severity) if p.severity is not None else None, fix)


def _unproblem(t: tuple) -> Problem:
    code, span, message, hint, related, yaml_path, secret, fatal, severity, fix = t
    return Problem(code, Span(*span), message, hint, tuple(Related(Span(*s), m) for s, m in related), yaml_path,
                   secret, fatal, Severity(severity) if severity is not None else None,
                   Fix(fix[0], tuple(Edit(Span(*s), text) for s, text in fix[1]), fix[2]) if fix is not None else None)


def encode_problems(problems: list[Problem]) -> bytes:
    """Problems as bytes (marshal of plain tuples); CodecError when they cannot be."""
    try:
        return marshal.dumps([_problem(p) for p in problems], _MARSHAL_VERSION)
    except ValueError as exc:
        raise CodecError(str(exc)) from None


def decode_problems(blob: bytes) -> list[Problem]:
    try:
        return [_unproblem(t) for t in marshal.loads(blob)]
    except (ValueError, TypeError, EOFError, IndexError, KeyError, AttributeError) as exc:
        raise CodecError(type(exc).__name__) from None


def encode(result: FileResult) -> bytes:
    """A FileResult as bytes (marshal of plain tuples); CodecError when it cannot be."""
    if not codec_available():
        raise CodecError("codec off")
    source = result.source
    if source.__class__ is not SourceFile or result.__class__ is not FileResult:
        raise CodecError("source")
    documents = source.documents
    position = {id(d): i for i, d in enumerate(documents)}
    classified = []
    for c in result.classified:
        if c.__class__ is not ClassifiedDocument:
            raise CodecError("classified")
        at = position.get(id(c.document))
        classified.append((at if at is not None else _doc(c.document), c.kind, c.vault))
    suppressions = []
    for s in result.suppressions:
        if s.__class__ is not Suppression:
            raise CodecError("suppression")
        suppressions.append((_span(s.span), s.form, list(s.selectors), s.target_line, set(s.used)))
    payload = (source.path, source.text, [_doc(d) for d in documents], [_problem(p) for p in source.problems],
               source.secret_text, classified, [_problem(p) for p in result.problems], suppressions)
    try:
        return marshal.dumps(payload, _MARSHAL_VERSION)
    except ValueError as exc:  # a value marshal does not carry
        raise CodecError(str(exc)) from None


def decode(blob: bytes) -> FileResult:
    """The FileResult that ``encode`` wrote; CodecError on anything of the wrong shape."""
    try:
        path, text, docs, problems, secret_text, classified, raw, suppressions = marshal.loads(blob)
        documents = [_undoc(t) for t in docs]
        source = SourceFile(path, text, documents, [_unproblem(t) for t in problems], secret_text)
        out_classified = [ClassifiedDocument(documents[d] if type(d) is int else _undoc(d), kind, vault)
                          for d, kind, vault in classified]
        out_supp = [Suppression(Span(*span), form, selectors, target, used)
                    for span, form, selectors, target, used in suppressions]
        return FileResult(source, out_classified, [_unproblem(t) for t in raw], out_supp)
    except (ValueError, TypeError, EOFError, IndexError, KeyError, AttributeError) as exc:
        raise CodecError(type(exc).__name__) from None


# --------------------------------------------------------------------------- the store


class Cache:
    """One folder of entries for one combination of code, Python, parser and settings."""

    def __init__(self, root: str, salt: str, key: bytes) -> None:
        self.root = root
        self.salt = salt
        self.key = key
        self.folder = os.path.join(root, salt[:24])
        self.hits = 0
        self.misses = 0
        self.discarded = 0
        self._ready = False

    def entry_id(self, path: str, hints: Any, data: bytes) -> str:
        h = hashlib.sha256()
        h.update(self.salt.encode())
        h.update(b"\0")
        h.update(path.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(repr(hints).encode("utf-8", "backslashreplace"))
        h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _sign(self, entry: str, payload: bytes) -> bytes:
        return hmac.new(self.key, FORMAT + entry.encode() + payload, hashlib.sha256).digest()

    def get(self, entry: str) -> Any | None:
        """The cached FileResult, or None (absent, or discarded as bad)."""
        blob = self.get_blob(entry)
        if blob is None:
            return None
        try:
            return decode(blob)
        except CodecError:
            self._remove(os.path.join(self.folder, entry))
            return None

    def get_blob(self, entry: str) -> bytes | None:
        """The verified payload of an entry (for ``decode``), or None (absent, or discarded)."""
        path = os.path.join(self.folder, entry)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            self.misses += 1
            return None
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= _MAX_ENTRY:  # os.read may return less than asked for
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError:
            chunks = []
        finally:
            os.close(fd)
        blob = b"".join(chunks)
        if len(blob) > 36 and len(blob) <= _MAX_ENTRY and blob[:4] == FORMAT:
            payload = blob[36:]
            if hmac.compare_digest(blob[4:36], self._sign(entry, payload)):
                self.hits += 1
                return payload
        self.discarded += 1
        self.misses += 1
        self._remove(path)
        return None

    def get_problems(self, entry: str) -> list[Problem] | None:
        """Cached problems of the cross-file rules, or None."""
        blob = self.get_blob(entry)  # verified before anything is decoded
        if blob is None:
            return None
        try:
            return decode_problems(blob)
        except CodecError:
            self._remove(os.path.join(self.folder, entry))
            return None

    def put_problems(self, entry: str, problems: list[Problem]) -> None:
        try:
            blob = encode_problems(problems)
        except CodecError:  # something marshal cannot carry: not cached
            return
        self.put(entry, blob)

    def put(self, entry: str, payload: bytes) -> None:
        """Store an encoded FileResult; failures are silent (the cache is only an optimisation)."""
        if not self._ready and not self._prepare():
            return
        path = os.path.join(self.folder, entry)
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
            try:
                os.write(fd, FORMAT + self._sign(entry, payload) + payload)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except OSError:
            self._remove(tmp)

    def _prepare(self) -> bool:
        try:
            os.makedirs(self.folder, mode=0o700, exist_ok=True)
            ignore = os.path.join(self.root, ".gitignore")
            if not os.path.exists(ignore):
                tmp = f"{ignore}.{os.getpid()}.tmp"
                with open(tmp, "w", encoding="ascii") as handle:
                    handle.write("# written by avassa-lint: this folder is a cache, never commit it\n*\n")
                os.replace(tmp, ignore)
        except OSError:
            return False
        self._ready = True
        return True

    def prune(self, keep: int = 4) -> None:
        """Drop the folders of old settings or builds, keeping the ``keep`` most recently used."""
        try:
            os.utime(self.folder)
            folders = [e for e in os.scandir(self.root) if e.is_dir(follow_symlinks=False)]
        except OSError:
            return
        folders.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime_ns, reverse=True)
        import shutil

        for entry in folders[keep:]:
            if entry.path != self.folder:
                shutil.rmtree(entry.path, ignore_errors=True)

    @staticmethod
    def _remove(path: str) -> None:
        try:
            os.unlink(path)
        except OSError:
            pass


def cache_root(config: Any, paths: list[str]) -> str | None:
    """Next to the configuration file, else in the first path's folder."""
    if getattr(config, "source", None):
        return os.path.join(os.path.dirname(os.path.abspath(config.source)), CACHE_DIR)
    for p in paths:
        if p == "-":
            continue
        folder = p if os.path.isdir(p) else os.path.dirname(p) or "."
        return os.path.join(os.path.abspath(folder), CACHE_DIR)
    return None


def open_cache(config: Any, paths: list[str], backend: str) -> Cache | None:
    """The cache for this run, or None when it is off or cannot be used."""
    if not getattr(config, "cache", False) or not codec_available():
        return None
    root = cache_root(config, paths)
    if root is None:
        return None
    key = user_key()
    if key is None:
        return None
    salt = hashlib.sha256(f"{code_fingerprint()}\0{backend}\0{config_fingerprint(config)}".encode()).hexdigest()
    return Cache(root, salt, key)
