"""Machine-readable formats for tools and CI: json, sarif, github, gitlab, junit.

Each formatter takes the ``Report`` (report.py) of a run and returns text. Every string from a
finding goes through ``clean`` (control and bidi characters escaped); JSON and SARIF are written by
the json encoder and JUnit by xml.etree. None of these formats prints source lines, so a finding in
a secret document shows only its message. The layouts are documented in docs/output-formats.md.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from avassa_lint.core.diagnostic import Diagnostic, Severity
from avassa_lint.text.quoting import clean
from avassa_lint.reporting.report import Report, concise_line, statistics_lines

if TYPE_CHECKING:
    from avassa_lint.core.rule import Rule

TOOL_NAME = "avassa-lint"
JSON_FORMAT_VERSION = 1

# The same caps as the text formats, so a message reads the same everywhere.
_MESSAGE_LIMIT, _HINT_LIMIT, _RELATED_LIMIT = 500, 500, 200

# What ``clean`` leaves alone but JSON consumers or XML 1.0 reject: lone surrogates (a YAML "\ud800"
# escape) and the noncharacters U+FFFE/U+FFFF.
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def text(value: str, limit: int | None = None) -> str:
    """A printable, encodable one-line string."""
    shown = clean(value, limit)
    if _UNENCODABLE.search(shown):
        shown = _UNENCODABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)
    return shown


def multiline(value: str) -> str:
    """Like ``text``, but line breaks stay real (rule docs)."""
    return "\n".join(text(line) for line in value.splitlines())


def posix_path(path: str) -> str:
    """The path with forward slashes and without a leading "./" (how CI systems name files)."""
    if os.sep != "/":
        path = path.replace(os.sep, "/")
    while path.startswith("./") and len(path) > 2:
        path = path[2:]
    return path


def message_with_hint(d: Diagnostic) -> str:
    """The message, then the hint on its own line: for formats that have one text field."""
    message = text(d.message, _MESSAGE_LIMIT)
    if d.hint:
        return f"{message}\nhint: {text(d.hint, _HINT_LIMIT)}"
    return message


def _counts(report: Report) -> tuple[dict[str, int], dict[str, int]]:
    by_severity = {s.label: 0 for s in sorted(Severity, reverse=True)}
    by_code: dict[str, int] = {}
    for d in report.diagnostics:
        by_severity[d.severity.label] += 1
        by_code[d.code] = by_code.get(d.code, 0) + 1
    return by_severity, dict(sorted(by_code.items()))


# --- json ----------------------------------------------------------------------------------------


def _point(line: int, column: int) -> dict[str, int]:
    return {"line": line, "column": column}


def json_finding(d: Diagnostic) -> dict[str, Any]:
    s = d.span
    return {
        "code": d.code,
        "name": text(d.name),
        "severity": d.severity.label,
        "message": text(d.message, _MESSAGE_LIMIT),
        "hint": text(d.hint, _HINT_LIMIT) if d.hint else None,
        "path": text(s.path),
        "yaml_path": text(d.yaml_path),
        "start": _point(s.line, s.column),
        "end": _point(s.end_line, s.end_column),
        "related": [
            {
                "path": text(r.span.path),
                "start": _point(r.span.line, r.span.column),
                "end": _point(r.span.end_line, r.span.end_column),
                "message": text(r.message, _RELATED_LIMIT),
            }
            for r in d.related
        ],
    }


def format_json(report: Report) -> str:
    import json

    by_severity, by_code = _counts(report)
    document = {
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": TOOL_NAME, "version": text(report.version)},
        "findings": [json_finding(d) for d in report.diagnostics],
        "summary": {
            "files": report.files,
            "findings": len(report.diagnostics),
            "by_severity": by_severity,
            "by_code": by_code,
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- sarif ---------------------------------------------------------------------------------------

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "avassaLint/v1"


def artifact_uri(path: str) -> str:
    """A relative URI reference (forward slashes, percent-encoded) or a file: URI for an absolute path."""
    from urllib.parse import quote

    if os.path.isabs(path):
        from pathlib import PurePath

        try:
            return PurePath(path).as_uri()
        except ValueError:  # includes UnicodeError: fall back to the relative form
            pass
    relative = posix_path(path)
    try:
        raw = relative.encode("utf-8", "surrogateescape")  # undecodable file-name bytes as they were
    except UnicodeError:
        raw = text(relative).encode("utf-8")
    return quote(raw, safe="/")


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    # SARIF's endColumn is exclusive, like ours; a region never ends before it starts.
    if (end_line, end_column) < (line, column):
        end_line, end_column = line, column
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _physical(path: str, line: int, column: int, end_line: int, end_column: int) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": artifact_uri(path)},
        "region": _region(line, column, end_line, end_column),
    }


def _doc_section(doc: str, heading: str) -> str:
    """The text under ``## heading`` as one paragraph, or ''."""
    match = re.search(rf"^## {re.escape(heading)}\s*\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
    if not match:
        return ""
    return " ".join(match.group(1).split())


def sarif_rule(code: str, rule: Rule | None) -> dict[str, Any]:
    if rule is None:  # cannot happen for engine output; keep the file valid anyway
        return {"id": code, "name": code.lower(), "shortDescription": {"text": code}}
    summary = text(rule.summary)
    doc = multiline(rule.doc)
    return {
        "id": rule.code,
        "name": text(rule.name),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": text(_doc_section(rule.doc, "What it does")) or summary},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
    }


def format_sarif(report: Report) -> str:
    import json

    codes = sorted({d.code for d in report.diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    fingerprints = fingerprints_for(report.diagnostics)
    results = []
    for d, fingerprint in zip(report.diagnostics, fingerprints):
        s = d.span
        result: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _SARIF_LEVEL[d.severity],
            "message": {"text": message_with_hint(d)},
            "locations": [{"physicalLocation": _physical(s.path, s.line, s.column, s.end_line, s.end_column)}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        }
        if d.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": _physical(r.span.path, r.span.line, r.span.column,
                                                  r.span.end_line, r.span.end_column),
                    "message": {"text": text(r.message, _RELATED_LIMIT)},
                }
                for i, r in enumerate(d.related, start=1)
            ]
        results.append(result)
    driver = {
        "name": TOOL_NAME,
        "version": text(report.version),
        "rules": [sarif_rule(code, report.registry.rules.get(code)) for code in codes],
    }
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- github --------------------------------------------------------------------------------------

