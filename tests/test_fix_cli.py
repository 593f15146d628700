"""check --fix on the command line: stdin, a file changed during the run, a symlink out of the
project, options that go together, a file with no fix never written."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import Project

DEPLOYMENT = "name: web\napplication: web\napplication-version: 1.10\n"
FIXED = 'name: web\napplication: web\napplication-version: "1.10"\n'


def fix(project: Project, *args: str, input: str | None = None):
    return project.check("check", "--fix", "--isolated", "--no-cache", "-f", "concise", *args, input=input, inside=True)


def test_stdin_prints_the_fixed_text_and_the_report_goes_to_stderr(project: Project) -> None:
    result = fix(project, "--select", "SCH", "-", "--stdin-filename", "application-deployments/web.yaml",
                 input=DEPLOYMENT)
    assert result.stdout.startswith(FIXED)
    assert "fixed 1 finding in 1 file" in result.output


def test_a_file_changed_during_the_run_is_not_written(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    from avassa_lint import fixer

    project.write({"application-deployments/web.yaml": DEPLOYMENT})
    target = project.root / "application-deployments/web.yaml"
    original = fixer.fix_inputs

    def edited_meanwhile(*args, **kwargs):
        outcome = original(*args, **kwargs)
        target.write_text(DEPLOYMENT + "# edited in the editor meanwhile\n")
        return outcome

    monkeypatch.setattr(fixer, "fix_inputs", edited_meanwhile)
    result = fix(project, "--select", "SCH")
    assert result.exit_code == 2
    assert "changed on disk while it was being linted" in result.output
    assert target.read_text().endswith("meanwhile\n")


def test_a_symlink_out_of_the_project_is_not_written(project: Project, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "web.yaml"
    outside.write_text(DEPLOYMENT)
    (project.root / "application-deployments").mkdir()
    os.symlink(outside, project.root / "application-deployments/web.yaml")
    result = fix(project, "--select", "SCH", "application-deployments/web.yaml")
    assert "symbolic link to a file outside the project" in result.output
    assert outside.read_text() == DEPLOYMENT


def test_mode_is_kept_and_a_clean_file_is_never_written(project: Project) -> None:
    project.write({"application-deployments/web.yaml": DEPLOYMENT, "application-deployments/ok.yaml": FIXED})
    broken, clean = project.root / "application-deployments/web.yaml", project.root / "application-deployments/ok.yaml"
    os.chmod(broken, 0o640)
    before = clean.stat().st_mtime_ns, clean.stat().st_ino
    fix(project, "--select", "SCH")
    assert broken.read_text() == FIXED and broken.stat().st_mode & 0o777 == 0o640
    assert (clean.stat().st_mtime_ns, clean.stat().st_ino) == before


def test_unsafe_fixes_need_fix_or_diff(project: Project) -> None:
    project.write({"application-deployments/web.yaml": DEPLOYMENT})
    result = project.check("check", "--unsafe-fixes", "--isolated", ".", inside=True)
    assert result.exit_code == 2 and "--unsafe-fixes goes with --fix or --diff" in result.output


def test_diff_exits_0_when_there_is_nothing_to_fix(project: Project) -> None:
    project.write({"application-deployments/web.yaml": FIXED})
    result = project.check("check", "--diff", "--isolated", "--no-cache", "--select", "SCH", ".", inside=True)
    assert result.exit_code == 0 and "---" not in result.stdout
