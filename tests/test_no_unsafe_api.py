"""No code path in linter/ or rules/ can construct objects from YAML tags, run code, or raise the
recursion limit. Checked on the syntax tree, so a docstring or comment that names an API is fine.

Deserialising bytes (pickle, marshal, shelve) is allowed only in a module that verifies an HMAC
(``hmac.compare_digest``) of what it reads: the result cache (linter/runtime/cache.py) signs every entry
with a key kept outside the project and decodes an entry with marshal only after the check, so a
tampered or planted cache entry is never decoded.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for folder in ("linter", "rules") for p in (ROOT / folder).rglob("*.py"))

UNSAFE_NAMES = {"FullLoader", "UnsafeLoader", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all",
                "UnsafeConstructor", "FullConstructor", "RoundTripConstructor_unsafe"}
UNSAFE_TYPS = {"unsafe", "full", "base"}  # ruamel.yaml YAML(typ=...) values that construct Python objects
BANNED_CALLS = {("sys", "setrecursionlimit"), ("yaml", "load"), ("yaml", "load_all"), ("builtins", "eval"),
                ("builtins", "exec"), ("os", "system"), ("os", "popen"), ("subprocess", "Popen"),
                ("subprocess", "run"), ("subprocess", "call"), ("subprocess", "check_call"),
                ("subprocess", "check_output"), ("importlib", "__import__")}
BANNED_BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint"}
# Reviewed uses of exec/compile: module -> why it is safe (and a test below that holds it to that).
REVIEWED_CODE_GENERATION = {
    "linter/validation/fastcheck.py": "compiles validity checks generated from the bundled JSON schemas; every value "
                           "from a schema (keys, patterns, enums, bounds) is bound as a constant in the "
                           "namespace, never spliced into the source, and documents reach the compiled "
                           "functions only as arguments",
}
DESERIALISERS = {("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"), ("marshal", "load"),
                 ("marshal", "loads"), ("shelve", "open"), ("dill", "load"), ("dill", "loads")}


def dotted(node: ast.AST) -> tuple[str, str] | None:
    """("module", "name") for ``module.name`` (or ``a.module.name``)."""
    if isinstance(node, ast.Attribute):
        value = node.value
        if isinstance(value, ast.Name):
            return value.id, node.attr
        if isinstance(value, ast.Attribute):
            return value.attr, node.attr
    return None


def imported_names(tree: ast.AST) -> dict[str, tuple[str, str]]:
    """``from pickle import loads as x`` -> {"x": ("pickle", "loads")}."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module.split(".")[-1], alias.name)
    return names


def problems_in(path: Path) -> list[str]:
    return problems_in_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))


def problems_in_source(text: str, name: str) -> list[str]:
    tree = ast.parse(text, name)
    aliases = imported_names(tree)
    found: list[str] = []
    deserialises: list[int] = []
    verifies = False

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{name}:{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, (ast.Name, ast.Attribute)):
            ident = node.id if isinstance(node, ast.Name) else node.attr
            if ident in UNSAFE_NAMES:
                report(node, f"uses {ident}")
        if isinstance(node, ast.alias) and node.name.split(".")[-1] in UNSAFE_NAMES:
            report(node, f"imports {node.name}")
        if not isinstance(node, ast.Call):
            continue
        target = dotted(node.func)
        if isinstance(node.func, ast.Name):
            reviewed = node.func.id in ("exec", "compile") and name in REVIEWED_CODE_GENERATION
            if node.func.id in BANNED_BUILTINS and not reviewed:
                report(node, f"calls {node.func.id}()")
            target = aliases.get(node.func.id, target)
        if target in BANNED_CALLS:
            report(node, "calls {}.{}()".format(*target))
        if target in DESERIALISERS:
            deserialises.append(node.lineno)
        if target == ("hmac", "compare_digest"):
            verifies = True
        if target == ("getattr", "") or (isinstance(node.func, ast.Name) and node.func.id == "getattr"):
            if len(node.args) > 1 and isinstance(node.args[1], ast.Constant) and node.args[1].value in (
                    "setrecursionlimit", "load", "unsafe_load", "eval", "exec"):
                report(node, f"reaches {node.args[1].value} through getattr")
        for keyword in node.keywords:
            if keyword.arg == "typ":
                values = [c.value for c in ast.walk(keyword.value) if isinstance(c, ast.Constant)]
                bad = [v for v in values if isinstance(v, str) and v in UNSAFE_TYPS]
                if bad or not values:
                    report(node, f"builds a YAML loader with typ={ast.unparse(keyword.value)}")
            if keyword.arg in ("Loader", "Constructor", "constructor") and "Safe" not in ast.unparse(keyword.value):
                report(node, f"passes {keyword.arg}={ast.unparse(keyword.value)}")
    if deserialises and not verifies:
        report(tree, f"deserialises bytes (lines {deserialises}) without verifying an HMAC (hmac.compare_digest)")
    return found


