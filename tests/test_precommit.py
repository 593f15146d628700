"""The pre-commit hook end to end: a scratch git repository whose .pre-commit-config.yaml points at
this checkout, and the real ``pre-commit run --all-files``.

pre-commit clones the hook repository at ``rev`` (this checkout's HEAD commit) and pip-installs it
into its own virtualenv, so the test runs the *committed* code and needs the package registry for
the dependencies (CI runs on a clean clone with network access).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
HOOK_REPO = REPO_ROOT  # the repository pre-commit clones; a test of an unpublished tree may point elsewhere

REGISTRY = "# supctl create image-registry remote-registries < registry.yaml\naddress: registry.example.com\n"
BROKEN_APP = """\
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
        restart-policy: always
"""


def _git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _clean_env(home: Path) -> dict[str, str]:
    # A test run from inside a git hook inherits GIT_DIR, GIT_INDEX_FILE and friends: drop them all.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update({
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
        "NO_COLOR": "1",
    })
    return env


def _run_hook(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_precommit_hook_fails_on_broken_config_and_passes_on_clean(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (HOOK_REPO / ".git").exists():
        pytest.skip("not a git checkout: pre-commit needs a repository to clone")
    rev = _git(HOOK_REPO, "rev-parse", "HEAD").strip()

    env = _clean_env(tmp_path / "pre-commit-home")
    repo = tmp_path / "site-config"
    repo.mkdir()
    _git(repo, "init", "-q", env=env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {HOOK_REPO}\n    rev: {rev}\n    hooks:\n      - id: avassa-lint\n")
    (repo / "registries").mkdir()
    (repo / "registries" / "example.yaml").write_text(REGISTRY)
    _git(repo, "add", "-A", env=env)
    _git(repo, "commit", "-q", "-m", "clean", env=env)

    started = time.monotonic()
    clean = _run_hook(repo, env)  # the first run also builds the hook's virtualenv
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "avassa-lint" in clean.stdout and "Passed" in clean.stdout

    (repo / "applications").mkdir()
    (repo / "applications" / "web.yaml").write_text(BROKEN_APP)
    _git(repo, "add", "-A", env=env)
    broken = _run_hook(repo, env)
    elapsed = time.monotonic() - started
    output = broken.stdout + broken.stderr
    assert broken.returncode == 1, output
    assert "Failed" in output
    assert "applications/web.yaml:10:9: error SCH002" in output
    assert "[unknown-key]" in output
    print(f"pre-commit hook test took {elapsed:.1f} s")


def test_hook_fires_on_what_the_walk_lints() -> None:
    """The hook's files pattern matches what `check .` lints by default, and the README says so."""
    import re

    from ruamel.yaml import YAML

    (hook,) = YAML(typ="safe").load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pattern = re.compile(hook["files"])
    for name in ("applications/web.yaml", "x.yml", "pyproject.toml", "sub/pyproject.toml", ".avassa-lint.yaml"):
        assert pattern.search(name), name
    for name in ("scripts/setup.sh", "run.bash", "docs/how-to.md", "notpyproject.toml"):
        assert not pattern.search(name), name  # not walked without --include-scripts
    assert hook["pass_filenames"] is False and "--include-scripts" not in hook.get("args", [])
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "whenever a YAML file or `pyproject.toml` changes" in readme
    assert "args: [--include-scripts]" in readme
