"""Tests for linter/model/label_expr.py."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from avassa_lint.model.label_expr import (
    MAX_NESTING,
    LabelExpr,
    labels_in,
    matches,
    parse_label_expression,
)
from avassa_lint.model.parse_problem import ParseProblem


def render(expr: LabelExpr) -> str:
    """A compact prefix form of the tree: (and a (= b c) (not {}))."""
    if expr.op == "equals":
        return f"(= {expr.label} {expr.value})"
    if expr.op == "present":
        return str(expr.label)
    if expr.op == "empty":
        return "{}"
    return f"({expr.op} " + " ".join(render(operand) for operand in expr.operands) + ")"


def parse(text: str) -> LabelExpr:
    result = parse_label_expression(text)
    assert isinstance(result, LabelExpr), result
    return result


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        pytest.param("system/type = edge", "(= system/type edge)", id="system-label"),
        pytest.param("system/type=edge", "(= system/type edge)", id="no-spaces"),
        pytest.param("system/type = edge\n", "(= system/type edge)", id="block-scalar-newline"),
        pytest.param("  color = red  ", "(= color red)", id="surrounding-spaces"),
        pytest.param("color", "color", id="presence"),
        pytest.param("{}", "{}", id="empty-set"),
        pytest.param("example.com/location.city = sthlm", "(= example.com/location.city sthlm)",
                     id="dns-prefix"),
        pytest.param("system/name = topdc", "(= system/name topdc)", id="site-name"),
        pytest.param("a and b", "(and a b)", id="and"),
        pytest.param("a or b", "(or a b)", id="or"),
        pytest.param("not a", "(not a)", id="not"),
        pytest.param("not not a", "(not (not a))", id="double-not"),
        pytest.param("a and b and c", "(and a b c)", id="and-chain-is-one-node"),
        pytest.param("a or b and c", "(or a (and b c))", id="and-binds-tighter-than-or"),
        pytest.param("a and b or c", "(or (and a b) c)", id="and-first-then-or"),
        pytest.param("not a and b", "(and (not a) b)", id="not-binds-tightest"),
        pytest.param("not a = x or b", "(or (not (= a x)) b)", id="not-takes-the-test"),
        pytest.param("(a or b) and c", "(and (or a b) c)", id="parentheses"),
        pytest.param("((a))", "a", id="double-parentheses"),
        pytest.param("(foo and not(bar = xx)) or (baz = red) or {}",
                     "(or (and foo (not (= bar xx))) (= baz red) {})", id="schema-example"),
        pytest.param("system/type = edge and city = stockholm",
                     "(and (= system/type edge) (= city stockholm))", id="reference-example"),
        pytest.param("system/type = edge\nand\n  city = x\n", "(and (= system/type edge) (= city x))",
                     id="literal-block-lines"),
        pytest.param("a = b=c", "(= a b=c)", id="value-may-hold-equals"),
        pytest.param("a = {}", "(= a {})", id="value-may-be-braces"),
        pytest.param("Color = Red", "(= Color Red)", id="case-kept"),
        pytest.param("nothing and order", "(and nothing order)", id="keyword-prefixed-labels"),
        pytest.param("(a)and(b)", "(and a b)", id="operators-next-to-parentheses"),
        pytest.param("not{}", "(not {})", id="not-empty-set"),
        pytest.param("gpu_0 = yes", "(= gpu_0 yes)", id="underscore"),
    ],
)
def test_valid(text: str, tree: str) -> None:
    assert render(parse(text)) == tree


@pytest.mark.parametrize(
    ("text", "message", "offset", "length"),
    [
        pytest.param("", "label expression is empty", 0, 1, id="empty"),
        pytest.param("  \n", "label expression is empty", 0, 3, id="only-whitespace"),
        pytest.param("a and", 'expected an expression after "and", found the end', 2, 3,
                     id="dangling-and"),
        pytest.param("a or ", 'expected an expression after "or", found the end', 2, 2,
                     id="dangling-or"),
        pytest.param("not", 'expected an expression after "not", found the end', 0, 3,
                     id="dangling-not"),
        pytest.param("a and or b", 'expected an expression after "and", found "or"', 6, 2,
                     id="and-or"),
        pytest.param("(a and)", 'expected an expression after "and", found ")"', 6, 1,
                     id="and-before-close"),
        pytest.param("and a", 'expected a label, "not", "(" or "{}", found "and"', 0, 3,
                     id="leading-and"),
        pytest.param("()", 'expected an expression after "(", found ")"', 1, 1,
                     id="empty-parentheses"),
        pytest.param("(a and b", '"(" is never closed', 0, 1, id="unclosed"),
        pytest.param("x or ((a)", '"(" is never closed', 5, 1, id="outer-unclosed"),
        pytest.param("a)", '")" has no matching "("', 1, 1, id="extra-close"),
        pytest.param("(a) b)", 'expected "and", "or" or the end, found "b"', 4, 1,
                     id="missing-operator"),
        pytest.param("(a b)", 'expected "and", "or" or ")", found "b"', 3, 1,
                     id="missing-operator-inside"),
        pytest.param("color = red blue", 'expected "and", "or" or the end, found "blue"', 12, 4,
                     id="value-with-space"),
        pytest.param("type = edge,city = x", 'found "=" (join tests with "and" or "or")', 17, 1,
                     id="comma-joined-tests"),
        pytest.param("a AND b", 'found "AND" (operators are lower case)', 2, 3, id="upper-and"),
        pytest.param("a == b", '"==" is not an operator, expected "="', 2, 2, id="double-equals"),
        pytest.param("a==b", '"==" is not an operator', 1, 2, id="double-equals-tight"),
        pytest.param("a != b", '"!=" is not an operator, expected "not LABEL = VALUE"', 2, 2,
                     id="not-equals"),
        pytest.param("a = b != c", '"!=" is not an operator', 6, 2, id="not-equals-after-test"),
        pytest.param("!a", '"!" is not an operator, expected "not"', 0, 1, id="bang"),
        pytest.param("a && b", '"&&" is not an operator, expected "and"', 2, 2, id="ampersands"),
        pytest.param("a || b", '"||" is not an operator, expected "or"', 2, 2, id="pipes"),
        pytest.param("a =", 'label "a" has no value after "="', 2, 1, id="missing-value"),
        pytest.param("(a = ) or b", 'label "a" has no value after "="', 3, 1,
                     id="missing-value-before-close"),
        pytest.param("a = and b", 'label "a" has no value after "=", found "and"', 2, 1,
                     id="keyword-as-value"),
        pytest.param("= edge", 'expected a label, "not", "(" or "{}", found "="', 0, 1,
                     id="missing-label"),
        pytest.param("{", 'expected "{}" (the empty label set)', 0, 1, id="lone-brace"),
        pytest.param("{ }", 'expected "{}"', 0, 1, id="spaced-braces"),
        pytest.param("color: red", 'label "color:" contains ":"', 5, 1, id="yaml-style"),
        pytest.param("a and b,c", 'label "b,c" contains ","', 7, 1, id="comma"),
        pytest.param("a/b/c = x", 'label "a/b/c" has more than one "/"', 3, 1, id="two-slashes"),
        pytest.param("/a", 'label "/a" has nothing before "/"', 0, 1, id="empty-prefix"),
        pytest.param("a/", 'label name "" in "a/" is empty', 1, 1, id="empty-name"),
        pytest.param("-x.com/a", 'label prefix "-x.com" in "-x.com/a" is not a DNS name', 0, 6,
                     id="bad-prefix"),
        pytest.param("x_y.com/a", "is not a DNS name", 0, 7, id="underscore-in-prefix"),
        pytest.param("ok and -a", 'label name "-a" in "-a" must start and end with a letter',
                     7, 2, id="bad-name"),
        pytest.param("(" * (MAX_NESTING + 1) + "a" + ")" * (MAX_NESTING + 1),
                     f"nests deeper than {MAX_NESTING} levels", MAX_NESTING, 1,
                     id="too-deep-parentheses"),
        pytest.param("not " * (MAX_NESTING + 1) + "a", "nests deeper", MAX_NESTING * 4, 1,
                     id="too-deep-not"),
    ],
)
def test_invalid(text: str, message: str, offset: int, length: int) -> None:
    problem = parse_label_expression(text)
    assert isinstance(problem, ParseProblem)
    assert message in problem.message
    assert (problem.offset, problem.length) == (offset, length)


@pytest.mark.parametrize(
    ("text", "path", "offset", "length"),
    [
        pytest.param("system/type = edge", (), 0, 18, id="whole-test"),
        pytest.param("  a and b = c", (), 2, 11, id="and-node"),
        pytest.param("  a and b = c", (1,), 8, 5, id="second-operand"),
        pytest.param("(a or b) and c", (), 0, 14, id="and-spans-parentheses"),
        pytest.param("(a or b) and c", (0,), 1, 6, id="inner-or"),
        pytest.param("x or not (y)", (1,), 5, 7, id="not-node"),
        pytest.param("x or not (y)", (1, 0), 10, 1, id="not-operand"),
    ],
)
def test_node_spans(text: str, path: tuple[int, ...], offset: int, length: int) -> None:
    node = parse(text)
    for index in path:
        node = node.operands[index]
    assert (node.offset, node.length) == (offset, length)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("{}", [], id="none"),
        pytest.param("system/type = edge and city", ["system/type", "city"], id="two"),
        pytest.param("(a or b = 1) and not (c or a)", ["a", "b", "c"], id="first-appearance-once"),
    ],
)
def test_labels_in(text: str, labels: list[str]) -> None:
    assert labels_in(parse(text)) == labels


@pytest.mark.parametrize(
    ("text", "site", "expected"),
    [
        pytest.param("system/type = edge", {"system/type": "edge"}, True, id="equal"),
        pytest.param("system/type = edge", {"system/type": "top"}, False, id="different"),
        pytest.param("system/type = Edge", {"system/type": "edge"}, False, id="case-sensitive"),
        pytest.param("city = x", {"city": ["x", "y"]}, True, id="one-of-many-values"),
        pytest.param("city", {"city": "x"}, True, id="present"),
        pytest.param("city", {}, False, id="absent"),
        pytest.param("not city", {}, True, id="not-absent"),
        pytest.param("{}", {}, True, id="empty-set"),
        pytest.param("{}", {"a": "b"}, False, id="empty-set-against-labels"),
        pytest.param("a or b and c", {"a": "1"}, True, id="precedence"),
        pytest.param("(a or b) and c", {"a": "1"}, False, id="grouping"),
    ],
)
def test_matches(text: str, site: dict[str, str | list[str]], expected: bool) -> None:
    assert matches(parse(text), site) is expected


def test_long_chain_builds_a_flat_node() -> None:
    expr = parse(" or ".join(f"l{index}" for index in range(5000)))
    assert expr.op == "or" and len(expr.operands) == 5000
    assert matches(expr, {"l4999": "x"})


GRAMMAR_TOKENS = [*"ab =()!{}/.-\n", " and ", " or ", "not ", "==", "system/type"]


@given(st.lists(st.sampled_from(GRAMMAR_TOKENS)).map("".join))
def test_never_raises_on_grammar_soup(text: str) -> None:
    check_result(text, parse_label_expression(text))


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    check_result(text, parse_label_expression(text))


def check_result(text: str, result: LabelExpr | ParseProblem) -> None:
    if isinstance(result, ParseProblem):
        assert 0 <= result.offset < max(len(text), 1)
        assert 1 <= result.length and result.end <= max(len(text), 1)
        assert "\n" not in result.message
        return
    pending = [result]
    while pending:
        node = pending.pop()
        assert 0 <= node.offset and node.offset + node.length <= len(text)
        if node.label is not None:
            assert text.startswith(node.label, node.offset)
        pending.extend(node.operands)
