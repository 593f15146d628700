"""Configuration files, inline suppressions and baselines, through the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint.cli import app
from test_cli import BAD_APP, GOOD_APP, write


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["check", "-f", "concise", "--ignore", "LNT005", *args], catch_exceptions=False)
    return result.exit_code, result.output.splitlines()


def test_config_file_in_a_parent_folder_is_found(project: Path) -> None:
    write(project, "cfg/apps/applications/web.yaml", BAD_APP)
    write(project, "cfg/.avassa-lint.yaml", "ignore: [unknown-key]\n")
    assert lint("cfg/apps") == (0, [])


def test_pyproject_table(project: Path) -> None:
    write(project, "applications/web.yaml", BAD_APP)
    write(project, "pyproject.toml", '[tool.avassa-lint]\nseverity = {SCH002 = "warning"}\n')
    code, lines = lint(".")
    assert code == 0 and lines == ['applications/web.yaml:6:5: warning SCH002 unknown key "replica" in service "web" [unknown-key]']


def test_invalid_config_is_a_positioned_finding_and_exit_2(project: Path) -> None:
    write(project, "applications/web.yaml", GOOD_APP)
    write(project, ".avassa-lint.yaml", "ignore: [unknown-key]\nfail_on: warning\n")
    code, lines = lint(".")
    assert code == 2
    assert lines == ['.avassa-lint.yaml:2:1: error LNT001 unknown key "fail_on" in configuration [invalid-config]']


def test_config_syntax_error_exit_2(project: Path) -> None:
    write(project, ".avassa-lint.yaml", "ignore: [unknown-key\n")
    code, lines = lint(".")
    assert code == 2 and "LNT001" in lines[0] and lines[0].startswith(".avassa-lint.yaml:2:1:")


def test_missing_explicit_config_is_exit_2(project: Path) -> None:
    code, lines = lint("--config", "nope.yaml", ".")
    assert code == 2 and "does not exist" in lines[0]


def test_isolated_ignores_configuration(project: Path) -> None:
    write(project, "applications/web.yaml", BAD_APP)
    write(project, ".avassa-lint.yaml", "ignore: [SCH]\n")
    assert lint(".")[0] == 0
    assert lint("--isolated", ".")[0] == 1


def test_show_config(project: Path) -> None:
    write(project, ".avassa-lint.yaml", "fail-on: warning\nexternal: {vaults: [shared]}\n")
    result = CliRunner().invoke(app, ["check", "--show-config", "."])
    shown = json.loads(result.output)
    assert shown["fail-on"] == "warning" and shown["external"]["vaults"] == ["shared"]


def test_command_line_overrides_the_file(project: Path) -> None:
    write(project, "applications/web.yaml", BAD_APP)
    write(project, ".avassa-lint.yaml", "fail-on: info\nseverity: {unknown-key: info}\n")
    assert lint(".")[0] == 1
    assert lint("--fail-on", "error", ".")[0] == 0


def test_exclude_and_per_file_ignores(project: Path) -> None:
    write(project, "drafts/applications/web.yaml", BAD_APP)
    write(project, "legacy/applications/web.yaml", BAD_APP)
    write(project, ".avassa-lint.yaml", 'exclude: ["drafts/**"]\nper-file-ignores: {"legacy/*": [SCH002]}\n')
    assert lint(".") == (0, [])


def test_kind_mapping_by_glob(project: Path) -> None:
    write(project, "creds/app-db.yaml", "name: db\nallow-image-access: ['*']\nfoo: 1\n")
    write(project, ".avassa-lint.yaml", 'kinds: {"creds/*.yaml": {kind: secret, vault: apps}}\n')
    code, lines = lint(".")
    assert lines == ['creds/app-db.yaml:3:1: error SCH002 unknown key "foo" in secret "db" [unknown-key]']


SUPPRESSED = GOOD_APP.replace("    replicas: 1\n", "    replica: 1  # avassa-lint: disable=SCH002 -- migrating\n")


def test_trailing_suppression(project: Path) -> None:
    write(project, "applications/web.yaml", SUPPRESSED)
    assert lint(".") == (0, [])


def test_suppression_by_name_next_line_and_file(project: Path) -> None:
    write(project, "applications/a.yaml", GOOD_APP.replace("    replicas: 1\n",
          "    # avassa-lint: disable-next-line=unknown-key\n    replica: 1\n"))
    write(project, "applications/b.yaml", "# avassa-lint: disable-file=SCH002\n" + BAD_APP)
    assert lint(".") == (0, [])


def test_unused_and_blanket_suppressions_are_reported(project: Path) -> None:
    write(project, "applications/web.yaml", GOOD_APP.replace("    replicas: 1\n",
          "    replicas: 1  # avassa-lint: disable=SCH002\n").replace("  - name: web\n", "  - name: web  # avassa-lint: disable\n"))
    code, lines = lint(".")
    assert code == 0
    assert lines == [
        'applications/web.yaml:4:16: warning LNT004 "disable" names no rule; a suppression must name the rules it silences [unused-suppression]',
        'applications/web.yaml:6:18: warning LNT004 suppression of "SCH002" silences nothing here [unused-suppression]',
    ]


def test_no_inline_suppressions(project: Path) -> None:
    write(project, "applications/web.yaml", SUPPRESSED)
    assert lint("--no-inline-suppressions", ".")[0] == 1


def test_baseline_survives_edits_above_and_reports_stale_entries(project: Path) -> None:
    write(project, "applications/web.yaml", BAD_APP)
    result = CliRunner().invoke(app, ["check", "--ignore", "LNT005", "--write-baseline", "baseline.json", "."])
    assert result.exit_code == 0
    assert json.loads(Path("baseline.json").read_text())["findings"][0]["code"] == "SCH002"
    write(project, "applications/web.yaml", "# a comment moves every line down\n\n" + BAD_APP)
    assert lint("--baseline", "baseline.json", ".") == (0, [])
    write(project, "applications/web.yaml", GOOD_APP.replace("name: nginx", "name: nginx\n        foo: 1"))
    result = CliRunner().invoke(app, ["check", "-f", "concise", "--ignore", "LNT005", "--baseline", "baseline.json", "."])
    assert result.exit_code == 1
    assert "foo" in result.stdout
    assert "1 baseline entries no longer match" in result.stderr


def test_bad_baseline_is_exit_2(project: Path) -> None:
    write(project, "baseline.json", "{not json")
    assert lint("--baseline", "baseline.json", ".")[0] == 2


def test_unknown_rules_selectors_and_options_are_positioned_findings(project: Path) -> None:
    write(project, "applications/web.yaml", GOOD_APP)
    write(project, ".avassa-lint.yaml",
          "ignore: [unreferenced-secrets]\nrules:\n  undeclared-registry:\n    alow: [docker.io]\n"
          "severity: {no-such-rule: info}\n")
    code, lines = lint(".")
    assert code == 2
    assert lines == [
        '.avassa-lint.yaml:1:10: error LNT001 "unreferenced-secrets" names no rule, code or area [invalid-config]',
        '.avassa-lint.yaml:4:5: error LNT001 rule undeclared-registry has no option "alow" (options: allow) [invalid-config]',
        '.avassa-lint.yaml:5:12: error LNT001 severity override for "no-such-rule", which is not a rule [invalid-config]',
    ]


def test_comma_separated_and_unknown_command_line_selectors(project: Path) -> None:
    write(project, "applications/web.yaml", BAD_APP)
    assert lint("--select", "NET,SCH", ".")[0] == 1
    assert lint("--ignore", "SCH002,LNT005", ".")[0] == 0
    result = CliRunner().invoke(app, ["check", "--select", "NOPE", "."])
    assert result.exit_code == 2 and "names no rule" in result.stderr
