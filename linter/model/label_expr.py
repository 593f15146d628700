"""Label-match expressions (`match-site-labels`, `match-host-labels`, …): "system/type = edge and not x".

Grammar (reference §1.2): `expr := expr 'and' expr | expr 'or' expr | 'not' expr | label '=' value | '{}' |
label`, with parentheses for grouping; `not` binds tighter than `and`, which binds tighter than `or`.
Any whitespace separates tokens, so the trailing newline of a `>` block scalar is fine.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.quoting import quote

LabelOp = Literal["and", "or", "not", "equals", "present", "empty"]

MAX_NESTING = 64

_KEYWORDS = frozenset({"and", "or", "not"})
# A label or value ends at whitespace or a character the grammar gives a meaning to.
_WORD_END = frozenset("()=!{}")
_VALUE_END = frozenset("()")
# A label name is an optional DNS-name prefix and "/" then a name segment (reference §1.2). The segment
# follows the platform's `name` format, plus upper case, "." and "_": the reference's own example is
# "example.com/location.city", and matching is case sensitive, so those labels may well exist.
_LABEL_CHAR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/")
# Operators from other languages, and what to write instead.
_FOREIGN_OPERATORS = {"&&": "and", "&": "and", "||": "or", "|": "or", "!": "not"}


@dataclass(frozen=True)
class LabelExpr:
    """One node of a parsed expression; `offset`/`length` cover the node's text.

    `op` is "and"/"or" (two or more operands: "a and b and c" is one node), "not" (one operand),
    "equals" (`label = value`), "present" (a bare `label`) or "empty" (`{}`, the empty label set).
    A label node starts with its label.
    """

    op: LabelOp
    offset: int
    length: int
    label: str | None = None
    value: str | None = None
    operands: tuple[LabelExpr, ...] = ()


def parse_label_expression(text: str) -> LabelExpr | ParseProblem:
    """Parse `text`, or return the first problem."""
    parser = _Parser(text)
    try:
        return parser.parse()
    except _Failure as failure:
        return failure.problem


def labels_in(expr: LabelExpr) -> list[str]:
    """Label names the expression tests, each once, in order of first appearance."""
    names: dict[str, None] = {}
    pending = [expr]
    while pending:
        node = pending.pop()
        if node.label is not None:
            names.setdefault(node.label)
        pending.extend(reversed(node.operands))
    return list(names)


def matches(expr: LabelExpr, labels: Mapping[str, str | Sequence[str]]) -> bool:
    """Whether a label set (name to one value or a list of values) satisfies the expression."""
    if expr.op == "and":
        return all(matches(operand, labels) for operand in expr.operands)
    if expr.op == "or":
        return any(matches(operand, labels) for operand in expr.operands)
    if expr.op == "not":
        return not matches(expr.operands[0], labels)
    if expr.op == "empty":
        return not labels
    assert expr.label is not None
    if expr.label not in labels:
        return False
    if expr.op == "present":
        return True
    values = labels[expr.label]
    return expr.value == values if isinstance(values, str) else expr.value in values


class _Failure(Exception):
    """Carries a problem out of the recursive descent; never leaves this module."""

    def __init__(self, problem: ParseProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def parse(self) -> LabelExpr:
        self._skip_space()
        if self.pos == len(self.text):
            raise _Failure(ParseProblem(
                'label expression is empty, expected a test such as "system/type = edge"',
                0,
                max(len(self.text), 1),
            ))
        expr = self._parse_or()
        self._skip_space()
        if self.pos < len(self.text):
            self._fail_after_expression(inside_parentheses=False)
        return expr

    # Operator chains loop instead of recursing and build one n-ary node, so a long chain such as
    # "a or b or c …" can neither exhaust the stack here nor in a recursive walk of the tree.
    def _parse_or(self) -> LabelExpr:
        start = self._skip_space()
        operands = [self._parse_and()]
        while self._peek_word() == "or":
            self._take_operator("or")
            operands.append(self._parse_and())
        return self._node("or", start, operands)

    def _parse_and(self) -> LabelExpr:
        start = self._skip_space()
        operands = [self._parse_not()]
        while self._peek_word() == "and":
            self._take_operator("and")
            operands.append(self._parse_not())
        return self._node("and", start, operands)

    def _parse_not(self) -> LabelExpr:
        if self._peek_word() != "not":
            return self._parse_primary()
        start = self._take_operator("not")
        self._enter(start)
        operand = self._parse_not()
        self.depth -= 1
        return LabelExpr("not", start, self.pos - start, operands=(operand,))

    def _node(self, op: Literal["and", "or"], start: int, operands: list[LabelExpr]) -> LabelExpr:
        if len(operands) == 1:
            return operands[0]
        return LabelExpr(op, start, self.pos - start, operands=tuple(operands))

    def _parse_primary(self) -> LabelExpr:
        self._skip_space()
        start = self.pos
        char = self.text[start]
        if char == "(":
            self._enter(start)
            self.pos += 1
            self._expect_operand(start, "(")
            inner = self._parse_or()
            self._skip_space()
            if self.pos == len(self.text):
                raise _Failure(ParseProblem('"(" is never closed, expected ")"', start))
            if self.text[self.pos] != ")":
                self._fail_after_expression(inside_parentheses=True)
            self.pos += 1
            self.depth -= 1
            return inner
        if self.text.startswith("{}", start):
            self.pos += 2
            return LabelExpr("empty", start, 2)
        if char == "{":
            raise _Failure(ParseProblem(
                'expected "{}" (the empty label set), found "{" without "}" right after it', start
            ))
        word = self._peek_word()
        if word in _FOREIGN_OPERATORS or self.text.startswith("!=", start):
            self._fail_foreign_operator(start)
        if not word or word in _KEYWORDS:
            found = word or self.text[start]
            raise _Failure(ParseProblem(
                f'expected a label, "not", "(" or "{{}}", found {quote(found)}', start, len(found)
            ))
        self.pos += len(word)
        self._check_label(word, start)
        return self._parse_test(word, start)

    def _parse_test(self, label: str, start: int) -> LabelExpr:
        """After a label: `= value`, or nothing for a presence test."""
        after_label = self.pos
        self._skip_space()
        if self.text.startswith("==", self.pos):
            raise _Failure(ParseProblem('"==" is not an operator, expected "="', self.pos, 2))
        if self.text.startswith("!=", self.pos):
            self._fail_foreign_operator(self.pos)
        if not self.text.startswith("=", self.pos):
            self.pos = after_label
            return LabelExpr("present", start, len(label), label=label)
        equals = self.pos
        self.pos += 1
        self._skip_space()
        value_start = self.pos
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char in _VALUE_END or char.isspace():
                break
            self.pos += 1
        value = self.text[value_start : self.pos]
        if not value or value in _KEYWORDS:
            found = f", found {quote(value)}" if value else ""
            raise _Failure(ParseProblem(
                f'label {quote(label)} has no value after "="{found}', equals
            ))
        return LabelExpr("equals", start, self.pos - start, label=label, value=value)

    def _check_label(self, word: str, start: int) -> None:
        for index, char in enumerate(word):
            if char not in _LABEL_CHAR:
                raise _Failure(ParseProblem(
                    f"label {quote(word)} contains {quote(char)}, expected ASCII letters, digits, "
                    f'"-", "." and "_", after an optional "prefix/"',
                    start + index,
                ))
        prefix, slash, name = word.rpartition("/")
        if "/" in prefix:
            raise _Failure(ParseProblem(
                f'label {quote(word)} has more than one "/", expected "prefix/name"',
                start + word.index("/", word.index("/") + 1),
            ))
        if slash and not prefix:
            raise _Failure(ParseProblem(f'label {quote(word)} has nothing before "/"', start))
        if slash and not all(_is_dns_label(part) for part in prefix.split(".")):
            raise _Failure(ParseProblem(
                f"label prefix {quote(prefix)} in {quote(word)} is not a DNS name",
                start,
                max(len(prefix), 1),
            ))
        if not name or not (name[0].isalnum() and name[-1].isalnum()):
            what = "is empty" if not name else "must start and end with a letter or digit"
            name_start = start + len(prefix) + len(slash)
            raise _Failure(ParseProblem(
                f"label name {quote(name)} in {quote(word)} {what}",
                min(name_start, start + len(word) - 1),
                max(len(name), 1),
            ))

    def _expect_operand(self, operator_offset: int, operator: str) -> None:
        """Fail unless an operand follows the operator just taken."""
        self._skip_space()
        if self.pos == len(self.text):
            raise _Failure(ParseProblem(
                f"expected an expression after {quote(operator)}, found the end",
                operator_offset,
                len(operator),
            ))
        found = self._peek_word() or self.text[self.pos]
        if found in ("and", "or", ")"):
            raise _Failure(ParseProblem(
                f"expected an expression after {quote(operator)}, found {quote(found)}",
                self.pos,
                len(found),
            ))

    def _fail_after_expression(self, inside_parentheses: bool) -> None:
        """Fail on what follows a complete expression, where "and", "or", ")" or the end belong."""
        start = self.pos
        if self.text[start] == ")":
            raise _Failure(ParseProblem('")" has no matching "("', start))
        word = self._peek_word()
        if word in _FOREIGN_OPERATORS or self.text.startswith("!=", start):
            self._fail_foreign_operator(start)
        found = word or self.text[start]
        closing = '")"' if inside_parentheses else "the end"
        hint = ""
        if found.lower() in _KEYWORDS:
            hint = " (operators are lower case)"
        elif found == "=":
            hint = ' (join tests with "and" or "or")'

        raise _Failure(ParseProblem(
            f'expected "and", "or" or {closing}, found {quote(found)}{hint}', start, len(found)
        ))

    def _fail_foreign_operator(self, start: int) -> None:
        if self.text.startswith("!=", start):
            raise _Failure(ParseProblem(
                '"!=" is not an operator, expected "not LABEL = VALUE"', start, 2
            ))
        word = self._peek_word()
        raise _Failure(ParseProblem(
            f"{quote(word)} is not an operator, expected {quote(_FOREIGN_OPERATORS[word])}",
            start,
            len(word),
        ))

    def _enter(self, offset: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise _Failure(ParseProblem(
                f"label expression nests deeper than {MAX_NESTING} levels", offset
            ))

    def _take_operator(self, operator: str) -> int:
        """Consume the operator at the current position and check that an operand follows it."""
        start = self._skip_space()
        self.pos += len(operator)
        self._expect_operand(start, operator)
        return start

    def _peek_word(self) -> str:
        """The word (label, keyword) at the current position after whitespace, or ""."""
        self._skip_space()
        end = self.pos
        text = self.text
        if end < len(text) and text[end] == "!":
            return "!" if not text.startswith("!=", end) else ""
        while end < len(text) and text[end] not in _WORD_END and not text[end].isspace():
            end += 1
        return text[self.pos : end]

    def _skip_space(self) -> int:
        text = self.text
        while self.pos < len(text) and text[self.pos].isspace():
            self.pos += 1
        return self.pos


def _is_dns_label(part: str) -> bool:
    """A DNS label, given that `part` only holds label-name characters."""
    return part != "" and part[0].isalnum() and part[-1].isalnum() and "_" not in part
