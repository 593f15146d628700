"""A rule with scope "file" reports, for each file, only what that file's own documents decide:
run on a project of that file alone it gives exactly the findings the whole project gives in that
file. The language server relies on it (it keeps those findings per file and re-runs only the
edited file's). Checked over every golden case, the examples and a generated project."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from avassa_lint.engine import CheckedFiles, _options_for, collect_inputs, lint_file
from avassa_lint.model.project import build_project, merge_projects
from avassa_lint.registry import load_rules
from avassa_lint.settings.config import Config
from avassa_lint.validation.schema import SchemaSet

ROOT = Path(__file__).parent.parent
FOLDERS = sorted({p.parent for p in (ROOT / "tests" / "cases").glob("*/*/expected.out")}) + [
    ROOT / "examples", ROOT / "examples" / "broken"]


def _key(f) -> tuple:
    return (f.span, f.message, f.hint, f.yaml_path, f.related, f.severity, f.fix)


def _check(folder: Path) -> None:
    old = os.getcwd()
    os.chdir(folder)
    try:
        config = Config(cache=False, include_scripts=True)
        registry, schemas = load_rules(), SchemaSet()
        inputs, _ = collect_inputs(["."], config)
        results = {i.path: lint_file(i, config, schemas) for i in inputs}
        files = CheckedFiles()
        for item in inputs:
            files.add(item.path, results[item.path])
        parts = {i.path: build_project(results[i.path].classified, config) for i in inputs}
        whole = merge_projects([parts[i.path] for i in inputs], config, files.unreadable)
        alone = {path: merge_projects([part], config, files.unreadable) for path, part in parts.items()}
        for rule in registry.all():
            if rule.check is None or rule.scope != "file":
                continue
            options = _options_for(rule, config)
            full = sorted(map(_key, rule.run(whole, options)), key=repr)
            pieces = [k for path, project in alone.items() for k in map(_key, rule.run(project, options))]
            assert all(k[0].path in alone for k in pieces)
            assert sorted(pieces, key=repr) == full, (rule.code, folder)
    finally:
        os.chdir(old)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_file_scope_rules_see_only_their_file(folder: Path) -> None:
    _check(folder)


def test_file_scope_rules_on_a_generated_project(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(tmp_path / "p"), "--files", "300",
                    "--error-rate", "0.3"], check=True, stdout=subprocess.DEVNULL)
    _check(tmp_path / "p")


def test_a_scope_other_than_file_or_project_is_refused() -> None:
    from avassa_lint.core.rule import RegistryError, RuleRegistry

    rule = load_rules().rules["APP002"]
    odd = type(rule)(**{**rule.__dict__, "code": "APP900", "name": "odd-scope", "scope": "service"})
    with pytest.raises(RegistryError, match='scope "service"'):
        RuleRegistry().add(odd)
