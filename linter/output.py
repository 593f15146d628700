"""Formatters: turn diagnostics into text for people, editors and CI systems.

Every printed string goes through ``clean`` (control and bidi characters escaped); source lines of
files that may hold secrets are never printed.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from avassa_lint.diagnostic import Diagnostic, Severity
from avassa_lint.naming import SECRET_KEY, clean
from avassa_lint.rule import RuleRegistry
from avassa_lint.source import SourceFile


@dataclass
class Report:
    diagnostics: list[Diagnostic]
    sources: dict[str, SourceFile]
    files: int
    registry: RuleRegistry
    version: str
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    extra: dict = field(default_factory=dict)


def location(d: Diagnostic) -> str:
    return f"{clean(d.span.path, 300)}:{d.span.line}:{d.span.column}"


def concise_line(d: Diagnostic) -> str:
    return f"{location(d)}: {d.severity.label} {d.code} {clean(d.message, 500)} [{d.name}]"


def format_concise(report: Report) -> str:
    """Exactly one line per finding: --statistics goes to stderr (the command line prints it)."""
    lines = [concise_line(d) for d in report.diagnostics]
    return "\n".join(lines) + ("\n" if lines else "")


_SEVERITY_COLORS = {Severity.ERROR: "\x1b[31;1m", Severity.WARNING: "\x1b[33;1m", Severity.INFO: "\x1b[36;1m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _highlight(line: str) -> str:
    from pygments import highlight
    from pygments.formatters import TerminalFormatter
    from pygments.lexers import YamlLexer

    return highlight(line, YamlLexer(), TerminalFormatter()).rstrip("\n")


def code_frame(d: Diagnostic, source: SourceFile | None, color: bool) -> list[str]:
    """The source line with ^~~~ under the span; nothing for files that may hold secrets, for lines
    that hold a credential-like value, or for files that broke off (their values are not known)."""
    if source is None or d.secret or source.secret_text or source.text is None:
        return []
    hidden, references = secret_lines(source)
    if d.span.line in hidden or any(p.fatal for p in source.problems):
        return []
    text = source.line(d.span.line)
    if text is None or _USERINFO.search(text) or _line_shows_secret(text, d.span.line in references):
        return []
    shown = clean(text.expandtabs(1), 400)
    if shown != text.expandtabs(1):
        return []  # escaped characters would shift the caret; keep the finding line only
    start = max(d.span.column - 1, 0)
    end = d.span.end_column - 1 if d.span.end_line == d.span.line else len(shown)
    width = max(min(end, len(shown)) - start, 1)
    number = str(d.span.line)
    pad = " " * len(number)
    body = _highlight(shown) if color else shown
    caret = "^" + "~" * (width - 1)
    if color:
        caret = _SEVERITY_COLORS[d.severity] + caret + _RESET
    return [f"{pad} |", f"{number} | {body}", f"{pad} | {' ' * start}{caret}"]


# Avassa fields that match SECRET_KEY but hold names: a vault-secret reference names a secret and
# a key of it, and a credentials entry names the secret that holds them.
_REFERENCE_OWNERS = frozenset(("value-from-vault-secret", "vault-secret", "credentials"))
_REFERENCE_FIELDS = frozenset(("secret", "key"))
_SECRET_ROOTS = frozenset(("data", "base64-data"))
_SECRET_LINES: dict[int, tuple[SourceFile, tuple[frozenset[int], frozenset[int]]]] = {}
# "user:password@host." without a scheme (clean() masks the ones with a scheme); an image digest
# ("name:tag@sha256:...") has no dot after its "@".
_USERINFO = re.compile(r"[^\s/@:\"'\[\]{},]+:[^\s/@\"'\[\]{},]+@[A-Za-z0-9-]+\.")
# A key on a source line: a run of non-blank characters (quoted or not) followed by ":" and a blank.
_LINE_KEY = re.compile(r"""(?:^|[\s{,\[])["']?([^\s"'{}\[\],:#][^\s"'{}\[\],:]*)["']?\s*:(?=\s|$)""")


def _secret_key(key: object, owner: object, value: object) -> bool:
    if not isinstance(key, str) or SECRET_KEY.search(key) is None:
        return False
    if key in _REFERENCE_OWNERS:  # the reference structure itself; a scalar here is a value
        return not isinstance(value, (dict, list))
    return not (key in _REFERENCE_FIELDS and owner in _REFERENCE_OWNERS)


def secret_lines(source: SourceFile) -> tuple[frozenset[int], frozenset[int]]:
    """Lines that hold a value of a credential-like key (or of a variable whose name looks like
    one, or under data/base64-data of a secret), and lines that hold a vault-secret reference
    (whose "secret:" and "key:" name things): a code frame never shows the first kind."""
    cached = _SECRET_LINES.get(id(source))
    if cached is not None and cached[0] is source:
        return cached[1]
    lines: set[int] = set()
    references: set[int] = set()
    for doc in source.documents:
        seen: set[int] = set()
        # (path, value, inside a secret value, the key this value sits under, a reference field)
        todo: list[tuple[tuple, object, bool, object, bool]] = [((), doc.data, False, None, False)]
        while todo:
            path, value, secret, owner, reference = todo.pop()
            if secret or reference:
                span = doc.spans.value(path)
                if span is not None:
                    (lines if secret else references).update(range(span.line, span.end_line + 1))
            if not isinstance(value, (dict, list)) or id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, list):
                todo.extend((path + (i,), v, secret, owner, False) for i, v in enumerate(value))
                continue
            name = value.get("name")
            named_secret = isinstance(name, str) and SECRET_KEY.search(name) is not None
            for key, item in value.items():
                hidden = (secret or _secret_key(key, owner, item) or (named_secret and key == "value")
                          or (not path and doc.secret and key in _SECRET_ROOTS))
                todo.append((path + (key,), item, hidden, key, key in _REFERENCE_FIELDS and owner in _REFERENCE_OWNERS))
    found = (frozenset(lines), frozenset(references))
    _SECRET_LINES[id(source)] = (source, found)
    return found


