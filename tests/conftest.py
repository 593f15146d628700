"""Shared test helpers: lint a case folder and compare concise lines with a golden file."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected.out files from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def lint_folder(folder: Path, select: list[str] | None = None, paths: list[str] | None = None,
                config: object | None = None, fmt: str = "concise") -> list[str]:
    """Lint ``folder`` (paths relative to it) and return the concise lines (or the lines of
    another output format)."""
    from avassa_lint.config import Config
    from avassa_lint.engine import collect_inputs, run
    from avassa_lint.output import concise_line

    cfg = config if config is not None else Config()
    cfg.cache = False  # type: ignore[attr-defined]  # no cache folders in the fixtures
    if select is not None:
        cfg.select = select  # type: ignore[attr-defined]
    old = os.getcwd()
    os.chdir(folder)
    try:
        inputs, problems = collect_inputs(paths or ["."], cfg)  # type: ignore[arg-type]
        result = run(inputs, cfg, path_problems=problems)  # type: ignore[arg-type]
    finally:
        os.chdir(old)
    if fmt == "concise":
        return [concise_line(d) for d in result.diagnostics]
    from avassa_lint import __version__
    from avassa_lint.output import FORMATTERS, Report

    report = Report(result.diagnostics, result.sources, result.files, result.registry, __version__)  # type: ignore[arg-type]
    return FORMATTERS[fmt](report).splitlines()


def lint_cli(folder: Path, *args: str, fmt: str = "concise") -> list[str]:
    """``avassa-lint check -f FMT --no-cache ARGS .`` run in ``folder`` (in-process), as stdout lines:
    the command line finds the folder's configuration file as it would for a user."""
    from typer.testing import CliRunner

    from avassa_lint.cli import app

    old = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(app, ["check", "-f", fmt, "--no-cache", *args, "."], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.stdout.splitlines()


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
    from avassa_lint.rule import load_rules

    rule = load_rules().find(rule_folder.replace("_", "-"))
    assert rule is not None, f"cases/{rule_folder}: no rule named {rule_folder.replace('_', '-')}"
    return [rule.code, "YML", "SCH"]


def case_folders() -> list[Path]:
    found = []
    for expected in sorted(CASES.glob("*/*/expected.out")):
        found.append(expected.parent)
    return found
