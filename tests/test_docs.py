"""docs/rules.md is generated from the rule modules and must be current."""
from __future__ import annotations

from pathlib import Path

from avassa_lint.docs import render_rule, rules_markdown
from avassa_lint.rule import load_rules

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rules_md_is_current(update_golden: bool) -> None:
    expected = rules_markdown(load_rules(plugins=False).all())
    if update_golden:
        DOCS.write_text(expected, encoding="utf-8")
    assert DOCS.read_text(encoding="utf-8") == expected, "regenerate: avassa-lint rules --format markdown > docs/rules.md"


def test_rule_renders_plain_and_coloured() -> None:
    rule = load_rules(plugins=False).find("unknown-key")
    plain = render_rule(rule)
    assert plain.startswith("SCH002 unknown-key (default severity: error)") and "\x1b[" not in plain
    assert "\x1b[" in render_rule(rule, color=True)
