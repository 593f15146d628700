"""Command line: ``avassa-lint check [PATHS]``, ``rules``, ``rule CODE|NAME``, ``--version``.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or environment problem,
3 internal error, 130 interrupted.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from avassa_lint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


CONTEXT = {"help_option_names": ["-h", "--help"], "allow_interspersed_args": False}

app = typer.Typer(
    name="avassa-lint",
    help="Offline linter for Avassa edge platform configuration: applications, deployments, "
    "registries and Strongbox vaults and secrets.",
    add_completion=False,
    no_args_is_help=False,
    context_settings=CONTEXT,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"avassa-lint {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(EXIT_USAGE)


def _stdout_color(flag: Optional[bool]) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


# Arguments that came after "--" on the command line: file names, even when they start with "-".
_AFTER_DOUBLE_DASH: set[str] = set()


def _option_like_files(paths: list[str]) -> Optional[str]:
    """Hook runners append file names after options: a name that looks like an option and names
    an existing file is refused unless it came after "--"."""
    for p in paths:
        if p.startswith("-") and p != "-" and p not in _AFTER_DOUBLE_DASH and os.path.exists(p):
            return p
    return None


@app.command(context_settings=CONTEXT)
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders to lint; '-' reads stdin.")] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-f", help="How findings are printed.")
    ] = OutputFormat.text,
    output_file: Annotated[Optional[str], typer.Option("--output-file", "-o", help="Write the report here.")] = None,
    stdin_filename: Annotated[
        Optional[str], typer.Option("--stdin-filename", help="The path that stdin stands for (editors).")
    ] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", help="Only these codes, areas or names.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these codes, areas or names.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Lowest severity that fails the run.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Same as --fail-on warning.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print counts per rule.")] = False,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colour on or off.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Lint files and folders (default: the current folder)."""
    code = run_check(
        paths or ["."],
        output_format=output_format.value,
        output_file=output_file,
        stdin_filename=stdin_filename,
        select=select or [],
        ignore=ignore or [],
        fail_on=(fail_on.value if fail_on else ("warning" if strict else None)),
        quiet=quiet,
        statistics=statistics,
        color=color,
        debug=debug,
    )
    raise typer.Exit(code)


def run_check(
    paths: list[str],
    *,
    output_format: str = "text",
    output_file: Optional[str] = None,
    stdin_filename: Optional[str] = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    fail_on: Optional[str] = None,
    quiet: bool = False,
    statistics: bool = False,
    color: Optional[bool] = None,
    debug: bool = False,
) -> int:
    from avassa_lint.config import Config
    from avassa_lint.diagnostic import Severity
    from avassa_lint.engine import collect_inputs, run
    from avassa_lint.output import FORMATTERS, Report
    from avassa_lint.rule import load_rules

    bad = _option_like_files(paths)
    if bad is not None:
        _error(f'file name "{bad}" looks like an option; put -- before file names')
        return EXIT_USAGE
    config = Config()
    if select:
        config.select = list(select)
    if ignore:
        config.ignore = list(ignore)
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    registry = load_rules()
    for problem in registry.problems:
        _error(problem)
    stdin_data = None
    if "-" in paths:
        stdin_data = sys.stdin.buffer.read(config.limits.max_file_size + 1)
    inputs, path_problems = collect_inputs(paths, config, stdin_data, stdin_filename)
    result = run(inputs, config, registry, path_problems, debug=debug)
    formatter = FORMATTERS.get(output_format)
    if formatter is None:
        _error(f'output format "{output_format}" is not available')
        return EXIT_USAGE
    report = Report(result.diagnostics, result.sources, result.files, registry, __version__,
                    color=_stdout_color(color) if output_file is None and output_format == "text" else False,
                    quiet=quiet, statistics=statistics)
    text = formatter(report)
    if output_file:
        from avassa_lint.files import write_atomic

        write_atomic(output_file, text.encode("utf-8", errors="backslashreplace"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if debug:
        for note in result.notes:
            sys.stderr.write(note)
    return result.exit_code(config.fail_on)


@app.command("rules")
def rules_command() -> None:
    """List every rule: code, name, default severity and summary."""
    from avassa_lint.naming import clean
    from avassa_lint.rule import load_rules

    registry = load_rules()
    for r in registry.all():
        typer.echo(f"{r.code}  {r.name:<32} {r.severity.label:<8} {clean(r.summary, 200)}")


@app.command("rule")
def rule_command(code_or_name: Annotated[str, typer.Argument(help="A rule code (IMG001) or name.")]) -> None:
    """Print a rule's documentation."""
    from avassa_lint.rule import load_rules

    registry = load_rules()
    found = registry.find(code_or_name)
    if found is None:
        _error(f'no rule "{code_or_name}"; run "avassa-lint rules" for the list')
        raise typer.Exit(EXIT_USAGE)
    from avassa_lint.docs import render_rule

    typer.echo(render_rule(found, color=_stdout_color(None)))


def _error(message: str) -> None:
    from avassa_lint.naming import clean

    sys.stderr.write(f"avassa-lint: {clean(message, 500)}\n")


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: the top-level handler that keeps the exit-code contract."""
    args = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args
    if "--" in args:
        _AFTER_DOUBLE_DASH.update(args[args.index("--") + 1 :])
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    try:
        app(args=argv, prog_name="avassa-lint", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            code = EXIT_USAGE
        raise SystemExit(code) from None
    except KeyboardInterrupt:
        sys.stderr.write("avassa-lint: interrupted\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    except BaseException as exc:  # noqa: BLE001 - the contract: never Python's exit 1 on a crash
        if debug:
            import traceback

            traceback.print_exception(exc)
        sys.stderr.write(f"avassa-lint: internal error ({type(exc).__name__}; please report, --debug shows details)\n")
        raise SystemExit(EXIT_INTERNAL) from None
