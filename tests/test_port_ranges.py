"""Tests for linter/model/port_ranges.py."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.port_ranges import PortRange, overlaps, parse_port_ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("80", [(80, 80, 0, 2)], id="single-port"),
        pytest.param("1", [(1, 1, 0, 1)], id="lowest-port"),
        pytest.param("65535", [(65535, 65535, 0, 5)], id="highest-port"),
        pytest.param("80,443", [(80, 80, 0, 2), (443, 443, 3, 3)], id="two-ports"),
        pytest.param(
            "443,1025-1200", [(443, 443, 0, 3), (1025, 1200, 4, 9)], id="reference-example"
        ),
        pytest.param("1-65535", [(1, 65535, 0, 7)], id="every-port"),
        pytest.param("80-80", [(80, 80, 0, 5)], id="one-port-range"),
        pytest.param("80-90,91", [(80, 90, 0, 5), (91, 91, 6, 2)], id="adjacent"),
        pytest.param("080", [(80, 80, 0, 3)], id="leading-zero"),
        pytest.param(
            "22,80-90,443,8000-8999",
            [(22, 22, 0, 2), (80, 90, 3, 5), (443, 443, 9, 3), (8000, 8999, 13, 9)],
            id="mixed",
        ),
    ],
)
def test_valid(text: str, expected: list[tuple[int, int, int, int]]) -> None:
    assert parse_port_ranges(text) == [PortRange(*item) for item in expected]


@pytest.mark.parametrize(
    ("text", "message", "offset", "length"),
    [
        pytest.param("", "port ranges are empty", 0, 1, id="empty"),
        pytest.param("80, 443", 'port ranges "80, 443" contain a space', 3, 1, id="space"),
        pytest.param(" 80", 'port ranges " 80" contain a space', 0, 1, id="leading-space"),
        pytest.param("80\n", "contain a line break", 2, 1, id="trailing-newline"),
        pytest.param("80\t", "contain a tab", 2, 1, id="tab"),
        pytest.param("80:90", 'contain unexpected ":", expected digits, "-" and ","', 2, 1,
                     id="colon"),
        pytest.param("http", 'contain unexpected "h"', 0, 1, id="word"),
        pytest.param("80;443", 'unexpected ";"', 2, 1, id="semicolon"),
        pytest.param("８０", 'unexpected "８"', 0, 1, id="fullwidth-digit"),
        pytest.param(",80", 'port ranges ",80" start with a comma', 0, 1, id="leading-comma"),
        pytest.param("80,", 'port ranges "80," end with a comma', 2, 1, id="trailing-comma"),
        pytest.param("80,,443", "have an empty item between commas", 3, 1, id="double-comma"),
        pytest.param(",", "start with a comma", 0, 1, id="only-comma"),
        pytest.param("0", "port 0 is outside 1-65535", 0, 1, id="zero"),
        pytest.param("65536", "port 65536 is outside 1-65535", 0, 5, id="too-high"),
        pytest.param("80,99999", "port 99999 is outside 1-65535", 3, 5, id="too-high-later"),
        pytest.param("1000-70000", "port 70000 is outside 1-65535", 5, 5, id="range-end-too-high"),
        pytest.param("0-10", "port 0 is outside 1-65535", 0, 1, id="range-start-zero"),
        pytest.param("9" * 5000, "port 99999999999… is outside 1-65535", 0, 5000,
                     id="huge-number"),
        pytest.param("80-70", 'range "80-70" is reversed, expected "70-80"', 0, 5,
                     id="reversed"),
        pytest.param("22,90-80", 'range "90-80" is reversed', 3, 5, id="reversed-later"),
        pytest.param("-80", 'range "-80" has no start port', 0, 3, id="no-start"),
        pytest.param("80-", 'range "80-" has no end port', 0, 3, id="no-end"),
        pytest.param("1-2-3", 'range "1-2-3" has more than one "-"', 3, 1, id="two-dashes"),
        pytest.param("80--90", 'range "80--90" has more than one "-"', 3, 1, id="double-dash"),
        pytest.param(
            "443,80",
            '"80" comes before the previous item "443", expected strictly increasing ports',
            4, 2, id="decreasing",
        ),
        pytest.param("1000-2000,1500", '"1500" overlaps the previous item "1000-2000"', 10, 4,
                     id="inside-previous"),
        pytest.param("80,80", '"80" overlaps the previous item "80"', 3, 2, id="duplicate"),
        pytest.param("80-90,90-100", '"90-100" overlaps the previous item "80-90"', 6, 6,
                     id="shared-end"),
        pytest.param("100-200,50-150", '"50-150" overlaps the previous item "100-200"', 8, 6,
                     id="overlapping-range"),
        pytest.param("1025-1200,443", '"443" comes before the previous item "1025-1200"', 10, 3,
                     id="reference-counterexample"),
    ],
)
def test_invalid(text: str, message: str, offset: int, length: int) -> None:
    problem = parse_port_ranges(text)
    assert isinstance(problem, ParseProblem)
    assert message in problem.message
    assert (problem.offset, problem.length) == (offset, length)


def test_first_problem_from_the_left_wins() -> None:
    problem = parse_port_ranges("443,80,x")
    assert isinstance(problem, ParseProblem)
    assert problem.offset == 4


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param((80, 80), (80, 80), True, id="same-port"),
        pytest.param((80, 90), (90, 100), True, id="shared-end"),
        pytest.param((80, 90), (91, 100), False, id="adjacent"),
        pytest.param((100, 200), (150, 150), True, id="inside"),
        pytest.param((150, 150), (100, 200), True, id="around"),
        pytest.param((1, 10), (20, 30), False, id="apart"),
    ],
)
def test_overlaps(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    first, second = PortRange(*a, 0, 1), PortRange(*b, 0, 1)
    assert overlaps(first, second) is expected
    assert overlaps(second, first) is expected


def test_str_is_normalised() -> None:
    assert [str(item) for item in parse_port_ranges("080,100-200,300-300")] == [
        "80", "100-200", "300"
    ]


@given(st.text())
def test_never_raises_and_offsets_lie_within_the_input(text: str) -> None:
    result = parse_port_ranges(text)
    if isinstance(result, ParseProblem):
        assert 0 <= result.offset < max(len(text), 1)
        assert 1 <= result.length and result.end <= max(len(text), 1)
        assert "\n" not in result.message
    else:
        for item in result:
            written = text[item.offset : item.offset + item.length]
            assert int(written.split("-")[0]) == item.start


@given(st.lists(st.tuples(st.integers(1, 65535), st.integers(0, 50)), min_size=1, max_size=8))
def test_increasing_ranges_parse_back(spans: list[tuple[int, int]]) -> None:
    ranges: list[tuple[int, int]] = []
    floor = 0
    for start, width in sorted(spans):
        start = max(start, floor + 1)
        end = start + width
        if end > 65535:
            break
        ranges.append((start, end))
        floor = end
    if not ranges:
        return
    text = ",".join(str(s) if s == e else f"{s}-{e}" for s, e in ranges)
    result = parse_port_ranges(text)
    assert not isinstance(result, ParseProblem), result
    assert [(item.start, item.end) for item in result] == ranges
    assert [text[item.offset : item.offset + item.length] for item in result] == text.split(",")
