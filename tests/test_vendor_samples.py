"""The API reference's own request samples (tests/vendor_samples/<kind>/) lint without an error or
a warning, each checked as the kind its folder names."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import lint_folder

SAMPLES = Path(__file__).resolve().parent / "vendor_samples"
KIND_FOLDERS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())


def test_samples_cover_the_kinds_with_a_published_sample() -> None:
    assert [p.name for p in KIND_FOLDERS] == [
        "application-deployment", "approle", "image-registry-settings", "jwt-auth", "policy", "remote-registry",
        "resource-profile", "tenant", "vault"]


@pytest.mark.parametrize("folder", KIND_FOLDERS, ids=lambda p: p.name)
def test_vendor_sample_has_no_error_or_warning(folder: Path) -> None:
    lines = lint_folder(folder)
    assert [line for line in lines if " error " in line or " warning " in line] == []
    # each sample was recognised as its kind and schema-checked: no unknown-kind note
    assert [line for line in lines if " SCH001 " in line or " SCH008 " in line] == []


@pytest.mark.parametrize("path", sorted(SAMPLES.rglob("*.yaml")), ids=lambda p: p.parent.name + "/" + p.name)
def test_vendor_sample_names_its_operation(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "API reference" in first and "/v1/config/" in first


@pytest.mark.parametrize("folder", KIND_FOLDERS, ids=lambda p: p.name)
def test_vendor_sample_is_proven_valid_by_the_fast_checks(folder: Path) -> None:
    """The generated checks agree with jsonschema on the samples: each is proven valid."""
    from avassa_lint.validation.schema import SchemaSet
    from avassa_lint.loading.source import load_source

    schemas = SchemaSet()
    for path in sorted(folder.rglob("*.yaml")):
        source = load_source(str(path), path.read_bytes())
        for doc in source.documents:
            check = schemas._fast.check(f"{folder.name}.schema.json")
            assert check is not None and check(doc.data), path


@pytest.mark.parametrize("folder", KIND_FOLDERS, ids=lambda p: p.name)
def test_vendor_sample_outside_the_path_convention_with_a_modeline(folder: Path, tmp_path: Path) -> None:
    """A user keeps the sample in a folder of their own and names its schema the offline way."""
    (sample,) = sorted(folder.rglob("*.yaml"))
    (tmp_path / "deploy").mkdir()
    target = tmp_path / "deploy" / "sample.yaml"
    target.write_text(f"# yaml-language-server: $schema=../.schemas/{folder.name}.schema.json\n"
                      + sample.read_text(encoding="utf-8"), encoding="utf-8")
    lines = lint_folder(tmp_path)
    assert [line for line in lines if " error " in line or " warning " in line or " SCH001 " in line] == []


def test_a_typo_in_the_vault_sample_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    sample = (SAMPLES / "vault" / "strongbox" / "vaults" / "some-vault.yaml").read_text(encoding="utf-8")
    (tmp_path / "vault.yaml").write_text("# avassa-lint: kind=vault\n" + sample.replace("max-versions", "max-version"),
                                         encoding="utf-8")
    lines = lint_folder(tmp_path)
    assert lines == ['vault.yaml:4:1: error SCH002 unknown key "max-version" in vault "some-vault" [unknown-key]']
