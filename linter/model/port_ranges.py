"""`port-ranges` strings such as "443,1025-1200": ports and ranges, comma-separated, strictly increasing."""
from __future__ import annotations

from dataclasses import dataclass

from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.quoting import quote

MIN_PORT = 1
MAX_PORT = 65535

_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class PortRange:
    """One item of a port-ranges string; a single port has `start == end`."""

    start: int
    end: int
    offset: int
    length: int

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


def overlaps(a: PortRange, b: PortRange) -> bool:
    """Whether the two ranges share at least one port."""
    return a.start <= b.end and b.start <= a.end


def parse_port_ranges(text: str) -> list[PortRange] | ParseProblem:
    """Parse `text`, or return the first problem from the left."""
    if text == "":
        return ParseProblem("port ranges are empty, expected ports or ranges such as \"80,443\"", 0)
    items: list[PortRange] = []
    offset = 0
    for item in text.split(","):
        result = _parse_item(text, item, offset)
        if isinstance(result, ParseProblem):
            return result
        if items:
            problem = _check_order(text, items[-1], result)
            if problem is not None:
                return problem
        items.append(result)
        offset += len(item) + 1
    return items


def _parse_item(text: str, item: str, offset: int) -> PortRange | ParseProblem:
    if item == "":
        return _empty_item(text, offset)
    for index, char in enumerate(item):
        if char not in _DIGITS and char != "-":
            return ParseProblem(
                f"port ranges {quote(text)} contain {_describe(char)}, "
                f'expected digits, "-" and ","',
                offset + index,
            )
    first, dash, rest = item.partition("-")
    if "-" in rest:
        return ParseProblem(
            f'range {quote(item)} has more than one "-", expected START-END',
            offset + len(first) + 1 + rest.index("-"),
        )
    if first == "":
        return ParseProblem(f"range {quote(item)} has no start port", offset, len(item))
    if dash and rest == "":
        return ParseProblem(f"range {quote(item)} has no end port", offset, len(item))
    start = _port_number(first, offset)
    if isinstance(start, ParseProblem):
        return start
    end = start
    if dash:
        end_number = _port_number(rest, offset + len(first) + 1)
        if isinstance(end_number, ParseProblem):
            return end_number
        end = end_number
    if start > end:
        return ParseProblem(
            f'range {quote(item)} is reversed, expected "{end}-{start}"', offset, len(item)
        )
    return PortRange(start, end, offset, len(item))


def _port_number(digits: str, offset: int) -> int | ParseProblem:
    # Checked by length first: int() of thousands of digits is slow, and refused past 4300 digits.
    significant = digits.lstrip("0")
    if len(significant) > len(str(MAX_PORT)) or not MIN_PORT <= int(significant or "0") <= MAX_PORT:
        return ParseProblem(
            f"port {quote(digits, 12)[1:-1]} is outside {MIN_PORT}-{MAX_PORT}", offset, len(digits)
        )
    return int(significant)


def _check_order(text: str, previous: PortRange, current: PortRange) -> ParseProblem | None:
    if current.start > previous.end:
        return None
    written = text[current.offset : current.offset + current.length]
    before = text[previous.offset : previous.offset + previous.length]
    relation = "overlaps" if overlaps(previous, current) else "comes before"
    return ParseProblem(
        f"{quote(written)} {relation} the previous item {quote(before)}, "
        f"expected strictly increasing ports",
        current.offset,
        current.length,
    )


def _empty_item(text: str, offset: int) -> ParseProblem:
    if offset == 0:
        return ParseProblem(f"port ranges {quote(text)} start with a comma", 0)
    if offset == len(text):
        return ParseProblem(f"port ranges {quote(text)} end with a comma", offset - 1)
    return ParseProblem(f'port ranges {quote(text)} have an empty item between commas', offset)


def _describe(char: str) -> str:
    if char == " ":
        return "a space"
    if char in "\r\n":
        return "a line break"
    if char == "\t":
        return "a tab"
    if char.isspace():
        return "whitespace"
    return f"unexpected {quote(char)}"
