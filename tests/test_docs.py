"""docs/rules.md is generated from the rule modules and must be current."""
from __future__ import annotations

from pathlib import Path

from avassa_lint.cli.docs import render_rule, rules_markdown
from avassa_lint.registry import load_rules

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


def test_readme_configuration_example_is_valid(tmp_path) -> None:
    from avassa_lint.settings.config import load_config

    readme = (DOCS.parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("```yaml\nexclude:") + len("```yaml\n")
    example = readme[start: readme.index("```\n", start)]
    (tmp_path / ".avassa-lint.yaml").write_text(example, encoding="utf-8")
    config, problems = load_config(str(tmp_path / ".avassa-lint.yaml"), load_rules(plugins=False))
    assert problems == []
    assert config.external.secrets == ["shared/tls"] and config.fail_on.label == "warning"
