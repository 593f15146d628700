"""The check command itself, without the option parser: what ``avassa-lint check`` does once its
options are known (cli/app.py parses them with typer; cli/main.py parses the common ones itself,
so a one-file run does not pay for importing typer)."""
from __future__ import annotations

import os
import sys
from typing import Optional

from avassa_lint import __version__
from avassa_lint.core import codes

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _stdout_color(flag: Optional[bool]) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def _option_like_file(args: list[str]) -> Optional[str]:
    """Hook runners append file names after the options: an argument before "--" that looks like
    an option but names an existing file is refused rather than taken as the option."""
    for arg in args:
        if arg == "--":
            return None
        if arg.startswith("-") and arg != "-" and "=" not in arg and os.path.lexists(arg):
            return arg
    return None


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
    show_kinds: bool = False,
    exclude: list[str] | None = None,
    include_scripts: Optional[bool] = None,
    inline_suppressions: bool = True,
    baseline: Optional[str] = None,
    write_baseline: Optional[str] = None,
    cache: bool = True,
    fix: bool = False,
    unsafe_fixes: bool = False,
    diff: bool = False,
) -> int:
    from avassa_lint.core.diagnostic import Severity
    from avassa_lint.engine import collect_inputs, run
    from avassa_lint.reporting.output import FORMATTERS, Report
    from avassa_lint.registry import load_rules

    formatter = FORMATTERS.get(output_format)
    if formatter is None:
        _error(f'output format "{output_format}" is not available')
        return EXIT_USAGE
    if stdin_filename is not None and "-" not in paths:
        _error("--stdin-filename names the file that stdin stands for, but no '-' path reads stdin "
               "(avassa-lint check --stdin-filename PATH -)")
        return EXIT_USAGE
    registry = load_rules()
    config, config_diags = _load_settings(paths, stdin_filename, config_file, isolated, registry)
    if config_diags:
        # Like findings in object files: every one, with code frames and hints; no summary line.
        report = Report(config_diags, _config_sources(config_diags), 0, registry, __version__,
                        color=_stdout_color(color) if output_file is None and output_format == "text" else False,
                        quiet=True)
        _emit(formatter(report), output_file)
        _error(f"{_count(len(config_diags), 'mistake')} in the configuration file: nothing was linted")
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
                from avassa_lint.text.suggest import did_you_mean

                near = did_you_mean(sel, [r.name for r in registry.all()] + list(registry.rules))
                _error(f'--{option} "{sel}" names no rule, code or area; '
                       + (f"{near} " if near else "") + "run avassa-lint rules for the list")
                return EXIT_USAGE
    if selectors["select"]:
        config.select = selectors["select"]
    if selectors["ignore"]:
        config.ignore = config.ignore + selectors["ignore"]  # adds to the file's ignore list
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    if show_config:
        from avassa_lint.settings.config import render_config

        # stdout is a configuration file that can be saved as .avassa-lint.yaml as it is
        sys.stderr.write(f"avassa-lint: settings from {config.source or 'the defaults (no configuration file)'}"
                         " and the command line\n")
        sys.stdout.write(render_config(config))
        return EXIT_CLEAN
    for problem in registry.problems:
        _error(problem)
    stdin_data = None
    if "-" in paths:
        stdin_data = sys.stdin.buffer.read(config.limits.max_file_size + 1)
    inputs, path_problems = collect_inputs(paths, config, stdin_data, stdin_filename)
    _folders_with_nothing(paths, inputs, config)
    if show_kinds:
        from avassa_lint.engine import explain_kinds
        from avassa_lint.text.quoting import clean

        for path, line, found in explain_kinds(inputs, config):
            parent = {"jwt-role": "JWT method", "acme-static-request": "ACME service"}.get(found.kind or "", "vault")
            vault = f" ({parent} {found.vault}, from the {found.vault_source})" if found.vault else ""
            if found.candidates:
                vault += " (close to " + " and ".join(found.candidates) + ")"
            sys.stdout.write(f"{clean(path, 500)}:{line}: {found.kind or 'none'} from {found.shown_source}{vault}\n")
        return EXIT_USAGE if path_problems else EXIT_CLEAN
    known = None
    if baseline:
        from avassa_lint.reporting import baseline as baselines

        try:
            known = baselines.read(baseline)
        except baselines.BaselineError as exc:
            _error(str(exc))
            return EXIT_USAGE
    if unsafe_fixes and not (fix or diff):
        _error("--unsafe-fixes goes with --fix or --diff")
        return EXIT_USAGE
    fix_outcome = None
    if fix or diff:
        from avassa_lint.fixer import fix_inputs

        fix_outcome = fix_inputs(inputs, config, registry, path_problems, unsafe=unsafe_fixes, debug=debug,
                                 baseline=known)
        result = fix_outcome.result
        if diff:
            return _print_diff(fix_outcome, result)
        if not _write_fixes(fix_outcome, inputs, config):
            result.environment_error = True
    else:
        result = run(inputs, config, registry, path_problems, debug=debug, baseline=known)
    if result.stale_baseline:
        stale = _count(result.stale_baseline, "baseline entry", "baseline entries")
        sys.stderr.write(f"avassa-lint: {stale} no longer {'matches' if result.stale_baseline == 1 else 'match'} "
                         "a finding; rewrite the baseline with --write-baseline to drop them\n")
    if write_baseline:
        from avassa_lint.reporting import baseline as baselines

        if not _write(write_baseline, baselines.render(result.diagnostics), "the baseline"):
            return EXIT_USAGE if not result.internal_error else EXIT_INTERNAL
        sys.stderr.write(f"avassa-lint: wrote {_count(len(result.diagnostics), 'finding')} to the baseline\n")
        return EXIT_INTERNAL if result.internal_error else EXIT_CLEAN
    report = Report(result.diagnostics, result.sources, result.files, registry, __version__,
                    color=_stdout_color(color) if output_file is None and output_format == "text" else False,
                    quiet=quiet, statistics=statistics)
    stdin_fixed = fix_outcome is not None and any(i.data is not None and i.path in fix_outcome.files for i in inputs)
    # --fix with stdin: the fixed text is stdout (an editor's format on save); the report goes to stderr
    written = _emit(formatter(report), output_file) if not stdin_fixed or output_file else _report_to_stderr(
        formatter(report))
    if fix_outcome is not None:
        sys.stderr.write(_fix_summary(fix_outcome) + "\n")
    if statistics and output_format == "concise":  # concise stays one line per finding
        from avassa_lint.reporting.report import statistics_lines

        sys.stderr.write("".join(line + "\n" for line in statistics_lines(report)))
    if debug:
        for note in result.notes:
            sys.stderr.write(note)
    code = result.exit_code(config.fail_on)
    if not inputs and not path_problems:  # a mistyped CI path must not pass as "no findings"
        _error("no file was linted; check the paths")
        code = max(code, EXIT_USAGE)
    return code if written else max(code, EXIT_USAGE)


