"""The fixes that come from schema validation (SCH002 unknown-key, SCH004 wrong-type, SCH005
unexpected-value): where they are offered, and every place where they must not be (the golden
cases in tests/fixes/ show the applied edits byte for byte)."""
from __future__ import annotations

from conftest import Project, run_folder

REGISTRY = {"image-registry/remote-registries/example.yaml": "address: registry.example.com\n"}

APP = """\
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
"""


def schema_findings(project: Project, files: dict[str, str]) -> dict[tuple[str, str], object]:
    """(code, yaml_path) -> the fix of each SCH002/SCH004/SCH005 finding of the project."""
    from avassa_lint.settings.config import Config

    project.write({**REGISTRY, **files})
    config = Config()
    config.cache = False  # type: ignore[attr-defined]
    config.include_scripts = True  # type: ignore[attr-defined]
    result = run_folder(project.root, config)
    return {(d.code, d.yaml_path): d.fix for d in result.diagnostics if d.code in ("SCH002", "SCH004", "SCH005")}


def with_env(env: str) -> str:
    """APP with ``env`` (lines indented for the container) under its container."""
    return APP + "        env:\n" + "".join(f"          {line}\n" for line in env.splitlines())


ENV = "services/0/containers/0/env/"


def edits(fix: object) -> list[tuple[int, int, int, str]]:
    return [(e.span.line, e.span.column, e.span.end_column, e.text) for e in fix.edits]  # type: ignore[attr-defined]


# -- SCH004 wrong-type


def test_number_quoted_with_its_written_digits(project: Project) -> None:
    found = schema_findings(project, {"applications/web.yaml": APP.replace('"1.0"', "1.10") })
    fix = found[("SCH004", "version")]
    assert fix is not None and fix.safe  # type: ignore[attr-defined]
    assert edits(fix) == [(2, 10, 14, '"1.10"')]


def test_number_fix_in_a_heredoc_edits_the_script_at_host_positions(project: Project) -> None:
    script = "#!/bin/sh\nset -eu\nsupctl create applications <<'EOF'\n" + APP.replace('"1.0"', "1.10") + "EOF\n"
    project.write({**REGISTRY, "scripts/deploy.sh": script})
    result = project.check("check", "--fix", "--isolated", "--no-cache", "--include-scripts", "-f", "concise", ".",
                           inside=True)
    assert result.exit_code == 0, result.output
    assert (project.root / "scripts/deploy.sh").read_text(encoding="utf-8") == script.replace(
        "version: 1.10", 'version: "1.10"')


def test_credential_like_env_value_gets_no_fix(project: Project) -> None:
    found = schema_findings(project, {"applications/web.yaml": with_env("API_KEY: 1234\nDB_PASSWORD:\nPORT: 80")})
    assert found[("SCH004", ENV + "API_KEY")] is None
    assert found[("SCH004", ENV + "DB_PASSWORD")] is None
    assert found[("SCH004", ENV + "PORT")] is not None


def test_value_reached_through_an_alias_or_a_merge_gets_no_fix(project: Project) -> None:
    app = APP + """\
        env: &common
          PORT: 8080
      - name: sidecar
        image: registry.example.com/web/sidecar:1.0.0
        env: *common
      - name: worker
        image: registry.example.com/web/worker:1.0.0
        env:
          <<: *common
          PIN: &pin 18
          OTHER_PIN: *pin
"""
    found = schema_findings(project, {"applications/web.yaml": app})
    assert found[("SCH004", ENV + "PORT")] is not None  # where it is written
    assert found[("SCH004", "services/0/containers/1/env/PORT")] is None
    assert found[("SCH004", "services/0/containers/2/env/PORT")] is None
    assert found[("SCH004", "services/0/containers/2/env/PIN")] is None  # anchored: the alias repeats it
    assert found[("SCH004", "services/0/containers/2/env/OTHER_PIN")] is None


def test_tagged_or_unusual_values_get_no_fix(project: Project) -> None:
    env = "TAGGED: !!int 8080\nINFINITE: .inf\nNEXT_LINE:\n  ~\nON: true"
    found = schema_findings(project, {"applications/web.yaml": with_env(env).replace('"1.0"', "true")})
    assert found[("SCH004", ENV + "TAGGED")] is None
    assert found[("SCH004", ENV + "INFINITE")] is None
    assert found[("SCH004", ENV + "NEXT_LINE")] is None
    assert found[("SCH004", ENV + "ON")] is not None  # an env value read as a boolean: quoted
    assert found[("SCH004", "version")] is None  # a version read as a boolean: no evident meaning


