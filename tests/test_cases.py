"""Golden cases: each folder under cases/<rule_name>/<situation>/ is a small project whose exact
concise output is in expected.out (an empty file: the project must be clean)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CASES, case_folders, case_select, lint_folder


@pytest.mark.parametrize("folder", case_folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case(folder: Path, update_golden: bool) -> None:
    expected_file = folder / "expected.out"
    config = _config_of(folder)
    actual = lint_folder(folder, case_select(folder.parent.name), config=config)
    if update_golden:
        expected_file.write_text("".join(line + "\n" for line in actual), encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert actual == expected
    # expected.text (optional): the full text report, with hints and related locations
    text_file = folder / "expected.text"
    if text_file.exists() or (update_golden and (folder / ".text").exists()):
        text = lint_folder(folder, case_select(folder.parent.name), config=_config_of(folder), fmt="text")
        if update_golden:
            text_file.write_text("".join(line + "\n" for line in text), encoding="utf-8")
        assert text == text_file.read_text(encoding="utf-8").splitlines()


def _config_of(folder: Path) -> object | None:
    """A case may hold a .avassa-lint.yaml with rule options (select is set by the case's rule)."""
    path = folder / ".avassa-lint.yaml"
    if not path.exists():
        return None
    from avassa_lint.config import load_config
    from avassa_lint.rule import load_rules

    config, problems = load_config(str(path), load_rules())
    assert problems == [], problems
    return config


def test_every_rule_with_a_check_has_cases() -> None:
    from avassa_lint.rule import load_rules

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
