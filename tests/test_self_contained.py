"""A fresh clone tests itself: nothing in the project reads a file outside the repository."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ["tests", "bench", "docs", "linter", "rules", "schemas", "examples", "README.md", "ARCHITECTURE.md",
           "pyproject.toml", ".pre-commit-hooks.yaml", ".ci/run"]
# The sibling folder next to a checkout, by a relative path up and by its reference subfolder, also
# joined by pathlib or os.path.join. The name is assembled here so that this file holds no such
# path itself and is scanned like every other.
_NAME = "sha" + "red"
FORBIDDEN = re.compile(r"\.\.[/\\]" + _NAME + r"""\b|\b""" + _NAME + r"""["']?\s*[/\\,]\s*["']?reference\b""")
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".hypothesis"}


def _files() -> list[Path]:
    found: list[Path] = []
    for entry in SCANNED:
        path = ROOT / entry
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and not SKIPPED_DIRS.intersection(p.relative_to(ROOT).parts))
    return found


def test_scan_covers_the_project() -> None:
    scanned = {p.relative_to(ROOT).as_posix() for p in _files()}
    assert "README.md" in scanned and "tests/test_formats.py" in scanned and "linter/cli/app.py" in scanned


def test_no_reference_to_files_outside_the_repository() -> None:
    offenders = []
    for path in _files():
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if FORBIDDEN.search(line):
                offenders.append(f"{path.relative_to(ROOT).as_posix()}:{number}: {line.strip()[:120]}")
    assert not offenders, "files outside the repository are not there in a fresh clone:\n" + "\n".join(offenders)


@pytest.mark.parametrize("line", [
    f'SCHEMA = Path(__file__).resolve().parents[2] / "{_NAME}" / "reference" / "sarif.json"',
    f"open('../{_NAME}/STYLE.md')",
    f"see {_NAME}/reference/README.md",
    f'os.path.join(up, "{_NAME}", "reference")',
])
def test_the_scan_catches_every_spelling(line: str) -> None:
    assert FORBIDDEN.search(line)


@pytest.mark.parametrize("line", ["vault: shared", "shared by the telemetry applications", "a shared reference"])
def test_the_scan_leaves_ordinary_words_alone(line: str) -> None:
    assert not FORBIDDEN.search(line)


def test_vendored_sarif_schema_is_unchanged() -> None:
    vendor = ROOT / "tests" / "vendor"
    digest = hashlib.sha256((vendor / "sarif-schema-2.1.0.json").read_bytes()).hexdigest()
    assert digest in (vendor / "README.md").read_text(encoding="utf-8")
