"""The language server keeps one model part per file and merges them (model.project.merge_projects)
instead of building the whole project again, and keeps the file-scope rules' findings per file:
over every golden case and the examples, that gives exactly the findings of a full run, also on a
second pass over the same parts (views memoised on the shared objects change nothing)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from avassa_lint.engine import (CheckedFiles, RunResult, cap_per_file, collect_inputs, cross_file_problems, finalize,
                                lint_file, run, select_rules)
from avassa_lint.model.project import build_project, merge_projects
from avassa_lint.registry import load_rules
from avassa_lint.settings.config import Config
from avassa_lint.validation.schema import SchemaSet

ROOT = Path(__file__).parent.parent
FOLDERS = sorted({p.parent for p in (ROOT / "tests" / "cases").glob("*/*/expected.out")}) + [
    ROOT / "examples", ROOT / "examples" / "broken"]


def lines(diagnostics) -> list[str]:
    return [f"{d.span.path}:{d.span.line}:{d.span.column}:{d.code}:{d.message}:{d.yaml_path}" for d in diagnostics]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_merged_parts_give_the_full_runs_findings(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    config = Config(cache=False, include_scripts=True)
    registry = load_rules()
    inputs, problems = collect_inputs(["."], config)
    full = run(inputs, config, registry, problems).diagnostics
    schemas = SchemaSet()
    results = {i.path: lint_file(i, config, schemas) for i in inputs}
    parts = {path: build_project(r.classified, config) for path, r in results.items()}
    enabled = select_rules(registry, config)
    local_codes = {r.code for r in registry.all() if r.scope == "file"}
    for _ in range(2):  # the second pass reuses the parts, as the server does after an edit elsewhere
        files = CheckedFiles()
        for item in inputs:
            files.add(item.path, results[item.path])
        project = merge_projects([parts[i.path] for i in inputs], config, files.unreadable)
        found = list(files.problems)
        for item in inputs:  # the file-scope rules on each file alone, as the server keeps them
            one = CheckedFiles()
            one.add(item.path, results[item.path])
            alone = merge_projects([parts[item.path]], config, files.unreadable)
            found += cross_file_problems(one, config, registry, enabled, None,
                                         RunResult([], {item.path: results[item.path].source}, 1, registry=registry),
                                         False, alone, only=local_codes)
        sources = {i.path: results[i.path].source for i in inputs}
        found += cross_file_problems(files, config, registry, enabled, None,
                                     RunResult([], sources, len(inputs), registry=registry), False, project,
                                     only=enabled - local_codes)
        merged = cap_per_file(finalize(found, registry, config, enabled, files.suppressions), config, registry)
        assert lines(merged) == lines(full)
