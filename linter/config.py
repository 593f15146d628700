"""The effective settings of a run. Loading `.avassa-lint.yaml` / `pyproject.toml` lives here too."""
from __future__ import annotations

from dataclasses import dataclass, field

from avassa_lint.diagnostic import Severity
from avassa_lint.source import Limits


@dataclass
class External:
    """Objects that exist in Control Tower but not in this repository: they count as declared."""

    vaults: list[str] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)  # "vault/secret"
    registries: list[str] = field(default_factory=list)
    applications: list[str] = field(default_factory=list)


@dataclass
class Config:
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)  # empty: every rule
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # code or name -> severity
    rules: dict[str, dict] = field(default_factory=dict)  # rule name or code -> options
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    kinds: dict[str, dict[str, str]] = field(default_factory=dict)  # path glob -> {kind, vault}
    external: External = field(default_factory=External)
    fail_on: Severity = Severity.ERROR
    limits: Limits = field(default_factory=Limits)
    inline_suppressions: bool = True
    include_scripts: bool = False
    source: str | None = None  # the file the settings came from
