"""Paths -> the sorted list of files to lint."""
from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

YAML_SUFFIXES = (".yaml", ".yml")
SCRIPT_SUFFIXES = (".sh", ".bash", ".md", ".markdown")
SKIPPED_DIRS = frozenset(("node_modules", "venv", "env", "__pycache__", "site-packages", "dist", "build"))


@dataclass(frozen=True)
class Target:
    path: str  # as shown in findings (relative when given relative)
    explicit: bool  # named on the command line: always linted


@dataclass(frozen=True)
class PathProblem:
    path: str
    reason: str


def _is_venv(path: str) -> bool:
    return os.path.exists(os.path.join(path, "pyvenv.cfg"))


def matches(path: str, patterns: Iterable[str]) -> bool:
    norm = path.replace(os.sep, "/")
    if norm.startswith("./"):
        norm = norm[2:]
    for pattern in patterns:
        if fnmatch.fnmatchcase(norm, pattern) or fnmatch.fnmatchcase(norm, pattern.rstrip("/") + "/*"):
            return True
        if "/" not in pattern and fnmatch.fnmatchcase(os.path.basename(norm), pattern):
            return True
        if fnmatch.fnmatchcase("/" + norm, "*/" + pattern.lstrip("/")):
            return True
    return False


def discover(
    paths: Iterable[str],
    exclude: Iterable[str] = (),
    include_scripts: bool = False,
    root: str | None = None,
) -> tuple[list[Target], list[PathProblem]]:
    """Walk directories for YAML (and, when asked, shell/Markdown) files, in sorted order.

    Hidden folders, virtual environments and node_modules are skipped; symlinked directories are
    not followed; files named explicitly are always linted (their kind of file permitting).
    """
    exclude = list(exclude)

    def excluded(path: str) -> bool:
        return bool(exclude) and matches(relative_to(path, root), exclude)

    suffixes = YAML_SUFFIXES + (SCRIPT_SUFFIXES if include_scripts else ())
    targets: list[Target] = []
    problems: list[PathProblem] = []
    seen: set[str] = set()

    def add(path: str, explicit: bool) -> None:
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, explicit))

    for given in paths:
        try:
            st = os.stat(given)
        except OSError as exc:
            from avassa_lint.loading.source import os_reason

            if os.path.islink(given):
                problems.append(PathProblem(given, "a broken symbolic link or a symbolic link loop"))
            else:
                problems.append(PathProblem(given, os_reason(exc)))
            continue
        if not stat.S_ISDIR(st.st_mode):
            add(given, True)
            continue
        for folder, dirs, files in os.walk(given, followlinks=False):
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and d not in SKIPPED_DIRS
                and not _is_venv(os.path.join(folder, d))
                and not excluded(os.path.join(folder, d))
            )
            for name in sorted(files):
                # hidden files (.avassa-lint.yaml, .pre-commit-config.yaml, ...) are tool settings
                if name.startswith(".") or not name.endswith(suffixes):
                    continue
                full = os.path.join(folder, name)
                if full.startswith("." + os.sep):
                    full = full[2:]
                if excluded(full):
                    continue
                add(full, False)
    return targets, problems


def relative_to(path: str, root: str | None) -> str:
    """``path`` as configuration globs see it: relative to the configuration file's folder."""
    if root is not None:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not rel.startswith(".."):
            path = rel
    return os.path.normpath(path).replace(os.sep, "/")


def why_nothing(folder: str, exclude: Iterable[str] = (), include: Iterable[str] = (), include_scripts: bool = False,
                root: str | None = None) -> str:
    """Why a folder walk found nothing to lint, in words for the command line: no YAML at all,
    only scripts (and --include-scripts is off), or files the configuration leaves out."""
    everything, _ = discover([folder], (), True)
    yaml = [t for t in everything if t.path.endswith(YAML_SUFFIXES)]
    scripts = [t for t in everything if t.path.endswith(SCRIPT_SUFFIXES)]
    if yaml or (scripts and include_scripts):
        if include:
            return "the configuration's include and exclude patterns leave out every file in it"
        return "the exclude patterns leave out every file in it"
    if scripts:
        n = len(scripts)
        return (f"no *.yaml or *.yml file; {n} shell or Markdown file{'' if n == 1 else 's'}, which "
                "--include-scripts (or include-scripts: true) would lint")
    return "no *.yaml or *.yml file in it (hidden folders, virtual environments and node_modules are skipped)"
