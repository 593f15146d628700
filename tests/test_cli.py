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
from avassa_lint.cli.app import app
from conftest import Project

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


def test_clean_project_exits_0(runner: CliRunner, project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP})
    result = invoke(runner, ["check", "-f", "concise", str(project.root)])
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_findings_exit_1_with_concise_line(runner: CliRunner, project: Project, monkeypatch) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    monkeypatch.chdir(project.root)
    result = invoke(runner, ["check", "-f", "concise", "."])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'applications/web.yaml:6:5: error SCH002 unknown key "replica" in service "web" [unknown-key]',
    ]


def test_text_output_has_frame_hint_and_summary(runner: CliRunner, project: Project, monkeypatch) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    monkeypatch.chdir(project.root)
    result = invoke(runner, ["check", "."])
    lines = result.output.splitlines()
    assert lines[0].startswith("applications/web.yaml:6:5: error SCH002")
    assert lines[2] == "6 |     replica: 1"
    assert lines[3] == "  |     ^~~~~~~"
    assert lines[4] == '  = hint: did you mean "replicas"?'
    assert lines[-1] == "1 error, 0 warnings in 1 file"
    assert "\x1b[" not in result.output  # not a terminal: no colour


def test_fail_on_warning(runner: CliRunner, project: Project) -> None:
    project.write({"notes.yaml": "a: 1\n---\n", "applications/web.yaml": GOOD_APP})
    # SCH001 (info) only: exit 0 by default, 1 with --fail-on info
    assert invoke(runner, ["check", "-q", str(project.root)]).exit_code == 0
    assert invoke(runner, ["check", "-q", "--fail-on", "info", str(project.root)]).exit_code == 1