def _fix_summary(outcome: object) -> str:
    fixed, files, left = outcome.fixed, len(outcome.files), outcome.unsafe_left  # type: ignore[attr-defined]
    text = f"avassa-lint: fixed {_count(fixed, 'finding')} in {_count(files, 'file')}"
    return text + (f" ({left} more with --unsafe-fixes)" if left else "")


def _report_to_stderr(text: str) -> bool:
    sys.stderr.write(text)
    return True


def _print_diff(outcome: object, result: object) -> int:
    """--diff: the unified diff of every file a fix changes, masked where a secret could show."""
    from avassa_lint.fixer import unified_diff

    for path in sorted(outcome.files):  # type: ignore[attr-defined]
        sys.stdout.write(unified_diff(outcome.files[path]))  # type: ignore[attr-defined]
    sys.stderr.write(_fix_summary(outcome).replace("fixed", "would fix", 1) + "\n")
    if result.internal_error:  # type: ignore[attr-defined]
        return EXIT_INTERNAL
    if result.environment_error:  # type: ignore[attr-defined]
        return EXIT_USAGE
    return EXIT_FINDINGS if outcome.files else EXIT_CLEAN  # type: ignore[attr-defined]


def _write_fixes(outcome: object, inputs: list, config: object) -> bool:
    """Write each fixed file in place (stdin: print it). A file that changed on disk since it was
    read, or a symbolic link that leads out of the project, is not written, and says so."""
    from avassa_lint.loading.source import ReadError, read_path

    ok = True
    stdin = {i.path for i in inputs if i.data is not None}
    root = os.path.realpath(getattr(config, "root", None) or os.getcwd())
    for path in sorted(outcome.files):  # type: ignore[attr-defined]
        changed = outcome.files[path]  # type: ignore[attr-defined]
        if path in stdin:
            sys.stdout.buffer.write(changed.fixed)
            sys.stdout.flush()
            continue
        real = os.path.realpath(path)
        if os.path.islink(path) and os.path.commonpath([root, real]) != root:
            _error(f'not fixing "{path}": it is a symbolic link to a file outside the project')
            ok = False
            continue
        try:
            now = read_path(path, config.limits.max_file_size)  # type: ignore[attr-defined]
        except ReadError as exc:
            _error(f'not fixing "{path}": {exc}')
            ok = False
            continue
        if now != changed.original:
            _error(f'not fixing "{path}": it changed on disk while it was being linted; run again')
            ok = False
            continue
        ok = _write(real, changed.fixed, "the fixed file") and ok
    return ok


