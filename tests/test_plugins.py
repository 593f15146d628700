"""Third-party rule packs load through the entry-point group ``avassa_lint.rules``.

tests/plugin_pack/ is a tiny installed distribution (a .dist-info folder with entry_points.txt and
the module beside it): putting that folder on the path is how an installed pack looks to
importlib.metadata, without running pip in a test.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACK = Path(__file__).resolve().parent / "plugin_pack"
APP = """name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
"""


def test_entry_point_pack_is_loaded_and_runs(tmp_path: Path) -> None:
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "web.yaml").write_text(APP)
    env = dict(os.environ, PYTHONPATH=str(PACK))
    proc = subprocess.run([sys.executable, "-m", "avassa_lint", "check", "-f", "concise", "--fail-on", "info", "--ignore", "LNT005", "."],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert proc.stdout.splitlines() == [
        'applications/web.yaml:8:15: info APP901 container "nginx" sets no memory limit [missing-memory-limit]'
    ]
    assert proc.returncode == 1
    listing = subprocess.run([sys.executable, "-m", "avassa_lint", "rules"], env=env, capture_output=True,
                             text=True, timeout=60).stdout
    assert "APP901  missing-memory-limit" in listing


def test_a_broken_pack_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    dist = tmp_path / "broken_pack-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-pack\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[avassa_lint.rules]\nbroken = no_such_module_here\n")
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "web.yaml").write_text(APP)
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "avassa_lint", "check", "-q", "."], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert 'rule pack "broken" could not be loaded' in proc.stderr
