"""The report of a run and its formats for people and editors: text (with code frames) and concise.

Every printed string goes through ``clean`` (control and bidi characters escaped); a code frame
shows its source line with every value that could be a secret masked (linter/text/redact.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from avassa_lint.core.diagnostic import Diagnostic, Severity
from avassa_lint.text.quoting import clean
from avassa_lint.core.rule import RuleRegistry
from avassa_lint.loading.source import SourceFile


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
    """The source line with ^~~~ under the span, every value that could be a secret masked
    (linter/text/redact.py); nothing when the file's text is not known."""
    if source is None:
        return []
    from avassa_lint.text.redact import frame_text

    framed = frame_text(source, d.span.line)
    if framed is None:
        return []
    shown, column = framed
    start = min(column(max(d.span.column - 1, 0)), len(shown))
    if d.span.end_line == d.span.line:
        end = column(max(d.span.end_column - 1, 0), True)
    else:
        end = len(shown)
    width = max(min(end, len(shown)) - start, 1)
    number = str(d.span.line)
    pad = " " * len(number)
    body = _highlight(shown) if color else shown
    caret = "^" + "~" * (width - 1)
    if color:
        caret = _SEVERITY_COLORS[d.severity] + caret + _RESET
    return [f"{pad} |", f"{number} | {body}", f"{pad} | {' ' * start}{caret}"]


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
    """Findings per code, most first, with the severities they were reported at (a configured
    override or a finding's own severity, not the rule's default): "3  IMG001  undeclared-registry
    (error)", or "(error, warning)" when findings of one code differ."""
    counts: dict[str, int] = {}
    severities: dict[str, set] = {}
    for d in report.diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
        severities.setdefault(d.code, set()).add(d.severity)
    lines = []
    for code in sorted(counts, key=lambda c: (-counts[c], c)):
        rule = report.registry.rules.get(code)
        name = rule.name if rule else ""
        sev = ", ".join(s.label for s in sorted(severities[code], reverse=True))
        lines.append(f"{counts[code]:>6}  {code}  {name}  ({sev})")
    return lines
