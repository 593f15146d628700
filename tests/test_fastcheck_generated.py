"""The validity checks shipped as source match the bundled schemas and judge like the ones
compiled at run time."""
from __future__ import annotations

from pathlib import Path

from avassa_lint.validation import fastcheck
from avassa_lint.validation.schema import SCHEMA_BASE, schema_files, schema_texts
from avassa_lint.loading.source import load_source

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "linter" / "validation" / "_fastcheck_generated.py"
GENERATED_ERRORS = ROOT / "linter" / "validation" / "_fastcheck_errors_generated.py"


def test_generated_module_is_current(update_golden: bool) -> None:
    expected = fastcheck.generate_module(schema_files(), SCHEMA_BASE, fastcheck.schema_digest(schema_texts()))
    if update_golden:
        GENERATED.write_text(expected, encoding="utf-8")
    assert GENERATED.read_text(encoding="utf-8") == expected, "regenerate: python -m avassa_lint.validation.fastcheck"
    assert fastcheck.load_generated(fastcheck.schema_digest(schema_texts())) is not None


def test_generated_errors_module_is_current(update_golden: bool) -> None:
    expected = fastcheck.generate_module(schema_files(), SCHEMA_BASE, fastcheck.schema_digest(schema_texts()), errors=True)
    if update_golden:
        GENERATED_ERRORS.write_text(expected, encoding="utf-8")
    assert GENERATED_ERRORS.read_text(encoding="utf-8") == expected, "regenerate: python -m avassa_lint.validation.fastcheck"
    assert set(fastcheck.load_generated_errors(fastcheck.schema_digest(schema_texts())) or ()) == set(schema_files())


def test_a_stale_module_is_not_used() -> None:
    assert fastcheck.load_generated("not the digest of these schemas") is None
    assert fastcheck.load_generated_errors("not the digest of these schemas") is None


def test_generated_and_compiled_checks_agree() -> None:
    texts = schema_texts()
    generated = fastcheck.FastChecks(schema_files, SCHEMA_BASE, fastcheck.load_generated(fastcheck.schema_digest(texts)))
    compiled = fastcheck.FastChecks(schema_files, SCHEMA_BASE, None)
    kinds = {"applications": "application", "application-deployments": "application-deployment",
             "remote-registries": "remote-registry", "secrets": "secret", "vaults": "vault"}
    checked = 0
    for path in sorted((ROOT / "tests" / "cases").rglob("*.yaml")) + sorted((ROOT / "examples").rglob("*.yaml")):
        kind = kinds.get(path.parent.name) or ("image-registry-settings" if path.name == "settings.yaml" else None)
        if kind is None:
            continue
        source = load_source(str(path), path.read_bytes())
        for doc in source.documents:
            schema = f"{kind}.schema.json"
            assert generated.check(schema)(doc.data) == compiled.check(schema)(doc.data), path
            checked += 1
    assert checked > 100
