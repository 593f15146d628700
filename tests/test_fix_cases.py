"""Golden fix cases: tests/fixes/<rule_name>/<case>/ holds before/ (a project), after/ (every file a
fix changes, byte for byte: files not in after/ must stay as they were) and expected.out (the
concise findings after ``check --fix``). A case with a file named ``unsafe`` runs with
--unsafe-fixes. ``--update-golden`` rewrites after/ and expected.out from the current output.

Every case also proves: a second --fix changes nothing (fixes are idempotent), and --diff on the
original project exits 1 and names every file --fix changed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import Project

FIXES = Path(__file__).parent / "fixes"


def fix_cases() -> list[Path]:
    return sorted(p.parent for p in FIXES.glob("*/*/before"))


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(project: Path, case: Path, *extra: str):
    args = ["check", "--fix", "--isolated", "--no-cache", "--include-scripts", "-f", "concise", *extra]
    if (case / "unsafe").exists():
        args.append("--unsafe-fixes")
    result = Project(project).check(*args, ".", inside=True)
    assert result.exit_code in (0, 1), result.output
    return result


def findings(output: str) -> list[str]:
    return [line for line in output.splitlines() if not line.startswith("avassa-lint:")]


@pytest.mark.parametrize("case", fix_cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fix_case(case: Path, tmp_path: Path, update_golden: bool) -> None:
    before = case / "before"
    project = tmp_path / "project"
    shutil.copytree(before, project)
    result = run(project, case)
    fixed = files_of(project)
    original = files_of(before)
    changed = {path: data for path, data in fixed.items() if original.get(path) != data}
    assert set(fixed) == set(original)  # a fix never creates or removes a file
    if update_golden:
        shutil.rmtree(case / "after", ignore_errors=True)
        for path, data in changed.items():
            (case / "after" / path).parent.mkdir(parents=True, exist_ok=True)
            (case / "after" / path).write_bytes(data)
        (case / "expected.out").write_text("".join(line + "\n" for line in findings(result.output)), encoding="utf-8")
    assert changed, "the case fixes nothing"
    assert changed == files_of(case / "after")
    assert findings(result.output) == (case / "expected.out").read_text(encoding="utf-8").splitlines()
    again = run(project, case)
    assert files_of(project) == fixed, "a second --fix changed the files again"
    assert "fixed 0 findings in 0 files" in again.output
    # --diff on the original says the same and writes nothing
    fresh = tmp_path / "fresh"
    shutil.copytree(before, fresh)
    args = ["check", "--diff", "--isolated", "--no-cache", "--include-scripts"]
    if (case / "unsafe").exists():
        args.append("--unsafe-fixes")
    shown = Project(fresh).check(*args, ".", inside=True)
    assert shown.exit_code == 1, shown.output
    assert files_of(fresh) == original
    for path in changed:
        assert f"+++ b/{path}" in shown.output or f"+++ b/./{path}" in shown.output, shown.output


def test_every_fixable_rule_has_a_fix_case() -> None:
    from avassa_lint.registry import load_rules

    cased = {p.parent.name.replace("_", "-") for p in fix_cases()}
    fixable = {r.name for r in load_rules().all() if r.fixable}
    assert fixable - cased == set()


def test_the_readme_shows_the_fix_run_on_examples_broken(tmp_path: Path) -> None:
    """README, Fixes: the output of --fix --unsafe-fixes on a copy of examples/broken/, as shown."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    command = "$ avassa-lint check --fix --unsafe-fixes -f concise .\n"
    start = readme.index(command) + len(command)
    shown = readme[start: readme.index("```", start)].splitlines()
    project = tmp_path / "broken"
    shutil.copytree(Path(__file__).parent.parent / "examples" / "broken", project)
    result = Project(project).check("check", "--fix", "--unsafe-fixes", "--no-cache", "-f", "concise", ".", inside=True)
    assert result.output.splitlines() == shown
