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

from avassa_lint.cli.run import (
    EXIT_CLEAN,
    EXIT_USAGE,
    _error,
    _option_like_file,
    _stdout_color,
    _write,
    run_check,
    write_problem,
)


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


# Options may come anywhere after the command, as in ruff, yamllint and click's default; "--" ends
# them, so a file named "--x" is linted as "check -- --x".
CONTEXT = {"help_option_names": ["-h", "--help"]}

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


class _CheckCommand(typer.core.TyperCommand):
    """``check`` sees its arguments as typed (with the "--") before click parses them."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        bad = _option_like_file(args)
        if bad is not None:
            _error(f'file name "{bad}" looks like an option; put -- before file names')
            ctx.exit(EXIT_USAGE)
        return super().parse_args(ctx, args)


@app.command(context_settings=CONTEXT, cls=_CheckCommand)
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="[PATH]...", help="Files or folders to lint; '-' reads stdin.")] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-f", help="How findings are printed.")
    ] = OutputFormat.text,
    output_file: Annotated[Optional[str], typer.Option("--output-file", "-o", metavar="FILE", help="Write the report here.")] = None,
    stdin_filename: Annotated[
        Optional[str], typer.Option("--stdin-filename", metavar="PATH",
                                    help="The path that stdin ('-') stands for (editors).")
    ] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="CODES", help="Only these codes, areas or names (comma-separated).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="CODES", help="Skip these codes, areas or names (comma-separated).")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Lowest severity that fails the run.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Same as --fail-on warning.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the findings without the summary line.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print counts per rule (on stderr with concise).")] = False,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colour on or off.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    config_file: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this configuration file.")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore every configuration file.")] = False,
    show_config: Annotated[bool, typer.Option("--show-config", help="Print the effective settings as a configuration file and exit.")] = False,
    show_kinds: Annotated[bool, typer.Option("--show-kinds", help="Print the kind found for each document, and from what evidence, and exit.")] = False,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB", help="Skip paths matching this glob.")] = None,
    include_scripts: Annotated[
        Optional[bool], typer.Option("--include-scripts/--no-include-scripts",
                                     help="Lint supctl heredocs in *.sh, *.bash and *.md files found in folders.")
    ] = None,
    no_inline_suppressions: Annotated[
        bool, typer.Option("--no-inline-suppressions", help="Ignore '# avassa-lint: disable=' comments.")
    ] = False,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Report only findings not in this baseline.")] = None,
    write_baseline: Annotated[
        Optional[str], typer.Option("--write-baseline", metavar="FILE",
                                    help="Record the current findings as the baseline and exit 0.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write .avassa-lint-cache/.")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="Apply the safe fixes, then report what remains.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff: the unsafe fixes too.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print what --fix would change; write nothing (exit 1 when there is a change).")] = False,
) -> None:
    """Lint files and folders (default: the current folder)."""
    values = dict(locals())  # every parameter, as typer parsed it
    from avassa_lint.cli.check_options import run_kwargs

    values["output_format"] = output_format.value
    values["fail_on"] = fail_on.value if fail_on else None
    code = run_check(**run_kwargs(values.pop("paths"), values))
    raise typer.Exit(code)


class RulesFormat(str, Enum):
    table = "table"
    markdown = "markdown"


@app.command("rules")
def rules_command(
    fmt: Annotated[RulesFormat, typer.Option("--format", help="table, or markdown (docs/rules.md).")] = RulesFormat.table,
) -> None:
    """List every rule: code, name, default severity, fix (safe or unsafe) and summary."""
    from avassa_lint.text.quoting import clean
    from avassa_lint.registry import load_rules

    registry = load_rules()
    if fmt is RulesFormat.markdown:
        from avassa_lint.cli.docs import rules_markdown

        sys.stdout.write(rules_markdown(registry.all()))
        return
    for r in registry.all():
        fix = r.fix.partition(":")[0] if r.fix else ""
        typer.echo(f"{r.code}  {r.name:<32} {r.severity.label:<8} {fix:<6} {clean(r.summary, 200)}")


@app.command("server")
def server_command() -> None:
    """Run the language server over stdio (editors start it; needs avassa-lint[lsp])."""
    try:
        from avassa_lint.lsp.server import serve
    except ImportError as exc:
        _error(f"the language server needs pygls and lsprotocol ({exc.name} is missing): "
               "pip install 'avassa-lint[lsp]'")
        raise typer.Exit(EXIT_USAGE)
    serve()


@app.command("rule")
def rule_command(code_or_name: Annotated[str, typer.Argument(help="A rule code (IMG001) or name.")]) -> None:
    """Print a rule's documentation."""
    from avassa_lint.registry import load_rules

    registry = load_rules()
    found = registry.find(code_or_name)
    if found is None:
        from avassa_lint.text.suggest import did_you_mean

        near = did_you_mean(code_or_name, [r.name for r in registry.all()] + list(registry.rules))
        _error(f'no rule "{code_or_name}"; ' + (f"{near} " if near else "") + 'run "avassa-lint rules" for the list')
        raise typer.Exit(EXIT_USAGE)
    from avassa_lint.cli.docs import render_rule

    typer.echo(render_rule(found, color=_stdout_color(None)))


@app.command("schema")
def schema_command(
    kind: Annotated[Optional[str], typer.Argument(help="A kind (application, secret, ...) or 'config'.")] = None,
    output_dir: Annotated[
        Optional[str], typer.Option("--output-dir", help="Write every schema file into this folder.")
    ] = None,
) -> None:
    """Print a bundled JSON Schema (for yaml-language-server and other editors), or list them."""
    from avassa_lint.loading.classify import KIND_ALIASES
    from avassa_lint.core.schema_files import schema_files

    files = schema_files()
    if output_dir is not None:
        import json

        try:
            os.makedirs(output_dir, exist_ok=True)
        except OSError as exc:
            _error(f'cannot create the folder "{output_dir}": {write_problem(os.path.join(output_dir, "x"), exc)}')
            raise typer.Exit(EXIT_USAGE) from None
        for name, body in sorted(files.items()):
            if not _write(os.path.join(output_dir, name), (json.dumps(body, indent=2) + "\n").encode("utf-8"),
                          "the schema"):
                raise typer.Exit(EXIT_USAGE)
        typer.echo(f"wrote {len(files)} schemas to {output_dir}")
        return
    if kind is None:
        for name in sorted(files):
            typer.echo(name.removesuffix(".schema.json"))
        return
    wanted = "config" if kind in ("config", "configuration") else KIND_ALIASES.get(kind.lower(), kind.lower())
    name = f"{wanted}.schema.json"
    if name not in files:
        from avassa_lint.text.suggest import did_you_mean

        near = did_you_mean(kind, [n.removesuffix(".schema.json") for n in files] + list(KIND_ALIASES))
        _error(f'no schema "{kind}"; ' + (f"{near} " if near else "") + 'run "avassa-lint schema" for the list')
        raise typer.Exit(EXIT_USAGE)
    import json

    typer.echo(json.dumps(files[name], indent=2))
