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

from avassa_lint.core.diagnostic import Diagnostic, Edit, Fix, Span
from avassa_lint.core import codes
from avassa_lint.core.edits import apply_fixes, line_starts
from avassa_lint.loading.heredoc import is_script
from avassa_lint.loading.source import load_source

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
    remember_text(found, text)
    return found


def remember_text(suppressions: list[Suppression], text: str | None) -> None:
    """Keep the file's text with its directives, for the fix of an unused one. Not a field: the
    cache and the worker pool carry the fields only, so a directive that came from either has no
    text (and gets no fix) until it is given again from the file's SourceFile."""
    for sup in suppressions:
        sup._text = text  # type: ignore[attr-defined]


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


def unused(suppressions: dict[str, list[Suppression]], enabled_selector) -> list[tuple[Span, str, str | None, Fix | None]]:
    """Findings for directives that silence nothing (only for rules that are enabled), each with
    its fix: the selectors that silence nothing removed, or the whole comment when that is all
    of them. A directive that names no rule, names an unknown one or sits below the header gets
    no fix: what its author meant is not certain."""
    out: list[tuple[Span, str, str | None, Fix | None]] = []
    loaded: dict[str, tuple | None] = {}  # each file's documents and problems as it is
    for sups in suppressions.values():
        text = getattr(sups[0], "_text", None) if sups else None
        # each fix loads the file again: at most so many fixes, and so many characters loaded
        budget = min(_FIXES_PER_FILE, _CHARACTERS_LOADED // max(len(text or ""), 1))
        for sup in sups:
            if not sup.selectors:
                out.append((sup.span, f'"{sup.form}" names no rule; a suppression must name the rules it silences',
                            f"write # avassa-lint: {sup.form}=CODE -- reason", None))
                continue
            if sup.target_line == -1:
                out.append((sup.span, "disable-file only works in the comment lines at the top of the file",
                            "move it above the first line of YAML", None))
                continue
            found: list[tuple[str | None, str, str | None]] = []
            for sel in sup.selectors:
                if sel in sup.used:
                    continue
                known = enabled_selector(sel)
                if known is None:
                    found.append((None, f'suppression names "{sel}", which is not a rule code or name',
                                  "run avassa-lint rules for the list"))
                elif known:
                    found.append((sel, f'suppression of "{sel}" silences nothing here', "remove it"))
            if not found:
                continue
            removable = {sel for sel, _, _ in found if sel is not None}
            fix = None
            if removable and budget > 0:
                budget -= 1
                fix = _removal(sup, removable, sups, loaded)
            for sel, message, hint in found:
                out.append((sup.span, message, hint, fix if sel is not None else None))
    return out


_OTHER_BREAKS = frozenset("\v\f\x1c\x1d\x1e")  # line breaks to str.splitlines, not to YAML


_FIXES_PER_FILE = 50
_CHARACTERS_LOADED = 2_000_000


def _removal(sup: Suppression, removable: set[str], neighbours: list[Suppression], loaded: dict[str, tuple | None]) -> Fix | None:
    """The fix that removes ``removable`` from the directive (the whole comment when that is every
    selector it names), when it is certain: a YAML file (not a script's heredoc), and the parsed
    documents are the same without it (so it was a comment, not text inside a string)."""
    text = getattr(sup, "_text", None)
    span = sup.span
    if not isinstance(text, str) or is_script(span.path) or any(ch in _OTHER_BREAKS for ch in text):
        return None
    lines = text.splitlines()
    if not 0 < span.line <= len(lines):
        return None
    line = lines[span.line - 1]
    before = line[: span.column - 1]
    if span.end_column != len(line) + 1 or line[span.column - 1: span.column] != "#":
        return None
    if removable >= set(sup.selectors):
        if before.strip(" \t") == "":
            if any(n.form == "disable-next-line" and n.span.line == span.line - 1 for n in neighbours):
                return None  # it would aim at the line after this one instead
            starts = line_starts(text)
            if span.line < len(starts):  # the whole line with its line break
                edit = Edit(Span(span.path, span.line, 1, span.line + 1, 1), "")
            else:
                edit = Edit(Span(span.path, span.line, 1, span.line, len(line) + 1), "")
        else:  # after code: the comment and the blanks before it
            start = len(before.rstrip(" \t")) + 1
            edit = Edit(Span(span.path, span.line, start, span.line, len(line) + 1), "")
        title = "remove the unused suppression comment"
    else:
        match = _DIRECTIVE.search(line)
        if match is None or match.group("rules") is None:
            return None
        base = match.start("rules")
        tokens = [(m.group(), base + m.start(), base + m.end())
                  for m in re.finditer(r"[^,\s]+", match.group("rules"))]
        if [t for t, _, _ in tokens] != sup.selectors:
            return None
        kept = ""
        for index, (token, start, _) in enumerate(tokens):
            if token in removable:
                continue
            if kept:  # the separator written before it
                kept += line[tokens[index - 1][2]: start]
            kept += token
        first, last = tokens[0][1], tokens[-1][2]
        edit = Edit(Span(span.path, span.line, first + 1, span.line, last + 1), kept)
        title = "remove " + ", ".join(f'"{sel}"' for sel in sup.selectors if sel in removable) + " from the suppression"
    fix = Fix(title, (edit,))
    fixed, applied = apply_fixes(text, [fix])
    if not applied or fixed == text or not _same_documents(span.path, text, fixed, loaded):
        return None
    if edit.text:  # the directive still reads as the same directive of the selectors kept
        again = [s for s in scan(span.path, fixed) if s.span.line == span.line]
        if len(again) != 1 or again[0].form != sup.form or again[0].target_line != sup.target_line \
                or again[0].selectors != [sel for sel in sup.selectors if sel not in removable]:
            return None
    return fix


def _same_documents(path: str, text: str, fixed: str, loaded: dict[str, tuple | None]) -> bool:
    """``fixed`` loads to the same documents as ``text``, with the same problems."""
    if path not in loaded:
        loaded[path] = _loaded(path, text)
    return loaded[path] is not None and _loaded(path, fixed) == loaded[path]


def _loaded(path: str, text: str) -> tuple | None:
    source = load_source(path, text.encode("utf-8"))
    if source.text is None:
        return None
    return [d.data for d in source.documents], sorted(p.code for p in source.problems)
