"""The machine formats (json, sarif, github, gitlab, junit): golden outputs over a small project,
SARIF schema validation, JSON round trip, GitHub escaping, stable GitLab fingerprints, JUnit XML,
and the CLI writing them with --output-file."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint import __version__
from avassa_lint.cli.app import app
from avassa_lint.settings.config import Config
from avassa_lint.core.diagnostic import Diagnostic, Related, Severity, Span
from avassa_lint.reporting.formats import (
    CI_FORMATTERS,
    artifact_uri,
    fingerprint,
    fingerprints_for,
    github_data,
    github_line,
    github_property,
)
from avassa_lint.reporting.output import FORMATTERS, Report
from avassa_lint.registry import load_rules
from conftest import Project, run_folder

HERE = Path(__file__).parent
GOLDEN = HERE / "golden_formats"
PROJECT = GOLDEN / "project"
# The OASIS SARIF 2.1.0 schema, vendored so a fresh clone tests itself (origin: tests/vendor/README.md).
SARIF_SCHEMA = HERE / "vendor" / "sarif-schema-2.1.0.json"
# The rules the fixture exercises, by code: rules added later must not change the golden files.
SELECT = ["YML001", "YML002", "YML005", "YML008", "SCH", "NET002"]
GOLDEN_VERSION = "0.0.0+golden"
GOLDEN_FILES = {
    "json": "expected.json",
    "sarif": "expected.sarif",
    "github": "expected.github.txt",
    "gitlab": "expected.gitlab.json",
    "junit": "expected.junit.xml",
}
CANARY = "CANARY-"


def lint(folder: Path, select: list[str] | None = None, version: str = GOLDEN_VERSION, **flags: bool) -> Report:
    """Lint ``folder`` with paths relative to it, as the CLI does when run inside it."""
    config = Config()
    config.select = list(select if select is not None else SELECT)
    result = run_folder(folder, config)
    assert result.registry is not None
    return Report(result.diagnostics, result.sources, result.files, result.registry, version, **flags)


@pytest.fixture(scope="module")
def report() -> Report:
    return lint(PROJECT)


def diag(message: str = "something is wrong", path: str = "apps/web.yaml", code: str = "SCH002",
         severity: Severity = Severity.ERROR, hint: str | None = None, related: tuple[Related, ...] = (),
         yaml_path: str = "services/0/name", span: tuple[int, int, int, int] = (3, 5, 3, 9)) -> Diagnostic:
    rule = load_rules().rules[code]
    return Diagnostic(code, Span(path, *span), message, hint, related, yaml_path, severity=severity, name=rule.name)


def synthetic_report(diagnostics: list[Diagnostic], files: int = 1) -> Report:
    return Report(sorted(diagnostics, key=Diagnostic.sort_key), {}, files, load_rules(), GOLDEN_VERSION)


# Findings whose strings carry everything the formats must neutralise.
HOSTILE = [
    diag('value "\x1b[31mred\x1b[0m" \u202eevil\u202c, 100% sure:\r\nnext line', path="a,b:c/50% \x1b.yaml",
         hint="use\x00 \ud800 this", related=(Related(Span("other\nfile.yaml", 2, 1, 2, 4), "first\x07 here"),)),
    diag("at the start", path="/abs/dir with space/ü.yaml", code="YML002", severity=Severity.WARNING,
         yaml_path="", span=(1, 1, 1, 1)),
    diag("backwards span", path="<stdin>", code="YML001", severity=Severity.INFO, yaml_path="",
         span=(4, 7, 4, 2)),
    diag("undecodable name", path="bad-\udcff-name.yaml", code="LNT003", yaml_path=""),
]


# --- golden files --------------------------------------------------------------------------------


def golden_view(fmt: str, produced: str) -> str:
    """What a golden file holds: the output, with SARIF's rule docs (copied from the rule modules,
    which change on their own; test_sarif_structure checks them) replaced by a marker."""
    if fmt != "sarif":
        return produced
    document = json.loads(produced)
    for rule in document["runs"][0]["tool"]["driver"]["rules"]:
        for key in ("shortDescription", "fullDescription"):
            rule[key]["text"] = f"<{key} of {rule['id']}>"
        rule["help"] = {"text": f"<docs of {rule['id']}>", "markdown": f"<docs of {rule['id']}>"}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_golden(fmt: str, report: Report, update_golden: bool) -> None:
    produced = golden_view(fmt, FORMATTERS[fmt](report))
    expected_file = GOLDEN / GOLDEN_FILES[fmt]
    if update_golden:
        expected_file.write_text(produced, encoding="utf-8")
    assert produced == expected_file.read_text(encoding="utf-8")


def test_fixture_covers_what_the_formats_must_show(report: Report) -> None:
    severities = {d.severity for d in report.diagnostics}
    assert severities == {Severity.ERROR, Severity.WARNING, Severity.INFO}
    assert any(d.related for d in report.diagnostics)
    assert any(d.hint for d in report.diagnostics)
    assert any(" " in d.span.path for d in report.diagnostics)
    assert any(d.secret for d in report.diagnostics)
    assert any(d.yaml_path for d in report.diagnostics) and any(not d.yaml_path for d in report.diagnostics)
    assert set(report.sources) - {d.span.path for d in report.diagnostics}, "a clean file too"


def test_every_machine_format_is_registered() -> None:
    for name, formatter in CI_FORMATTERS.items():
        assert FORMATTERS[name] is formatter


@pytest.mark.parametrize("fmt", sorted(CI_FORMATTERS))
def test_no_secret_and_no_raw_control_characters(fmt: str, report: Report) -> None:
    for produced in (FORMATTERS[fmt](report), FORMATTERS[fmt](synthetic_report(HOSTILE))):
        assert CANARY not in produced
        for ch in ("\x1b", "\x00", "\x07", "\r", "\u202e", "\u202c", "\ud800", "\udcff"):
            assert ch not in produced, (fmt, repr(ch))
        produced.encode("utf-8")  # nothing unencodable survives


@pytest.mark.parametrize("fmt", sorted(CI_FORMATTERS))
def test_no_findings(fmt: str) -> None:
    produced = FORMATTERS[fmt](synthetic_report([], files=3))
    if fmt == "github":
        assert produced == ""
    elif fmt == "junit":
        assert ET.fromstring(produced).get("tests") == "0"
    else:
        json.loads(produced)


def test_importing_the_formats_stays_cheap() -> None:
    probe = "import sys, avassa_lint.{}; print([m for m in ('json', 'xml.etree.ElementTree') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", probe.format("reporting.formats")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    out = subprocess.run([sys.executable, "-c", probe.format("reporting.output")], capture_output=True, text=True, check=True)
    assert "xml.etree.ElementTree" not in out.stdout


# --- json ----------------------------------------------------------------------------------------


def test_json_round_trip(report: Report) -> None:
    document = json.loads(FORMATTERS["json"](report))
    assert document["version"] == 1
    assert document["tool"] == {"name": "avassa-lint", "version": GOLDEN_VERSION}
    findings = document["findings"]
    assert len(findings) == len(report.diagnostics)
    for found, d in zip(findings, report.diagnostics):
        assert list(found) == ["code", "name", "severity", "message", "hint", "path", "yaml_path",
                               "start", "end", "related"]
        back = Diagnostic(
            found["code"],
            Span(found["path"], found["start"]["line"], found["start"]["column"],
                 found["end"]["line"], found["end"]["column"]),
            found["message"], found["hint"],
            tuple(Related(Span(r["path"], r["start"]["line"], r["start"]["column"], r["end"]["line"],
                               r["end"]["column"]), r["message"]) for r in found["related"]),
            found["yaml_path"], d.secret, severity=Severity.parse(found["severity"]), name=found["name"])
        if "\\" not in found["message"] + found["yaml_path"]:  # escaped strings do not come back raw
            assert back == d
        else:
            assert back.span == d.span and back.code == d.code
    summary = document["summary"]
    assert summary["files"] == report.files == len(report.sources)
    assert summary["findings"] == len(findings)
    assert summary["by_severity"] == {"error": 5, "warning": 1, "info": 1}
    assert sum(summary["by_code"].values()) == len(findings)
    assert list(summary["by_code"]) == sorted(summary["by_code"])


def test_json_escapes_but_keeps_text_readable() -> None:
    document = json.loads(FORMATTERS["json"](synthetic_report(HOSTILE)))
    first = next(f for f in document["findings"] if f["code"] == "SCH002")
    assert first["message"].startswith('value "\\x1b[31mred\\x1b[0m" \\u202eevil\\u202c, 100% sure:\\x0d\\x0anext')
    assert first["hint"] == "use\\x00 \\ud800 this"
    assert first["related"][0]["path"] == "other\\x0afile.yaml"
    assert any(f["path"] == "/abs/dir with space/ü.yaml" for f in document["findings"])
    assert any(f["path"] == "bad-\\xff-name.yaml" for f in document["findings"])


# --- sarif ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():  # type: ignore[no-untyped-def]
    from jsonschema import Draft4Validator

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


def _schema_errors(validator, document: dict) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_sarif_validates_against_the_oasis_schema(report: Report, sarif_validator) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(FORMATTERS["sarif"](report))
    assert _schema_errors(sarif_validator, document) == []


def test_sarif_with_hostile_strings_and_no_findings_validates(sarif_validator) -> None:  # type: ignore[no-untyped-def]
    for r in (synthetic_report(HOSTILE), synthetic_report([])):
        document = json.loads(FORMATTERS["sarif"](r))
        assert _schema_errors(sarif_validator, document) == []


def test_sarif_structure(report: Report) -> None:
    document = json.loads(FORMATTERS["sarif"](report))
    assert document["version"] == "2.1.0"
    (run_,) = document["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "avassa-lint" and driver["version"] == GOLDEN_VERSION
    assert "informationUri" not in driver
    rules = driver["rules"]
    # Only the rules that appear in results, sorted by code.
    assert [r["id"] for r in rules] == sorted({d.code for d in report.diagnostics})
    registry = load_rules()
    for r in rules:
        rule = registry.rules[r["id"]]
        assert r["name"] == rule.name
        assert r["shortDescription"]["text"] == rule.summary
        assert r["fullDescription"]["text"]
        assert r["help"]["markdown"] == rule.doc and r["help"]["text"] == rule.doc
        assert r["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[
            rule.severity.label]
    levels = set()
    for result, d in zip(run_["results"], report.diagnostics):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == d.code
        levels.add(result["level"])
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            d.span.line, d.span.column, d.span.end_line, d.span.end_column)
        assert result["message"]["text"].startswith(d.message)
        if d.hint:
            assert result["message"]["text"].endswith(f"\nhint: {d.hint}")
        related = result.get("relatedLocations", [])
        assert [loc["message"]["text"] for loc in related] == [r.message for r in d.related]
        assert [loc["id"] for loc in related] == list(range(1, len(d.related) + 1))
    assert levels == {"error", "warning", "note"}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]}
    assert "my%20apps/web%20app.yaml" in uris


@pytest.mark.parametrize(("path", "uri"), [
    ("my apps/web app.yaml", "my%20apps/web%20app.yaml"),
    ("./apps/web.yaml", "apps/web.yaml"),
    ("apps/ü.yaml", "apps/%C3%BC.yaml"),
    ("a:b.yaml", "a%3Ab.yaml"),
    ("50%.yaml", "50%25.yaml"),
    ("a#b?c.yaml", "a%23b%3Fc.yaml"),
    ("<stdin>", "%3Cstdin%3E"),
    ("bad-\udcff.yaml", "bad-%FF.yaml"),
    ("esc\x1b.yaml", "esc%1B.yaml"),
    ("../up/x.yaml", "../up/x.yaml"),
    ("/abs/dir x/y.yaml", "file:///abs/dir%20x/y.yaml"),
])
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


# --- github --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "data", "prop"), [
    ("plain text", "plain text", "plain text"),
    ("100%", "100%25", "100%25"),
    ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
    ("a\nb", "a%0Ab", "a%0Ab"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("key: value", "key: value", "key%3A value"),
    ("a,b", "a,b", "a%2Cb"),
    ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
    ("50%, c:\\x", "50%25, c:\\x", "50%25%2C c%3A\\x"),
])
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert github_data(raw) == data
    assert github_property(raw) == prop


def test_github_line_shape() -> None:
    d = diag('unknown key "x" in service "web"', path="my apps/a,b:c.yaml", hint="did you mean \"y\"?")
    assert github_line(d) == (
        "::error file=my apps/a%2Cb%3Ac.yaml,line=3,col=5,endLine=3,endColumn=9,title=SCH002 unknown-key"
        '::unknown key "x" in service "web"%0Ahint: did you mean "y"?')
    assert github_line(diag(severity=Severity.WARNING)).startswith("::warning file=")
    assert github_line(diag(severity=Severity.INFO)).startswith("::notice file=")


def test_github_one_command_per_line_even_for_hostile_strings() -> None:
    produced = FORMATTERS["github"](synthetic_report(HOSTILE))
    lines = produced.splitlines()
    assert len(lines) == len(HOSTILE)
    for line in lines:
        command, _, rest = line.partition(" ")
        assert command in ("::error", "::warning", "::notice")
        props, sep, message = rest.partition("::")
        assert sep and message
        assert [p.split("=", 1)[0] for p in props.split(",")] == ["file", "line", "col", "endLine", "endColumn",
                                                                  "title"]
    assert "file=a%2Cb%3Ac/50%25 \\x1b.yaml," in produced
    assert "100%25 sure%3A" not in produced and "100%25 sure:\\x0d\\x0anext line" in produced


def test_github_statistics(report: Report) -> None:
    r = lint(PROJECT, statistics=True)
    lines = FORMATTERS["github"](r).splitlines()
    assert lines[: len(report.diagnostics)] == FORMATTERS["github"](report).splitlines()
    assert lines[len(report.diagnostics)].split() == ["2", "SCH002", "unknown-key", "(error)"]


# --- gitlab --------------------------------------------------------------------------------------


def _gitlab(r: Report) -> list[dict]:
    return json.loads(FORMATTERS["gitlab"](r))


def test_gitlab_issues(report: Report) -> None:
    issues = _gitlab(report)
    assert len(issues) == len(report.diagnostics)
    for issue, d in zip(issues, report.diagnostics):
        assert issue["check_name"] == f"{d.code} {d.name}"
        assert issue["description"] == d.message or "\\" in issue["description"]
        assert issue["severity"] == {"error": "critical", "warning": "major", "info": "info"}[d.severity.label]
        assert issue["location"]["path"] == d.span.path
        assert issue["location"]["positions"]["begin"] == {"line": d.span.line, "column": d.span.column}
        assert len(issue["fingerprint"]) == 64
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_survive_lines_inserted_above(tmp_path: Path) -> None:
    moved = tmp_path / "project"
    shutil.copytree(PROJECT, moved)
    for path in moved.rglob("*.yaml"):
        data = path.read_bytes()
        if not data.strip() or data.startswith(b"\xef\xbb\xbf"):
            continue  # keep the empty file empty and the byte-order mark first
        path.write_bytes(b"# a comment pushed in from above\n\n# and another one\n" + data)
    before, after = lint(PROJECT), lint(moved)
    assert [d.code for d in before.diagnostics] == [d.code for d in after.diagnostics]
    shifted = [(a.span.line, b.span.line) for a, b in zip(before.diagnostics, after.diagnostics)
               if a.span.line != b.span.line]
    assert len(shifted) >= 4 and all(b == a + 3 for a, b in shifted)
    assert [i["fingerprint"] for i in _gitlab(before)] == [i["fingerprint"] for i in _gitlab(after)]


def test_fingerprint_ingredients() -> None:
    base = diag(yaml_path="services/0/replicas")
    assert fingerprint(base) == fingerprint(diag(yaml_path="services/0/replicas", span=(40, 1, 40, 9)))
    assert fingerprint(base) == fingerprint(diag(yaml_path="services/0/replicas", path="./apps/web.yaml"))
    assert fingerprint(base) == fingerprint(diag(yaml_path="services/0/replicas", message="reworded"))
    assert fingerprint(base) != fingerprint(diag(yaml_path="services/1/replicas"))
    assert fingerprint(base) != fingerprint(diag(yaml_path="services/0/replicas", path="apps/db.yaml"))
    assert fingerprint(base) != fingerprint(diag(yaml_path="services/0/replicas", code="SCH003"))
    # without a YAML path the message tells findings apart, minus any line or column it names
    assert fingerprint(diag(yaml_path="", message="a")) != fingerprint(diag(yaml_path="", message="b"))
    assert fingerprint(diag(yaml_path="", message="block that starts on line 3")) == fingerprint(
        diag(yaml_path="", message="block that starts on line 7", span=(9, 1, 9, 2)))


def test_fingerprints_unique_within_a_report() -> None:
    twins = [diag(yaml_path="", message="same", span=(n, 1, n, 2)) for n in (3, 8, 12)]
    prints = fingerprints_for(twins)
    assert prints[0] == fingerprint(twins[0])
    assert len(set(prints)) == 3


# --- junit ---------------------------------------------------------------------------------------


def test_junit_parses_back(report: Report) -> None:
    suite = ET.fromstring(FORMATTERS["junit"](report))
    assert suite.tag == "testsuite" and suite.get("name") == "avassa-lint"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == sorted(report.sources)
    assert suite.get("tests") == str(len(cases))
    failures = [f for c in cases for f in c.findall("failure")]
    assert len(failures) == len(report.diagnostics)
    assert suite.get("failures") == str(sum(1 for c in cases if c.find("failure") is not None))
    by_case = {c.get("name"): [f.get("type") for f in c.findall("failure")] for c in cases}
    for path in report.sources:
        assert by_case[path] == [d.code for d in report.diagnostics if d.span.path == path]
    clean_cases = [name for name, types in by_case.items() if not types]
    assert clean_cases
    first = failures[0]
    d = report.diagnostics[0]
    assert first.get("message") == f"{d.span.line}:{d.span.column}: {d.severity.label} {d.message}"
    assert first.text is not None and first.text.startswith(f"{d.span.path}:{d.span.line}:{d.span.column}: ")


def test_junit_well_formed_with_control_characters() -> None:
    produced = FORMATTERS["junit"](synthetic_report(HOSTILE))
    suite = ET.fromstring(produced)
    failures = suite.findall("testcase/failure")
    assert len(failures) == len(HOSTILE)
    hostile = next(f for f in failures if f.get("type") == "SCH002")
    assert "\\x1b[31mred" in (hostile.get("message") or "")
    assert "hint: use\\x00 \\ud800 this" in (hostile.text or "")
    assert "first\\x07 here: other\\x0afile.yaml:2:1" in (hostile.text or "")
    names = [c.get("name") for c in suite.findall("testcase")]
    assert "a,b:c/50% \\x1b.yaml" in names and "bad-\\xff-name.yaml" in names


# --- command line --------------------------------------------------------------------------------

runner = CliRunner()


def _normalise(produced: str) -> str:
    return produced.replace(f'"version": "{__version__}"', f'"version": "{GOLDEN_VERSION}"')


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_cli_output_file(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    target = tmp_path / "out" / f"report.{fmt}"
    target.parent.mkdir()
    target.write_text("stale report\n")
    args = ["check", "--output-format", fmt, "--output-file", str(target)]
    for code in SELECT:
        args += ["--select", code]
    result = runner.invoke(app, [*args, "."])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    produced = target.read_text(encoding="utf-8")
    assert golden_view(fmt, _normalise(produced)) == (GOLDEN / GOLDEN_FILES[fmt]).read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp file left behind
    if fmt in ("json", "sarif"):
        assert __version__ in produced


def test_cli_stdout_and_clean_exit(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.write({"registry.yaml": "address: registry.example.com\n"})
    monkeypatch.chdir(project.root)
    result = runner.invoke(app, ["check", "-f", "json", "--select", "YML", "--select", "SCH", "."])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["findings"] == [] and document["summary"]["files"] == 1
    result = runner.invoke(app, ["check", "-f", "sarif", "--select", "YML", "--select", "SCH", "."])
    assert result.exit_code == 0 and json.loads(result.stdout)["runs"][0]["results"] == []


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_cli_statistics(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    args = ["check", "-f", fmt, "--statistics", "--no-color"]
    for code in SELECT:
        args += ["--select", code]
    result = runner.invoke(app, [*args, "."])
    assert result.exit_code == 1
    # concise stays exactly one line per finding: its counts go to stderr
    shown = result.stderr if fmt == "concise" else result.stdout
    stats = [line.split() for line in shown.splitlines() if re.match(r" *\d+  [A-Z]{3}\d{3}  ", line)]
    if fmt == "concise":
        assert all(re.match(r".+:\d+:\d+: (error|warning|info) [A-Z]{3}\d{3} ", line)
                   for line in result.stdout.splitlines())
    assert stats == [
        ["2", "SCH002", "unknown-key", "(error)"],
        ["2", "YML002", "duplicate-key", "(error)"],
        ["1", "NET002", "duplicate-port", "(error)"],
        ["1", "YML005", "empty-file", "(warning)"],
        ["1", "YML008", "byte-order-mark", "(info)"],
    ]


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab", "junit"])
def test_cli_statistics_and_quiet_keep_machine_formats_parseable(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    plain = runner.invoke(app, ["check", "-f", fmt, "--select", "YML", "."])
    flagged = runner.invoke(app, ["check", "-f", fmt, "--select", "YML", "--statistics", "--quiet", "."])
    assert plain.exit_code == flagged.exit_code == 1
    assert plain.stdout == flagged.stdout
    if fmt == "junit":
        ET.fromstring(flagged.stdout)
    else:
        json.loads(flagged.stdout)
