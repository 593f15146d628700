"""Rules: metadata, the @rule decorator, and the registry of built-in and plugin rules."""
from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from avassa_lint.diagnostic import Finding, Related, Severity, Span
from avassa_lint.suggest import did_you_mean, suggest

__all__ = ["Rule", "rule", "engine_rule", "Finding", "Related", "Span", "did_you_mean", "suggest", "RuleRegistry", "load_rules"]

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


def rule(*, code: str, name: str, severity: str, options: type | None = None) -> Callable[[Callable], Rule]:
    """Declare a rule whose check is the decorated generator; docs come from its module docstring."""

    def wrap(fn: Callable) -> Rule:
        module = sys.modules.get(fn.__module__)
        summary, doc = _doc_parts(getattr(module, "__doc__", None))
        return Rule(code, name, Severity.parse(severity), summary, doc, fn, options, fn.__module__)

    return wrap


def engine_rule(doc: str | None, *, code: str, name: str, severity: str, module: str = "") -> Rule:
    """Declare a code that the engine emits itself (loading, schema, limits); ``doc`` is the docs."""
    summary, text = _doc_parts(doc)
    return Rule(code, name, Severity.parse(severity), summary, text, None, None, module)


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


def rules_in(module: Any) -> list[Rule]:
    return [v for v in vars(module).values() if isinstance(v, Rule)]


_REGISTRY: RuleRegistry | None = None


def load_rules(plugins: bool = True) -> RuleRegistry:
    """Built-in rules (listed in avassa_lint.rules.BUILTIN_RULES) plus entry-point rule packs."""
    global _REGISTRY
    if _REGISTRY is not None and plugins:
        return _REGISTRY
    from avassa_lint.rules import BUILTIN_RULES

    registry = RuleRegistry()
    for name in BUILTIN_RULES:
        module = importlib.import_module(f"avassa_lint.rules.{name}")
        for item in rules_in(module):
            registry.add(item)
    if plugins:
        _load_plugins(registry)
        _REGISTRY = registry
    return registry


PLUGIN_GROUP = "avassa_lint.rules"


def _plugins_may_exist() -> bool:
    """Whether any installed distribution declares the rule-pack group. A plain scan of the
    ``entry_points.txt`` files on sys.path: importing importlib.metadata alone costs ~30 ms of
    start-up, which a run without rule packs need not pay."""
    import os

    marker = f"[{PLUGIN_GROUP}]".encode()
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.isfile(folder):
                return True  # a zip or egg on the path: let importlib.metadata look inside
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(folder, name, "entry_points.txt"), "rb") as handle:
                        if marker in handle.read():
                            return True
                except OSError:
                    continue
    return False


def _load_plugins(registry: RuleRegistry) -> None:
    if not _plugins_may_exist():
        return
    from importlib.metadata import entry_points

    for ep in entry_points(group=PLUGIN_GROUP):
        try:
            loaded = ep.load()
            items = rules_in(loaded) if not isinstance(loaded, (Rule, list, tuple)) else (
                [loaded] if isinstance(loaded, Rule) else list(loaded))
            for item in items:
                registry.add(item)
        except Exception as exc:  # a broken pack must not stop the linter
            registry.problems.append(f'rule pack "{ep.name}" could not be loaded: {type(exc).__name__}: {exc}')
