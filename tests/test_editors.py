"""docs/editors.md against the real tool: the problem matcher parses real concise output, the
stdin contract holds, and the yaml-language-server mapping names the schemas the tool writes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint.loading.classify import path_hint
from avassa_lint.cli.app import app
from avassa_lint.settings.config import Config
from avassa_lint.core.diagnostic import Diagnostic
from avassa_lint.reporting.output import concise_line
from conftest import Project, run_folder

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
CASES = Path(__file__).parent / "heredoc_cases"

BAD_APP = """name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replica: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
"""


def json_blocks() -> list[dict]:
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", DOC, re.S)]


def tasks_json() -> dict:
    (tasks,) = [block for block in json_blocks() if "tasks" in block]
    return tasks


def problem_matcher() -> dict:
    (task,) = tasks_json()["tasks"]
    return task["problemMatcher"]


def real_diagnostics() -> list[Diagnostic]:
    found = []
    for case in ("site_script", "how_to", "site_yaml"):
        found.extend(run_folder(CASES / case, Config(include_scripts=True)).diagnostics)
    # the heredoc cases give errors and warnings only; examples/broken/ adds an info note (SCH010)
    found.extend(run_folder(Path(__file__).parent.parent / "examples" / "broken", Config()).diagnostics)
    return found


def test_problem_matcher_parses_real_concise_output() -> None:
    matcher = problem_matcher()
    pattern = matcher["pattern"]
    regexp = re.compile(pattern["regexp"])
    found = real_diagnostics()
    assert {d.severity.label for d in found} == {"error", "warning", "info"}
    for d in found:
        line = concise_line(d)
        match = regexp.match(line)
        assert match, line
        assert match.group(pattern["file"]) == d.span.path
        assert int(match.group(pattern["line"])) == d.span.line
        assert int(match.group(pattern["column"])) == d.span.column
        assert match.group(pattern["severity"]) == d.severity.label
        assert match.group(pattern["code"]) == d.code
        assert match.group(pattern["message"]) == d.message
        assert match.group(7) == d.name
    assert matcher["fileLocation"] == ["relative", "${workspaceFolder}"]


@pytest.mark.parametrize("path", ["C:\\work\\site\\applications\\web.yaml", "dir with: colon/web.yaml",
                                  "/abs/applications/web.yaml"])
def test_problem_matcher_with_awkward_paths(path: str) -> None:
    regexp = re.compile(problem_matcher()["pattern"]["regexp"])
    line = f'{path}:6:5: error SCH002 unknown key "replica" in service "web" [unknown-key]'
    match = regexp.match(line)
    assert match and match.group(1) == path and match.group(2, 3, 5) == ("6", "5", "SCH002")


def test_the_pattern_table_matches_the_task() -> None:
    table = re.search(r"\| PCRE / JavaScript / Python \| `(.*?)` \|", DOC)
    assert table, "the pattern table row is missing"
    assert table.group(1).replace("\\|", "|") == problem_matcher()["pattern"]["regexp"]


def test_the_task_runs_the_documented_command(project: Project) -> None:
    (task,) = tasks_json()["tasks"]
    assert task["command"] == "avassa-lint"
    project.write({"applications/web.yaml": BAD_APP})
    result = project.check(*task["args"], inside=True)
    regexp = re.compile(problem_matcher()["pattern"]["regexp"])
    lines = result.output.splitlines()
    assert lines and all(regexp.match(line) for line in lines), lines
    assert result.exit_code == 1


def test_stdin_contract_prints_the_given_path(tmp_path: Path) -> None:
    runner = CliRunner()
    for shown in ("applications/web.yaml", str(tmp_path / "applications" / "web.yaml")):
        result = runner.invoke(app, ["check", "--output-format", "concise", "--stdin-filename", shown, "-"],
                               input=BAD_APP)
        assert result.exit_code == 1
        assert result.output.splitlines()[0] == (
            f'{shown}:6:5: error SCH002 unknown key "replica" in service "web" [unknown-key]')


def test_stdin_contract_for_scripts() -> None:
    script = (CASES / "site_script" / "scripts" / "setup-site.sh").read_text()
    result = CliRunner().invoke(app, ["check", "--output-format", "concise", "--stdin-filename",
                                      "scripts/setup-site.sh", "-"], input=script)
    assert "scripts/setup-site.sh:92:6: error SCH002" in result.output


def test_buffer_with_the_project_excludes_the_saved_copy(project: Project) -> None:
    project.write({"applications/web.yaml": BAD_APP})  # saved copy: broken
    fixed = BAD_APP.replace("replica:", "replicas:")  # buffer: fixed
    result = project.check("check", "--output-format", "concise", "--stdin-filename", "applications/web.yaml",
                           "--exclude", "applications/web.yaml", "-", ".", input=fixed, inside=True)
    assert " SCH002 " not in result.output


def glob_match(glob: str, path: str) -> bool:
    """VS Code's glob: "*" stays inside one folder, "**/" spans any number of them."""
    pattern = "".join("(?:.*/)?" if part == "**/" else "[^/]*" if part == "*" else re.escape(part)
                      for part in re.split(r"(\*\*/|\*)", glob))
    return re.fullmatch(pattern, path) is not None


def yaml_schemas() -> dict[str, list[str]]:
    (settings,) = [block for block in json_blocks() if "yaml.schemas" in block]
    return settings["yaml.schemas"]


def test_schema_mapping_names_the_files_the_tool_writes(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schema", "--output-dir", str(tmp_path / ".schemas")])
    assert result.exit_code == 0
    written = {f".schemas/{p.name}" for p in (tmp_path / ".schemas").iterdir()}
    assert set(yaml_schemas()) <= written
    assert written - set(yaml_schemas()) == {".schemas/common.schema.json"}


@pytest.mark.parametrize("path", [
    "applications/web.yaml", "deploy/applications/web.yaml", "application-deployments/web.yaml",
    "image-registry/remote-registries/ghcr.yaml", "image-registry/settings.yaml",
    "strongbox/vaults/edge.yaml", "strongbox/vaults/edge/secrets/db.yaml",
    "policy/policies/registry-push.yaml", "strongbox/authentication/approles/collector.yaml",
    "strongbox/authentication/jwt/gitlab.yaml", "strongbox/authentication/jwt/gitlab/roles/deploy.yaml",
    "strongbox/acme-services/letsencrypt.yaml", "strongbox/acme-services/letsencrypt/static-requests/web.yaml",
    "system/sites/store-1.yaml", "tenants/retail.yaml", "tenants/retail/resource-profiles/large.yaml",
])
def test_schema_globs_agree_with_the_path_convention(path: str) -> None:
    hint = path_hint(path)
    assert hint is not None
    chosen = [schema for schema, globs in yaml_schemas().items()
              if any(glob_match(g, path) or glob_match(g, "project/" + path) for g in globs)]
    assert chosen == [f".schemas/{hint.kind}.schema.json"]


def test_modeline_gives_the_kind(project: Project) -> None:
    modeline = re.search(r"^# yaml-language-server: \$schema=\S+$", DOC, re.M)
    assert modeline
    project.write({"deploy/web.yaml": modeline.group(0) + "\n" + BAD_APP})
    result = project.check("check", "--output-format", "concise", ".", inside=True)
    assert 'deploy/web.yaml:7:5: error SCH002 unknown key "replica"' in result.output