_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_data(value: str) -> str:
    """Escape a workflow command's message (GitHub's escapeData)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(value: str) -> str:
    """Escape a workflow command's property value (GitHub's escapeProperty)."""
    return github_data(value).replace(":", "%3A").replace(",", "%2C")


def github_line(d: Diagnostic) -> str:
    s = d.span
    props = [
        ("file", text(posix_path(s.path))),
        ("line", str(s.line)),
        ("col", str(s.column)),
        ("endLine", str(max(s.end_line, s.line))),
        ("endColumn", str(s.end_column)),
        ("title", f"{d.code} {text(d.name)}"),
    ]
    joined = ",".join(f"{k}={github_property(v)}" for k, v in props)
    return f"::{_GITHUB_COMMAND[d.severity]} {joined}::{github_data(message_with_hint(d))}"


def format_github(report: Report) -> str:
    lines = [github_line(d) for d in report.diagnostics]
    if report.statistics:

        lines.extend(statistics_lines(report))
    return "\n".join(lines) + ("\n" if lines else "")


# --- gitlab --------------------------------------------------------------------------------------

_GITLAB_SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}
# Line and column numbers in a message would move with the finding; they never enter a fingerprint.
_POSITION_WORDS = re.compile(r"\b(lines?|columns?|col)\s+\d+", re.I)


def fingerprint(d: Diagnostic) -> str:
    """A hash that survives edits elsewhere in the file: code, path and YAML path (the message
    stands in when there is no YAML path), never a line number."""
    parts = [d.code, posix_path(d.span.path), d.yaml_path]
    if not d.yaml_path:
        parts.append(_POSITION_WORDS.sub(r"\1", d.message))
    import hashlib  # only the gitlab format fingerprints

    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def fingerprints_for(diagnostics: list[Diagnostic]) -> list[str]:
    """One fingerprint per diagnostic, unique within the report: a repeat gets its ordinal mixed in
    (GitLab shows only one issue per fingerprint)."""
    import hashlib

    seen: dict[str, int] = {}
    out = []
    for d in diagnostics:
        base = fingerprint(d)
        n = seen.get(base, 0) + 1
        seen[base] = n
        out.append(base if n == 1 else hashlib.sha256(f"{base}\0{n}".encode()).hexdigest())
    return out


def format_gitlab(report: Report) -> str:
    import json

    issues = []
    for d, fp in zip(report.diagnostics, fingerprints_for(report.diagnostics)):
        s = d.span
        end_line, end_column = (s.end_line, s.end_column) if (s.end_line, s.end_column) >= (s.line, s.column) \
            else (s.line, s.column)
        issues.append({
            "type": "issue",
            "check_name": f"{d.code} {text(d.name)}",
            "description": text(d.message, _MESSAGE_LIMIT),
            "fingerprint": fp,
            "severity": _GITLAB_SEVERITY[d.severity],
            "location": {
                "path": text(posix_path(s.path)),
                "positions": {
                    "begin": {"line": s.line, "column": s.column},
                    "end": {"line": end_line, "column": end_column},
                },
            },
        })
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


# --- junit ---------------------------------------------------------------------------------------


def format_junit(report: Report) -> str:
    import xml.etree.ElementTree as ET


    by_path: dict[str, list[Diagnostic]] = {path: [] for path in report.sources}
    for d in report.diagnostics:
        by_path.setdefault(d.span.path, []).append(d)
    suite = ET.Element("testsuite", {
        "name": TOOL_NAME,
        "tests": str(len(by_path)),
        "failures": str(sum(1 for ds in by_path.values() if ds)),
        "errors": "0",
        "skipped": "0",
    })
    for path in sorted(by_path):
        case = ET.SubElement(suite, "testcase", {"classname": TOOL_NAME, "name": text(path), "file": text(path)})
        for d in by_path[path]:
            body = [concise_line(d)]
            if d.hint:
                body.append(f"hint: {text(d.hint, _HINT_LIMIT)}")
            for r in d.related:
                body.append(f"{text(r.message, _RELATED_LIMIT)}: {text(r.span.path)}:{r.span.line}:{r.span.column}")
            failure = ET.SubElement(case, "failure", {
                "type": d.code,
                "message": f"{d.span.line}:{d.span.column}: {d.severity.label} {text(d.message, _MESSAGE_LIMIT)}",
            })
            failure.text = "\n".join(text(line) for line in body)
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"


CI_FORMATTERS: dict[str, Callable[[Report], str]] = {
    "json": format_json,
    "sarif": format_sarif,
    "github": format_github,
    "gitlab": format_gitlab,
    "junit": format_junit,
}