def _split(values: list[str] | None) -> list[str]:
    """--select A,B and --select A --select B mean the same."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _folders_with_nothing(paths: list[str], inputs: list, config: object) -> list[str]:
    """Folders on the command line under which nothing is linted: each gets a line on stderr."""
    from avassa_lint.loading.discover import why_nothing

    linted = [os.path.abspath(i.path) for i in inputs]
    empty = []
    for given in dict.fromkeys(p for p in paths if p != "-" and os.path.isdir(p)):
        folder = os.path.join(os.path.abspath(given), "")
        if not any(path.startswith(folder) for path in linted):
            reason = why_nothing(given, config.exclude, config.include,  # type: ignore[attr-defined]
                                 config.include_scripts, config.root)  # type: ignore[attr-defined]
            _error(f'nothing to lint under "{given}": {reason}')
            empty.append(given)
    return empty


def _count(n: int, word: str, plural: Optional[str] = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _emit(text: str, output_file: Optional[str]) -> bool:
    """Print the report, or write it to ``output_file``; False (after saying why) when it cannot be."""
    if output_file:
        return _write(output_file, text.encode("utf-8", errors="backslashreplace"), "the report")
    sys.stdout.write(text)
    sys.stdout.flush()
    return True


def _write(path: str, data: bytes, what: str) -> bool:
    """Write a file atomically; a problem of the environment (a missing or read-only folder, a
    full disk) is one line on stderr and False, never an internal error."""
    from avassa_lint.loading.files import write_atomic

    if os.path.isdir(path):
        _error(f'cannot write {what} to "{path}": it is a folder')
        return False
    if os.path.exists(path) and not os.access(path, os.W_OK):
        _error(f'cannot write {what} to "{path}": the file is read-only')
        return False
    try:
        write_atomic(path, data)
    except OSError as exc:
        _error(f'cannot write {what} to "{path}": {write_problem(path, exc)}')
        return False
    return True


def _first_file(folder: str) -> str:
    """The part of ``folder`` that exists but is not a folder (for ENOTDIR)."""
    parts = folder.split(os.sep)
    for i in range(1, len(parts) + 1):
        head = os.sep.join(parts[:i]) or os.sep
        if os.path.exists(head) and not os.path.isdir(head):
            return head
    return folder


def write_problem(path: str, exc: OSError) -> str:
    """Why a file could not be written, in words that name the folder."""
    import errno

    folder = os.path.dirname(os.path.abspath(path))
    shown = os.path.dirname(path) or "."
    if exc.errno == errno.ENOENT:
        missing = folder
        while not os.path.exists(os.path.dirname(missing)) and os.path.dirname(missing) != missing:
            missing = os.path.dirname(missing)
        return f'the folder "{shown}" does not exist' if missing == folder else \
            f'the folder "{shown}" does not exist ("{missing}" is missing)'
    reasons = {
        errno.EACCES: f'no permission to write in the folder "{shown}"',
        errno.EPERM: f'no permission to write in the folder "{shown}"',
        errno.EROFS: f'the folder "{shown}" is on a read-only file system',
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.ENOTDIR: f'"{_first_file(shown)}" is a file, not a folder',
        errno.EISDIR: "it is a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    return reasons.get(exc.errno or 0, (exc.strerror or type(exc).__name__).lower())


def _config_sources(diags: list) -> dict:
    """The configuration file as a source, so its findings get code frames (YAML only)."""
    from avassa_lint.loading.source import ReadError, load_source, read_path

    sources = {}
    for path in {d.span.path for d in diags}:
        if path.endswith((".yaml", ".yml")):
            try:
                sources[path] = load_source(path, read_path(path, 1 << 20))
            except ReadError:
                pass
    return sources


def _load_settings(paths: list[str], stdin_filename: Optional[str], config_file: Optional[str], isolated: bool,
                   registry: object) -> tuple[object, list]:
    """The configuration: --config, else the nearest file above the first path; never a path
    that came from the file list. Mistakes come back as LNT001 findings (exit 2)."""
    from avassa_lint.settings.config import Config, config_problem, find_config, load_config
    from avassa_lint.core.diagnostic import Diagnostic, Span

    if isolated:
        return Config(), []
    if config_file is None:
        first = next((p for p in paths if p != "-"), None) or (stdin_filename or ".")
        config_file = find_config(first)
        if config_file is None:
            return Config(), []
    elif not os.path.isfile(config_file):
        rule = registry.rules[codes.INVALID_CONFIG]  # type: ignore[attr-defined]
        what = "is not a regular file" if os.path.exists(config_file) else "does not exist"  # a folder, a FIFO
        return Config(), [Diagnostic.of(config_problem(Span.point(config_file, 1, 1), f"configuration file {what}"),
                                        rule.name, rule.severity)]
    config, problems = load_config(config_file, registry)
    rule = registry.rules[codes.INVALID_CONFIG]  # type: ignore[attr-defined]
    diags = [Diagnostic.of(p, rule.name, rule.severity) for p in problems]
    return config, sorted(diags, key=Diagnostic.sort_key)


def _error(message: str) -> None:
    from avassa_lint.text.quoting import clean

    sys.stderr.write(f"avassa-lint: {clean(message, 500)}\n")
