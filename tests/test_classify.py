"""Scored content classification, file names as weak evidence, and other tools' YAML left alone."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint.loading.classify import classify
from avassa_lint.cli.app import app

HERE = Path(__file__).resolve().parent
FOREIGN = HERE / "foreign"
NEAR = HERE / "cases" / "_near_miss_kinds"


def _json(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["check", "--no-cache", "--output-format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


# What each foreign fixture must be named as (the words after "looks like").
FOREIGN_NAMES = {
    "docker-compose.yml": "Docker Compose file",
    "stack.yaml": "Docker Compose file",
    "ci.yaml": "GitHub Actions workflow",
    "action.yml": "GitHub Actions action",
    "deployment.yaml": "Kubernetes manifest",
    "kustomization.yaml": "Kustomize kustomization",
    "Chart.yaml": "Helm chart (Chart.yaml)",
    "playbook.yml": "Ansible playbook",
    "openapi.yaml": "OpenAPI description",
    "mkdocs.yml": "MkDocs configuration",
    "pre-commit.yaml": "pre-commit configuration",
    "yamllint.yaml": "yamllint configuration",
    "dependabot.yml": "Dependabot configuration",
    "template.yaml": "AWS CloudFormation template",
    "environment.yml": "conda environment",
    ".gitlab-ci.yml": "GitLab CI pipeline",
    ".pre-commit-config.yaml": "pre-commit configuration",
    ".yamllint": "yamllint configuration",
}


def test_foreign_folder_gives_info_only_and_exit_0(tmp_path: Path) -> None:
    shutil.copytree(FOREIGN, tmp_path / "repo")
    repo = tmp_path / "repo"
    # the folder walk (hidden files skipped) plus the hidden ones named on the command line
    code, report = _json(str(repo), *(str(repo / n) for n in (".gitlab-ci.yml", ".pre-commit-config.yaml", ".yamllint")))
    assert code == 0
    findings = report["findings"]
    assert {f["code"] for f in findings} == {"SCH001"}
    assert {f["severity"] for f in findings} == {"info"}
    by_file = {Path(f["path"]).name: f for f in findings}
    assert len(findings) == len(by_file) == len(FOREIGN_NAMES) >= 15
    for name, what in FOREIGN_NAMES.items():
        message = by_file[name]["message"]
        assert f"looks like a {what}; not checked" in message or f"looks like an {what}; not checked" in message, name
        assert by_file[name]["start"] == {"line": 1, "column": 1}


def test_gitlab_services_list_is_not_an_application(tmp_path: Path) -> None:
    (tmp_path / "ci.yml").write_text("image: python:3.11\nservices:\n  - postgres:16\ntest:\n  script: [pytest]\n")
    code, report = _json(str(tmp_path / "ci.yml"))
    assert code == 0 and [f["code"] for f in report["findings"]] == ["SCH001"]


@pytest.mark.parametrize(("case", "expected"), [
    ("application_servces", [("SCH003", 1, 1, None), ("SCH002", 3, 1, 'did you mean "services"?')]),
    ("deployment_aplication", [("SCH003", 1, 1, None), ("SCH002", 2, 1, 'did you mean "application"?')]),
    ("settings_regsitry", [("SCH002", 1, 1, 'did you mean "default-remote-registry"?')]),
    ("vault_distrubute", [("SCH002", 2, 1, 'did you mean "distribute"?')]),
])
def test_near_miss_is_checked_as_its_kind_with_did_you_mean(case: str, expected: list) -> None:
    code, report = _json(str(NEAR / case))
    assert code == 1
    got = [(f["code"], f["start"]["line"], f["start"]["column"], f["hint"]) for f in report["findings"] if f["code"].startswith("SCH")]
    assert got == expected


def test_typo_in_application_no_longer_hides_it_from_the_deployment(tmp_path: Path) -> None:
    shutil.copy(NEAR / "application_servces" / "avassa-app.yaml", tmp_path / "avassa-app.yaml")
    (tmp_path / "deploy.yaml").write_text("name: web\napplication: web\nplacement:\n  match-site-labels: a = b\n")
    _, report = _json(str(tmp_path))
    assert "LNT005" not in {f["code"] for f in report["findings"]}  # the application is declared, if broken
    assert "APP010" not in {f["code"] for f in report["findings"]}


@pytest.mark.parametrize(("data", "path", "kind", "source"), [
    ({"name": "web", "services": []}, "app.yaml", "application", "content"),
    ({"name": "web", "application": "web"}, "deploy.yaml", "application-deployment", "content"),
    ({"data": {"username": "u"}}, "pull.yaml", "secret", "content"),
    ({"name": "ops"}, "edge-vault.yaml", "vault", "file-name"),
    # the kinds kept next to the six, in the shapes the public material shows
    ({"name": "p", "volga": {"topics": [{"name": "t"}]}}, "p.yaml", "policy", "content"),
    ({"name": "p", "rest-api": {"rules": []}, "capabilities": {"all": "allow"}}, "p.yaml", "policy", "content"),
    ({"name": "myapprole", "token-policies": ["mypolicy"]}, "x.yaml", "approle", "content"),
    ({"name": "a", "fixed-role-id": "r", "token-ttl": "24h", "distribute": {"to": "all"}}, "x.yaml", "approle", "content"),
    ({"name": "gitlab", "discovery-url": "https://gitlab.com", "distribute": {"to": "all"}}, "x.yaml", "jwt-auth", "content"),
    ({"name": "ci", "bound-audiences": ["a"], "user-claim": "sub", "token-policies": ["p"]}, "x.yaml", "jwt-role", "content"),
    ({"name": "le", "directory-url": "https://acme", "contact-email": "a@example.com"}, "x.yaml", "acme-service", "content"),
    ({"name": "c", "names": ["a.example.com"], "vault": "certs", "secret": "c"}, "x.yaml", "acme-static-request", "content"),
])
def test_common_shapes(data: dict, path: str, kind: str, source: str) -> None:
    result = classify(data, [], path)
    assert result.kind == kind
    assert result.source.startswith(source) or (source == "content" and result.source.startswith("content"))


def test_file_name_never_overrides_content() -> None:
    assert classify({"name": "web", "services": []}, [], "deploy.yaml").kind == "application"


def test_a_name_alone_in_an_unnamed_file_is_not_guessed() -> None:
    assert classify({"name": "ops"}, [], "thing.yaml").kind is None


def test_weak_match_is_reported_as_ambiguous(tmp_path: Path) -> None:
    (tmp_path / "pull-access.yaml").write_text(
        'credentials:\n  - repository: "*"\n    vault: v\n    secret: s\nowner: platform\n')
    code, report = _json(str(tmp_path))
    assert code == 0
    (finding,) = report["findings"]
    assert (finding["code"], finding["severity"], finding["start"]["line"]) == ("SCH009", "warning", 1)
    assert "remote-registry" in finding["message"] and "# avassa-lint: kind=remote-registry" in finding["hint"]


def test_show_kinds_names_the_kind_and_its_evidence(tmp_path: Path) -> None:
    shutil.copy(NEAR / "application_servces" / "avassa-app.yaml", tmp_path / "avassa-app.yaml")
    shutil.copy(FOREIGN / "stack.yaml", tmp_path / "stack.yaml")
    (tmp_path / "pull-access.yaml").write_text('credentials:\n  - repository: "*"\n    vault: v\n    secret: s\nowner: x\n')
    (tmp_path / "strongbox" / "vaults" / "ops" / "secrets").mkdir(parents=True)
    (tmp_path / "strongbox" / "vaults" / "ops" / "secrets" / "db.yaml").write_text("name: db\ndata: {username: u}\n")
    result = CliRunner().invoke(app, ["check", "--no-cache", "--show-kinds", str(tmp_path)])
    assert result.exit_code == 0
    lines = [line.replace(str(tmp_path) + "/", "") for line in result.stdout.splitlines()]
    assert lines == [
        "avassa-app.yaml:1: application from content-near-miss",
        "pull-access.yaml:1: none from ambiguous (close to remote-registry)",
        "stack.yaml:1: none from foreign:a Docker Compose file",
        "strongbox/vaults/ops/secrets/db.yaml:1: secret from path (vault ops, from the path)",
    ]
    assert "SCH" not in result.stdout  # the evidence, not the findings


def test_a_key_of_another_kinds_signature_counts_against() -> None:
    """distribute is a vault's signature key, token-policies an approle's: with both, the document
    is no vault (a vault has no token-policies), so the approle wins."""
    result = classify({"name": "a", "token-policies": ["p"], "distribute": {"to": "all"}}, [], "x.yaml")
    assert result.kind == "approle"


def test_content_that_fits_the_path_kind_is_no_mismatch() -> None:
    """An approle with only name and distribute looks like a vault, but every key is an approle's:
    the path's kind stands and no SCH008 is reported."""
    from avassa_lint.loading.classify import Hint

    result = classify({"name": "a", "distribute": {"to": "all"}}, [Hint("approle", "path")], "approles/a.yaml")
    assert result.kind == "approle" and result.conflict is None
    result = classify({"name": "a", "data": {"k": "v"}}, [Hint("vault", "path")], "vaults/a.yaml")
    assert result.kind == "vault" and result.conflict is not None


