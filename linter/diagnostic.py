"""Findings as the engine reports them: Span, Severity, Related, Diagnostic."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.strip().upper()]


@dataclass(frozen=True, order=True)
class Span:
    """A region of a file. Lines and columns are 1-based; ``end_column`` is exclusive
    (the column just after the last character), columns count Unicode code points."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def point(cls, path: str, line: int, column: int) -> "Span":
        return cls(path, line, column, line, column + 1)


@dataclass(frozen=True)
class Related:
    span: Span
    message: str


@dataclass(frozen=True)
class Diagnostic:
    span: Span
    code: str
    name: str
    severity: Severity
    message: str
    hint: str | None = None
    related: tuple[Related, ...] = ()
    # YAML path of the finding inside its document ("services/0/containers/1/image"),
    # used by baselines and fingerprints so they survive edits above the finding.
    yaml_path: str = ""
    # The document is a Strongbox secret (or could be): never print its source lines.
    secret: bool = False

    def sort_key(self) -> tuple:
        s = self.span
        return (s.path, s.line, s.column, self.code, s.end_line, s.end_column, self.message)


@dataclass
class Finding:
    """What a rule yields; the engine stamps code, name and severity."""

    span: Span
    message: str
    hint: str | None = None
    related: tuple[Related, ...] = field(default=())
    yaml_path: str = ""
    secret: bool = False
    # This finding's own severity, when it differs from the rule's default (IMG001 is an error when
    # the project's registries are known, a warning otherwise); a `severity:` override in the
    # configuration still wins for every finding of the rule.
    severity: Severity | None = None
