"""Text edits on a file's own text: positions to offsets, and fixes applied without overlap.

Positions are the loader's: 1-based lines and columns in code points, the end column exclusive.
A line ends where ruamel.yaml ends one: at "\\n", "\\x85", "\\u2028", "\\u2029", or a "\\r" that is
not followed by "\\n" (so CRLF is one break). Everything outside an edit's span is kept as it is.
"""
from __future__ import annotations

from collections.abc import Iterable

from avassa_lint.core.diagnostic import Edit, Fix

_BREAKS = "\n\x85\u2028\u2029"


def line_starts(text: str) -> list[int]:
    """The offset at which each line starts (index 0 is line 1)."""
    starts = [0]
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _BREAKS or (ch == "\r" and (i + 1 >= n or text[i + 1] != "\n")):
            starts.append(i + 1)
    return starts


def offset(starts: list[int], text: str, line: int, column: int) -> int | None:
    """The offset of (line, column) in ``text``, or None when it is not in the text."""
    if line < 1 or line > len(starts) or column < 1:
        return None
    at = starts[line - 1] + column - 1
    return at if at <= len(text) else None


def _ranges(text: str, starts: list[int], fix: Fix) -> list[tuple[int, int, str]] | None:
    out = []
    for edit in fix.edits:
        s = edit.span
        start = offset(starts, text, s.line, s.column)
        end = offset(starts, text, s.end_line, s.end_column)
        if start is None or end is None or end < start:
            return None
        out.append((start, end, edit.text))
    out.sort()
    for (_, end, _), (start, _, _) in zip(out, out[1:]):
        if start < end:
            return None  # a fix whose own edits overlap is malformed: never applied
    return out


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """``text`` with every fix applied whose edits touch no text an earlier fix (in the given order)
    already edits; the fixes applied. A fix is applied whole or not at all; one left out because
    of an overlap can be applied to the result (the caller lints again and repeats)."""
    starts = line_starts(text)
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, str]] = []
    applied: list[Fix] = []
    for fix in fixes:
        ranges = _ranges(text, starts, fix)
        if ranges is None:
            continue
        # two edits overlap when they share a character, or insert at the same point
        if any(s < e2 and s2 < e or (s == e == s2 == e2) or (s == s2 and (s == e or s2 == e2))
               for s, e, _ in ranges for s2, e2 in taken):
            continue
        taken.extend((s, e) for s, e, _ in ranges)
        chosen.extend(ranges)
        applied.append(fix)
    for start, end, new in sorted(chosen, reverse=True):
        text = text[:start] + new + text[end:]
    return text, applied


def replace(span: object, text: str) -> Edit:
    """An edit that replaces the text of ``span``."""
    return Edit(span, text)  # type: ignore[arg-type]
