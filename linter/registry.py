"""The rule registry of a run: the built-in rules (rules/) and the rule packs installed as plugins."""
from __future__ import annotations

import importlib
import sys
from typing import Any

from avassa_lint.core.rule import Rule, RuleRegistry

__all__ = ["load_rules", "rules_in", "PLUGIN_GROUP"]


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
