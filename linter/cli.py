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
        if p.startswith("-") and p != "-" and p not in _AFTER_DOUBLE_DASH:
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
    config_file: Annotated[Optional[str], typer.Option("--config", help="Use this configuration file.")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore every configuration file.")] = False,
    show_config: Annotated[bool, typer.Option("--show-config", help="Print the effective settings and exit.")] = False,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Skip paths matching this glob.")] = None,
    include_scripts: Annotated[
        Optional[bool], typer.Option("--include-scripts/--no-include-scripts",
                                     help="Lint supctl heredocs in *.sh, *.bash and *.md files found in folders.")
    ] = None,
    no_inline_suppressions: Annotated[
        bool, typer.Option("--no-inline-suppressions", help="Ignore '# avassa-lint: disable=' comments.")
    ] = False,
    baseline: Annotated[Optional[str], typer.Option("--baseline", help="Report only findings not in this baseline.")] = None,
    write_baseline: Annotated[
        Optional[str], typer.Option("--write-baseline", help="Record the current findings as the baseline and exit 0.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write .avassa-lint-cache/.")] = False,
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
        config_file=config_file,
        isolated=isolated,
        show_config=show_config,
        exclude=exclude or [],
        include_scripts=include_scripts,
        inline_suppressions=not no_inline_suppressions,
        baseline=baseline,
        write_baseline=write_baseline,
        cache=not no_cache,
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
    config_file: Optional[str] = None,
    isolated: bool = False,
    show_config: bool = False,
    exclude: list[str] | None = None,
    include_scripts: Optional[bool] = None,
    inline_suppressions: bool = True,
    baseline: Optional[str] = None,
    write_baseline: Optional[str] = None,
    cache: bool = True,
) -> int:
    from avassa_lint.diagnostic import Severity
    from avassa_lint.engine import collect_inputs, run
    from avassa_lint.output import FORMATTERS, Report
    from avassa_lint.rule import load_rules

    bad = _option_like_files(paths)
    if bad is not None:
        if os.path.exists(bad):
            _error(f'file name "{bad}" looks like an option; put -- before file names')
        else:
            _error(f'"{bad}" comes after a path: options go before the paths (avassa-lint check [OPTIONS] PATHS)')
        return EXIT_USAGE
    formatter = FORMATTERS.get(output_format)
    if formatter is None:
        _error(f'output format "{output_format}" is not available')
        return EXIT_USAGE
    registry = load_rules()
    config, config_diags = _load_settings(paths, stdin_filename, config_file, isolated, registry)
    if config_diags:
        report = Report(config_diags, {}, 0, registry, __version__, quiet=True)
        _emit(formatter(report), output_file)
        return EXIT_USAGE
    if exclude:
        config.exclude = config.exclude + list(exclude)
    if include_scripts is not None:
        config.include_scripts = include_scripts
    if not inline_suppressions:
        config.inline_suppressions = False
    if not cache:
        config.cache = False
    selectors = {"select": _split(select), "ignore": _split(ignore)}
    for option, given in selectors.items():
        for sel in given:
            if not registry.matching(sel):
                _error(f'--{option} "{sel}" names no rule, code or area; run avassa-lint rules for the list')
                return EXIT_USAGE
    if selectors["select"]:
        config.select = selectors["select"]
    if selectors["ignore"]:
        config.ignore = config.ignore + selectors["ignore"]  # adds to the file's ignore list
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    if show_config:
        import json

        from avassa_lint.config import effective

        sys.stdout.write(json.dumps(effective(config), indent=2, sort_keys=True, default=str) + "\n")
        return EXIT_CLEAN
    for problem in registry.problems:
        _error(problem)
    stdin_data = None
    if "-" in paths:
        stdin_data = sys.stdin.buffer.read(config.limits.max_file_size + 1)
    inputs, path_problems = collect_inputs(paths, config, stdin_data, stdin_filename)
    known = None
    if baseline:
        from avassa_lint import baseline as baselines

        try:
            known = baselines.read(baseline)
        except baselines.BaselineError as exc:
            _error(str(exc))
            return EXIT_USAGE
    result = run(inputs, config, registry, path_problems, debug=debug, baseline=known)
    if result.stale_baseline:
        sys.stderr.write(f"avassa-lint: {result.stale_baseline} baseline entries no longer match a finding; "
                         "rewrite the baseline with --write-baseline to drop them\n")
    if write_baseline:
        from avassa_lint import baseline as baselines
        from avassa_lint.files import write_atomic

        write_atomic(write_baseline, baselines.render(result.diagnostics))
        sys.stderr.write(f"avassa-lint: wrote {len(result.diagnostics)} findings to the baseline\n")
        return EXIT_INTERNAL if result.internal_error else EXIT_CLEAN
    report = Report(result.diagnostics, result.sources, result.files, registry, __version__,
                    color=_stdout_color(color) if output_file is None and output_format == "text" else False,
                    quiet=quiet, statistics=statistics)
    _emit(formatter(report), output_file)
    if debug:
        for note in result.notes:
            sys.stderr.write(note)
    return result.exit_code(config.fail_on)


