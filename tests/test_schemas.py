"""The JSON Schemas in schemas/: metaschema, conventions, valid documents and one failing case per constraint."""
from __future__ import annotations

import copy
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import referencing.exceptions
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from ruamel.yaml import YAML

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
CASES_DIR = Path(__file__).resolve().parent / "schema_cases"
# Relative ids (the file name): every $ref between bundled schemas resolves to a sibling file,
# here and in editors, with nothing to fetch. config.schema.json keeps its own id (it has no
# $ref to another file).
OWN_ID_EXCEPTIONS = {"config.schema.json"}
KINDS = (
    "application",
    "application-deployment",
    "vault",
    "secret",
    "image-registry-settings",
    "remote-registry",
    "policy",
    "approle",
    "jwt-auth",
    "jwt-role",
    "acme-service",
    "acme-static-request",
    "site",
    "tenant",
    "resource-profile",
)
SCHEMA_FILES = sorted(SCHEMA_DIR.glob("*.schema.json"))


def load_yaml(text: str) -> Any:
    # YAML 1.2 safe loading gives the plain data the linter validates (1.10 is a float, "yes" a string).
    return YAML(typ="safe", pure=True).load(io.StringIO(text))


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict]:
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in SCHEMA_FILES}


@pytest.fixture(scope="module")
def registry(schemas: dict[str, dict]) -> Registry:
    # No retrieve function: a reference to anything not preloaded raises Unresolvable.
    return Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())


@pytest.fixture(scope="module")
def validators(schemas: dict[str, dict], registry: Registry) -> dict[str, Draft202012Validator]:
    return {kind: Draft202012Validator(schemas[f"{kind}.schema.json"], registry=registry) for kind in KINDS}


def is_choice_byproduct(error: ValidationError) -> bool:
    """A oneOf/not of required keys judged on a non-object: always paired with a type error at the same path.

    required ignores non-objects, so on a string every oneOf branch passes (oneOf fails) and every
    not-required fails. The engine drops these, as this helper does; test_choice_byproducts shows them.
    """
    return error.validator in ("oneOf", "not") and not isinstance(error.instance, dict)


def errors(validators: dict[str, Draft202012Validator], kind: str, document: Any) -> list[tuple[str, list]]:
    found = [
        (e.validator, list(e.absolute_path))
        for e in validators[kind].iter_errors(document)
        if not is_choice_byproduct(e)
    ]
    return sorted(found, key=repr)


