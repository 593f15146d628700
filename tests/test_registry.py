"""The rule registry: unique codes and names, complete docs, every module listed."""
from __future__ import annotations

from pathlib import Path

from avassa_lint.rule import CODE_RE, NAME_RE, load_rules

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def test_every_module_is_listed_and_named_after_its_rule() -> None:
    from avassa_lint.rules import BUILTIN_RULES

    modules = sorted(p.stem for p in RULES_DIR.glob("*.py") if p.stem != "__init__")
    assert sorted(BUILTIN_RULES) == modules
    registry = load_rules(plugins=False)
    for rule in registry.all():
        assert rule.module.rsplit(".", 1)[-1] == rule.name.replace("-", "_")


def test_codes_and_names_are_well_formed_and_unique() -> None:
    registry = load_rules(plugins=False)
    codes = [r.code for r in registry.all()]
    names = [r.name for r in registry.all()]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in registry.all():
        assert CODE_RE.match(rule.code) and NAME_RE.match(rule.name)
        assert rule.area in {"YML", "SCH", "IMG", "SEC", "NET", "APP", "LNT"}