def _split(values: list[str] | None) -> list[str]:
    """--select A,B and --select A --select B mean the same."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _emit(text: str, output_file: Optional[str]) -> None:
    if output_file:
        from avassa_lint.files import write_atomic

        write_atomic(output_file, text.encode("utf-8", errors="backslashreplace"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _load_settings(paths: list[str], stdin_filename: Optional[str], config_file: Optional[str], isolated: bool,
                   registry: object) -> tuple[object, list]:
    """The configuration: --config, else the nearest file above the first path; never a path
    that came from the file list. Mistakes come back as LNT001 findings (exit 2)."""
    from avassa_lint.config import Config, find_config, load_config
    from avassa_lint.diagnostic import Diagnostic, Span

    if isolated:
        return Config(), []
    if config_file is None:
        first = next((p for p in paths if p != "-"), None) or (stdin_filename or ".")
        config_file = find_config(first)
        if config_file is None:
            return Config(), []
    elif not os.path.isfile(config_file):
        rule = registry.rules["LNT001"]  # type: ignore[attr-defined]
        what = "is not a regular file" if os.path.exists(config_file) else "does not exist"  # a folder, a FIFO
        return Config(), [Diagnostic(Span.point(config_file, 1, 1), rule.code, rule.name, rule.severity,
                                     f"configuration file {what}")]
    config, problems = load_config(config_file, registry)
    rule = registry.rules["LNT001"]  # type: ignore[attr-defined]
    diags = [Diagnostic(p.span, rule.code, rule.name, rule.severity, p.message, p.hint) for p in problems]  # type: ignore[arg-type]
    return config, sorted(diags, key=Diagnostic.sort_key)


class RulesFormat(str, Enum):
    table = "table"
    markdown = "markdown"


@app.command("rules")
def rules_command(
    fmt: Annotated[RulesFormat, typer.Option("--format", help="table, or markdown (docs/rules.md).")] = RulesFormat.table,
) -> None:
    """List every rule: code, name, default severity and summary."""
    from avassa_lint.naming import clean
    from avassa_lint.rule import load_rules

    registry = load_rules()
    if fmt is RulesFormat.markdown:
        from avassa_lint.docs import rules_markdown

        sys.stdout.write(rules_markdown(registry.all()))
        return
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


@app.command("schema")
def schema_command(
    kind: Annotated[Optional[str], typer.Argument(help="A kind (application, secret, ...) or 'config'.")] = None,
    output_dir: Annotated[
        Optional[str], typer.Option("--output-dir", help="Write every schema file into this folder.")
    ] = None,
) -> None:
    """Print a bundled JSON Schema (for yaml-language-server and other editors), or list them."""
    from avassa_lint.classify import KIND_ALIASES
    from avassa_lint.schema import schema_files

    files = schema_files()
    if output_dir is not None:
        import json

        from avassa_lint.files import write_atomic

        os.makedirs(output_dir, exist_ok=True)
        for name, body in sorted(files.items()):
            write_atomic(os.path.join(output_dir, name), (json.dumps(body, indent=2) + "\n").encode("utf-8"))
        typer.echo(f"wrote {len(files)} schemas to {output_dir}")
        return
    if kind is None:
        for name in sorted(files):
            typer.echo(name.removesuffix(".schema.json"))
        return
    wanted = "config" if kind in ("config", "configuration") else KIND_ALIASES.get(kind.lower(), kind.lower())
    name = f"{wanted}.schema.json"
    if name not in files:
        _error(f'no schema "{kind}"; run "avassa-lint schema" for the list')
        raise typer.Exit(EXIT_USAGE)
    import json

    typer.echo(json.dumps(files[name], indent=2))


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
        elif code == EXIT_INTERRUPTED:  # typer turns a KeyboardInterrupt in a command into Exit(130)
            sys.stderr.write("avassa-lint: interrupted\n")
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
