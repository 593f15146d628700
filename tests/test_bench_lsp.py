"""bench/lsp.py runs end to end on a small workspace and prints both rows of its table."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")

BENCH = Path(__file__).resolve().parent.parent / "bench" / "lsp.py"


@pytest.mark.slow
def test_the_language_server_benchmark_runs(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(BENCH), "--files", "20", "--keep", str(tmp_path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| measurement |")
    assert any(r.startswith("| workspace load, 20 files | ") and "from `initialized`" in r for r in rows)
    assert any(r.startswith("| keystroke to diagnostics, 30 one-character changes | median ") and "p90" in r
               for r in rows)