def _line_shows_secret(text: str, reference: bool) -> bool:
    """A key on the line looks like a credential: its value is on the line (a duplicate key that
    the loaded data no longer holds, a document that broke off)."""
    for match in _LINE_KEY.finditer(text):
        key = match.group(1)
        if SECRET_KEY.search(key) is None or key in _REFERENCE_OWNERS:
            continue
        if key in _REFERENCE_FIELDS and reference:
            continue
        return True
    return False


def format_text(report: Report) -> str:
    out: list[str] = []
    color = report.color
    for d in report.diagnostics:
        head = concise_line(d)
        if color:
            sev = _SEVERITY_COLORS[d.severity] + d.severity.label + _RESET
            head = f"{_BOLD}{location(d)}{_RESET}: {sev} {_BOLD}{d.code}{_RESET} {clean(d.message, 500)} {_DIM}[{d.name}]{_RESET}"
        out.append(head)
        frame = code_frame(d, report.sources.get(d.span.path), color)
        out.extend(frame)
        pad = " " * (len(str(d.span.line)) if frame else 0)
        if d.hint:
            out.append(f"{pad} = hint: {clean(d.hint, 500)}")
        for rel in d.related:
            out.append(f"{pad} = {clean(rel.message, 200)}: {clean(rel.span.path, 300)}:{rel.span.line}:{rel.span.column}")
        out.append("")
    if report.statistics:
        out.extend(statistics_lines(report))
    if not report.quiet:
        out.append(summary(report))
    return "\n".join(out) + "\n"


def summary(report: Report) -> str:
    counts = {s: 0 for s in Severity}
    for d in report.diagnostics:
        counts[d.severity] += 1

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    files = n(report.files, "file")
    if not report.diagnostics and not report.files:
        return "no file linted"
    if not report.diagnostics:
        return f"no findings in {files}"
    parts = [n(counts[Severity.ERROR], "error"), n(counts[Severity.WARNING], "warning")]
    if counts[Severity.INFO]:
        parts.append(n(counts[Severity.INFO], "info"))
    return f"{', '.join(parts)} in {files}"


def statistics_lines(report: Report) -> list[str]:
    counts: dict[str, int] = {}
    for d in report.diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
    lines = []
    for code in sorted(counts, key=lambda c: (-counts[c], c)):
        rule = report.registry.rules.get(code)
        name = rule.name if rule else ""
        sev = rule.severity.label if rule else ""
        lines.append(f"{counts[code]:>6}  {code}  {name}  ({sev})")
    return lines


FORMATTERS: dict[str, Callable[[Report], str]] = {
    "text": format_text,
    "concise": format_concise,
}


# The machine formats live in formats.py, which imports json and xml only when it formats.
from avassa_lint.formats import CI_FORMATTERS  # noqa: E402

FORMATTERS.update(CI_FORMATTERS)
