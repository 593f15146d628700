"""`${VAR}` references in variable-expression strings (`env`, `cmd`, config-map `data`, …), reference §2.9.

Syntax: `${NAME}`, `${NAME[key]}` for the array-valued system variables, and filters chained with `|`:
`${NAME | indent 4 | replace "a b" 'c'}`. `$${` is a literal `${`. Spaces are allowed inside the braces.
"""
from __future__ import annotations

import functools

from dataclasses import dataclass
from typing import NoReturn

from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.quoting import quote

# Reference §2.9, from the application schema's list of system-defined variables.
SYSTEM_VARIABLES = frozenset({
    "SYS_API_CA_CERT",
    "SYS_APPROLE_SECRET_ID",
    "SYS_APP_NET_IPV4_ADDRESS",
    "SYS_CONTAINER_CPUS",
    "SYS_CONTAINER_MEMORY",
    "SYS_DNS_ZONES",
    "SYS_GLOBAL_DOMAIN",
    "SYS_GW_NET_IPV4_ADDRESS",
    "SYS_HOST",
    "SYS_HOST_DEVICE_LABELS",
    "SYS_INGRESS_IPV4_ADDRESS",
    "SYS_SERVICE_INSTANCE_INDEX",
    "SYS_SITE",
    "SYS_SITE_LABELS",
    "SYS_TENANT",
})
# Arrays, read one entry at a time: `${SYS_SITE_LABELS[city]}`; the platform rejects them without a key.
SUBSCRIPTED_SYSTEM_VARIABLES = frozenset({"SYS_DNS_ZONES", "SYS_HOST_DEVICE_LABELS", "SYS_SITE_LABELS"})
# Values that may change while the instance runs (`on-mutable-variable-change` applies).
MUTABLE_SYSTEM_VARIABLES = frozenset({"SYS_DNS_ZONES", "SYS_SITE_LABELS"})

# Filter name → its arguments, as shown in messages.
FILTERS: dict[str, tuple[str, ...]] = {
    "dquote": (),
    "indent": ("N",),
    "quote": (),
    "replace": ("PATTERN", "REPLACEMENT"),
    "squote": (),
}

_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHAR = _NAME_START | frozenset("0123456789")
_BLANK = frozenset(" \t")
# Characters right after a name that suggest a shell default such as ${VAR:-x} or ${VAR-x}.
_SHELL_DEFAULT = frozenset(":-=?+")


@dataclass(frozen=True)
class VarRef:
    """One `${...}` reference; `offset`/`length` cover it from `$` to `}`."""

    name: str
    key: str | None
    offset: int
    length: int
    filters: tuple[str, ...] = ()


def is_system_variable(name: str) -> bool:
    """Whether `name` is one of the platform's `SYS_*` variables."""
    return name in SYSTEM_VARIABLES


def find_references(text: str) -> list[VarRef | ParseProblem]:
    """Every `${...}` in `text`, in order; a malformed one becomes a problem and scanning goes on.
    The scan is remembered per text (its results are immutable): several rules scan the same
    fields, and the language server scans them again on every edit."""
    if "$" not in text:
        return []
    return list(_find_references(text))


@functools.lru_cache(maxsize=1 << 15)
def _find_references(text: str) -> tuple[VarRef | ParseProblem, ...]:
    found: list[VarRef | ParseProblem] = []
    finder = _ForwardFinder(text)
    position = 0
    while (start := text.find("$", position)) >= 0:
        if text.startswith("$${", start):
            position = start + 3
        elif text.startswith("${", start):
            scanner = _ReferenceScanner(text, start, finder)
            found.append(scanner.scan())
            position = scanner.position
        else:
            position = start + 1
    return tuple(found)


