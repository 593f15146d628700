"""Baselines for adopting the linter in an existing repository.

``--write-baseline FILE`` records the current findings keyed by code, file and YAML path (not by
line, so the baseline survives edits above a finding); ``--baseline FILE`` then reports only
findings that are not in it, and says how many baseline entries no longer match, so the file can
only shrink.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable

from avassa_lint.core.diagnostic import Diagnostic

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


def key(diag: Diagnostic) -> str:
    where = diag.yaml_path or "msg:" + hashlib.sha256(diag.message.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{diag.code}|{diag.span.path}|{where}"


def render(diags: Iterable[Diagnostic]) -> bytes:
    counts = Counter(key(d) for d in diags)
    entries = []
    for k in sorted(counts):
        code, path, where = k.split("|", 2)
        entries.append({"code": code, "path": path, "where": where, "count": counts[k]})
    body = {"version": FORMAT_VERSION, "tool": "avassa-lint", "findings": entries}
    return (json.dumps(body, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def read(path: str) -> Counter[str]:
    from avassa_lint.loading.source import ReadError, os_reason, read_path

    try:
        data = read_path(path, 16 << 20)
    except ReadError as exc:
        raise BaselineError(f'baseline "{path}" cannot be read: {exc}') from None
    except OSError as exc:
        raise BaselineError(f'baseline "{path}" cannot be read: {os_reason(exc)}') from None
    try:
        body = json.loads(data)
    except ValueError as exc:  # UnicodeDecodeError is one too
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise BaselineError(f'baseline "{path}" is not valid JSON{where}; write it with --write-baseline') from None
    if not isinstance(body, dict) or body.get("version") != FORMAT_VERSION or not isinstance(body.get("findings"), list):
        raise BaselineError(f'baseline "{path}" is not a version {FORMAT_VERSION} avassa-lint baseline')
    counts: Counter[str] = Counter()
    for entry in body["findings"]:
        try:
            counts[f"{entry['code']}|{entry['path']}|{entry['where']}"] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f'baseline "{path}" has a malformed entry') from None
    return counts


def subtract(diags: list[Diagnostic], baseline: Counter[str]) -> tuple[list[Diagnostic], int]:
    """Findings not covered by the baseline, and how many baseline entries matched nothing."""
    remaining = Counter(baseline)
    kept: list[Diagnostic] = []
    for d in diags:
        k = key(d)
        if remaining[k] > 0:
            remaining[k] -= 1
        else:
            kept.append(d)
    stale = sum(v for v in remaining.values() if v > 0)
    return kept, stale