def test_missing_path_exits_2_after_linting_the_rest(runner: CliRunner, project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    result = invoke(runner, ["check", "-f", "concise", str(project.root / "nope.yaml"), str(project.root)])
    assert result.exit_code == 2
    assert "LNT003" in result.output and "cannot be linted: no such file or folder" in result.output
    assert "SCH002" in result.output


def test_option_like_file_name_is_refused(runner: CliRunner, project: Project, monkeypatch) -> None:
    project.write({"--strict": GOOD_APP})
    monkeypatch.chdir(project.root)
    result = runner.invoke(app, ["check", ".", "--strict"])
    assert result.exit_code == 2

    from avassa_lint.cli.main import main

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


def test_select_and_ignore(runner: CliRunner, project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    assert invoke(runner, ["check", "-q", "--ignore", "SCH002", str(project.root)]).exit_code == 0
    assert invoke(runner, ["check", "-q", "--ignore", "unknown-key", str(project.root)]).exit_code == 0
    assert invoke(runner, ["check", "-q", "--select", "SCH", str(project.root)]).exit_code == 1


def test_rules_table_and_rule_docs(runner: CliRunner) -> None:
    table = invoke(runner, ["rules"]).output
    assert "SCH002  unknown-key" in table
    docs = invoke(runner, ["rule", "unknown-key"])
    assert docs.exit_code == 0 and "## What it does" in docs.output
    assert runner.invoke(app, ["rule", "NOPE999"]).exit_code == 2


def test_injected_rule_crash_exits_3_and_other_rules_run(runner: CliRunner, project: Project, monkeypatch) -> None:
    from avassa_lint import registry as rule_module
    from avassa_lint.core.rule import engine_rule
    from avassa_lint.registry import load_rules

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
    project.write({"applications/web.yaml": BAD_APP})
    result = invoke(runner, ["check", "-f", "concise", str(project.root)])
    assert result.exit_code == 3
    assert "LNT002" in result.output and "APP999" in result.output and "Traceback" not in result.output
    # a project-wide rule's crash is reported on the project (".") at 1:1
    assert (".:1:1: error LNT002 internal error in rule APP999 broken-rule (please report): RuntimeError "
            "[internal-error]") in result.stdout.splitlines()
    assert "SCH002" in result.output


def test_examples_are_clean(runner: CliRunner) -> None:
    result = invoke(runner, ["check", "-f", "concise", str(EXAMPLES)])
    assert result.output == "" and result.exit_code == 0


def _script() -> str:
    found = shutil.which("avassa-lint", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    assert found, "the console script is not installed"
    return found


def test_installed_console_script(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    proc = subprocess.run([_script(), "check", "-f", "concise", "--ignore", "LNT005", str(project.root)], capture_output=True, text=True,
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
    assert printed["$id"].endswith("application.schema.json")  # the $id form is the schemas' own
    assert invoke(runner, ["schema", "--output-dir", str(tmp_path)]).exit_code == 0
    assert (tmp_path / "common.schema.json").exists() and (tmp_path / "secret.schema.json").exists()
    assert runner.invoke(app, ["schema", "nope"]).exit_code == 2


def test_modeline_names_the_kind(runner: CliRunner, project: Project) -> None:
    project.write({"misc/web.yaml": "# yaml-language-server: $schema=./schemas/application.schema.json\n"
                                    + BAD_APP})
    result = invoke(runner, ["check", "-f", "concise", str(project.root)])
    assert "SCH002" in result.output and 'unknown key "replica"' in result.output


# --------------------------------------------------------------------------- options anywhere


def test_readme_stdin_line_options_after_the_dash(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    """README: avassa-lint check - --stdin-filename applications/web.yaml < web.yaml"""
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["check", "-", "--stdin-filename", "applications/web.yaml", "-f", "concise"],
                    input=BAD_APP)
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith('applications/web.yaml:6:5: error SCH002 unknown key "replica"')


def test_options_after_paths_and_double_dash_ends_them(runner: CliRunner, project: Project, monkeypatch) -> None:
    project.write({"applications/web.yaml": BAD_APP, "--x": BAD_APP.replace("replica:", "replicaz:")})
    monkeypatch.chdir(project.root)
    result = invoke(runner, ["check", "applications", "-f", "concise", "--select", "SCH"])
    assert result.exit_code == 1 and result.stdout.splitlines() == [
        'applications/web.yaml:6:5: error SCH002 unknown key "replica" in service "web" [unknown-key]']
    result = invoke(runner, ["check", "-f", "concise", "--", "--x"])
    assert result.exit_code == 1 and result.stdout.startswith('--x:6:5: error SCH002 unknown key "replicaz"')
    # before "--", a word that looks like an option and names a file is refused, not guessed
    result = invoke(runner, ["check", "--x"])
    assert result.exit_code == 2 and 'file name "--x" looks like an option; put -- before file names' in result.stderr


def test_a_mistyped_option_suggests_the_right_one(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", ".", "--stirct"])
    assert result.exit_code == 2 and "--strict" in result.output


def test_stdin_filename_without_a_dash_path_is_a_usage_error(runner: CliRunner, project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP})
    result = invoke(runner, ["check", "--stdin-filename", "applications/web.yaml", str(project.root)])
    assert result.exit_code == 2 and "no '-' path reads stdin" in result.stderr and result.stdout == ""


def test_help_names_its_placeholders(runner: CliRunner) -> None:
    shown = runner.invoke(app, ["check", "--help"]).stdout
    assert "<str>" not in shown
    for placeholder in ("--output-file FILE", "--stdin-filename PATH", "--select CODES", "--ignore CODES",
                        "--config FILE", "--baseline FILE", "[PATH]..."):
        assert placeholder in shown, placeholder


# --------------------------------------------------------------------------- the environment is exit 2


@pytest.mark.parametrize("target, reason", [
    ("missing/dir/r.json", 'the folder "{t}/missing/dir" does not exist ("{t}/missing" is missing)'),
    ("afile/r.json", '"{t}/afile" is a file, not a folder'),
    ("adir", "it is a folder"),
])
def test_output_file_that_cannot_be_written_is_exit_2(runner: CliRunner, project: Project, target: str,
                                                      reason: str) -> None:
    project.write({"applications/web.yaml": BAD_APP, "afile": ""})
    (project.root / "adir").mkdir()
    result = invoke(runner, ["check", str(project.root / "applications"), "-o", str(project.root / target)])
    assert result.exit_code == 2, result.output
    assert f'cannot write the report to "{project.root / target}": {reason.format(t=project.root)}' in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("errno_name, words", [
    ("ENOSPC", "no space left on the device"),
    ("EACCES", "no permission to write in the folder"),
    ("EROFS", "is on a read-only file system"),
])
def test_writing_failures_are_explained_for_report_baseline_and_schemas(runner: CliRunner, project: Project,
                                                                        monkeypatch, errno_name: str,
                                                                        words: str) -> None:
    import errno

    import avassa_lint.loading.files

    def fail(path: str, data: bytes) -> None:
        raise OSError(getattr(errno, errno_name), os.strerror(getattr(errno, errno_name)), path)

    project.write({"applications/web.yaml": BAD_APP})
    monkeypatch.setattr(avassa_lint.loading.files, "write_atomic", fail)
    for args, what in ((["-o", str(project.root / "r.json")], "the report"),
                       (["--write-baseline", str(project.root / "b.json")], "the baseline")):
        result = invoke(runner, ["check", "--no-cache", str(project.root / "applications"), *args])
        assert result.exit_code == 2, result.output
        assert f"cannot write {what} to " in result.stderr and words in result.stderr
    result = invoke(runner, ["schema", "--output-dir", str(project.root / "schemas")])
    assert result.exit_code == 2 and "cannot write the schema to " in result.stderr and words in result.stderr


def test_read_only_report_file_is_not_replaced(runner: CliRunner, project: Project, monkeypatch) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    report = project.write({"r.txt": "keep\n"}) / "r.txt"
    monkeypatch.setattr(os, "access", lambda path, mode: os.path.abspath(path) != str(report))
    result = invoke(runner, ["check", str(project.root / "applications"), "-o", str(report)])
    assert result.exit_code == 2 and "the file is read-only" in result.stderr
    assert report.read_text() == "keep\n"


def test_schema_output_dir_under_a_file_is_exit_2(runner: CliRunner, project: Project) -> None:
    project.write({"afile": ""})
    result = invoke(runner, ["schema", "--output-dir", str(project.root / "afile" / "schemas")])
    assert result.exit_code == 2 and f'"{project.root / "afile"}" is a file, not a folder' in result.stderr


def test_cache_that_cannot_be_written_never_fails_the_run(runner: CliRunner, project: Project, monkeypatch) -> None:
    import errno

    project.write({"applications/web.yaml": BAD_APP, ".avassa-lint-cache": "a file where the cache folder would go\n"})
    result = invoke(runner, ["check", "-f", "concise", str(project.root)])
    assert result.exit_code == 1 and result.stderr == "" and "SCH002" in result.stdout
    (project.root / ".avassa-lint-cache").unlink()
    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).endswith(".tmp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    if not os.path.exists("/proc/self/fd"):
        pytest.skip("needs /proc to tell the cache's files apart")
    monkeypatch.setattr(os, "write", full_disk)
    result = invoke(runner, ["check", "-f", "concise", str(project.root)])
    assert result.exit_code == 1 and result.stderr == "" and "SCH002" in result.stdout


def test_baseline_messages_in_words(runner: CliRunner, project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    result = invoke(runner, ["check", "--baseline", str(project.root / "nope.json"), str(project.root)])
    assert result.exit_code == 2
    assert f'baseline "{project.root / "nope.json"}" cannot be read: no such file' in result.stderr
    assert "FileNotFoundError" not in result.stderr
    result = invoke(runner, ["check", "--write-baseline", str(project.root / "b.json"), str(project.root)])
    assert result.exit_code == 0 and "wrote 1 finding to the baseline" in result.stderr


# --------------------------------------------------------------------------- nothing to lint


def test_empty_folder_is_exit_2_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke(runner, ["check", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert f'nothing to lint under "{tmp_path / "empty"}": no *.yaml or *.yml file in it' in result.stderr
    assert "no file was linted" in result.stderr and result.stdout == "no file linted\n"


def test_folder_of_scripts_names_include_scripts(runner: CliRunner, project: Project) -> None:
    project.write({"scripts/setup.sh": "supctl create applications <<'EOF'\n" + BAD_APP + "EOF\n",
                   "scripts/README.md": "# notes\n"})
    result = invoke(runner, ["check", "-f", "concise", str(project.root / "scripts")])
    assert result.exit_code == 2
    assert "2 shell or Markdown files, which --include-scripts (or include-scripts: true) would lint" in result.stderr
    result = invoke(runner, ["check", "-f", "concise", "--include-scripts", str(project.root / "scripts")])
    assert result.exit_code == 1 and "SCH002" in result.stdout and result.stderr == ""


def test_one_empty_path_among_others_is_a_warning_only(runner: CliRunner, project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP})
    (project.root / "typo").mkdir()
    result = invoke(runner, ["check", "-f", "concise", str(project.root / "applications"), str(project.root / "typo")])
    assert result.exit_code == 0 and f'nothing to lint under "{project.root / "typo"}"' in result.stderr
    assert "no file was linted" not in result.stderr


def test_everything_excluded_is_explained(runner: CliRunner, project: Project, monkeypatch) -> None:
    project.write({"drafts/web.yaml": BAD_APP})
    monkeypatch.chdir(project.root)
    result = invoke(runner, ["check", "--exclude", "drafts/*", "drafts"])
    assert result.exit_code == 2 and "the exclude patterns leave out every file in it" in result.stderr


def test_folder_of_unrelated_yaml_is_linted_quietly(runner: CliRunner, project: Project) -> None:
    project.write({"ci/build.yaml": "stages: [build, test]\nbuild:\n  script: [make]\n"})
    result = invoke(runner, ["check", "-f", "concise", str(project.root)])
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize(("args", "expected"), [
    (["rule", "undeclared-registri"], 'no rule "undeclared-registri"; did you mean "undeclared-registry"?'),
    (["schema", "applicaton"], 'no schema "applicaton"; did you mean "application"?'),
])
def test_rule_and_schema_suggest_the_close_name(args: list[str], expected: str) -> None:
    from typer.testing import CliRunner

    from avassa_lint.cli.app import app

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert expected in result.output


def test_statistics_show_the_severity_findings_were_reported_at(runner: CliRunner, project: Project) -> None:
    """A configured severity override shows in --statistics, not the rule's default."""
    project.write({"applications/web.yaml": BAD_APP,
                   ".avassa-lint.yaml": "severity:\n  unknown-key: warning\n"})
    out = invoke(runner, ["check", "--statistics", "-q", "--no-cache", str(project.root)]).output
    line = next(line for line in out.splitlines() if "SCH002" in line and "unknown-key" in line and "(" in line)
    assert line.endswith("(warning)"), out


def test_server_without_pygls_says_which_extra_to_install() -> None:
    import subprocess
    import sys

    probe = ("import sys\nsys.modules['pygls'] = None\nsys.modules['lsprotocol'] = None\n"
             "from avassa_lint.cli.main import main\nmain(['server'])\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'avassa-lint[lsp]'" in proc.stderr and "Traceback" not in proc.stderr
