"""Golden cases: each folder under cases/<rule_name>/<situation>/ is a small project whose exact
concise output is in expected.out (an empty file: the project must be clean). A folder with a
.avassa-lint.yaml (lowered limits, include-scripts, a configuration mistake) is linted through the
command line, which reads that file."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CASES, case_folders, case_select, lint_case


@pytest.mark.parametrize("folder", case_folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case(folder: Path, update_golden: bool) -> None:
    expected_file = folder / "expected.out"
    actual = lint_case(folder, case_select(folder.parent.name))
    if update_golden:
        expected_file.write_text("".join(line + "\n" for line in actual), encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert actual == expected
    # expected.text (optional): the full text report, with hints and related locations
    text_file = folder / "expected.text"
    if text_file.exists() or (update_golden and (folder / ".text").exists()):
        text = lint_case(folder, case_select(folder.parent.name), fmt="text")
        if update_golden:
            text_file.write_text("".join(line + "\n" for line in text), encoding="utf-8")
        assert text == text_file.read_text(encoding="utf-8").splitlines()


def test_every_rule_with_a_check_has_cases() -> None:
    from avassa_lint.registry import load_rules

    missing = []
    for rule in load_rules().all():
        if rule.check is None or rule.module.startswith("tests"):
            continue
        folder = CASES / rule.name.replace("-", "_")
        fires = [c for c in folder.glob("*/expected.out") if c.read_text().strip()]
        clean = [c for c in folder.glob("*/expected.out") if not c.read_text().strip()]
        if not fires or not clean:
            missing.append(rule.name)
    assert not missing, f"rules without a firing and a clean case: {missing}"


# Codes that cannot have a golden case folder; each is asserted, code, line, column and message,
# by the test named here instead.
ENGINE_CODES_WITHOUT_A_CASE = {
    # only a rule that crashes emits it, and no project of files makes a built-in rule crash (that
    # would be the bug being reported): test_cli.py::test_injected_rule_crash_exits_3_and_other_rules_run
    "LNT002": "internal-error",
    # the parser failing unexpectedly (RecursionError, an internal assertion) or warning: no input is
    # known to do that, the limits stop the known ones first (test_properties.py asserts YML108 never
    # shows up); test_source.py::test_a_parser_failure_is_* make the parser fail
    "YML108": "parser-limitation",
}


def test_every_code_has_a_firing_golden_case() -> None:
    """Each registered code, the engine's own (YML, SCH, LNT, the limits) included, fires in at least
    one expected.out under cases/<rule_name>/."""
    from avassa_lint.registry import load_rules

    registry = load_rules(plugins=False)
    missing = []
    for rule in registry.all():
        if rule.code in ENGINE_CODES_WITHOUT_A_CASE:
            continue
        folder = CASES / rule.name.replace("-", "_")
        if not any(f" {rule.code} " in c.read_text(encoding="utf-8") for c in folder.glob("*/expected.out")):
            missing.append(f"{rule.code} {rule.name}")
    assert not missing, f"codes without a golden case that fires them (add cases/<rule_name>/<situation>/): {missing}"
    # the allow-list names real codes by their names, and none of them has gained a case since
    for code, name in ENGINE_CODES_WITHOUT_A_CASE.items():
        assert registry.find(code) is registry.find(name) is not None, code
        assert not (CASES / name.replace("-", "_")).exists(), f"{code} has a case folder now: drop it from the allow-list"