class _Failure(Exception):
    """Carries a problem out of the scanner; never leaves this module."""

    def __init__(self, problem: ParseProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _ForwardFinder:
    """`str.find` for scans that only move forward: an answer is reused until the scan passes it.

    Without it, text such as "${A[${A[${A[…" would be searched to its end once per reference.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.answers: dict[str, tuple[int, int]] = {}  # character → (searched from, found at or -1)

    def find(self, char: str, start: int) -> int:
        answer = self.answers.get(char)
        if answer is not None and answer[0] <= start and (answer[1] < 0 or answer[1] >= start):
            return answer[1]
        found = self.text.find(char, start)
        self.answers[char] = (start, found)
        return found


class _ReferenceScanner:
    """Reads one reference starting at `${`; afterwards `position` is where scanning resumes."""

    def __init__(self, text: str, start: int, finder: _ForwardFinder) -> None:
        self.text = text
        self.start = start
        self.finder = finder
        self.position = start + 2

    def scan(self) -> VarRef | ParseProblem:
        try:
            return self._scan()
        except _Failure as failure:
            # Resume just past the problem: a "${" further on (say, after a forgotten "}") is still found.
            self.position = failure.problem.offset + 1
            return failure.problem

    def _scan(self) -> VarRef:
        self._skip_blanks()
        name = self._read_name()
        key = self._read_key(name) if self._peek() == "[" else None
        filters: list[str] = []
        self._skip_blanks()
        while self._peek() == "|":
            filters.append(self._read_filter())
        char = self._peek()
        if char != "}":
            hint = " (shell-style defaults are not supported)" if char in _SHELL_DEFAULT else ""
            self._fail_unexpected(char, f"after {quote(self._written())}", f'"|" or "}}"{hint}')
        self.position += 1
        return VarRef(name, key, self.start, self.position - self.start, tuple(filters))

    def _read_name(self) -> str:
        begin = self.position
        end = begin
        while end < len(self.text) and self.text[end] in _NAME_CHAR:
            end += 1
        name = self.text[begin:end]
        self.position = end
        if name and name[0] in _NAME_START:
            return name
        if name:
            raise _Failure(ParseProblem(
                f'variable name {quote(name)} must start with a letter or "_"', begin, len(name)
            ))
        if self._peek() == "}":
            written = self.text[self.start : self.position + 1]
            raise _Failure(ParseProblem(
                f"variable reference {quote(written)} has no name", self.start, len(written)
            ))
        self._fail_unexpected(self._peek(), 'after "${"', "a variable name")

    def _read_key(self, name: str) -> str:
        bracket = self.position
        end = self.finder.find("]", bracket + 1)
        brace = self.finder.find("}", bracket + 1)
        if end < 0 or 0 <= brace < end:
            raise _Failure(ParseProblem('"[" is never closed, expected "]"', bracket))
        key = self.text[bracket + 1 : end]
        self.position = end + 1
        if not key.strip():
            raise _Failure(ParseProblem(
                f"{quote(name)} has an empty subscript, expected a name such as {name}[city]",
                bracket,
                end + 1 - bracket,
            ))
        return key

    def _read_filter(self) -> str:
        bar = self.position
        self.position += 1
        self._skip_blanks()
        begin = self.position
        while self.position < len(self.text) and self.text[self.position] in _NAME_CHAR:
            self.position += 1
        name = self.text[begin : self.position]
        if not name:
            self._fail_unexpected(self._peek(), 'after "|"', "a filter name")
        if name not in FILTERS:
            choices = ", ".join(quote(choice) for choice in FILTERS)
            raise _Failure(ParseProblem(
                f"unknown filter {quote(name)}, expected one of {choices}", begin, len(name)
            ))
        arguments = self._read_arguments()
        expected = FILTERS[name]
        if len(arguments) != len(expected):
            usage = " ".join((name, *expected))
            raise _Failure(ParseProblem(
                f"filter {quote(name)} takes {len(expected)} argument"
                f"{'' if len(expected) == 1 else 's'} ({quote(usage)}), found {len(arguments)}",
                bar,
                self.position - bar,
            ))
        if name == "indent" and not arguments[0][0].isdecimal():
            text, offset = arguments[0]
            raise _Failure(ParseProblem(
                f'filter "indent" takes a number of spaces, found {quote(text)}', offset, len(text)
            ))
        return name

    def _read_arguments(self) -> list[tuple[str, int]]:
        """Arguments up to the next `|` or `}`, each as written (quotes included) with its offset."""
        arguments: list[tuple[str, int]] = []
        while True:
            self._skip_blanks()
            char = self._peek()
            if char in ("", "|", "}"):
                return arguments
            begin = self.position
            if char in "\"'":
                self._skip_quoted(char)
            else:
                while self.position < len(self.text) and self.text[self.position] not in " \t|}":
                    self.position += 1
            arguments.append((self.text[begin : self.position], begin))

    def _skip_quoted(self, mark: str) -> None:
        """Move past a quoted argument: `\\"` and `\\\\` escape inside "…", `''` inside '…'."""
        begin = self.position
        position = begin + 1
        text = self.text
        while position < len(text):
            char = text[position]
            if mark == '"' and char == "\\":
                position += 2
                continue
            if char == mark:
                if mark == "'" and text.startswith("''", position):
                    position += 2
                    continue
                self.position = position + 1
                return
            position += 1
        closing = "double quote" if mark == '"' else "single quote"
        raise _Failure(ParseProblem(f"quoted argument is never closed, expected a {closing}", begin))

    def _fail_unexpected(self, char: str, context: str, expected: str) -> NoReturn:
        if char == "":
            raise _Failure(ParseProblem(
                f'variable reference {quote(self._written())} has no closing "}}"',
                self.start,
                len(self.text) - self.start,
            ))
        shown = "'\"'" if char == '"' else quote(char)
        raise _Failure(ParseProblem(f"unexpected {shown} {context}, expected {expected}", self.position))

    def _written(self) -> str:
        return self.text[self.start : self.position].rstrip()

    def _peek(self) -> str:
        return self.text[self.position] if self.position < len(self.text) else ""

    def _skip_blanks(self) -> None:
        while self.position < len(self.text) and self.text[self.position] in _BLANK:
            self.position += 1
