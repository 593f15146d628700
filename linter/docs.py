"""Rendering a rule's documentation in the terminal (YAML examples highlighted by pygments)."""
from __future__ import annotations

import re

from avassa_lint.rule import Rule

_FENCE = re.compile(r"```(\w*)\n(.*?)```", re.S)


def render_rule(rule: Rule, color: bool = False) -> str:
    head = f"{rule.code} {rule.name} (default severity: {rule.severity.label})"
    body = rule.doc
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
