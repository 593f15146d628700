"""Configuration files, inline suppressions and baselines, through the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint.cli.app import app
from conftest import Project
from test_cli import BAD_APP, GOOD_APP


@pytest.fixture
def project(project: Project, monkeypatch) -> Project:
    """The shared project, as the current folder: these tests lint relative paths."""
    monkeypatch.chdir(project.root)
    return project


def lint(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["check", "-f", "concise", "--ignore", "LNT005", *args], catch_exceptions=False)
    return result.exit_code, result.stdout.splitlines()


def test_config_file_in_a_parent_folder_is_found(project: Project) -> None:
    project.write({"cfg/apps/applications/web.yaml": BAD_APP, "cfg/.avassa-lint.yaml": "ignore: [unknown-key]\n"})
    assert lint("cfg/apps") == (0, [])


def test_pyproject_table(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP,
                   "pyproject.toml": '[tool.avassa-lint]\nseverity = {SCH002 = "warning"}\n'})
    code, lines = lint(".")
    assert code == 0 and lines == ['applications/web.yaml:6:5: warning SCH002 unknown key "replica" in service "web" [unknown-key]']


def test_invalid_config_is_a_positioned_finding_and_exit_2(project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP, ".avassa-lint.yaml": "ignore: [unknown-key]\nfail_on: warning\n"})
    code, lines = lint(".")
    assert code == 2
    assert lines == ['.avassa-lint.yaml:2:1: error LNT001 unknown key "fail_on" in configuration [invalid-config]']


def test_config_syntax_error_exit_2(project: Project) -> None:
    project.write({".avassa-lint.yaml": "ignore: [unknown-key\n"})
    code, lines = lint(".")
    assert code == 2 and "LNT001" in lines[0] and lines[0].startswith(".avassa-lint.yaml:2:1:")


def test_missing_explicit_config_is_exit_2(project: Project) -> None:
    code, lines = lint("--config", "nope.yaml", ".")
    assert code == 2 and "does not exist" in lines[0]


def test_isolated_ignores_configuration(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP, ".avassa-lint.yaml": "ignore: [SCH]\n"})
    assert lint(".")[0] == 0
    assert lint("--isolated", ".")[0] == 1


def test_show_config(project: Project) -> None:
    project.write({".avassa-lint.yaml": "fail-on: warning\nexternal: {vaults: [shared]}\n"})
    result = CliRunner().invoke(app, ["check", "--show-config", "."])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "fail-on: warning" in lines and "  vaults: [shared]" in lines
    assert "settings from .avassa-lint.yaml" in result.stderr


def test_show_config_prints_the_configuration_file_form(project: Project) -> None:
    """Kebab-case keys the file accepts, and nothing it does not (no source, root or min-alias-budget)."""
    from avassa_lint.settings.config import FILE_KEYS, LIMIT_KEYS

    schema = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "config.schema.json").read_text())
    assert set(FILE_KEYS) == set(schema["properties"])
    assert set(LIMIT_KEYS) == set(schema["properties"]["limits"]["properties"])
    shown = CliRunner().invoke(app, ["check", "--isolated", "--show-config", "."]).stdout
    keys = [line.split(":")[0] for line in shown.splitlines() if not line.startswith(" ")]
    assert keys == list(FILE_KEYS)
    assert "  max-file-size: 524288" in shown.splitlines() and "_" not in shown and "source" not in shown


def test_show_config_output_pasted_back_gives_the_same_settings(project: Project) -> None:
    project.write({".avassa-lint.yaml": 'include: ["apps/**"]\nexclude: ["drafts/**"]\nselect: [IMG, SEC, NET, APP, SCH, YML]\n'
                                        "ignore: [unreferenced-vault]\nseverity: {unpinned-image: error}\nfail-on: warning\n"
                                        'per-file-ignores: {"legacy/*.yaml": [SCH002]}\n'
                                        "rules:\n  undeclared-registry: {allow: [docker.io, \"yes\", \"8080\"]}\n"
                                        'kinds:\n  "deploy/secrets/*.yaml": {kind: secret, vault: apps}\n'
                                        "external: {vaults: [shared], secrets: [shared/tls]}\n"
                                        "limits: {max-file-size: 1000, max-depth: 10}\ninline-suppressions: false\ninclude-scripts: true\n"})
    first = CliRunner().invoke(app, ["check", "--show-config", "."])
    assert first.exit_code == 0, first.output
    project.write({".avassa-lint.yaml": first.stdout})
    second = CliRunner().invoke(app, ["check", "--show-config", "."])
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    assert '    allow: [docker.io, "yes", "8080"]' in first.stdout.splitlines()


def test_every_configuration_mistake_in_one_run_with_hints_and_frames(project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP})
    project.write({".avassa-lint.yaml": "selct: [IMG]\nignore: [unreferenced-secrt]\nfail-on: warnin\n"
                                        "rules: {undeclared-registri: {}}\nseverity: {unpinned-imag: info}\n"})
    result = CliRunner().invoke(app, ["check", "."])
    assert result.exit_code == 2
    out = result.stdout
    heads = [line for line in out.splitlines() if line.startswith(".avassa-lint.yaml:")]
    assert [h.split(" LNT001")[0] for h in heads] == [
        ".avassa-lint.yaml:1:1: error", ".avassa-lint.yaml:2:10: error", ".avassa-lint.yaml:3:10: error",
        ".avassa-lint.yaml:4:9: error", ".avassa-lint.yaml:5:12: error"]
    for near in ("select", "unreferenced-secret", "warning", "undeclared-registry", "unpinned-image"):
        assert f'= hint: did you mean "{near}"?' in out
    assert "1 | selct: [IMG]" in out and "  | ^~~~~" in out
    assert "5 mistakes in the configuration file: nothing was linted" in result.stderr


def test_a_wrong_type_in_the_configuration_is_no_crash(project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP})
    project.write({".avassa-lint.yaml": "select: 5\nignore: [5, nope]\nseverity: [x]\nrules: {unknown-key: 3}\n"
                                        "per-file-ignores: {a: b}\n"})
    code, lines = lint(".")
    assert code == 2 and len(lines) >= 5 and all("LNT001" in line for line in lines)


def test_command_line_overrides_the_file(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP,
                   ".avassa-lint.yaml": "fail-on: info\nseverity: {unknown-key: info}\n"})
    assert lint(".")[0] == 1
    assert lint("--fail-on", "error", ".")[0] == 0


def test_exclude_and_per_file_ignores(project: Project) -> None:
    project.write({"drafts/applications/web.yaml": BAD_APP, "legacy/applications/web.yaml": BAD_APP,
                   ".avassa-lint.yaml": 'exclude: ["drafts/**"]\nper-file-ignores: {"legacy/*": [SCH002]}\n'})
    assert lint(".") == (0, [])


def test_kind_mapping_by_glob(project: Project) -> None:
    project.write({"creds/app-db.yaml": "name: db\nallow-image-access: ['*']\nfoo: 1\n",
                   ".avassa-lint.yaml": 'kinds: {"creds/*.yaml": {kind: secret, vault: apps}}\n'})
    code, lines = lint(".")
    assert lines == ['creds/app-db.yaml:3:1: error SCH002 unknown key "foo" in secret "db" [unknown-key]']


SUPPRESSED = GOOD_APP.replace("    replicas: 1\n", "    replica: 1  # avassa-lint: disable=SCH002 -- migrating\n")


def test_trailing_suppression(project: Project) -> None:
    project.write({"applications/web.yaml": SUPPRESSED})
    assert lint(".") == (0, [])


def test_suppression_by_name_next_line_and_file(project: Project) -> None:
    project.write({
        "applications/a.yaml": GOOD_APP.replace("    replicas: 1\n",
                                                "    # avassa-lint: disable-next-line=unknown-key\n    replica: 1\n"),
        "applications/b.yaml": "# avassa-lint: disable-file=SCH002\n" + BAD_APP})
    assert lint(".") == (0, [])


def test_unused_and_blanket_suppressions_are_reported(project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP.replace("    replicas: 1\n",
          "    replicas: 1  # avassa-lint: disable=SCH002\n").replace("  - name: web\n", "  - name: web  # avassa-lint: disable\n")})
    code, lines = lint(".")
    assert code == 0
    assert lines == [
        'applications/web.yaml:4:16: warning LNT004 "disable" names no rule; a suppression must name the rules it silences [unused-suppression]',
        'applications/web.yaml:6:18: warning LNT004 suppression of "SCH002" silences nothing here [unused-suppression]',
    ]


def test_no_inline_suppressions(project: Project) -> None:
    project.write({"applications/web.yaml": SUPPRESSED})
    assert lint("--no-inline-suppressions", ".")[0] == 1


def test_baseline_survives_edits_above_and_reports_stale_entries(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    result = CliRunner().invoke(app, ["check", "--ignore", "LNT005", "--write-baseline", "baseline.json", "."])
    assert result.exit_code == 0
    assert json.loads(Path("baseline.json").read_text())["findings"][0]["code"] == "SCH002"
    project.write({"applications/web.yaml": "# a comment moves every line down\n\n" + BAD_APP})
    assert lint("--baseline", "baseline.json", ".") == (0, [])
    project.write({"applications/web.yaml": GOOD_APP.replace("name: nginx", "name: nginx\n        foo: 1")})
    result = CliRunner().invoke(app, ["check", "-f", "concise", "--ignore", "LNT005", "--baseline", "baseline.json", "."])
    assert result.exit_code == 1
    assert "foo" in result.stdout
    assert "1 baseline entry no longer matches a finding" in result.stderr


def test_bad_baseline_is_exit_2(project: Project) -> None:
    project.write({"baseline.json": "{not json"})
    assert lint("--baseline", "baseline.json", ".")[0] == 2


def test_unknown_rules_selectors_and_options_are_positioned_findings(project: Project) -> None:
    project.write({"applications/web.yaml": GOOD_APP})
    project.write({".avassa-lint.yaml": "ignore: [unreferenced-secrets]\nrules:\n  undeclared-registry:\n    alow: [docker.io]\n"
                                        "severity: {no-such-rule: info}\n"})
    code, lines = lint(".")
    assert code == 2
    assert lines == [
        '.avassa-lint.yaml:1:10: error LNT001 "unreferenced-secrets" names no rule, code or area [invalid-config]',
        '.avassa-lint.yaml:4:5: error LNT001 rule undeclared-registry has no option "alow" (options: allow) [invalid-config]',
        '.avassa-lint.yaml:5:12: error LNT001 severity override for "no-such-rule", which is not a rule [invalid-config]',
    ]


def test_comma_separated_and_unknown_command_line_selectors(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})
    assert lint("--select", "NET,SCH", ".")[0] == 1
    assert lint("--ignore", "SCH002,LNT005", ".")[0] == 0
    result = CliRunner().invoke(app, ["check", "--select", "NOPE", "."])
    assert result.exit_code == 2 and "names no rule" in result.stderr
