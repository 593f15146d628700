"""The command line through typer's runner, and the installed console script in a subprocess."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint import __version__
from avassa_lint.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

GOOD_APP = """name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
"""
BAD_APP = GOOD_APP.replace("    replicas: 1\n", "    replica: 1\n")


def write(folder: Path, rel: str, text: str) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, args: list[str], **kwargs):
    # the fixtures reference a registry host without declaring registries: LNT005's one info
    # line is tested with the rules; here it would only add noise
    if args and args[0] == "check":
        args = ["check", "--ignore", "LNT005", *args[1:]]
    return runner.invoke(app, args, catch_exceptions=False, **kwargs)


def test_version(runner: CliRunner) -> None:
    result = invoke(runner, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"avassa-lint {__version__}"


def test_clean_project_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "applications/web.yaml", GOOD_APP)
    result = invoke(runner, ["check", "-f", "concise", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_findings_exit_1_with_concise_line(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "applications/web.yaml", BAD_APP)
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["check", "-f", "concise", "."])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'applications/web.yaml:6:5: error SCH002 unknown key "replica" in service "web" [unknown-key]',
    ]


def test_text_output_has_frame_hint_and_summary(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "applications/web.yaml", BAD_APP)
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["check", "."])
    lines = result.output.splitlines()
    assert lines[0].startswith("applications/web.yaml:6:5: error SCH002")
    assert lines[2] == "6 |     replica: 1"
    assert lines[3] == "  |     ^~~~~~~"
    assert lines[4] == '  = hint: did you mean "replicas"?'
    assert lines[-1] == "1 error, 0 warnings in 1 file"
    assert "\x1b[" not in result.output  # not a terminal: no colour


def test_fail_on_warning(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "notes.yaml", "a: 1\n---\n")
    write(tmp_path, "applications/web.yaml", GOOD_APP)
    # SCH001 (info) only: exit 0 by default, 1 with --fail-on info
    assert invoke(runner, ["check", "-q", str(tmp_path)]).exit_code == 0
    assert invoke(runner, ["check", "-q", "--fail-on", "info", str(tmp_path)]).exit_code == 1


def test_missing_path_exits_2_after_linting_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "applications/web.yaml", BAD_APP)
    result = invoke(runner, ["check", "-f", "concise", str(tmp_path / "nope.yaml"), str(tmp_path)])
    assert result.exit_code == 2
    assert "LNT003" in result.output and "cannot be linted: no such file or folder" in result.output
    assert "SCH002" in result.output


def test_option_like_file_name_is_refused(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "--strict", GOOD_APP)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", ".", "--strict"])
    assert result.exit_code == 2

    from avassa_lint.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["check", "-q", "--", "--strict"])
    assert exited.value.code == 0  # after "--" it is a file name, and a clean one


def test_bad_option_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(app, ["check", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["check", "-f", "yaml"]).exit_code == 2


def test_stdin_with_stdin_filename(runner: CliRunner) -> None:
    result = invoke(runner, ["check", "-f", "concise", "--stdin-filename", "applications/web.yaml", "-"],
                    input=BAD_APP)
    assert result.exit_code == 1
    assert result.output.startswith('applications/web.yaml:6:5: error SCH002 unknown key "replica"')


def test_select_and_ignore(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "applications/web.yaml", BAD_APP)
    assert invoke(runner, ["check", "-q", "--ignore", "SCH002", str(tmp_path)]).exit_code == 0
    assert invoke(runner, ["check", "-q", "--ignore", "unknown-key", str(tmp_path)]).exit_code == 0
    assert invoke(runner, ["check", "-q", "--select", "SCH", str(tmp_path)]).exit_code == 1


def test_rules_table_and_rule_docs(runner: CliRunner) -> None:
    table = invoke(runner, ["rules"]).output
    assert "SCH002  unknown-key" in table
    docs = invoke(runner, ["rule", "unknown-key"])
    assert docs.exit_code == 0 and "## What it does" in docs.output
    assert runner.invoke(app, ["rule", "NOPE999"]).exit_code == 2


def test_injected_rule_crash_exits_3_and_other_rules_run(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    from avassa_lint import rule as rule_module
    from avassa_lint.rule import engine_rule, load_rules

    registry = load_rules()

    def boom(project):
        raise RuntimeError("injected")
        yield  # pragma: no cover

    broken = engine_rule(registry.rules["SCH002"].doc, code="APP999", name="broken-rule", severity="error")
    broken = type(broken)(**{**broken.__dict__, "check": boom})
    patched = rule_module.RuleRegistry(dict(registry.rules), dict(registry.by_name))
    patched.rules["APP999"] = broken
    patched.by_name["broken-rule"] = broken
    monkeypatch.setattr(rule_module, "_REGISTRY", patched)
    write(tmp_path, "applications/web.yaml", BAD_APP)
    result = invoke(runner, ["check", "-f", "concise", str(tmp_path)])
    assert result.exit_code == 3
    assert "LNT002" in result.output and "APP999" in result.output and "Traceback" not in result.output
    assert "SCH002" in result.output


def test_examples_are_clean(runner: CliRunner) -> None:
    result = invoke(runner, ["check", "-f", "concise", str(EXAMPLES)])
    assert result.output == "" and result.exit_code == 0


def _script() -> str:
    found = shutil.which("avassa-lint", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    assert found, "the console script is not installed"
    return found


def test_installed_console_script(tmp_path: Path) -> None:
    write(tmp_path, "applications/web.yaml", BAD_APP)
    proc = subprocess.run([_script(), "check", "-f", "concise", "--ignore", "LNT005", str(tmp_path)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert "SCH002" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "avassa_lint", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == f"avassa-lint {__version__}"


def test_schema_command_lists_prints_and_writes(runner: CliRunner, tmp_path: Path) -> None:
    import json

    listing = invoke(runner, ["schema"]).output.split()
    assert "application" in listing and "secret" in listing and "config" in listing
    printed = json.loads(invoke(runner, ["schema", "applications"]).output)
    assert printed["$id"].endswith("/application.schema.json")
    assert invoke(runner, ["schema", "--output-dir", str(tmp_path)]).exit_code == 0
    assert (tmp_path / "common.schema.json").exists() and (tmp_path / "secret.schema.json").exists()
    assert runner.invoke(app, ["schema", "nope"]).exit_code == 2


def test_modeline_names_the_kind(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "misc/web.yaml", "# yaml-language-server: $schema=./schemas/application.schema.json\n"
          + BAD_APP)
    result = invoke(runner, ["check", "-f", "concise", str(tmp_path)])
    assert "SCH002" in result.output and 'unknown key "replica"' in result.output
