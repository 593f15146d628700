"""The cross-file rules' findings are cached under a key over every file's cache entry: a repeat
run over an unchanged project reuses them, and any edit anywhere recomputes them."""
from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from avassa_lint.cli.app import app

ROOT = Path(__file__).resolve().parent.parent


def lint(folder: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(app, ["check", "-f", "concise", "--ignore", "LNT005", *args, str(folder)],
                                catch_exceptions=False)
    return result.output.splitlines()


def rules_entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".avassa-lint-cache/*/rules-*"))


def test_repeat_run_reuses_and_an_edit_elsewhere_recomputes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    project = tmp_path / "project"
    shutil.copytree(ROOT / "examples", project, ignore=shutil.ignore_patterns("broken", ".avassa-lint-cache"))
    assert lint(project) == [] and len(rules_entries(project)) == 1
    assert lint(project) == [] and len(rules_entries(project)) == 1  # reused, not rewritten
    # The only reader of secret "camera-rtsp" goes away: the secret file itself is unchanged (its
    # per-file entry is a hit), but the cross-file finding must appear.
    app_file = project / "applications" / "shelf-vision.yaml"
    text = app_file.read_text()
    assert "camera-rtsp" in text
    cold = lint(project, "--no-cache")
    app_file.write_text(text.replace("secret: camera-rtsp", "secret: camera-rtsp-renamed"))
    warm = lint(project)
    assert warm == lint(project, "--no-cache") != cold
    assert any("SEC006" in line and "camera-rtsp" in line for line in warm)
    assert len(rules_entries(project)) == 2


def test_a_tampered_rules_entry_is_discarded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    project = tmp_path / "project"
    shutil.copytree(ROOT / "examples" / "broken", project, ignore=shutil.ignore_patterns(".avassa-lint-cache"))
    expected = lint(project, "--no-cache")
    assert lint(project) == expected
    (entry,) = rules_entries(project)
    entry.write_bytes(entry.read_bytes()[:-3] + b"xyz")
    assert lint(project) == expected
