"""The typer-free parser of `check` (cli/check_options.py) gives run_check exactly what the typer
command gives it, takes every option the command has, and hands anything unusual to typer."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from avassa_lint.cli import app as app_module
from avassa_lint.cli.check_options import OPTIONS, parse

ARGVS = [
    [],
    ["."],
    ["applications/", "--strict"],
    ["-f", "concise", "-q", "a.yaml", "b.yaml"],
    ["--output-format=json", "--output-file", "r.json", "."],
    ["-o", "r.sarif", "-f", "sarif", "--statistics", "--debug"],
    ["-", "--stdin-filename", "applications/web.yaml"],
    ["--select", "IMG,SEC001", "--select", "APP", "--ignore=LNT005", "."],
    ["--fail-on", "info", "--strict"],
    ["--strict"],
    ["--color", "--no-color", "x.yaml"],
    ["--no-color"],
    ["--config", "c.yaml", "--isolated", "--show-config"],
    ["--show-kinds", "--exclude", "tmp/*", "--exclude", "*.bak", "--include-scripts"],
    ["--no-include-scripts", "--no-inline-suppressions", "--no-cache"],
    ["--baseline", "b.json", "--write-baseline", "n.json"],
    ["--fix", "--unsafe-fixes", "--diff", "."],
    ["--", "-odd-name.yaml", "--fix"],
    ["a.yaml", "--", "--", "-"],
    ["-f", "text", "-f", "concise"],
    ["--select", ""],
]


@pytest.fixture
def typer_kwargs(monkeypatch: pytest.MonkeyPatch):
    def parsed_by_typer(argv: list[str]) -> dict:
        seen: list[dict] = []
        monkeypatch.setattr(app_module, "run_check", lambda **kw: seen.append(kw) or 0)
        result = CliRunner().invoke(app_module.app, ["check", *argv], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        (kwargs,) = seen
        return kwargs
    return parsed_by_typer


@pytest.mark.parametrize("argv", ARGVS, ids=lambda a: " ".join(a) or "(none)")
def test_the_fast_parser_gives_what_typer_gives(argv: list[str], typer_kwargs) -> None:
    fast = parse(argv)
    assert fast is not None
    assert fast == typer_kwargs(argv)


@pytest.mark.parametrize("argv", [["-h"], ["--help"], ["--unknown"], ["-f"], ["-f", "nope"], ["-qf", "concise"],
                                  ["--fix=yes"], ["--fail-on", "Error"], ["-o", "-q"], ["--output-file"]])
def test_anything_unusual_goes_to_typer(argv: list[str]) -> None:
    assert parse(argv) is None


def test_an_option_like_file_name_goes_to_typer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-x.yaml").write_text("a: 1\n")
    assert parse(["-x.yaml"]) is None


def test_the_table_is_the_typer_command() -> None:
    import typer.main

    command = typer.main.get_command(app_module.app).commands["check"]  # type: ignore[attr-defined]
    from_typer = set()
    for param in command.params:
        if param.param_type_name != "option":
            continue
        kind = "multi" if param.multiple else "flag" if param.is_flag and not param.secondary_opts else "value"
        if param.secondary_opts:
            from_typer.add((param.name, tuple(param.opts), "on"))
            from_typer.add((param.name, tuple(param.secondary_opts), "off"))
        elif kind != "flag" or param.name not in ("help",):
            from_typer.add((param.name, tuple(param.opts), kind))
    ours = {(name, flags, kind) for name, flags, kind, _ in OPTIONS}
    assert ours == {t for t in from_typer if t[0] != "help"}


def test_a_one_file_check_does_not_import_typer(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("a: 1\n")
    probe = ("import sys\nfrom avassa_lint.cli.main import main\n"
             "try:\n    main(['check', '--isolated', '--no-cache', '-q', 'a.yaml'])\n"
             "except SystemExit:\n    pass\nprint('typer' in sys.modules, 'pygls' in sys.modules,\n"
             "      [m for m in ('hashlib', 'avassa_lint.runtime.cache', 'jsonschema') if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    # no typer, no server; with --no-cache and a valid file, no cache module, hashlib or jsonschema
    assert out.stdout.strip().splitlines()[-1] == "False False []", out.stdout + out.stderr


def test_version_is_the_same_with_and_without_typer(capsys: pytest.CaptureFixture[str]) -> None:
    from avassa_lint.cli.main import main

    with pytest.raises(SystemExit) as fast:
        main(["--version"])
    printed = capsys.readouterr().out
    result = CliRunner().invoke(app_module.app, ["--version"])
    assert fast.value.code == result.exit_code == 0
    assert printed == result.output
