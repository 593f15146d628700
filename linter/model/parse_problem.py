"""The error value returned by the small string parsers (images, port ranges, labels, variables)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParseProblem:
    """What is wrong with a parsed string, and where: `offset` is the 0-based character offset."""

    message: str
    offset: int
    length: int = 1

    @property
    def end(self) -> int:
        """Offset just past the problem."""
        return self.offset + self.length
