"""Deployments, variables and labels (APP004, APP010-APP013, APP016, APP017): the table of
substituted fields checked against the application schema, and the options-like configuration."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from avassa_lint.settings.config import Config, External
from conftest import CASES, Project, lint_folder, run_folder

SCHEMA = Path(__file__).parent.parent / "schemas" / "application.schema.json"
EVERY_FIELD = CASES / "undefined_variable" / "every_substituted_field"

# Definitions whose values are variable expressions in our application schema.
EXPRESSION_REFS = (
    "common.schema.json#/$defs/variable-expression",
    "common.schema.json#/$defs/size-or-expression",
    "common.schema.json#/$defs/uint32-or-expression",
    "#/$defs/replicas",
)

# Each substituted field (by its place in the application schema) and where the
# every_substituted_field case writes ${NOPE} in it. Every one must be reported.
SUBSTITUTED_FIELDS: dict[str, list[str]] = {
    "$defs/service/properties/replicas": ["services/0/replicas"],
    "$defs/service/properties/delayed-shutdown/properties/max-number-of-instances":
        ["services/0/delayed-shutdown/max-number-of-instances"],
    "$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/"
    "domains/items/properties/domain":
        ["services/0/network/ingress-ip-per-instance/dns-records/domains/0/domain"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/domain":
        ["services/0/site-dns-records/domains/0/domain"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/cname/items/properties/name":
        ["services/0/site-dns-records/domains/0/cname/0/name"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/cname/items/properties/cname":
        ["services/0/site-dns-records/domains/0/cname/0/cname"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/srv/items/properties/target":
        ["services/0/site-dns-records/domains/0/srv/0/target"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr/items/properties/name":
        ["services/0/site-dns-records/domains/0/naptr/0/name"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr/items/properties/regexp":
        ["services/0/site-dns-records/domains/0/naptr/0/regexp"],
    "$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr/items/properties/"
    "replacement":
        ["services/0/site-dns-records/domains/0/naptr/0/replacement"],
    "$defs/container/properties/cmd/items": ["services/0/containers/0/cmd/1"],
    "$defs/container/properties/entrypoint/items": ["services/0/containers/0/entrypoint/0"],
    "$defs/container/properties/container-log-size": ["services/0/containers/0/container-log-size"],
    "$defs/init-container/properties/cmd/items": ["services/0/init-containers/0/cmd/0"],
    "$defs/init-container/properties/entrypoint/items": ["services/0/init-containers/0/entrypoint/0"],
    "$defs/init-container/properties/container-log-size": ["services/0/init-containers/0/container-log-size"],
    "$defs/env/additionalProperties": [
        "services/0/init-containers/0/env/A",
        "services/0/containers/0/env/A",
        "services/1/vm/container-env/A",
    ],
    "$defs/vm/properties/cloud-init/properties/user-data": ["services/1/vm/cloud-init/user-data"],
    "$defs/vm/properties/cloud-init/properties/meta-data": ["services/1/vm/cloud-init/meta-data"],
    "$defs/vm/properties/cloud-init/properties/vendor-data": ["services/1/vm/cloud-init/vendor-data"],
    "$defs/vm/properties/cloud-init/properties/network-config": ["services/1/vm/cloud-init/network-config"],
    "$defs/vm/properties/container-log-size": ["services/1/vm/container-log-size"],
    "$defs/volume/properties/config-map/properties/items/items/properties/data":
        ["services/0/volumes/0/config-map/items/0/data"],
    "$defs/volume/properties/vault-secret/properties/vault": ["services/0/volumes/1/vault-secret/vault"],
    "$defs/volume/properties/vault-secret/properties/secret": ["services/0/volumes/1/vault-secret/secret"],
    "$defs/variable/properties/value-from-vault-secret/properties/vault":
        ["services/0/variables/1/value-from-vault-secret/vault"],
    "$defs/variable/properties/value-from-vault-secret/properties/secret":
        ["services/0/variables/1/value-from-vault-secret/secret"],
}
# Substituted according to the platform's list of variable uses (reference §2.9), though our schema
# types the probe command as plain strings.
NOT_IN_SCHEMA: dict[str, list[str]] = {
    "probes.*.exec.cmd": [
        "services/0/containers/0/probes/startup/exec/cmd/0",
        "services/0/containers/0/probes/readiness/exec/cmd/0",
        "services/0/containers/0/probes/liveness/exec/cmd/0",
    ],
}


def _schema_expression_fields() -> set[str]:
    found: set[str] = set()

    def walk(node: object, path: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            if node.get("$ref") in EXPRESSION_REFS:
                found.add("/".join(path))
            for key, value in node.items():
                walk(value, path + (key,))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, path + (str(index),))

    walk(json.loads(SCHEMA.read_text(encoding="utf-8")), ())
    return found


def test_table_covers_every_expression_field_of_the_schema() -> None:
    assert set(SUBSTITUTED_FIELDS) == _schema_expression_fields()


def test_every_substituted_field_is_checked_and_nothing_else() -> None:
    reported = [d.yaml_path for d in run_folder(EVERY_FIELD, Config(select=["APP004"])).diagnostics
                if d.code == "APP004"]
    expected = [p for paths in (*SUBSTITUTED_FIELDS.values(), *NOT_IN_SCHEMA.values()) for p in paths]
    assert sorted(reported) == sorted(expected)


def test_external_applications_count_as_declared() -> None:
    folder = CASES / "undefined_application" / "typo_in_application"
    config = Config(external=External(applications=["inventory"]))
    lines = lint_folder(folder, ["APP010"], config=config)
    assert lines == [
        'application-deployments/storefront.yaml:2:14: error APP010 deployment "storefront" deploys application '
        '"storefornt", which is not declared in the project [undefined-application]'
    ]


def test_external_applications_alone_turn_the_check_on(project: Project) -> None:
    project.write({"application-deployments/web.yaml":
                   "name: web\napplication: web\nplacement:\n  match-site-labels: system/type = edge\n"})
    assert project.lint(["APP010"]) == []
    config = Config(external=External(applications=["shop"]))
    assert project.lint(["APP010"], config=config) == [
        'application-deployments/web.yaml:2:14: error APP010 deployment "web" deploys application "web", '
        "which is not declared in the project [undefined-application]"
    ]


@pytest.mark.parametrize(
    ("value", "column"),
    [
        pytest.param("system/type = edge and", 41, id="dangling-and"),
        pytest.param("'a = b or (c'", 32, id="single-quoted"),
        pytest.param("a = b)", 27, id="unmatched-close"),
    ],
)
def test_label_problem_column(project: Project, value: str, column: int) -> None:
    project.write({"application-deployments/web.yaml":
                   f"name: web\napplication: web\nplacement:\n  match-site-labels: {value}\n"})
    [line] = project.lint(["APP013"])
    assert line.startswith(f"application-deployments/web.yaml:4:{column}: error APP013 ")
