"""supctl heredocs in shell scripts and Markdown: the YAML fed to ``supctl create|replace|merge``.

``extract_heredocs`` returns a line-preserving YAML text: every line that is not inside a heredoc
body is blank, and the line of each ``supctl ... <<EOF`` command becomes a ``---`` document
marker, so findings land at the line and column of the host file.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from avassa_lint.classify import Hint
from avassa_lint.source import LoadProblem

SCRIPT_SUFFIXES = (".sh", ".bash", ".md", ".markdown")


def is_script(path: str) -> bool:
    return path.lower().endswith(SCRIPT_SUFFIXES)


@dataclass
class Extraction:
    text: str  # same number of lines as the host file
    hints: dict[int, Hint] = field(default_factory=dict)  # 1-based line of a command -> its kind
    problems: list[LoadProblem] = field(default_factory=list)


def extract_heredocs(path: str, text: str) -> Extraction:
    """No heredoc support yet: nothing is extracted."""
    return Extraction("")
