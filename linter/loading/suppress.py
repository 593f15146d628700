"""Inline suppressions: ``# avassa-lint: disable=CODE-or-name[,...] -- reason``.

Forms: a trailing comment silences findings on its own line; ``disable-next-line=`` the line
after it; ``disable-file=`` (in the comment lines at the top of a file) the whole file. Comments
are not in the parsed YAML, so they are found with a cheap scan of the text. There is no blanket
form: a directive must name its rules. A suppression that silences nothing is reported (LNT004).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from avassa_lint.core.diagnostic import Diagnostic, Span
from avassa_lint.core import codes

_DIRECTIVE = re.compile(
    r"(?:^|[ \t])#[ \t]*avassa-lint:[ \t]*(?P<form>disable-next-line|disable-file|disable)\b"
    r"(?:[ \t]*=[ \t]*(?P<rules>[A-Za-z0-9_\-, \t]*?))?[ \t]*(?:--[ \t]*(?P<reason>.*?))?[ \t]*$"
)


@dataclass
class Suppression:
    span: Span  # the directive
    form: str  # "disable", "disable-next-line", "disable-file"
    selectors: list[str]
    target_line: int | None  # None: the whole file
    used: set[str] = field(default_factory=set)

    def covers(self, diag: Diagnostic) -> str | None:
        """The selector that silences ``diag``, if any."""
        if self.target_line is not None and diag.span.line != self.target_line:
            return None
        for sel in self.selectors:
            if sel.upper() == diag.code or sel.lower() == diag.name:
                return sel
        return None


def scan(path: str, text: str) -> list[Suppression]:
    """Every directive in a file's text."""
    if "avassa-lint:" not in text:
        return []
    found: list[Suppression] = []
    in_header = True
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and stripped != "---":
            in_header = False
        if "avassa-lint:" not in line:
            continue
        match = _DIRECTIVE.search(line)
        if match is None:
            continue
        form = match.group("form")
        selectors = [s for s in re.split(r"[,\s]+", match.group("rules") or "") if s]
        start = match.start() + (1 if line[match.start()] in " \t" else 0) + 1
        span = Span(path, number, start, number, len(line) + 1)
        if form == "disable-file":
            target = None if in_header else -1  # a disable-file below the header applies nowhere
        elif form == "disable-next-line":
            target = number + 1
        else:
            target = number
        found.append(Suppression(span, form, selectors, target))
    return found


def apply(diags: Iterable[Diagnostic], suppressions: dict[str, list[Suppression]]) -> list[Diagnostic]:
    """Drop suppressed findings, marking which selectors were used."""
    kept: list[Diagnostic] = []
    for diag in diags:
        silenced = False
        for sup in suppressions.get(diag.span.path, ()):
            if diag.code == codes.UNUSED_SUPPRESSION:
                continue
            sel = sup.covers(diag)
            if sel is not None:
                sup.used.add(sel)
                silenced = True
        if not silenced:
            kept.append(diag)
    return kept


def unused(suppressions: dict[str, list[Suppression]], enabled_selector) -> list[tuple[Span, str, str | None]]:
    """Findings for directives that silence nothing (only for rules that are enabled)."""
    out: list[tuple[Span, str, str | None]] = []
    for sups in suppressions.values():
        for sup in sups:
            if not sup.selectors:
                out.append((sup.span, f'"{sup.form}" names no rule; a suppression must name the rules it silences',
                            f"write # avassa-lint: {sup.form}=CODE -- reason"))
                continue
            if sup.target_line == -1:
                out.append((sup.span, "disable-file only works in the comment lines at the top of the file",
                            "move it above the first line of YAML"))
                continue
            for sel in sup.selectors:
                if sel in sup.used:
                    continue
                known = enabled_selector(sel)
                if known is None:
                    out.append((sup.span, f'suppression names "{sel}", which is not a rule code or name',
                                "run avassa-lint rules for the list"))
                elif known:
                    out.append((sup.span, f'suppression of "{sel}" silences nothing here', "remove it"))
    return out
