"""The rule API: a rule's metadata, the @rule decorator, and the RuleRegistry that checks them
(registry.py loads the built-in rules and the rule packs)."""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from avassa_lint.core.diagnostic import Finding, Related, Severity, Span
from avassa_lint.text.suggest import did_you_mean, suggest

__all__ = ["Rule", "rule", "engine_rule", "Finding", "Related", "Span", "did_you_mean", "suggest", "RuleRegistry"]

CODE_RE = re.compile(r"^[A-Z]{3}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DOC_HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Callable[..., Iterable[Finding]] | None = None  # None: emitted by the engine itself
    options: type | None = None
    module: str = ""
    # what its fix does, "safe: ..." or "unsafe: ..." (findings carry the edits); None: no fix
    fix: str | None = None
    # "file": each finding depends only on the documents of the file it is reported in (the
    # language server keeps such findings per file); "project": anything in the project may matter
    scope: str = "project"

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @property
    def area(self) -> str:
        return self.code[:3]

    def run(self, project: Any, options: Any = None) -> Iterator[Finding]:
        if self.check is None:
            return iter(())
        if self.options is not None:
            return iter(self.check(project, options if options is not None else self.options()))
        return iter(self.check(project))


def _doc_parts(doc: str | None) -> tuple[str, str]:
    text = (doc or "").strip()
    summary = text.splitlines()[0].strip() if text else ""
    return summary, text


def rule(*, code: str, name: str, severity: str, options: type | None = None,
         fix: str | None = None, scope: str = "project") -> Callable[[Callable], Rule]:
    """Declare a rule whose check is the decorated generator; docs come from its module docstring.
    ``fix`` says what the fixes its findings carry do ("safe: quotes the value")."""

    def wrap(fn: Callable) -> Rule:
        module = sys.modules.get(fn.__module__)
        summary, doc = _doc_parts(getattr(module, "__doc__", None))
        return Rule(code, name, Severity.parse(severity), summary, doc, fn, options, fn.__module__, fix, scope)

    return wrap


def engine_rule(doc: str | None, *, code: str, name: str, severity: str, module: str = "",
                fix: str | None = None) -> Rule:
    """Declare a code that the engine emits itself (loading, schema, limits); ``doc`` is the docs."""
    summary, text = _doc_parts(doc)
    return Rule(code, name, Severity.parse(severity), summary, text, None, None, module, fix)


class RegistryError(Exception):
    pass


@dataclass
class RuleRegistry:
    rules: dict[str, Rule] = field(default_factory=dict)  # by code
    by_name: dict[str, Rule] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # plugin loading problems

    def add(self, item: Rule) -> None:
        if not CODE_RE.match(item.code):
            raise RegistryError(f'rule code "{item.code}" is not three capital letters and three digits')
        if not NAME_RE.match(item.name):
            raise RegistryError(f'rule name "{item.name}" is not kebab-case')
        if item.code in self.rules:
            raise RegistryError(f'rule code "{item.code}" is declared twice ({self.rules[item.code].module}, {item.module})')
        if item.name in self.by_name:
            raise RegistryError(f'rule name "{item.name}" is declared twice')
        missing = [h for h in DOC_HEADINGS if h not in item.doc]
        if not item.summary or missing:
            raise RegistryError(f"rule {item.code} has incomplete docs (missing: {', '.join(missing) or 'summary'})")
        if item.scope not in ("file", "project"):
            raise RegistryError(f'rule {item.code} has the scope "{item.scope}": expected "file" or "project"')
        if item.fix is not None and not item.fix.startswith(("safe: ", "unsafe: ")):
            raise RegistryError(f'rule {item.code} describes its fix as "{item.fix}": expected "safe: ..." or "unsafe: ..."')
        self.rules[item.code] = item
        self.by_name[item.name] = item

    def find(self, code_or_name: str) -> Rule | None:
        return self.rules.get(code_or_name.upper()) or self.by_name.get(code_or_name.lower())

    def all(self) -> list[Rule]:
        return [self.rules[c] for c in sorted(self.rules)]

    def matching(self, selector: str) -> list[Rule]:
        """Rules a selector names: a code, a code prefix (area), or a name."""
        sel = selector.strip()
        found = self.find(sel)
        if found is not None:
            return [found]
        return [r for code, r in sorted(self.rules.items()) if code.startswith(sel.upper())]
