"""Edits at loader positions: CRLF is one line break, fixes never overlap, bytes outside stay."""
from __future__ import annotations

from avassa_lint.core.diagnostic import Edit, Fix, Span
from avassa_lint.core.edits import apply_fixes, line_starts


def fix(*edits: tuple[int, int, int, int, str], safe: bool = True) -> Fix:
    return Fix("t", tuple(Edit(Span("f.yaml", a, b, c, d), t) for a, b, c, d, t in edits), safe)


def test_line_starts_follow_yaml_line_breaks() -> None:
    assert line_starts("a\r\nb\rc\nd\u2028e") == [0, 3, 5, 7, 9]


def test_an_edit_keeps_crlf_and_everything_else() -> None:
    text = "name: web\r\nversion: 1.10 # keep\r\n"
    out, applied = apply_fixes(text, [fix((2, 10, 2, 14, '"1.10"'))])
    assert out == 'name: web\r\nversion: "1.10" # keep\r\n' and len(applied) == 1


def test_overlapping_fixes_apply_the_first_only() -> None:
    text = "port-ranges: 8080-80\n"
    first, second = fix((1, 14, 1, 21, "80-8080")), fix((1, 14, 1, 18, "9090"))
    out, applied = apply_fixes(text, [first, second])
    assert out == "port-ranges: 80-8080\n" and applied == [first]


def test_a_fix_with_an_edit_outside_the_text_is_not_applied() -> None:
    out, applied = apply_fixes("a: 1\n", [fix((1, 4, 1, 5, "2"), (9, 1, 9, 2, "x"))])
    assert out == "a: 1\n" and applied == []


def test_several_edits_of_one_fix_and_an_insertion() -> None:
    text = "a: x\nb: y\n"
    out, applied = apply_fixes(text, [fix((1, 4, 1, 5, '"x"'), (2, 4, 2, 5, '"y"')), fix((2, 5, 2, 5, " # z"))])
    assert out == 'a: "x"\nb: "y" # z\n' and len(applied) == 2
