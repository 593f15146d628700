"""The error value returned by the small string parsers (images, port ranges, labels, variables)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParseProblem:
    """What is wrong with a parsed string, and where: `offset` is the 0-based character offset."""

    message: str
    offset: int
    length: int = 1

    @property
    def end(self) -> int:
        """Offset just past the problem."""
        return self.offset + self.length


# Messages are one line, so control characters in user values are shown escaped.
_ESCAPES: dict[int, str] = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)}
_ESCAPES.update({ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"})


def quote(value: str, limit: int = 80) -> str:
    """`value` in double quotes for a message: control characters escaped, cut at `limit` characters."""
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return '"' + value.translate(_ESCAPES) + '"'


def describe_char(char: str) -> str:
    """A character as a message names it: "a space", whitespace quoted, anything else quoted."""
    if char == " ":
        return "a space"
    if char.isspace():
        return f"whitespace {quote(char)}"
    return quote(char)
