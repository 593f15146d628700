"""Fixes: lint, apply the fixes the findings carry, lint again, until none applies (bounded).

Everything happens in memory: each pass lints the current text of every changed file (the other
files from disk, so cross-file rules see the whole project), applies the fixes that do not
overlap (core/edits.py) and goes round again. Nothing is written here; the command line writes
the files (or prints a diff) from the outcome. A fix is never applied when one of its edits
touches a value that could be a secret (text/redact.py), nor an unsafe one without ``unsafe``.
"""
from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field

from avassa_lint.core.diagnostic import Diagnostic, Fix
from avassa_lint.core.edits import apply_fixes
from avassa_lint.engine import Input, RunResult, run
from avassa_lint.loading.source import ReadError, SourceFile, read_path, text_encoding
from avassa_lint.settings.config import Config
from avassa_lint.text.redact import masked_line, secret_ranges

MAX_PASSES = 10


@dataclass
class FixedFile:
    path: str
    original: bytes  # as read before the first fix: a file that no longer holds these is not written
    fixed: bytes
    fixes: int = 0
    sources: list[SourceFile] = field(default_factory=list)  # the first and the last lint of it


@dataclass
class FixOutcome:
    files: dict[str, FixedFile]  # the files a fix changed, by path
    result: RunResult  # the lint of the fixed texts: what remains
    fixed: int = 0  # fixes applied
    unsafe_left: int = 0  # unsafe fixes left out (without ``unsafe``)
    passes: int = 0


def applicable(d: Diagnostic, unsafe: bool, source: SourceFile | None) -> Fix | None:
    """The finding's fix, when it may be applied: all its edits in the finding's own file, safe
    (or ``unsafe`` allowed), and none of them on a value that could be a secret."""
    fix = d.fix
    if fix is None or (not fix.safe and not unsafe) or not fix.edits:
        return None
    if any(e.span.path != d.span.path for e in fix.edits):
        return None
    if source is not None and source.text is not None:
        masks = secret_ranges(source)
        for e in fix.edits:
            for line in range(e.span.line, e.span.end_line + 1):
                for start, end in masks.get(line, ()):
                    first = e.span.column - 1 if line == e.span.line else 0
                    last = e.span.end_column - 1 if line == e.span.end_line else 1 << 30
                    if (end == -1 or first < end) and start < max(last, first + 1):
                        return None
    return fix


def fix_inputs(inputs: list[Input], config: Config, registry: object, path_problems: list = (),  # type: ignore[assignment]
               unsafe: bool = False, debug: bool = False, baseline: dict | None = None) -> FixOutcome:
    files: dict[str, FixedFile] = {}
    fixed = 0
    passes = 0
    while True:
        current = [dataclasses.replace(i, data=files[i.path].fixed) if i.path in files else i for i in inputs]
        result = run(current, config, registry, path_problems, debug=debug, baseline=baseline)  # type: ignore[arg-type]
        for path, changed in files.items():
            source = result.sources.get(path)
            if source is not None:
                changed.sources[1:] = [source]
        if passes >= MAX_PASSES:
            break
        wanted: dict[str, list[Fix]] = {}
        for d in result.diagnostics:
            fix = applicable(d, unsafe, result.sources.get(d.span.path))
            if fix is not None:
                wanted.setdefault(d.span.path, []).append(fix)
        applied_any = False
        for path, fixes in wanted.items():
            data = files[path].fixed if path in files else _read(path, inputs, config)
            if data is None:
                continue
            bom, encoding = text_encoding(data)
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                continue
            new_text, applied = apply_fixes(text, fixes)
            if not applied or new_text == text:
                continue
            if path not in files:
                files[path] = FixedFile(path, data, data, 0, [result.sources[path]] if path in result.sources else [])
            files[path].fixed = bom + new_text.encode(encoding)
            files[path].fixes += len(applied)
            fixed += len(applied)
            applied_any = True
        passes += 1
        if not applied_any:
            break
    left = 0 if unsafe else sum(1 for d in result.diagnostics if d.fix is not None and not d.fix.safe)
    return FixOutcome({p: f for p, f in files.items() if f.fixed != f.original}, result, fixed, left, passes)


def _read(path: str, inputs: list[Input], config: Config) -> bytes | None:
    for item in inputs:
        if item.path == path and item.data is not None:
            return item.data
    try:
        return read_path(path, config.limits.max_file_size)
    except ReadError:
        return None


def unified_diff(changed: FixedFile) -> str:
    """The diff of one fixed file; every line that could hold a secret value is shown masked."""
    def lines(data: bytes, source: SourceFile | None) -> list[str]:
        bom, encoding = text_encoding(data)
        text = data[len(bom):].decode(encoding, errors="replace")
        out = text.splitlines(keepends=True)
        masks = secret_ranges(source) if source is not None and source.text is not None else {}
        for number, ranges in masks.items():
            if 0 < number <= len(out):
                body = out[number - 1]
                ending = body[len(body.rstrip("\r\n")):]
                out[number - 1] = masked_line(body.rstrip("\r\n"), ranges)[0] + ending
        return out

    before = lines(changed.original, changed.sources[0] if changed.sources else None)
    after = lines(changed.fixed, changed.sources[-1] if len(changed.sources) > 1 else None)
    diff = difflib.unified_diff(before, after, fromfile=f"a/{changed.path}", tofile=f"b/{changed.path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)