def test_the_guard_sees_the_source_tree() -> None:
    assert len(SOURCES) > 20
    assert ROOT / "linter" / "loading" / "source.py" in SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_unsafe_api(path: Path) -> None:
    assert problems_in(path) == []


@pytest.mark.parametrize("snippet, expected", [
    ("from ruamel.yaml import YAML\nYAML(typ='unsafe')", "typ='unsafe'"),
    ("from ruamel.yaml import YAML\nYAML(typ=['full'])", "typ=['full']"),
    ("import yaml\nyaml.load(x)", "yaml.load()"),
    ("import yaml\nyaml.load(x, Loader=yaml.FullLoader)", "FullLoader"),
    ("from yaml import UnsafeLoader", "UnsafeLoader"),
    ("import ruamel.yaml\nruamel.yaml.YAML().unsafe_load(x)", "unsafe_load"),
    ("import sys\nsys.setrecursionlimit(10**6)", "sys.setrecursionlimit()"),
    ("eval('1')", "eval()"),
    ("exec('x = 1')", "exec()"),
    ("import pickle\npickle.loads(blob)", "without verifying an HMAC"),
    ("from pickle import loads as l\nl(blob)", "without verifying an HMAC"),
    ("import marshal\nmarshal.loads(blob)", "without verifying an HMAC"),
    ("import os\nos.system('x')", "os.system()"),
])
def test_the_guard_catches(snippet: str, expected: str) -> None:
    found = problems_in_source(snippet, "probe.py")
    assert any(expected in line for line in found), found


def test_the_guard_allows_verified_decoding_and_names_in_text() -> None:
    snippet = ('"""Never yaml.load( or eval( here."""\nimport hmac, marshal\n'
               "if hmac.compare_digest(a, b):\n    marshal.loads(blob)  # FullLoader is not used\n")
    assert problems_in_source(snippet, "probe.py") == []


def test_generated_checks_never_splice_schema_values_into_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reviewed exec in fastcheck.py: a schema whose keys, pattern and enum hold Python code
    compiles to a check that runs none of it."""
    from avassa_lint.validation.fastcheck import FastChecks

    monkeypatch.chdir(tmp_path)
    payload = "x') or __import__('os').system('touch PWNED') or ('"
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/evil.schema.json",
        "type": "object",
        "properties": {payload: {"type": "string", "pattern": payload.replace("(", "\\(").replace(")", "\\)"),
                                 "enum": [payload, '"""', "\\"]}},
        "required": [payload],
        "additionalProperties": False,
    }
    check = FastChecks({"evil.schema.json": schema}, "https://example.invalid/").check("evil.schema.json")
    assert check is not None, "the generator no longer compiles this schema: the test proves nothing"
    assert check({payload: payload}) is True
    assert check({"other": 1}) is False
    assert not (tmp_path / "PWNED").exists()