def walk(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


# ---------------------------------------------------------------------------------------------
# The schema files themselves


def test_one_schema_per_kind_plus_common_and_config() -> None:
    names = {path.name for path in SCHEMA_FILES}
    assert {f"{kind}.schema.json" for kind in KINDS} | {"common.schema.json", "config.schema.json"} <= names
    from avassa_lint.loading.classify import KINDS as ALL_KINDS

    assert names - {"common.schema.json", "config.schema.json"} == {f"{kind}.schema.json" for kind in ALL_KINDS}


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_schema_is_valid_2020_12(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    if path.name not in OWN_ID_EXCEPTIONS:
        assert schema["$id"] == path.name
    assert schema["title"] and schema["description"]


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_every_ref_resolves_offline(path: Path, schemas: dict[str, dict], registry: Registry) -> None:
    schema = schemas[path.name]
    resolver = registry.resolver(base_uri=schema["$id"])
    refs = [node["$ref"] for _, node in walk(schema) if isinstance(node, dict) and isinstance(node.get("$ref"), str)]
    for ref in refs:
        assert ref.startswith("#/") or ref.startswith("common.schema.json#/$defs/"), ref
        resolver.lookup(ref)  # raises on a dangling reference


def test_remote_reference_fails_loudly(registry: Registry) -> None:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "https://example.com/remote.json"}
    with pytest.raises(referencing.exceptions.Unresolvable):
        list(Draft202012Validator(schema, registry=registry).iter_errors({}))


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_every_property_has_a_description(path: Path, schemas: dict[str, dict]) -> None:
    missing = [
        "/".join(map(str, (*where, key)))
        for where, node in walk(schemas[path.name])
        if isinstance(node, dict) and where[-1:] == ("properties",)
        for key, sub in node.items()
        if not sub.get("description")
    ]
    assert missing == []


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_defaults_are_valid(path: Path, schemas: dict[str, dict], validators) -> None:
    schema = schemas[path.name]
    for where, node in walk(schema):
        if isinstance(node, dict) and "default" in node and where[-1:] != ("properties",):
            pointer = "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in where)
            target = validators["application"].evolve(schema={"$ref": f"{schema['$id']}#/{pointer}"})
            assert list(target.iter_errors(node["default"])) == [], where


# Objects whose fields are not documented stay open on purpose, and say so: "x-unverified-keys"
# turns each extra key into an SCH010 note.
OPEN_OBJECTS = {
    ("secret.schema.json", ("properties", "auto-acme-cert")),
}


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_objects_are_closed_or_maps(path: Path, schemas: dict[str, dict]) -> None:
    open_objects = [
        where
        for where, node in walk(schemas[path.name])
        if isinstance(node, dict) and "properties" in node and where[-1:] != ("properties",)
        and "additionalProperties" not in node and (path.name, where) not in OPEN_OBJECTS
        and "x-unverified-keys" not in node  # open on purpose, each extra key noted (SCH010)
    ]
    assert open_objects == []


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_choices_use_required_only(path: Path, schemas: dict[str, dict]) -> None:
    """oneOf branches are single-key required; not is a pair of keys; no anyOf (the error mapper relies on it)."""
    for where, node in walk(schemas[path.name]):
        if not isinstance(node, dict) or where[-1:] == ("properties",):
            continue
        assert "anyOf" not in node, where
        for branch in node.get("oneOf", []):
            assert list(branch) == ["required"] and len(branch["required"]) == 1, where
        if "not" in node:
            assert list(node["not"]) == ["required"] and len(node["not"]["required"]) == 2, where
        for part in node.get("allOf", []):
            assert list(part) == ["not"], where
        if where[-2:-1] == ("allOf",):
            continue  # a part of the parent's choice, checked with the parent
        choice_keys = [k for b in node.get("oneOf", []) for k in b["required"]]
        choice_keys += node.get("not", {}).get("required", [])
        choice_keys += [k for p in node.get("allOf", []) for k in p["not"]["required"]]
        assert set(choice_keys) <= set(node.get("properties", {})), where


# ---------------------------------------------------------------------------------------------
# Valid documents

VALID_CASES = sorted(CASES_DIR.glob("*/*.yaml"))


def test_every_kind_has_valid_cases() -> None:
    assert {p.parent.name for p in VALID_CASES} == set(KINDS)


@pytest.mark.parametrize("path", VALID_CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_valid_document_passes(path: Path, validators: dict[str, Draft202012Validator]) -> None:
    document = load_yaml(path.read_text(encoding="utf-8"))
    assert errors(validators, path.parent.name, document) == []


def case(kind: str, name: str) -> Any:
    return load_yaml((CASES_DIR / kind / f"{name}.yaml").read_text(encoding="utf-8"))


def lenient_variants() -> list[tuple[str, str, tuple, Any]]:
    """Fields whose shape is undocumented accept every shape the sources hint at."""
    return [
        ("application-deployment", "minimal", ("placement",), {"all-sites": True}),
        ("application-deployment", "minimal", ("placement",), {"all-sites": None}),
        ("application-deployment", "minimal", ("placement",), {"all-sites": {}}),
        ("application-deployment", "manual-canary", ("deploy-to-sites", "canary-continue-by-action"), True),
        ("application-deployment", "manual-canary", ("deploy-to-sites", "canary-continue-by-action"), None),
        ("secret", "registry-credentials", ("allow-tenant-access",), ["other-tenant"]),
        ("secret", "registry-credentials", ("allow-tenant-access",), True),
        ("secret", "registry-credentials", ("auto-cert",), {"cert-refresh-time": "30d", "ttl": "90d"}),
        ("secret", "registry-credentials", ("auto-acme-cert",), {"acme-service": "letsencrypt", "names": ["a.example.com"]}),
        ("vault", "minimal", ("distribute",), {"to": "all"}),
        ("vault", "minimal", ("distribute",), {"to": "inherit"}),
    ]


def put(document: Any, path: tuple, value: Any) -> Any:
    document = copy.deepcopy(document)
    *parents, last = path
    node = document
    for key in parents:
        node = node[key]
    node[last] = value
    return document


def drop(document: Any, path: tuple) -> Any:
    document = copy.deepcopy(document)
    *parents, last = path
    node = document
    for key in parents:
        node = node[key]
    del node[last]
    return document


@pytest.mark.parametrize("kind", KINDS)
def test_valid_cases_use_every_field(kind: str, schemas: dict[str, dict]) -> None:
    """Each field of a kind appears in one of its valid cases (or, for undocumented fields, a lenient variant)."""
    defined = {
        key
        for where, node in walk(schemas[f"{kind}.schema.json"])
        if isinstance(node, dict) and where[-1:] == ("properties",)
        for key in node
    }
    samples = [case(kind, p.stem) for p in sorted((CASES_DIR / kind).glob("*.yaml"))]
    samples += [{path[-1]: value} for k, _, path, value in lenient_variants() if k == kind]
    used = {key for sample in samples for _, node in walk(sample) if isinstance(node, dict) for key in node}
    assert sorted(defined - used) == []


@pytest.mark.parametrize("kind,base,path,value", lenient_variants())
def test_lenient_fields_accept_documented_shapes(kind, base, path, value, validators) -> None:
    assert errors(validators, kind, put(case(kind, base), path, value)) == []


VALID_SCALARS = [
    ("name", ["web", "1473-ventilation-lb-03", "a", "a-b-c"]),
    ("version", ["1.0", "2.4.2", "1.0-rc1+build.5", "3"]),
    ("application-version", ["*", "1.0", "2.4.2"]),
    ("variable-name", ["DB_USERNAME", "_x", "a1"]),
    ("duration", ["0s", "30s", "15m", "1h", "5h", "10m30s", "1y2d5h", "2d", "1y2d3h4m5s"]),
    ("size", ["100 MB", "10GB", "22.2 MiB", "1kB", "4 TiB", "0", "512"]),
    ("size-or-expression", ["100 MB", "${LOG_SIZE}", "0"]),
    ("bandwidth", ["12 Gibit/s", "100 Mbit/s", "1kbit/s", "unlimited", "500 bit/s"]),
    ("port-ranges", ["80", "443,1025-1200", "80,443", "1-65535"]),
    ("file-mode", ["644", "400", "755", "000"]),
    ("uid-gid", ["0:0", "1000:1000", "1000"]),
    ("absolute-filepath", ["/", "/credentials", "/etc/nginx/nginx.conf", "/a/.hidden", "/a/..b"]),
    ("label-name", ["color", "example.com/color", "system/type", "example.com/location.city", "all"]),
    ("label-value", ["stockholm", "1", "a=b"]),
    ("label-match-expression", ["system/type = edge", "{}", "(a and not b) or c = d\n"]),
    ("port", [1, 80, 65535]),
    ("uint32-or-expression", [0, 3, "${N}", "x${N}"]),
    ("verdict", ["allow", "deny"]),
]

INVALID_SCALARS = [
    ("name", "My_App", "pattern"),
    ("name", "-web", "pattern"),
    ("name", "web-", "pattern"),
    ("name", "", "pattern"),
    ("name", 7, "type"),
    ("version", 1.1, "type"),
    ("version", "1.0 beta", "pattern"),
    ("application-version", "**", "pattern"),
    ("application-version", 1.0, "type"),
    ("variable-name", "1BAD", "pattern"),
    ("variable-name", "DB-USER", "pattern"),
    ("duration", "10 minutes", "pattern"),
    ("duration", "", "pattern"),
    ("duration", "10", "pattern"),
    ("duration", "5s10m", "pattern"),
    ("duration", "1.5h", "pattern"),
    ("duration", 30, "type"),
    ("size", "10 Gb", "pattern"),
    ("size", "100MBs", "pattern"),
    ("size", "100  MB", "pattern"),
    ("size", "MB", "pattern"),
    ("size", 100, "type"),
    ("size-or-expression", "lots", "pattern"),
    ("bandwidth", "100 Mbps", "pattern"),
    ("port-ranges", "80;443", "pattern"),
    ("port-ranges", "80, 443", "pattern"),
    ("port-ranges", "", "pattern"),
    ("port-ranges", 80, "type"),
    ("file-mode", "999", "pattern"),
    ("file-mode", "0644", "pattern"),
    ("file-mode", 644, "type"),
    ("uid-gid", "root", "pattern"),
    ("uid-gid", "1000:", "pattern"),
    ("absolute-filepath", "relative/path", "pattern"),
    ("absolute-filepath", "/a/../b", "pattern"),
    ("absolute-filepath", "/a/./b", "pattern"),
    ("absolute-filepath", "/..", "pattern"),
    ("label-name", "Bad Label", "pattern"),
    ("label-name", "example.com/", "pattern"),
    ("label-value", "two words", "pattern"),
    ("label-value", "f(x)", "pattern"),
    ("label-match-expression", "", "minLength"),
    ("port", 0, "minimum"),
    ("port", 65536, "maximum"),
    ("port", "80", "type"),
    ("uint32-or-expression", -1, "minimum"),
    ("uint32-or-expression", "3", "pattern"),
    ("verdict", "permit", "enum"),
]


def common_def(validators: dict[str, Draft202012Validator], name: str) -> Draft202012Validator:
    schema = {"$ref": f"common.schema.json#/$defs/{name}"}
    return validators["application"].evolve(schema=schema)


@pytest.mark.parametrize("name,values", VALID_SCALARS, ids=[n for n, _ in VALID_SCALARS])
def test_common_format_accepts(name: str, values: list, validators) -> None:
    validator = common_def(validators, name)
    for value in values:
        assert list(validator.iter_errors(value)) == [], value


@pytest.mark.parametrize("name,value,keyword", INVALID_SCALARS, ids=[f"{n}={v!r}" for n, v, _ in INVALID_SCALARS])
def test_common_format_rejects(name: str, value: Any, keyword: str, validators) -> None:
    assert [e.validator for e in common_def(validators, name).iter_errors(value)] == [keyword]


# ---------------------------------------------------------------------------------------------
# Failing documents: each is a valid case with one mistake, and yields exactly one error.

S0 = ("services", 0)
C0 = (*S0, "containers", 0)
NET = (*S0, "network")
INGRESS = (*NET, "ingress-ip-per-instance")


def vm_service() -> dict:
    return case("application", "vm")["services"][0]


MUTATIONS: list[tuple[str, str, str, Any, str, tuple]] = [
    # id, kind, base case, mutation (callable on the document), expected keyword, expected path
    # application, top level
    ("app-status-key", "application", "minimal", lambda d: put(d, ("status",), {"oper-status": "running"}), "additionalProperties", ()),
    ("app-missing-services", "application", "minimal", lambda d: drop(d, ("services",)), "required", ()),
    ("app-missing-name", "application", "minimal", lambda d: drop(d, ("name",)), "required", ()),
    ("app-name-pattern", "application", "minimal", lambda d: put(d, ("name",), "My_App"), "pattern", ("name",)),
    ("app-version-float", "application", "minimal", lambda d: put(d, ("version",), 1.1), "type", ("version",)),
    ("app-version-float-1.10", "application", "minimal", lambda d: put(d, ("version",), load_yaml("v: 1.10")["v"]), "type", ("version",)),
    ("app-version-pattern", "application", "minimal", lambda d: put(d, ("version",), "1.0 final"), "pattern", ("version",)),
    ("app-on-mutable-enum", "application", "minimal", lambda d: put(d, ("on-mutable-variable-change",), "restart"), "enum", ("on-mutable-variable-change",)),
    ("app-labels-name", "application", "full", lambda d: put(d, ("labels",), {"Bad Label": "x"}), "pattern", ("labels",)),
    ("app-labels-value", "application", "full", lambda d: put(d, ("labels", "tier"), "front end"), "pattern", ("labels", "tier")),
    ("app-labels-value-int", "application", "full", lambda d: put(d, ("labels", "tier"), 1), "type", ("labels", "tier")),
    ("app-labels-list-item", "application", "full", lambda d: put(d, ("labels", "tier"), ["a", "b c"]), "pattern", ("labels", "tier", 1)),
    ("app-network-unknown", "application", "full", lambda d: put(d, ("network", "name"), "x"), "additionalProperties", ("network",)),
    ("app-bandwidth", "application", "full", lambda d: put(d, ("resources", "network", "upstream-bandwidth-per-host"), "10 Mbps"), "pattern", ("resources", "network", "upstream-bandwidth-per-host")),
    ("app-services-not-list", "application", "minimal", lambda d: put(d, ("services",), d["services"][0]), "type", ("services",)),
    # service
    ("service-unknown-replica", "application", "minimal", lambda d: put(drop(d, (*S0, "replicas")), (*S0, "replica"), 1), "additionalProperties", S0),
    ("service-missing-mode", "application", "minimal", lambda d: drop(d, (*S0, "mode")), "required", S0),
    ("service-missing-name", "application", "minimal", lambda d: drop(d, (*S0, "name")), "required", S0),
    ("service-mode-enum", "application", "minimal", lambda d: put(d, (*S0, "mode"), "replicate"), "enum", (*S0, "mode")),
    ("service-containers-and-vm", "application", "minimal", lambda d: put(d, (*S0, "vm"), vm_service()["vm"]), "oneOf", S0),
    ("service-neither-containers-nor-vm", "application", "minimal", lambda d: drop(d, (*S0, "containers")), "oneOf", S0),
    ("service-init-containers-and-vm", "application", "vm", lambda d: put(d, (*S0, "init-containers"), [{"name": "i", "image": "busybox"}]), "not", S0),
    ("service-replicas-negative", "application", "minimal", lambda d: put(d, (*S0, "replicas"), -1), "minimum", (*S0, "replicas")),
    ("service-replicas-string", "application", "minimal", lambda d: put(d, (*S0, "replicas"), "3"), "pattern", (*S0, "replicas")),
    ("service-replicas-float", "application", "minimal", lambda d: put(d, (*S0, "replicas"), 2.5), "type", (*S0, "replicas")),
    ("service-share-pid-string", "application", "minimal", lambda d: put(d, (*S0, "share-pid-namespace"), "yes"), "type", (*S0, "share-pid-namespace")),
    ("service-placement-site-labels", "application", "full", lambda d: put(d, (*S0, "placement", "match-site-labels"), "x"), "additionalProperties", (*S0, "placement")),
    ("service-affinity-item", "application", "full", lambda d: put(d, (*S0, "placement", "preferred-affinity", "services"), ["Bad_Name"]), "pattern", (*S0, "placement", "preferred-affinity", "services", 0)),
    ("service-delayed-shutdown-timeout", "application", "full", lambda d: drop(d, (*S0, "delayed-shutdown", "timeout")), "required", (*S0, "delayed-shutdown")),
    ("service-delayed-shutdown-max", "application", "full", lambda d: put(d, (*S0, "delayed-shutdown", "max-number-of-instances"), "two"), "pattern", (*S0, "delayed-shutdown", "max-number-of-instances")),
    # service network
    ("network-host-false", "application", "full", lambda d: put(d, ("services", 1, "network", "host"), False), "const", ("services", 1, "network", "host")),
    ("network-host-and-outbound", "application", "full", lambda d: put(d, ("services", 1, "network", "outbound-access"), {"allow-all": True}), "not", ("services", 1, "network")),
    ("network-host-and-ingress", "application", "full", lambda d: put(d, ("services", 1, "network", "ingress-ip-per-instance"), {}), "not", ("services", 1, "network")),
    ("outbound-allow-and-deny", "application", "ingress", lambda d: put(d, (*NET, "outbound-access", "allow-all"), True), "not", (*NET, "outbound-access")),
    ("outbound-deny-and-rules", "application", "ingress", lambda d: put(d, (*NET, "outbound-access", "rules"), {"10.0.0.0/8": "allow"}), "not", (*NET, "outbound-access")),
    ("outbound-allow-all-false", "application", "ingress", lambda d: put(d, (*NET, "outbound-access", "deny-all"), False), "const", (*NET, "outbound-access", "deny-all")),
    ("outbound-verdict", "application", "full", lambda d: put(d, (*NET, "outbound-access", "rules", "10.0.0.0/8"), "permit"), "enum", (*NET, "outbound-access", "rules", "10.0.0.0/8")),
    ("outbound-default-action", "application", "full", lambda d: put(d, (*NET, "outbound-access", "default-action"), "reject"), "enum", (*NET, "outbound-access", "default-action")),
    ("inbound-allow-all-and-rules", "application", "full", lambda d: put(d, (*INGRESS, "inbound-access", "allow-all"), True), ["not", "not"], (*INGRESS, "inbound-access")),
    ("access-allow-and-deny", "application", "ingress", lambda d: put(d, (*INGRESS, "access", "deny-all"), True), "not", (*INGRESS, "access")),
    ("protocol-enum", "application", "ingress", lambda d: put(d, (*INGRESS, "protocols", 0, "name"), "http"), "enum", (*INGRESS, "protocols", 0, "name")),
    ("protocol-missing-port-ranges", "application", "ingress", lambda d: drop(d, (*INGRESS, "protocols", 0, "port-ranges")), "required", (*INGRESS, "protocols", 0)),
    ("protocol-port-ranges-semicolon", "application", "ingress", lambda d: put(d, (*INGRESS, "protocols", 0, "port-ranges"), "80;443"), "pattern", (*INGRESS, "protocols", 0, "port-ranges")),
    ("protocol-port-ranges-int", "application", "ingress", lambda d: put(d, (*INGRESS, "protocols", 0, "port-ranges"), 80), "type", (*INGRESS, "protocols", 0, "port-ranges")),
    ("protocol-ports-key", "application", "ingress", lambda d: put(d, (*INGRESS, "protocols", 0, "ports"), "80"), "additionalProperties", (*INGRESS, "protocols", 0)),
    ("ingress-srv-missing-priority", "application", "full", lambda d: drop(d, (*INGRESS, "dns-records", "domains", 0, "srv", 0, "priority")), "required", (*INGRESS, "dns-records", "domains", 0, "srv", 0)),
    ("ingress-srv-target", "application", "full", lambda d: put(d, (*INGRESS, "dns-records", "domains", 0, "srv", 0, "target"), "x"), "additionalProperties", (*INGRESS, "dns-records", "domains", 0, "srv", 0)),
    ("site-dns-srv-missing-weight", "application", "full", lambda d: drop(d, (*S0, "site-dns-records", "domains", 0, "srv", 0, "weight")), "required", (*S0, "site-dns-records", "domains", 0, "srv", 0)),
    ("site-dns-naptr-flags", "application", "full", lambda d: put(d, (*S0, "site-dns-records", "domains", 0, "naptr", 0, "flags"), "S!"), "pattern", (*S0, "site-dns-records", "domains", 0, "naptr", 0, "flags")),
    ("site-dns-missing-domain", "application", "full", lambda d: drop(d, (*S0, "site-dns-records", "domains", 0, "domain")), "required", (*S0, "site-dns-records", "domains", 0)),
    # variables
    ("variable-value-and-vault", "application", "full", lambda d: put(d, (*S0, "variables", 1, "value"), "x"), "oneOf", (*S0, "variables", 1)),
    ("variable-no-value", "application", "full", lambda d: drop(d, (*S0, "variables", 0, "value")), "oneOf", (*S0, "variables", 0)),
    ("variable-name-pattern", "application", "full", lambda d: put(d, (*S0, "variables", 0, "name"), "1REPLICAS"), "pattern", (*S0, "variables", 0, "name")),
    ("variable-value-int", "application", "full", lambda d: put(d, (*S0, "variables", 0, "value"), 2), "type", (*S0, "variables", 0, "value")),
    ("variable-vault-missing-key", "application", "full", lambda d: drop(d, (*S0, "variables", 1, "value-from-vault-secret", "key")), "required", (*S0, "variables", 1, "value-from-vault-secret")),
    # volumes
    ("volume-two-types", "application", "full", lambda d: put(d, (*S0, "volumes", 0, "persistent-volume"), {"size": "1GB"}), "oneOf", (*S0, "volumes", 0)),
    ("volume-no-type", "application", "full", lambda d: drop(d, (*S0, "volumes", 0, "ephemeral-volume")), "oneOf", (*S0, "volumes", 0)),
    ("volume-missing-name", "application", "full", lambda d: drop(d, (*S0, "volumes", 0, "name")), "required", (*S0, "volumes", 0)),
    ("volume-missing-size", "application", "full", lambda d: drop(d, (*S0, "volumes", 1, "persistent-volume", "size")), "required", (*S0, "volumes", 1, "persistent-volume")),
    ("volume-file-mode", "application", "full", lambda d: put(d, (*S0, "volumes", 0, "ephemeral-volume", "file-mode"), "999"), "pattern", (*S0, "volumes", 0, "ephemeral-volume", "file-mode")),
    ("volume-bad-size", "application", "full", lambda d: put(d, (*S0, "volumes", 0, "ephemeral-volume", "size"), "1 gigabyte"), "pattern", (*S0, "volumes", 0, "ephemeral-volume", "size")),
    ("volume-file-ownership", "application", "full", lambda d: put(d, (*S0, "volumes", 0, "ephemeral-volume", "file-ownership"), "app:app"), "pattern", (*S0, "volumes", 0, "ephemeral-volume", "file-ownership")),
    ("volume-system-reference", "application", "full", lambda d: drop(d, (*S0, "volumes", 2, "system-volume", "reference")), "required", (*S0, "volumes", 2, "system-volume")),
    ("config-map-as-list", "application", "config-map", lambda d: put(d, (*S0, "volumes", 0, "config-map"), [{"name": "a", "data": "x"}]), "type", (*S0, "volumes", 0, "config-map")),
    ("config-map-data-and-verbatim", "application", "config-map", lambda d: put(d, (*S0, "volumes", 0, "config-map", "items", 0, "data-verbatim"), "x"), "not", (*S0, "volumes", 0, "config-map", "items", 0)),
    ("vault-secret-empty-vault", "application", "vault-secret", lambda d: put(d, (*S0, "volumes", 0, "vault-secret", "vault"), ""), "minLength", (*S0, "volumes", 0, "vault-secret", "vault")),
    ("vault-secret-missing-secret", "application", "vault-secret", lambda d: drop(d, (*S0, "volumes", 0, "vault-secret", "secret")), "required", (*S0, "volumes", 0, "vault-secret")),
    # containers
    ("container-restart-policy", "application", "minimal", lambda d: put(d, (*C0, "restart-policy"), "always"), "additionalProperties", C0),
    ("container-network", "application", "minimal", lambda d: put(d, (*C0, "network"), {"outbound-access": {"allow-all": True}}), "additionalProperties", C0),
    ("container-resources-block", "application", "minimal", lambda d: put(d, (*C0, "resources"), {"limits": {"memory": "1GB"}}), "additionalProperties", C0),
    ("container-missing-image", "application", "minimal", lambda d: drop(d, (*C0, "image")), "required", C0),
    ("container-missing-name", "application", "minimal", lambda d: drop(d, (*C0, "name")), "required", C0),
    ("container-empty-image", "application", "minimal", lambda d: put(d, (*C0, "image"), ""), "minLength", (*C0, "image")),
    ("container-env-int", "application", "full", lambda d: put(d, (*C0, "env", "LED_PIN"), 18), "type", (*C0, "env", "LED_PIN")),
    ("container-env-null", "application", "full", lambda d: put(d, (*C0, "env", "API_KEY"), None), "type", (*C0, "env", "API_KEY")),
    ("container-env-bool", "application", "full", lambda d: put(d, (*C0, "env", "DEBUG"), True), "type", (*C0, "env", "DEBUG")),
    ("container-env-list", "application", "minimal", lambda d: put(d, (*C0, "env"), ["A=1"]), "type", (*C0, "env")),
    ("container-cmd-string", "application", "full", lambda d: put(d, (*C0, "cmd"), "run --fast"), "type", (*C0, "cmd")),
    ("container-cpus-zero", "application", "full", lambda d: put(d, (*C0, "cpus"), 0), "minimum", (*C0, "cpus")),
    ("container-cpus-text", "application", "full", lambda d: put(d, (*C0, "cpus"), "half"), "pattern", (*C0, "cpus")),
    ("container-cpu-shares-range", "application", "full", lambda d: put(d, (*C0, "cpu-shares"), 70000), "maximum", (*C0, "cpu-shares")),
    ("container-memory-size", "application", "full", lambda d: put(d, (*C0, "memory"), "512M"), "pattern", (*C0, "memory")),
    ("container-log-size", "application", "full", lambda d: put(d, (*C0, "container-log-size"), "big"), "pattern", (*C0, "container-log-size")),
    ("container-log-archive-days-negative", "application", "full", lambda d: put(d, (*C0, "container-log-archive-days"), -1), "minimum", (*C0, "container-log-archive-days")),
    ("container-shutdown-timeout", "application", "full", lambda d: put(d, (*C0, "shutdown-timeout"), "10 minutes"), "pattern", (*C0, "shutdown-timeout")),
    ("container-user-name", "application", "full", lambda d: put(d, (*C0, "user"), "root"), "pattern", (*C0, "user")),
    ("container-user-range", "application", "full", lambda d: put(d, (*C0, "user"), 70000), "maximum", (*C0, "user")),
    ("container-user-namespace-false", "application", "full", lambda d: put(d, (*C0, "user-namespace", "host"), False), "const", (*C0, "user-namespace", "host")),
    ("container-no-builtin-init-false", "application", "full", lambda d: put(d, (*C0, "no-builtin-init"), False), "const", (*C0, "no-builtin-init")),
    ("container-capability", "application", "full", lambda d: put(d, (*C0, "additional-capabilities", 0), "net_admin"), "enum", (*C0, "additional-capabilities", 0)),
    ("container-capability-prefixed", "application", "full", lambda d: put(d, (*C0, "additional-capabilities", 1), "CAP_SYS_TIME"), "enum", (*C0, "additional-capabilities", 1)),
    ("container-apparmor-false", "application", "full", lambda d: put(d, (*C0, "security", "apparmor", "disabled"), False), "const", (*C0, "security", "apparmor", "disabled")),
    ("container-device-label", "application", "full", lambda d: put(d, (*C0, "devices", "device-labels", 0), "Camera Front"), "pattern", (*C0, "devices", "device-labels", 0)),
    ("container-gpu-number", "application", "full", lambda d: put(d, (*C0, "gpu", "number-gpus"), 300), "maximum", (*C0, "gpu", "number-gpus")),
    ("container-execution-timeout", "application", "full", lambda d: put(d, (*C0, "execution-timeout"), "1m"), "additionalProperties", C0),
    ("container-delayed-shutdown-cmd-empty", "application", "full", lambda d: put(d, (*C0, "delayed-shutdown-cmd"), []), "minItems", (*C0, "delayed-shutdown-cmd")),
    ("init-container-probes", "application", "full", lambda d: put(d, (*S0, "init-containers", 0, "probes"), {}), "additionalProperties", (*S0, "init-containers", 0)),
    ("init-container-execution-timeout", "application", "full", lambda d: put(d, (*S0, "init-containers", 0, "execution-timeout"), "2 min"), "pattern", (*S0, "init-containers", 0, "execution-timeout")),
    # mounts
    ("mount-missing-volume-name", "application", "full", lambda d: drop(d, (*C0, "mounts", 0, "volume-name")), "required", (*C0, "mounts", 0)),
    ("mount-name-instead-of-volume-name", "application", "full", lambda d: put(drop(d, (*C0, "mounts", 0, "volume-name")), (*C0, "mounts", 0, "name"), "scratch"), ["additionalProperties", "required"], (*C0, "mounts", 0)),
    ("mount-path-and-files", "application", "full", lambda d: put(d, (*C0, "mounts", 0, "files"), [{"name": "a"}]), "oneOf", (*C0, "mounts", 0)),
    ("mount-no-path-nor-files", "application", "full", lambda d: drop(d, (*C0, "mounts", 0, "mount-path")), "oneOf", (*C0, "mounts", 0)),
    ("mount-mode-enum", "application", "full", lambda d: put(d, (*C0, "mounts", 0, "mode"), "rw"), "enum", (*C0, "mounts", 0, "mode")),
    ("mount-relative-path", "application", "full", lambda d: put(d, (*C0, "mounts", 0, "mount-path"), "scratch"), "pattern", (*C0, "mounts", 0, "mount-path")),
    ("mount-file-missing-name", "application", "full", lambda d: drop(d, (*C0, "mounts", 1, "files", 1, "name")), "required", (*C0, "mounts", 1, "files", 1)),
    # on-mounted-file-change
    ("on-mounted-restart-and-cmd", "application", "full", lambda d: put(d, (*C0, "on-mounted-file-change", "restart"), True), "not", (*C0, "on-mounted-file-change")),
    ("on-mounted-restart-string", "application", "config-map", lambda d: put(d, (*C0, "on-mounted-file-change", "restart"), "always"), "type", (*C0, "on-mounted-file-change", "restart")),
    # probes
    ("probe-two-kinds", "application", "full", lambda d: put(d, (*C0, "probes", "liveness", "http"), {"path": "/", "port": 80}), "oneOf", (*C0, "probes", "liveness")),
    ("probe-no-kind", "application", "full", lambda d: drop(d, (*C0, "probes", "liveness", "tcp")), "oneOf", (*C0, "probes", "liveness")),
    ("probe-unknown-name", "application", "full", lambda d: put(d, (*C0, "probes", "health"), {"tcp": {"port": 80}}), "additionalProperties", (*C0, "probes")),
    ("probe-http-missing-port", "application", "full", lambda d: drop(d, (*C0, "probes", "readiness", "http", "port")), "required", (*C0, "probes", "readiness", "http")),
    ("probe-http-missing-path", "application", "full", lambda d: drop(d, (*C0, "probes", "readiness", "http", "path")), "required", (*C0, "probes", "readiness", "http")),
    ("probe-scheme", "application", "full", lambda d: put(d, (*C0, "probes", "readiness", "http", "scheme"), "ftp"), "enum", (*C0, "probes", "readiness", "http", "scheme")),
    ("probe-port-zero", "application", "full", lambda d: put(d, (*C0, "probes", "liveness", "tcp", "port"), 0), "minimum", (*C0, "probes", "liveness", "tcp", "port")),
    ("probe-port-high", "application", "full", lambda d: put(d, (*C0, "probes", "liveness", "tcp", "port"), 70000), "maximum", (*C0, "probes", "liveness", "tcp", "port")),
    ("probe-port-string", "application", "full", lambda d: put(d, (*C0, "probes", "liveness", "tcp", "port"), "http"), "type", (*C0, "probes", "liveness", "tcp", "port")),
    ("probe-header-int", "application", "full", lambda d: put(d, (*C0, "probes", "readiness", "http", "request-headers", "X-Probe"), 1), "type", (*C0, "probes", "readiness", "http", "request-headers", "X-Probe")),
    ("probe-exec-missing-cmd", "application", "full", lambda d: put(d, (*C0, "probes", "startup", "exec"), {}), "required", (*C0, "probes", "startup", "exec")),
    ("probe-period", "application", "full", lambda d: put(d, (*C0, "probes", "liveness", "period"), "1 minute"), "pattern", (*C0, "probes", "liveness", "period")),
    ("probe-threshold", "application", "full", lambda d: put(d, (*C0, "probes", "startup", "failure-threshold"), "30"), "type", (*C0, "probes", "startup", "failure-threshold")),
    # vm
    ("vm-missing-container-image", "application", "vm", lambda d: drop(d, (*S0, "vm", "container-image")), "required", (*S0, "vm")),
    ("vm-image-key", "application", "vm", lambda d: put(d, (*S0, "vm", "image"), "x"), "additionalProperties", (*S0, "vm")),
    ("vm-exec-probe", "application", "vm", lambda d: put(d, (*S0, "vm", "probes", "startup"), {"http": {"path": "/", "port": 80}, "exec": {"cmd": ["true"]}}), "additionalProperties", (*S0, "vm", "probes", "startup")),
    ("vm-cloud-init-unknown", "application", "vm", lambda d: put(d, (*S0, "vm", "cloud-init", "userdata"), "x"), "additionalProperties", (*S0, "vm", "cloud-init")),
    ("vm-container-env-int", "application", "vm", lambda d: put(d, (*S0, "vm", "container-env", "CORES"), 4), "type", (*S0, "vm", "container-env", "CORES")),
    # upgrade-from
    ("upgrade-method", "application", "full", lambda d: put(d, ("upgrade-from", 0, "method"), "rolling"), "enum", ("upgrade-from", 0, "method")),
    ("upgrade-missing-regexp", "application", "full", lambda d: drop(d, ("upgrade-from", 0, "version-regexp")), "required", ("upgrade-from", 0)),
    ("upgrade-service-healthy-time", "application", "full", lambda d: put(d, ("upgrade-from", 0, "services", 1, "healthy-time"), "30 s"), "pattern", ("upgrade-from", 0, "services", 1, "healthy-time")),
    # application-deployment
    ("deployment-placement-string", "application-deployment", "minimal", lambda d: put(d, ("placement",), "system/type = edge"), "type", ("placement",)),
    ("deployment-flat-sites-in-parallel", "application-deployment", "minimal", lambda d: put(d, ("sites-in-parallel",), 1), "additionalProperties", ()),
    ("deployment-flat-canary-sites", "application-deployment", "minimal", lambda d: put(d, ("canary-sites",), {"match-site-labels": "x"}), "additionalProperties", ()),
    ("deployment-flat-canary-healthy-time", "application-deployment", "minimal", lambda d: put(d, ("canary-healthy-time",), "1h"), "additionalProperties", ()),
    ("deployment-success-threshold", "application-deployment", "canary", lambda d: put(d, ("deploy-to-sites", "success-threshold"), 1), "additionalProperties", ("deploy-to-sites",)),
    ("deployment-missing-placement", "application-deployment", "minimal", lambda d: drop(d, ("placement",)), "required", ()),
    ("deployment-missing-application", "application-deployment", "minimal", lambda d: drop(d, ("application",)), "required", ()),
    ("deployment-placement-both", "application-deployment", "minimal", lambda d: put(d, ("placement", "all-sites"), {}), "oneOf", ("placement",)),
    ("deployment-placement-empty", "application-deployment", "minimal", lambda d: put(d, ("placement",), {}), "oneOf", ("placement",)),
    ("deployment-application-version-float", "application-deployment", "minimal", lambda d: put(d, ("application-version",), 1.0), "type", ("application-version",)),
    ("deployment-application-name", "application-deployment", "minimal", lambda d: put(d, ("application",), "Popcorn"), "pattern", ("application",)),
    ("deployment-canary-timed-and-action", "application-deployment", "canary", lambda d: put(d, ("deploy-to-sites", "canary-continue-by-action"), {}), "not", ("deploy-to-sites",)),
    ("deployment-sites-in-parallel-zero", "application-deployment", "canary", lambda d: put(d, ("deploy-to-sites", "sites-in-parallel"), 0), "minimum", ("deploy-to-sites", "sites-in-parallel")),
    ("deployment-healthy-time", "application-deployment", "canary", lambda d: put(d, ("deploy-to-sites", "healthy-time"), "5 min"), "pattern", ("deploy-to-sites", "healthy-time")),
    ("deployment-canary-sites-string", "application-deployment", "canary", lambda d: put(d, ("deploy-to-sites", "canary-sites"), "canary"), "type", ("deploy-to-sites", "canary-sites")),
    ("deployment-status", "application-deployment", "minimal", lambda d: put(d, ("status",), {}), "additionalProperties", ()),
    # vault
    ("vault-missing-name", "vault", "distribute-all", lambda d: drop(d, ("name",)), "required", ()),
    ("vault-unknown-key", "vault", "distribute-all", lambda d: put(d, ("secrets",), []), "additionalProperties", ()),
    ("vault-distribute-missing-to", "vault", "distribute-all", lambda d: put(d, ("distribute",), {}), "oneOf", ("distribute",)),
    ("vault-distribute-two-choices", "vault", "distribute-all", lambda d: put(d, ("distribute", "sites"), ["a"]), "oneOf", ("distribute",)),
    ("vault-distribute-to-list", "vault", "distribute-all", lambda d: put(d, ("distribute", "to"), ["site-a", "site-b"]), "type", ("distribute", "to")),
    ("vault-distribute-site-name", "vault", "api-sample", lambda d: put(d, ("distribute", "sites", 0), "Stockholm Sergel"), "pattern", ("distribute", "sites", 0)),
    ("vault-max-versions-negative", "vault", "api-sample", lambda d: put(d, ("max-versions",), -1), "minimum", ("max-versions",)),
    ("vault-max-versions-string", "vault", "api-sample", lambda d: put(d, ("max-versions",), "1"), "type", ("max-versions",)),
    ("vault-cas-required-string", "vault", "api-sample", lambda d: put(d, ("cas-required",), "false"), "type", ("cas-required",)),
    ("vault-delete-after-format", "vault", "api-sample", lambda d: put(d, ("delete-version-after",), "30 days"), "pattern", ("delete-version-after",)),
    ("vault-name-format", "vault", "api-sample", lambda d: put(d, ("name",), "Some_Vault"), "pattern", ("name",)),
    ("vault-distribute-to-null", "vault", "distribute-all", lambda d: put(d, ("distribute", "to"), None), "type", ("distribute", "to")),
    ("vault-distribute-string", "vault", "distribute-all", lambda d: put(d, ("distribute",), "all"), "type", ("distribute",)),
    # secret
    ("secret-missing-name", "secret", "data-and-base64", lambda d: drop(d, ("name",)), "required", ()),
    ("secret-data-int", "secret", "data-and-base64", lambda d: put(d, ("data", "password"), 1234), "type", ("data", "password")),
    ("secret-data-null", "secret", "data-and-base64", lambda d: put(d, ("data", "password"), None), "type", ("data", "password")),
    ("secret-base64-invalid", "secret", "data-and-base64", lambda d: put(d, ("base64-data", "empty"), "not base64!"), "pattern", ("base64-data", "empty")),
    ("secret-allow-image-access-string", "secret", "data-and-base64", lambda d: put(d, ("allow-image-access",), "*"), "type", ("allow-image-access",)),
    ("secret-unknown-key", "secret", "data-and-base64", lambda d: put(d, ("dict",), {}), "additionalProperties", ()),
    ("secret-auto-cert-string", "secret", "data-and-base64", lambda d: put(d, ("auto-cert",), "yes"), "type", ("auto-cert",)),
    # image-registry-settings
    ("settings-name", "image-registry-settings", "settings", lambda d: put(d, ("name",), "default"), "additionalProperties", ()),
    ("settings-empty-registry", "image-registry-settings", "settings", lambda d: put(d, ("default-remote-registry",), ""), "minLength", ("default-remote-registry",)),
    ("settings-registry-list", "image-registry-settings", "settings", lambda d: put(d, ("default-remote-registry",), ["a"]), "type", ("default-remote-registry",)),
    # remote-registry
    ("registry-missing-address", "remote-registry", "credentials", lambda d: drop(d, ("address",)), "required", ()),
    ("registry-insecure", "remote-registry", "credentials", lambda d: put(d, ("insecure",), True), "additionalProperties", ()),
    ("registry-name", "remote-registry", "credentials", lambda d: put(d, ("name",), "gitlab"), "additionalProperties", ()),
    ("registry-credentials-missing-secret", "remote-registry", "credentials", lambda d: drop(d, ("credentials", 0, "secret")), "required", ("credentials", 0)),
    ("registry-credentials-missing-repository", "remote-registry", "credentials", lambda d: drop(d, ("credentials", 1, "repository")), "required", ("credentials", 1)),
    ("registry-credentials-inline-password", "remote-registry", "credentials", lambda d: put(d, ("credentials", 0, "password"), "x"), "additionalProperties", ("credentials", 0)),
    ("registry-credentials-object", "remote-registry", "credentials", lambda d: put(d, ("credentials",), d["credentials"][0]), "type", ("credentials",)),
    ("registry-ca-cert", "remote-registry", "credentials", lambda d: put(d, ("ca-cert",), "/etc/ssl/ca.pem"), "pattern", ("ca-cert",)),
    # policy: the verdicts are allow and reject; the operations are the documented ones
    ("policy-deny", "policy", "api-sample", lambda d: put(d, ("rest-api", "rules", 0, "operations", "all"), "deny"), "enum", ("rest-api", "rules", 0, "operations", "all")),
    ("policy-unknown-operation", "policy", "api-sample", lambda d: put(d, ("rest-api", "rules", 0, "operations", "list"), "allow"), "additionalProperties", ("rest-api", "rules", 0, "operations")),
    ("policy-rule-without-path", "policy", "api-sample", lambda d: drop(d, ("rest-api", "rules", 1, "path")), "required", ("rest-api", "rules", 1)),
    ("policy-rules-object", "policy", "api-sample", lambda d: put(d, ("rest-api", "rules"), d["rest-api"]["rules"][0]), "type", ("rest-api", "rules")),
    ("policy-capability-yes", "policy", "api-sample", lambda d: put(d, ("capabilities", "all"), True), "enum", ("capabilities", "all")),
    ("policy-volga-read", "policy", "volga", lambda d: put(d, ("volga", "topics", 0, "operations", "read"), "allow"), "additionalProperties", ("volga", "topics", 0, "operations")),
    ("policy-volga-deny", "policy", "volga", lambda d: put(d, ("volga", "topics", 0, "operations", "consume"), "deny"), "enum", ("volga", "topics", 0, "operations", "consume")),
    ("policy-topic-without-name", "policy", "volga", lambda d: drop(d, ("volga", "topics", 1, "name")), "required", ("volga", "topics", 1)),
    ("policy-missing-name", "policy", "volga", lambda d: drop(d, ("name",)), "required", ()),
    # approle
    ("approle-missing-name", "approle", "service-token", lambda d: drop(d, ("name",)), "required", ()),
    ("approle-unknown-key", "approle", "service-token", lambda d: put(d, ("policies",), ["a"]), "additionalProperties", ()),
    ("approle-policies-string", "approle", "service-token", lambda d: put(d, ("token-policies",), "acme-callback"), "type", ("token-policies",)),
    ("approle-ttl-number", "approle", "service-token", lambda d: put(d, ("token-ttl",), 3600), "type", ("token-ttl",)),
    ("approle-ttl-unit", "approle", "service-token", lambda d: put(d, ("token-ttl",), "24 hours"), "pattern", ("token-ttl",)),
    ("approle-bind-string", "approle", "api-sample", lambda d: put(d, ("bind-secret-id",), "yes"), "type", ("bind-secret-id",)),
    ("approle-distribute-list", "approle", "service-token", lambda d: put(d, ("distribute", "to"), ["a"]), "type", ("distribute", "to")),
    # jwt-auth and jwt-role
    ("jwt-auth-algorithms-string", "jwt-auth", "gitlab", lambda d: put(d, ("allowed-algorithms",), "rs256"), "type", ("allowed-algorithms",)),
    ("jwt-auth-refresh-number", "jwt-auth", "api-sample", lambda d: put(d, ("jwks-refresh-interval",), 300), "type", ("jwks-refresh-interval",)),
    ("jwt-role-audiences-string", "jwt-role", "ci", lambda d: put(d, ("bound-audiences",), "https://a"), "type", ("bound-audiences",)),
    ("jwt-role-missing-name", "jwt-role", "ci", lambda d: drop(d, ("name",)), "required", ()),
    # acme
    ("acme-missing-directory", "acme-service", "letsencrypt", lambda d: drop(d, ("directory-url",)), "required", ()),
    ("acme-email", "acme-service", "letsencrypt", lambda d: put(d, ("contact-email",), "admin"), "pattern", ("contact-email",)),
    ("static-request-missing-name", "acme-static-request", "server-cert", lambda d: drop(d, ("name",)), "required", ()),
    # site, tenant, resource-profile
    ("site-missing-type", "site", "top", lambda d: drop(d, ("type",)), "required", ()),
    ("site-type-cloud", "site", "top", lambda d: put(d, ("type",), "cloud"), "enum", ("type",)),
    ("site-quarantined-string", "site", "edge", lambda d: put(d, ("quarantined",), "no"), "type", ("quarantined",)),
    ("tenant-missing-kind", "tenant", "site-provider", lambda d: drop(d, ("kind",)), "required", ()),
    ("tenant-kind-owner", "tenant", "api-sample", lambda d: put(d, ("kind",), "owner"), "enum", ("kind",)),
    ("tenant-unknown-key", "tenant", "api-sample", lambda d: put(d, ("sites",), ["a"]), "additionalProperties", ()),
    ("tenant-policies-string", "tenant", "api-sample", lambda d: put(d, ("policies",), "app-owner-tenant"), "type", ("policies",)),
    ("profile-memory-number", "resource-profile", "api-sample", lambda d: put(d, ("memory", "memory-limit"), 8), "type", ("memory", "memory-limit")),
    ("profile-cpus-words", "resource-profile", "api-sample", lambda d: put(d, ("cpus", "cpus-limit"), "four"), "pattern", ("cpus", "cpus-limit")),
    ("profile-device-label-string", "resource-profile", "api-sample", lambda d: put(d, ("device-labels",), ["rtc"]), "type", ("device-labels", 0)),
    ("static-request-names-string", "acme-static-request", "server-cert", lambda d: put(d, ("names",), "a.example.com,b.example.com"), "type", ("names",)),
]


@pytest.mark.parametrize(
    "kind,base,mutate,keyword,path",
    [m[1:] for m in MUTATIONS],
    ids=[m[0] for m in MUTATIONS],
)
def test_invalid_document_fails(kind, base, mutate, keyword, path, validators) -> None:
    document = mutate(case(kind, base))
    keywords = keyword if isinstance(keyword, list) else [keyword]
    assert errors(validators, kind, document) == [(k, list(path)) for k in keywords]


BYPRODUCTS = [
    ("application-deployment", "minimal", ("placement",), "system/type = edge", ["oneOf"]),
    ("application", "full", ("services", 1, "network"), "host", ["not", "not"]),
    ("application", "minimal", ("services", 0), "web", ["not", "oneOf"]),
]


@pytest.mark.parametrize("kind,base,path,value,extra", BYPRODUCTS)
def test_choice_byproducts(kind, base, path, value, extra, validators) -> None:
    """A wrongly typed object also fails its choice keywords; each such error sits next to the type error."""
    found = list(validators[kind].iter_errors(put(case(kind, base), path, value)))
    assert sorted(e.validator for e in found) == sorted(["type", *extra])
    assert all(list(e.absolute_path) == list(path) for e in found)
    assert sorted(e.validator for e in found if is_choice_byproduct(e)) == sorted(extra)


def test_mutation_ids_are_unique() -> None:
    ids = [m[0] for m in MUTATIONS]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------------------------------------
# Offline ids: the files `avassa-lint schema --output-dir` writes resolve among themselves


def test_written_schemas_resolve_as_sibling_files(tmp_path: Path) -> None:
    """An editor loads .schemas/KIND.schema.json from disk: each relative $id and $ref, resolved
    against that file's URI, lands on a file of the same folder (nothing to fetch)."""
    from urllib.parse import urljoin
    from urllib.request import url2pathname

    from typer.testing import CliRunner

    from avassa_lint.cli.app import app

    folder = tmp_path / ".schemas"
    assert CliRunner().invoke(app, ["schema", "--output-dir", str(folder)]).exit_code == 0
    fetched: list[str] = []

    def retrieve(uri: str) -> Resource:
        assert uri.startswith("file://"), uri  # never a network address
        fetched.append(uri)
        path = Path(url2pathname(uri[len("file://"):]))
        assert path.parent == folder, uri
        return Resource.from_contents(json.loads(path.read_text(encoding="utf-8")))

    files = sorted(folder.glob("*.schema.json"))
    assert {p.name for p in files} >= {f"{kind}.schema.json" for kind in KINDS} | {"common.schema.json"}
    for path in files:
        schema = json.loads(path.read_text(encoding="utf-8"))
        base = urljoin(path.as_uri(), schema["$id"])
        if path.name not in OWN_ID_EXCEPTIONS:
            assert base == path.as_uri()
        for _, node in walk(schema):
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                target = urljoin(base, node["$ref"]).partition("#")[0]
                assert target == base or Path(url2pathname(target[len("file://"):])).parent == folder
    registry = Registry(retrieve=retrieve)  # type: ignore[call-arg]
    for kind in KINDS:
        validator = Draft202012Validator({"$ref": (folder / f"{kind}.schema.json").as_uri()}, registry=registry)
        for sample in sorted((CASES_DIR / kind).glob("*.yaml")):
            assert [e.message for e in validator.iter_errors(load_yaml(sample.read_text(encoding="utf-8")))
                    if not is_choice_byproduct(e)] == [], sample
    assert any(uri.endswith("/common.schema.json") for uri in fetched)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("prefix", [".schemas/", "../.schemas/", "./.schemas/", "/home/me/project/.schemas/"])
def test_offline_modeline_gives_the_kind(kind: str, prefix: str) -> None:
    from avassa_lint.loading.classify import header_hint

    hint = header_hint(f"# yaml-language-server: $schema={prefix}{kind}.schema.json\nname: x\n")
    assert hint is not None and hint.kind == kind and hint.source == "modeline"


# ---------------------------------------------------------------------------------------------
# x-unverified annotations (SCH010 unverified-field notes)


def annotations(schemas: dict[str, dict]) -> list[tuple[str, tuple, str, Any]]:
    return [
        (name, where, keyword, node[keyword])
        for name, schema in schemas.items()
        for where, node in walk(schema)
        if isinstance(node, dict) and where[-1:] != ("properties",)
        for keyword in ("x-unverified", "x-unverified-keys")
        if keyword in node
    ]


def test_unverified_annotations_are_reasons_in_the_right_places(schemas: dict[str, dict]) -> None:
    found = annotations(schemas)
    assert found, "the schemas mark what they could not verify"
    for name, where, keyword, reason in found:
        assert isinstance(reason, str) and reason and not reason.endswith("."), (name, where)
        node = schemas[name]
        for part in where:
            node = node[part]
        if keyword == "x-unverified":
            assert where[-2:-1] == ("properties",), (name, where)  # on a property: the key is noted
        else:
            assert node.get("type") == "object" and node.get("additionalProperties", True) is not False, (name, where)
        if name.removesuffix(".schema.json") in KINDS:
            assert "SCH010" in node["description"], (name, where)  # the description says so


def test_unverified_places_per_kind(schemas: dict[str, dict]) -> None:
    """The parts of each kind that could not be verified (see rules/unverified_field.py)."""
    places = sorted((name, "/".join(map(str, where)), keyword) for name, where, keyword, _ in annotations(schemas)
                    if name.removesuffix(".schema.json") in KINDS)
    assert places == [
        ("acme-service.schema.json", "", "x-unverified-keys"),
        ("acme-static-request.schema.json", "", "x-unverified-keys"),
        ("application-deployment.schema.json", "properties/deploy-to-sites/properties/canary-continue-by-action", "x-unverified"),
        ("application-deployment.schema.json", "properties/placement/properties/all-sites", "x-unverified"),
        ("jwt-auth.schema.json", "", "x-unverified-keys"),
        ("jwt-role.schema.json", "", "x-unverified-keys"),
        ("policy.schema.json", "", "x-unverified-keys"),
        ("policy.schema.json", "properties/capabilities", "x-unverified-keys"),
        ("policy.schema.json", "properties/rest-api", "x-unverified-keys"),
        ("policy.schema.json", "properties/rest-api/properties/rules/items", "x-unverified-keys"),
        ("policy.schema.json", "properties/volga", "x-unverified-keys"),
        ("policy.schema.json", "properties/volga/properties/topics/items", "x-unverified-keys"),
        ("resource-profile.schema.json", "", "x-unverified-keys"),
        ("resource-profile.schema.json", "properties/container-storage", "x-unverified-keys"),
        ("resource-profile.schema.json", "properties/cpus", "x-unverified-keys"),
        ("resource-profile.schema.json", "properties/ingress-ipv4-ranges", "x-unverified-keys"),
        ("resource-profile.schema.json", "properties/memory", "x-unverified-keys"),
        ("secret.schema.json", "properties/allow-tenant-access", "x-unverified"),
        ("secret.schema.json", "properties/auto-acme-cert", "x-unverified-keys"),
        ("secret.schema.json", "properties/auto-cert", "x-unverified"),
        ("site.schema.json", "", "x-unverified-keys"),
    ]


def test_shipped_plans_match_the_schemas() -> None:
    from avassa_lint.validation import fastcheck
    from avassa_lint.validation.schema import SCHEMA_BASE, schema_files, schema_texts

    files = schema_files()
    computed = {n: p for n in sorted(files) if (p := fastcheck.unverified_plan(files, SCHEMA_BASE, n))}
    assert fastcheck.load_generated_plans(fastcheck.schema_digest(schema_texts())) == computed


def test_plan_follows_refs_items_and_choices() -> None:
    from avassa_lint.validation import fastcheck

    files = {
        "a.schema.json": {"$id": "a.schema.json", "type": "object", "properties": {
            "list": {"type": "array", "items": {"$ref": "b.schema.json#/$defs/entry"}},
            "either": {"oneOf": [{"properties": {"x": {"x-unverified": "x is a guess"}}},
                                 {"properties": {"y": {"x-unverified": "y is a guess"}}}]},
            "loop": {"$ref": "#"},
        }},
        "b.schema.json": {"$id": "b.schema.json", "$defs": {"entry": {
            "type": "object", "properties": {"known": {}}, "x-unverified-keys": "other keys are not documented"}}},
    }
    plan = fastcheck.unverified_plan(files, "", "a.schema.json")
    assert plan == {"k": {
        "list": [None, {"i": {"x": "other keys are not documented", "p": ["known"]}}],
        "either": [None, {"k": {"x": ["x is a guess", None], "y": ["y is a guess", None]}}],
    }}
    from avassa_lint.validation.schema import _unverified

    data = {"list": [{"known": 1, "extra": 2}, {"known": 3}], "either": {"y": 1}, "loop": {"list": []}}
    assert list(_unverified(data, plan, ())) == [
        (("list", 0, "extra"), "other keys are not documented"), (("either", "y"), "y is a guess")]


@pytest.mark.parametrize("text,fast_valid", [
    ("name: web\napplication: web\nplacement:\n  all-sites: true\n", True),
    ("name: web\napplication: web\nplacement:\n  all-sites: true\nbogus: 1\n", False),
])
def test_notes_come_with_and_without_the_fast_path(text: str, fast_valid: bool) -> None:
    from avassa_lint.validation.schema import SchemaSet
    from avassa_lint.loading.source import load_source

    schemas = SchemaSet()
    source = load_source("application-deployments/web.yaml", text.encode())
    (doc,) = source.documents
    assert schemas._fast.check("application-deployment.schema.json")(doc.data) is fast_valid
    issues = schemas.check("application-deployment", source, doc)
    notes = [(i.code, i.span.line, i.span.column, i.yaml_path) for i in issues if i.code == "SCH010"]
    assert notes == [("SCH010", 4, 3, "placement/all-sites")]
    assert any(i.code == "SCH002" for i in issues) is not fast_valid


def test_vault_list_under_to_explains_sites() -> None:
    from avassa_lint.validation.schema import SchemaSet
    from avassa_lint.loading.source import load_source

    source = load_source("strongbox/vaults/v.yaml", b"name: v\ndistribute:\n  to: [site-a, site-b]\n")
    (doc,) = source.documents
    (issue,) = SchemaSet().check("vault", source, doc)
    assert (issue.code, issue.span.line, issue.span.column) == ("SCH004", 3, 7)
    assert issue.hint and "sites: [site-a, site-b]" in issue.hint
