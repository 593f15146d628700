"""The options of ``avassa-lint check``, parsed without typer for the common command lines.

``parse`` takes what a user, a hook runner or an editor usually types (long and short options,
``--opt=value``, options before and after the paths, ``--`` ending them) and returns the keyword
arguments of ``run.run_check``; anything else (help, an unknown option, a missing or invalid
value, combined short options) gives None, and the typer application parses it instead, with its
own messages. ``run_kwargs`` turns parsed values into run_check's arguments for both parsers, and
a test holds this table to the typer command's parameters.
"""
from __future__ import annotations

from typing import Any

OUTPUT_FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit")
SEVERITIES = ("error", "warning", "info")

# parameter of app.check, its flags, and how it takes a value: "value" (one; the last wins),
# "multi" (repeatable), "flag" (True when given), "on"/"off" (a --x/--no-x pair)
OPTIONS: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...] | None], ...] = (
    ("output_format", ("--output-format", "-f"), "value", OUTPUT_FORMATS),
    ("output_file", ("--output-file", "-o"), "value", None),
    ("stdin_filename", ("--stdin-filename",), "value", None),
    ("select", ("--select",), "multi", None),
    ("ignore", ("--ignore",), "multi", None),
    ("fail_on", ("--fail-on",), "value", SEVERITIES),
    ("strict", ("--strict",), "flag", None),
    ("quiet", ("--quiet", "-q"), "flag", None),
    ("statistics", ("--statistics",), "flag", None),
    ("color", ("--color",), "on", None),
    ("color", ("--no-color",), "off", None),
    ("debug", ("--debug",), "flag", None),
    ("config_file", ("--config",), "value", None),
    ("isolated", ("--isolated",), "flag", None),
    ("show_config", ("--show-config",), "flag", None),
    ("show_kinds", ("--show-kinds",), "flag", None),
    ("exclude", ("--exclude",), "multi", None),
    ("include_scripts", ("--include-scripts",), "on", None),
    ("include_scripts", ("--no-include-scripts",), "off", None),
    ("no_inline_suppressions", ("--no-inline-suppressions",), "flag", None),
    ("baseline", ("--baseline",), "value", None),
    ("write_baseline", ("--write-baseline",), "value", None),
    ("no_cache", ("--no-cache",), "flag", None),
    ("fix", ("--fix",), "flag", None),
    ("unsafe_fixes", ("--unsafe-fixes",), "flag", None),
    ("diff", ("--diff",), "flag", None),
)
_BY_FLAG = {flag: (param, kind, choices) for param, flags, kind, choices in OPTIONS for flag in flags}
DEFAULTS: dict[str, Any] = {param: (False if kind == "flag" else [] if kind == "multi" else None)
                            for param, _, kind, _ in OPTIONS}
DEFAULTS["output_format"] = "text"


def run_kwargs(paths: list[str] | None, values: dict[str, Any]) -> dict[str, Any]:
    """run_check's arguments from the parsed values (both parsers end here)."""
    return {
        "paths": paths or ["."],
        "output_format": values["output_format"],
        "output_file": values["output_file"],
        "stdin_filename": values["stdin_filename"],
        "select": list(values["select"] or []),
        "ignore": list(values["ignore"] or []),
        "fail_on": values["fail_on"] or ("warning" if values["strict"] else None),
        "quiet": values["quiet"],
        "statistics": values["statistics"],
        "color": values["color"],
        "debug": values["debug"],
        "config_file": values["config_file"],
        "isolated": values["isolated"],
        "show_config": values["show_config"],
        "show_kinds": values["show_kinds"],
        "exclude": list(values["exclude"] or []),
        "include_scripts": values["include_scripts"],
        "inline_suppressions": not values["no_inline_suppressions"],
        "baseline": values["baseline"],
        "write_baseline": values["write_baseline"],
        "cache": not values["no_cache"],
        "fix": values["fix"],
        "unsafe_fixes": values["unsafe_fixes"],
        "diff": values["diff"],
    }


def parse(args: list[str]) -> dict[str, Any] | None:
    """run_check's arguments for ``check ARGS``, or None: let typer parse it."""
    from avassa_lint.cli.run import _option_like_file

    if _option_like_file(args) is not None:
        return None
    values = dict(DEFAULTS, select=[], ignore=[], exclude=[])
    paths: list[str] = []
    i = 0
    ended = False
    while i < len(args):
        arg = args[i]
        i += 1
        if ended or arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        if arg == "--":
            ended = True
            continue
        name, eq, given = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        spec = _BY_FLAG.get(name)
        if spec is None:
            return None
        param, kind, choices = spec
        if kind in ("flag", "on", "off"):
            if eq:
                return None
            values[param] = kind != "off"
            continue
        if not eq:
            if i >= len(args):
                return None
            given = args[i]
            i += 1
            if given.startswith("-") and given != "-":
                return None  # typer decides what a value that looks like an option means
        if choices is not None and given not in choices:
            return None
        if kind == "multi":
            values[param].append(given)
        else:
            values[param] = given
    return run_kwargs(paths or None, values)
