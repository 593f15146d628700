"""Every output format by name: text and concise (report.py), and the machine formats (formats.py).

The imports run one way: output -> formats -> report.
"""
from __future__ import annotations

from collections.abc import Callable

from avassa_lint.reporting.formats import CI_FORMATTERS
from avassa_lint.reporting.report import Report, concise_line, format_concise, format_text, statistics_lines

__all__ = ["FORMATTERS", "Report", "concise_line", "statistics_lines"]

FORMATTERS: dict[str, Callable[[Report], str]] = {
    "text": format_text,
    "concise": format_concise,
    **CI_FORMATTERS,
}
