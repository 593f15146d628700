"""The console entry point: the top-level handler that keeps the exit-code contract.

``avassa-lint check`` with the usual options is parsed here (cli/check_options.py) and run
without importing typer, which costs a one-file run about a fifth of its time; anything else
(help, --version, the other commands, an option this parser does not take, a mistake) goes to the
typer application (cli/app.py), which gives the same result and the same messages.
"""
from __future__ import annotations

import sys
from typing import Optional

from avassa_lint.cli.run import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: the top-level handler that keeps the exit-code contract."""
    args = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args[: args.index("--")] if "--" in args else "--debug" in args
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    try:
        fast = None
        if args == ["--version"]:  # what the typer application prints, without importing it
            from avassa_lint import __version__

            sys.stdout.write(f"avassa-lint {__version__}\n")
            raise SystemExit(0)
        if args and args[0] == "check":
            from avassa_lint.cli.check_options import parse

            fast = parse(args[1:])
        if fast is not None:
            from avassa_lint.cli.run import run_check

            raise SystemExit(run_check(**fast))
        from avassa_lint.cli.app import app

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