def test_empty_version_and_other_strings_get_no_fix(project: Project) -> None:
    app = APP.replace('version: "1.0"', "version:").replace("nginx:1.25.3", "nginx:1.25.3\n        cmd: [sh, 5]")
    found = schema_findings(project, {"applications/web.yaml": app})
    assert ("SCH004", "version") in found and found[("SCH004", "version")] is None
    assert found[("SCH004", "services/0/containers/0/cmd/1")] is None  # only version and env values


def test_secret_document_gets_no_fix(project: Project) -> None:
    files = {"strongbox/vaults/apps.yaml": "name: apps\ndistribute:\n  to: all\n",
             "strongbox/vaults/apps/secrets/db.yaml": "name: db\nallow-image-acess: [\"*\"]\ndata:\n  port: 5432\n"}
    found = schema_findings(project, files)
    assert ("SCH002", "allow-image-acess") in found and found[("SCH002", "allow-image-acess")] is None
    assert ("SCH004", "data/port") in found and found[("SCH004", "data/port")] is None


# -- SCH002 unknown-key


def test_unknown_key_renamed_to_its_one_close_key(project: Project) -> None:
    found = schema_findings(project, {"applications/web.yaml": APP.replace("replicas:", "replica:")})
    fix = found[("SCH002", "services/0/replica")]
    assert fix is not None and not fix.safe  # type: ignore[attr-defined]
    assert edits(fix) == [(6, 5, 12, "replicas")]


def test_unknown_key_with_two_close_keys_gets_no_fix(project: Project) -> None:
    found = schema_findings(project, {"applications/web.yaml": APP + "        cpu: 2\n"})  # cpus or gpu
    assert ("SCH002", "services/0/containers/0/cpu") in found
    assert found[("SCH002", "services/0/containers/0/cpu")] is None


def test_unknown_key_whose_candidate_is_there_gets_no_fix(project: Project) -> None:
    app = APP.replace("    replicas: 1\n", "    replica: 1\n    replicas: 1\n")
    assert schema_findings(project, {"applications/web.yaml": app})[("SCH002", "services/0/replica")] is None


def test_two_unknown_keys_close_to_one_key_get_no_fix(project: Project) -> None:
    app = APP.replace("    replicas: 1\n", "    replica: 1\n    replicass: 1\n")
    found = schema_findings(project, {"applications/web.yaml": app})
    assert found[("SCH002", "services/0/replica")] is None
    assert found[("SCH002", "services/0/replicass")] is None


def test_misplaced_or_escaped_key_gets_no_fix(project: Project) -> None:
    app = APP.replace("    replicas: 1\n", '    "replic\\x61": 1\n') + "        network: {}\n"
    found = schema_findings(project, {"applications/web.yaml": app})
    assert found[("SCH002", "services/0/replica")] is None  # written with an escape
    assert found[("SCH002", "services/0/containers/0/network")] is None  # the hint says: move it


def test_merged_key_gets_no_fix(project: Project) -> None:
    app = APP.replace("  - name: web\n", "  - &base\n    name: web\n").replace("replicas:", "replica:") + """\
  - <<: *base
    name: api
"""
    found = schema_findings(project, {"applications/web.yaml": app})
    assert found[("SCH002", "services/0/replica")] is not None
    assert found[("SCH002", "services/1/replica")] is None


# -- SCH005 unexpected-value


def test_enum_value_with_one_close_value(project: Project) -> None:
    found = schema_findings(project, {"applications/web.yaml": APP.replace("mode: replicated", 'mode: "replicate"')})
    fix = found[("SCH005", "services/0/mode")]
    assert fix is not None and not fix.safe  # type: ignore[attr-defined]
    assert edits(fix) == [(5, 12, 21, "replicated")]  # inside the quotes


def test_enum_value_with_two_close_values_or_escapes_gets_no_fix(project: Project) -> None:
    app = APP.replace("mode: replicated", 'mode: "replicat\\u0065"') + """\
    network:
      ingress-ip-per-instance:
        protocols:
          - name: ucp
            port-ranges: "443"
"""
    found = schema_findings(project, {"applications/web.yaml": app})
    assert found[("SCH005", "services/0/mode")] is None  # written with an escape
    protocol = "services/0/network/ingress-ip-per-instance/protocols/0/name"
    assert ("SCH005", protocol) in found and found[("SCH005", protocol)] is None  # udp or tcp


def test_policy_deny_becomes_reject_unsafe(project: Project) -> None:
    policy = ("name: ops\nrest-api:\n  rules:\n    - path: /v1/config/**\n      operations:\n"
              "        all: \"deny\"\n")
    found = schema_findings(project, {"policy/policies/ops.yaml": policy})
    fix = found[("SCH005", "rest-api/rules/0/operations/all")]
    assert fix is not None and not fix.safe  # type: ignore[attr-defined]
    assert edits(fix) == [(6, 15, 19, "reject")]  # inside the quotes