@pytest.mark.parametrize(("data", "path", "kind"), [
    ({"name": "acme", "kind": "application-owner", "policies": ["a"], "resource-profile": "p"}, "x.yaml", "tenant"),
    ({"name": "sto1", "type": "edge", "labels": {"region": "north"}}, "sto1-site.yaml", "site"),
    ({"name": "sto1", "type": "edge", "allow-local-unseal": True}, "x.yaml", "site"),
    ({"name": "large", "cpus": {"cpus-limit": 4.0}, "container-storage": {}}, "x.yaml", "resource-profile"),
])
def test_sites_tenants_and_resource_profiles(data: dict, path: str, kind: str) -> None:
    assert classify(data, [], path).kind == kind


def test_another_tools_file_in_a_convention_folder_is_left_alone(tmp_path: Path) -> None:
    """tenants/ and policy/policies/ are folders other tools use too: a Kubernetes manifest there
    is not checked as a tenant (no schema errors)."""
    (tmp_path / "tenants").mkdir()
    (tmp_path / "tenants" / "team-a.yaml").write_text("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n")
    code, report = _json(str(tmp_path))
    assert code == 0
    assert [f["code"] for f in report["findings"]] == ["SCH001"]


def test_a_header_names_the_parent_of_a_jwt_role_or_a_static_request() -> None:
    from avassa_lint.loading.classify import Hint, header_hint

    assert header_hint("# avassa-lint: kind=jwt-role parent=gitlab\nname: deploy\n") == Hint("jwt-role", "header", "gitlab")
    assert header_hint("# avassa-lint: kind=static-request parent=le\nname: c\n") == Hint(
        "acme-static-request", "header", "le")
    assert header_hint("# avassa-lint: kind=secret vault=ops\nname: s\n") == Hint("secret", "header", "ops")
