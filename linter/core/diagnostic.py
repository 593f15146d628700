"""Problems and findings: Span, Severity, Related, Edit, Fix, Problem, Diagnostic, Finding."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


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


@dataclass(frozen=True, order=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Related:
    span: Span
    message: str


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text of ``span`` in its file with ``text`` (an insertion when the span is empty)."""

    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """How to fix a problem: text edits on the file's own text. ``safe``: the data changes only in
    the intended way; otherwise a guess that needs --unsafe-fixes."""

    title: str
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem, from any stage: the loader, the classifier, the schemas, a rule, the run itself.

    ``code`` is a rule's code (the engine's own are in ``codes``); ``yaml_path`` is where the problem
    sits inside its document ("services/0/containers/1/image"), which baselines and fingerprints
    use so they survive edits above it; ``secret``: the problem's document is (or could be) a
    Strongbox secret, so only masked source lines of it are printed; ``fatal``: the file or
    document could not be read, so its values are unknown; ``severity``: the problem's own, when
    it differs from its rule's default (a configured override still wins)."""

    code: str
    span: Span
    message: str
    hint: str | None = None
    related: tuple[Related, ...] = ()
    yaml_path: str = ""
    secret: bool = False
    fatal: bool = False
    severity: Severity | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic(Problem):
    """A Problem as it is reported: stamped with its rule's name and its final severity."""

    name: str = ""

    @classmethod
    def of(cls, problem: Problem, name: str, severity: Severity) -> "Diagnostic":
        return cls(problem.code, problem.span, problem.message, problem.hint, problem.related,
                   problem.yaml_path, problem.secret, problem.fatal, severity, problem.fix, name)

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
    fix: Fix | None = None

    @classmethod
    def at(cls, located: Any, message: str, hint: str | None = None, related: tuple[Related, ...] = (),
           span: Span | None = None, **more: Any) -> "Finding":
        """A finding on a located value (model.Located, or a model Node): its span (or ``span``, a
        part of it: ``located.part(offset, length)``) and its YAML path."""
        return cls(span or located.span, message, hint, related, yaml_path=located.yaml_path, **more)

    def problem(self, code: str, secret: bool = False) -> Problem:
        """This finding as the Problem of rule ``code``; ``secret`` adds to its own flag."""
        return Problem(code, self.span, self.message, self.hint, tuple(self.related), self.yaml_path,
                       self.secret or secret, False, self.severity, self.fix)
