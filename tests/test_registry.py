"""The rule registry: `RuleRegistry.add` refuses a malformed or clashing rule (so nothing here
re-checks every registered rule for what `add` already enforces), and the built-in rules load."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from avassa_lint.core.diagnostic import Severity
from avassa_lint.core.rule import Rule, RegistryError, RuleRegistry
from avassa_lint.registry import load_rules

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

DOC = """A sample rule for the registry's tests.

## What it does
Reports nothing.

## Why is this bad?
It is not.

## Example
```yaml
a: 1
```

## Use instead
```yaml
a: 2
```
"""


def sample(code: str = "TST001", name: str = "sample-rule", doc: str = DOC, module: str = "tests.sample") -> Rule:
    summary = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    return Rule(code, name, Severity.parse("warning"), summary, doc.strip(), None, None, module)


def test_a_well_formed_rule_is_added_and_found() -> None:
    registry = RuleRegistry()
    registry.add(sample())
    registry.add(sample("TST002", "other-rule-2"))
    assert registry.find("TST001") is registry.find("sample-rule") is registry.rules["TST001"]
    assert [r.code for r in registry.all()] == ["TST001", "TST002"]


@pytest.mark.parametrize("code", ["TS001", "TSTX01", "tst001", "TST01", "TST0001", " TST001", "TST-01", ""])
def test_add_refuses_a_code_that_is_not_three_capitals_and_three_digits(code: str) -> None:
    with pytest.raises(RegistryError) as caught:
        RuleRegistry().add(sample(code=code))
    assert str(caught.value) == f'rule code "{code}" is not three capital letters and three digits'


@pytest.mark.parametrize("name", ["Sample-rule", "sample_rule", "sample rule", "-sample", "sample-", "sample--rule",
                                  "1sample", "sample.rule", ""])
def test_add_refuses_a_name_that_is_not_kebab_case(name: str) -> None:
    with pytest.raises(RegistryError) as caught:
        RuleRegistry().add(sample(name=name))
    assert str(caught.value) == f'rule name "{name}" is not kebab-case'


def test_add_refuses_a_code_declared_twice_and_names_both_modules() -> None:
    registry = RuleRegistry()
    registry.add(sample(module="pack.first"))
    with pytest.raises(RegistryError) as caught:
        registry.add(sample(name="another-rule", module="pack.second"))
    assert str(caught.value) == 'rule code "TST001" is declared twice (pack.first, pack.second)'
    assert registry.find("another-rule") is None  # the refused rule is not half-added


def test_add_refuses_a_name_declared_twice() -> None:
    registry = RuleRegistry()
    registry.add(sample())
    with pytest.raises(RegistryError) as caught:
        registry.add(sample(code="TST002"))
    assert str(caught.value) == 'rule name "sample-rule" is declared twice'
    assert registry.find("TST002") is None


@pytest.mark.parametrize("heading", ["## What it does", "## Why is this bad?", "## Example", "## Use instead"])
def test_add_refuses_docs_without_a_heading(heading: str) -> None:
    rule = sample(doc=DOC.replace(heading, "## Something else"))
    with pytest.raises(RegistryError) as caught:
        RuleRegistry().add(rule)
    assert str(caught.value) == f"rule TST001 has incomplete docs (missing: {heading})"


def test_add_names_every_missing_heading() -> None:
    with pytest.raises(RegistryError) as caught:
        RuleRegistry().add(sample(doc="Only a summary."))
    assert str(caught.value) == ("rule TST001 has incomplete docs (missing: ## What it does, ## Why is this bad?, "
                                 "## Example, ## Use instead)")


def test_add_refuses_docs_without_a_summary() -> None:
    with pytest.raises(RegistryError) as caught:
        RuleRegistry().add(replace(sample(), summary=""))
    assert str(caught.value) == "rule TST001 has incomplete docs (missing: summary)"


def test_the_built_in_rules_load() -> None:
    """Every module listed in BUILTIN_RULES goes through `add` without an error, and each rule is
    in the module named after it."""
    from avassa_lint.rules import BUILTIN_RULES

    modules = sorted(p.stem for p in RULES_DIR.glob("*.py") if p.stem != "__init__")
    assert sorted(BUILTIN_RULES) == modules
    registry = load_rules(plugins=False)
    assert registry.problems == []
    assert sorted(r.module.rsplit(".", 1)[-1] for r in registry.all()) == modules
    for rule in registry.all():
        assert rule.module.rsplit(".", 1)[-1] == rule.name.replace("-", "_")
    assert registry.find("SCH002") is registry.find("unknown-key") is not None


def test_built_in_codes_use_the_known_areas() -> None:
    # not something `add` enforces (a rule pack may bring its own area): the built-in rules keep to these
    assert {r.area for r in load_rules(plugins=False).all()} == {"YML", "SCH", "IMG", "SEC", "NET", "APP", "LNT"}
