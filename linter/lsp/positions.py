"""Loader positions (1-based lines, columns in code points) to LSP positions (0-based, UTF-16)."""
from __future__ import annotations

from lsprotocol import types as lsp

from avassa_lint.core.diagnostic import Span
from avassa_lint.core.edits import line_starts


class Lines:
    """A file's text cut into the lines the loader counts (CRLF is one break)."""

    def __init__(self, text: str | None) -> None:
        self.text = text or ""
        self.starts = line_starts(self.text)

    def line(self, number: int) -> str:
        if number < 1 or number > len(self.starts):
            return ""
        start = self.starts[number - 1]
        end = self.starts[number] if number < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n\x85\u2028\u2029")

    def position(self, line: int, column: int) -> lsp.Position:
        text = self.line(line)
        before = text[: max(column - 1, 0)]
        units = len(before) + sum(1 for ch in before if ord(ch) > 0xFFFF)
        return lsp.Position(line=max(line - 1, 0), character=units)

    def range(self, span: Span) -> lsp.Range:
        return lsp.Range(start=self.position(span.line, span.column), end=self.position(span.end_line, span.end_column))

    def column_of(self, position: lsp.Position) -> tuple[int, int]:
        """(line, column) of the loader for an LSP position."""
        text = self.line(position.line + 1)
        units = 0
        for index, ch in enumerate(text):
            if units >= position.character:
                return position.line + 1, index + 1
            units += 2 if ord(ch) > 0xFFFF else 1
        return position.line + 1, len(text) + 1
