"""Rendering a rule's documentation in the terminal (YAML examples highlighted by pygments)."""
from __future__ import annotations

import re

from avassa_lint.core.rule import Rule

_FENCE = re.compile(r"```(\w*)\n(.*?)```", re.S)


def render_rule(rule: Rule, color: bool = False) -> str:
    head = f"{rule.code} {rule.name} (default severity: {rule.severity.label})"
    body = rule.doc + (f"\n\n## Fix\n{_fix_text(rule.fix)}\n" if rule.fix else "")
    if color:
        from pygments import highlight
        from pygments.formatters import TerminalFormatter
        from pygments.lexers import YamlLexer, get_lexer_by_name

        def repl(match: re.Match[str]) -> str:
            lang = match.group(1) or "yaml"
            try:
                lexer = YamlLexer() if lang == "yaml" else get_lexer_by_name(lang)
            except Exception:  # noqa: BLE001 - unknown language: print plain
                return match.group(2)
            return highlight(match.group(2), lexer, TerminalFormatter())

        body = _FENCE.sub(repl, body)
        body = re.sub(r"^(## .*)$", "\x1b[1m\\1\x1b[0m", body, flags=re.M)
        head = f"\x1b[1m{head}\x1b[0m"
    else:
        body = _FENCE.sub(lambda m: "\n".join("    " + line for line in m.group(2).splitlines()) + "\n", body)
    return f"{head}\n\n{body.strip()}\n"


def _fix_text(fix: str) -> str:
    """'safe: quotes the value' -> 'Safe (--fix): quotes the value.'"""
    kind, _, what = fix.partition(": ")
    how = "Safe (--fix)" if kind == "safe" else "Unsafe (--fix --unsafe-fixes)"
    return f"{how}: {what.rstrip('.')}."


def rules_markdown(rules: list[Rule]) -> str:
    """docs/rules.md: the rule table, then every rule's documentation."""
    out = [
        "# Rules",
        "",
        "Generated from the rule modules' docstrings by `avassa-lint rules --format markdown`;"
        " a test checks that this file is current.",
        "",
        "| code | name | default severity | fix | summary |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        fix = r.fix.partition(":")[0] if r.fix else ""
        out.append(f"| [{r.code}](#{r.code.lower()}-{r.name}) | `{r.name}` | {r.severity.label} | {fix} | {r.summary} |")
    for r in rules:
        body = r.doc.split("\n", 1)[1].strip() if "\n" in r.doc else ""
        body = re.sub(r"^## ", "#### ", body, flags=re.M)
        out += ["", f"## {r.code} {r.name}", "", f"*{r.summary}* Default severity: **{r.severity.label}**.", "", body]
        if r.fix:
            out += ["", "#### Fix", "", _fix_text(r.fix)]
    return "\n".join(out) + "\n"
