"""Tests for linter/model/substitution.py."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.substitution import (
    FILTERS,
    MUTABLE_SYSTEM_VARIABLES,
    SUBSCRIPTED_SYSTEM_VARIABLES,
    SYSTEM_VARIABLES,
    VarRef,
    find_references,
    is_system_variable,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("plain text $ and $5 and $VAR", [], id="no-braces"),
        pytest.param("${FOO}", [VarRef("FOO", None, 0, 6)], id="whole"),
        pytest.param("foo_${FOO}", [VarRef("FOO", None, 4, 6)], id="reference-example"),
        pytest.param("foo_$${FOO}", [], id="escaped"),
        pytest.param("$${A} ${B}", [VarRef("B", None, 6, 4)], id="escaped-then-real"),
        pytest.param("$$${X}", [], id="dollar-then-escape"),
        pytest.param("cost: $$5", [], id="double-dollar-without-brace"),
        pytest.param("${A}${B}", [VarRef("A", None, 0, 4), VarRef("B", None, 4, 4)], id="adjacent"),
        pytest.param("${_a1}", [VarRef("_a1", None, 0, 6)], id="underscore-and-digit"),
        pytest.param("${ FOO }", [VarRef("FOO", None, 0, 8)], id="inner-spaces"),
        pytest.param("${SYS_SITE_LABELS[city]}", [VarRef("SYS_SITE_LABELS", "city", 0, 24)],
                     id="subscript"),
        pytest.param("${SYS_SITE_LABELS[example.com/color]}",
                     [VarRef("SYS_SITE_LABELS", "example.com/color", 0, 37)], id="prefixed-key"),
        pytest.param("${SYS_DNS_ZONES[default]}", [VarRef("SYS_DNS_ZONES", "default", 0, 25)],
                     id="dns-zone"),
        pytest.param("${CERT | indent 4}", [VarRef("CERT", None, 0, 18, ("indent",))],
                     id="indent"),
        pytest.param("${CERT|indent 0}", [VarRef("CERT", None, 0, 16, ("indent",))],
                     id="indent-tight"),
        pytest.param("${FOO | replace r x}", [VarRef("FOO", None, 0, 20, ("replace",))],
                     id="replace-bare"),
        pytest.param('${FOO | replace "a b" "c\\"d"}', [VarRef("FOO", None, 0, 29, ("replace",))],
                     id="replace-double-quoted"),
        pytest.param("${FOO | replace 'it''s' '}'}", [VarRef("FOO", None, 0, 28, ("replace",))],
                     id="replace-single-quoted"),
        pytest.param("${A | squote}${B | dquote}${C | quote}",
                     [VarRef("A", None, 0, 13, ("squote",)), VarRef("B", None, 13, 13, ("dquote",)),
                      VarRef("C", None, 26, 12, ("quote",))],
                     id="quote-filters"),
        pytest.param("${A | replace '\\n' ' ' | indent 2 | dquote}",
                     [VarRef("A", None, 0, 43, ("replace", "indent", "dquote"))], id="chain"),
        pytest.param("line1\n  ${A}\n", [VarRef("A", None, 8, 4)], id="multi-line"),
    ],
)
def test_references(text: str, expected: list[VarRef]) -> None:
    assert find_references(text) == expected


@pytest.mark.parametrize(
    ("text", "message", "offset", "length"),
    [
        pytest.param("${FOO", 'variable reference "${FOO" has no closing "}"', 0, 5, id="unclosed"),
        pytest.param("x ${FOO | indent 2", 'has no closing "}"', 2, 16, id="unclosed-after-filter"),
        pytest.param("${", 'variable reference "${" has no closing "}"', 0, 2, id="bare-opening"),
        pytest.param("${}", 'variable reference "${}" has no name', 0, 3, id="empty"),
        pytest.param("${ }", 'variable reference "${ }" has no name', 0, 4, id="blank"),
        pytest.param("${1A}", 'variable name "1A" must start with a letter or "_"', 2, 2,
                     id="digit-first"),
        pytest.param("${-}", 'unexpected "-" after "${", expected a variable name', 2, 1,
                     id="bad-name"),
        pytest.param("${A B}", 'unexpected "B" after "${A", expected "|" or "}"', 4, 1,
                     id="two-words"),
        pytest.param("${A:-x}", '"|" or "}" (shell-style defaults are not supported)', 3, 1,
                     id="shell-default"),
        pytest.param("${A | upper}",
                     'unknown filter "upper", expected one of "dquote", "indent", "quote", '
                     '"replace", "squote"', 6, 5, id="unknown-filter"),
        pytest.param("${A |}", 'unexpected "}" after "|", expected a filter name', 5, 1,
                     id="missing-filter"),
        pytest.param('${A | "x"}', "unexpected '\"' after \"|\", expected a filter name", 6, 1,
                     id="quote-instead-of-filter"),
        pytest.param("${A | indent}", 'filter "indent" takes 1 argument ("indent N"), found 0', 4, 8,
                     id="indent-without-number"),
        pytest.param("${A | indent x}", 'filter "indent" takes a number of spaces, found "x"', 13, 1,
                     id="indent-word"),
        pytest.param("${A | indent -2}", 'takes a number of spaces, found "-2"', 13, 2,
                     id="indent-negative"),
        pytest.param("${A | replace a}", 'filter "replace" takes 2 arguments', 4, 11,
                     id="replace-one-argument"),
        pytest.param("${A | replace a b c}", "found 3", 4, 15, id="replace-three-arguments"),
        pytest.param("${A | squote x}", 'filter "squote" takes 0 arguments', 4, 10,
                     id="squote-argument"),
        pytest.param('${A | replace "x}', "quoted argument is never closed, expected a double quote",
                     14, 1, id="open-double-quote"),
        pytest.param("${A | replace 'x}", "expected a single quote", 14, 1, id="open-single-quote"),
        pytest.param("${SYS_SITE_LABELS[city}", '"[" is never closed, expected "]"', 17, 1,
                     id="open-subscript"),
        pytest.param("${SYS_SITE_LABELS[]}", '"SYS_SITE_LABELS" has an empty subscript', 17, 2,
                     id="empty-subscript"),
    ],
)
def test_problems(text: str, message: str, offset: int, length: int) -> None:
    [problem] = find_references(text)
    assert isinstance(problem, ParseProblem)
    assert message in problem.message
    assert (problem.offset, problem.length) == (offset, length)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("${A | upper} ${B}", ["problem", "B"], id="after-bad-filter"),
        pytest.param("${FOO and ${BAR}", ["problem", "BAR"], id="after-forgotten-brace"),
        pytest.param("${} ${A} ${", ["problem", "A", "problem"], id="several"),
    ],
)
def test_scanning_goes_on_after_a_problem(text: str, kinds: list[str]) -> None:
    found = find_references(text)
    assert [item.name if isinstance(item, VarRef) else "problem" for item in found] == kinds


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("${A[" * 20_000, id="unclosed-subscripts"),
        pytest.param('${A | replace "' * 5_000, id="unclosed-quotes"),
        pytest.param("${" * 20_000, id="openings"),
    ],
)
def test_hostile_input_is_scanned_in_linear_time(text: str) -> None:
    # Quadratic scanning would take tens of seconds here.
    found = find_references(text)
    assert found and all(isinstance(item, ParseProblem) for item in found)


def test_system_variables() -> None:
    assert len(SYSTEM_VARIABLES) == 15
    assert all(name.startswith("SYS_") for name in SYSTEM_VARIABLES)
    assert SUBSCRIPTED_SYSTEM_VARIABLES == {
        "SYS_DNS_ZONES", "SYS_HOST_DEVICE_LABELS", "SYS_SITE_LABELS"
    }
    assert MUTABLE_SYSTEM_VARIABLES == {"SYS_DNS_ZONES", "SYS_SITE_LABELS"}
    assert SUBSCRIPTED_SYSTEM_VARIABLES <= SYSTEM_VARIABLES
    assert MUTABLE_SYSTEM_VARIABLES <= SYSTEM_VARIABLES
    assert sorted(FILTERS) == ["dquote", "indent", "quote", "replace", "squote"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("SYS_SITE", True, id="site"),
        pytest.param("SYS_APPROLE_SECRET_ID", True, id="approle"),
        pytest.param("SYS_CONTAINER_MEMORY", True, id="memory"),
        pytest.param("SYS_SERVICE", False, id="third-party-how-to-only"),
        pytest.param("SYS_APP", False, id="not-a-system-variable"),
        pytest.param("sys_site", False, id="case-sensitive"),
        pytest.param("FOO", False, id="user-variable"),
    ],
)
def test_is_system_variable(name: str, expected: bool) -> None:
    assert is_system_variable(name) is expected


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    check_results(text)


SOUP = [*"${}[]| \"'\\-:", "${", "$${", "A", "indent", " 2", "replace", "squote", "x"]


@given(st.lists(st.sampled_from(SOUP)).map("".join))
def test_never_raises_on_reference_soup(text: str) -> None:
    check_results(text)


def check_results(text: str) -> None:
    previous_offset = -1
    for item in find_references(text):
        assert 0 <= item.offset < len(text)
        assert 1 <= item.length and item.offset + item.length <= len(text)
        assert item.offset > previous_offset
        previous_offset = item.offset
        if isinstance(item, VarRef):
            assert text.startswith("${", item.offset)
            assert text[item.offset + item.length - 1] == "}"
        else:
            assert "\n" not in item.message
