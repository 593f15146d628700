"""Shared test helpers: the ``project`` fixture (write a project of files, lint it with the engine or
the command line), and the golden cases' runner (lint a case folder, compare with expected.out)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from click.testing import Result

CASES = Path(__file__).parent / "cases"


def pytest_configure(config: pytest.Config) -> None:
    # A problem with a code no rule declares raises at once in tests (a release reports LNT002).
    from avassa_lint import engine

    engine.STRICT_CODES = True


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected.out files from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def run_folder(folder: Path, config: object | None = None, paths: list[str] | None = None) -> Any:
    """The engine's result for ``folder``, run inside it (paths relative to it), as the command line
    does; ``config`` is used as given (default: Config())."""
    from avassa_lint.settings.config import Config
    from avassa_lint.engine import collect_inputs, run

    cfg = config if config is not None else Config()
    old = os.getcwd()
    os.chdir(folder)
    try:
        inputs, problems = collect_inputs(paths or ["."], cfg)  # type: ignore[arg-type]
        return run(inputs, cfg, path_problems=problems)  # type: ignore[arg-type]
    finally:
        os.chdir(old)


def lint_folder(folder: Path, select: list[str] | None = None, paths: list[str] | None = None,
                config: object | None = None, fmt: str = "concise") -> list[str]:
    """Lint ``folder`` (paths relative to it) and return the concise lines (or the lines of
    another output format)."""
    from avassa_lint.settings.config import Config
    from avassa_lint.reporting.output import concise_line

    cfg = config if config is not None else Config()
    cfg.cache = False  # type: ignore[attr-defined]  # no cache folders in the fixtures
    if select is not None:
        cfg.select = select  # type: ignore[attr-defined]
    result = run_folder(folder, cfg, paths)
    if fmt == "concise":
        return [concise_line(d) for d in result.diagnostics]
    from avassa_lint import __version__
    from avassa_lint.reporting.output import FORMATTERS, Report

    report = Report(result.diagnostics, result.sources, result.files, result.registry, __version__)  # type: ignore[arg-type]
    return FORMATTERS[fmt](report).splitlines()


class Project:
    """A project of files in a temporary folder, written by the test and linted as a whole: the one
    project-building helper of the tests (the ``project`` fixture)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def sub(self, folder: str) -> Project:
        """A second project in a folder of this one (tests that compare two projects)."""
        return Project(self.root / folder)

    def write(self, files: Mapping[str, str | bytes]) -> Path:
        """Write each relative path's text (UTF-8) or bytes, with its folders; returns the root."""
        for rel, content in files.items():
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return self.root

    def lint(self, select: list[str] | None = None, *, paths: list[str] | None = None,
             config: object | None = None, fmt: str = "concise") -> list[str]:
        """The engine on the whole project (paths relative to its root): see lint_folder."""
        return lint_folder(self.root, select, paths, config, fmt)

    def check(self, *args: str, input: str | None = None, inside: bool = False) -> Result:
        """``avassa-lint ARGS`` in-process (the command, its options and paths as given; ``input``
        is stdin), from the current folder or, ``inside``, from the project's root; exceptions are
        not caught."""
        from typer.testing import CliRunner

        from avassa_lint.cli.app import app

        old = os.getcwd()
        if inside:
            os.chdir(self.root)
        try:
            return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)
        finally:
            os.chdir(old)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty project in the test's tmp_path (``project.root`` is that tmp_path)."""
    return Project(tmp_path)


def lint_cli(folder: Path, *args: str, fmt: str = "concise") -> list[str]:
    """``avassa-lint check -f FMT --no-cache ARGS .`` run in ``folder`` (in-process), as stdout lines:
    the command line finds the folder's configuration file as it would for a user."""
    return Project(folder).check("check", "-f", fmt, "--no-cache", *args, ".", inside=True).stdout.splitlines()


CASE_CONFIG = ".avassa-lint.yaml"


def lint_case(folder: Path, select: list[str] | None, fmt: str = "concise") -> list[str]:
    """A golden case's lines. A case folder with a .avassa-lint.yaml (limits, include-scripts, a
    configuration mistake) runs through the command line, which reads that file; the others run
    the engine with the default configuration."""
    if (folder / CASE_CONFIG).is_file():
        return lint_cli(folder, *(["--select", ",".join(select)] if select else []), fmt=fmt)
    return lint_folder(folder, select, fmt=fmt)


def case_select(rule_folder: str) -> list[str] | None:
    """A case under cases/<rule_name>/ runs with that rule plus loading and schema checks."""
    if rule_folder.startswith("_"):
        return None
    from avassa_lint.registry import load_rules

    rule = load_rules().find(rule_folder.replace("_", "-"))
    assert rule is not None, f"cases/{rule_folder}: no rule named {rule_folder.replace('_', '-')}"
    return [rule.code, "YML", "SCH"]


def case_folders() -> list[Path]:
    found = []
    for expected in sorted(CASES.glob("*/*/expected.out")):
        found.append(expected.parent)
    return found
