"""Properties every shipped fix keeps, checked over every golden fix case (tests/fixes/):

- the same fix on the file written with CRLF line ends, with a UTF-8 byte-order mark, or with
  tab-indented comments gives exactly the same result, with those kept (the edit is the only
  change);
- after a safe fix the parsed data differs from before only under the fixed findings' paths;
- a secret's value never appears in --diff output, nor in the file outside the edit.
"""
from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from conftest import Project
from test_fix_cases import files_of, fix_cases

CANARY = "s3cr3t-canary-71c9"


def variant(data: bytes, how: str) -> bytes:
    if how == "crlf":
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if how == "bom":
        return data if data.startswith(codecs.BOM_UTF8) else codecs.BOM_UTF8 + data
    if how == "tab-comments":
        end = b"\r\n" if b"\r\n" in data else b"\n"
        return b"#\tkept\ttabs" + end + data + (b"" if data.endswith(end) else end) + b"# \ttrailing\t" + end
    raise AssertionError(how)


def yaml_files(files: dict[str, bytes]) -> dict[str, bytes]:
    return {p: d for p, d in files.items() if p.endswith((".yaml", ".yml"))}


def fix(folder: Path, unsafe: bool) -> None:
    args = ["check", "--fix", "--isolated", "--no-cache", "--include-scripts", "-q"] + (["--unsafe-fixes"] if unsafe else [])
    result = Project(folder).check(*args, ".", inside=True)
    assert result.exit_code in (0, 1), result.output


@pytest.mark.parametrize("how", ["crlf", "bom", "tab-comments"])
@pytest.mark.parametrize("case", fix_cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_line_ends_bom_and_tabs_are_kept(case: Path, how: str, tmp_path: Path) -> None:
    before = files_of(case / "before")
    after = {**before, **files_of(case / "after")}
    project = tmp_path / "p"
    for path, data in before.items():
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(variant(data, how) if path.endswith((".yaml", ".yml")) else data)
    fix(project, (case / "unsafe").exists())
    got = yaml_files(files_of(project))
    want = {p: variant(d, how) for p, d in yaml_files(after).items()}
    assert got == want


@pytest.mark.parametrize("case", [c for c in fix_cases() if not (c / "unsafe").exists()],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_safe_fix_changes_the_data_only_where_it_fixes(case: Path) -> None:
    from avassa_lint.loading.source import load_source

    fixed_at = {tuple(d.yaml_path.split("/")) if d.yaml_path else () for d in _fixable(case / "before")}
    before = files_of(case / "before")
    for path, data in files_of(case / "after").items():
        old_source, new_source = load_source(path, before[path]), load_source(path, data)
        if any(p.fatal for p in old_source.problems):
            # a syntax fix: there was no data to compare; now the file loads
            assert not any(p.fatal for p in new_source.problems), path
            continue
        old = [d.data for d in old_source.documents]
        new = [d.data for d in new_source.documents]
        assert len(old) == len(new)
        for a, b in zip(old, new):
            for changed in _diff_paths(a, b):
                shown = tuple(str(part) for part in changed)
                assert any(shown[: len(f)] == f for f in fixed_at), (path, shown, fixed_at)


def _fixable(folder: Path) -> list:
    """The findings in ``folder`` that carry a safe fix."""
    import os

    from avassa_lint.engine import collect_inputs, run
    from avassa_lint.settings.config import Config

    config = Config(cache=False, include_scripts=True)
    old = os.getcwd()
    os.chdir(folder)
    try:
        inputs, problems = collect_inputs(["."], config)
        return [d for d in run(inputs, config, path_problems=problems).diagnostics if d.fix is not None and d.fix.safe]
    finally:
        os.chdir(old)


def _diff_paths(a: object, b: object, at: tuple = ()) -> list[tuple]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in a.keys() | b.keys():
            if key not in a or key not in b:
                out.append(at + (key,))
            else:
                out.extend(_diff_paths(a[key], b[key], at + (key,)))
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [p for i, (x, y) in enumerate(zip(a, b)) for p in _diff_paths(x, y, at + (i,))]
    return [] if a == b and type(a) is type(b) else [at]


def test_a_secret_value_never_shows_in_a_diff(tmp_path: Path) -> None:
    project = Project(tmp_path)
    project.write({
        "strongbox/vaults/shop.yaml": "name: shop\ndistribute:\n  to: all\n",
        # an unused suppression on the secret's value line: the fix edits that line, the diff shows it
        "strongbox/vaults/shop/secrets/db.yaml": (f"name: db\nallow-image-access: [\"*\"]\ndata:\n"
                                                  f"  password: {CANARY}  # avassa-lint: disable=IMG004 -- old\n"),
    })
    before = files_of(tmp_path)
    shown = project.check("check", "--diff", "--isolated", "--no-cache", "--unsafe-fixes", ".", inside=True)
    assert CANARY not in shown.output
    assert files_of(tmp_path) == before
    shutil.rmtree(tmp_path / ".avassa-lint-cache", ignore_errors=True)


def test_a_fix_from_a_cached_result_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unused-suppression fix needs the file's text, which a cached result gets back too."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    project = Project(tmp_path / "p")
    project.write({"applications/web.yaml": 'name: web\nversion: "1.0"  # avassa-lint: disable=IMG004 -- old\n'
                                            "services:\n  - name: web\n    mode: replicated\n    replicas: 1\n"
                                            "    containers:\n      - name: web\n        image: nginx:1.25\n"})
    cold = project.check("check", "--isolated", "-q", "-f", "concise", ".", inside=True)
    assert "LNT004" in cold.output and any((tmp_path / "p").glob(".avassa-lint-cache/*/*"))
    warm = project.check("check", "--isolated", "--diff", ".", inside=True)
    assert warm.exit_code == 1
    assert '-version: "1.0"  # avassa-lint: disable=IMG004 -- old' in warm.output
    assert '+version: "1.0"' in warm.output
