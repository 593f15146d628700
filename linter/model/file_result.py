"""What one file contributes to a run: plain data, so it can cross a process boundary and be cached."""
from __future__ import annotations

from dataclasses import dataclass, field

from avassa_lint.core.diagnostic import Problem
from avassa_lint.model.project import ClassifiedDocument
from avassa_lint.loading.source import SourceFile
from avassa_lint.loading.suppress import Suppression


@dataclass
class FileResult:
    """A file after loading, classification and the schemas: its source, its classified documents,
    its problems so far, and its suppression comments."""

    source: SourceFile
    classified: list[ClassifiedDocument]
    problems: list[Problem]
    suppressions: list[Suppression] = field(default_factory=list)
