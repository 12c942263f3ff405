"""Sizing of the supervisor's dense tables: short rows, and titles that wrap onto two lines."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView


def two_line_width(text: str, metrics: QFontMetrics) -> int:
    """The narrowest width that holds `text` on at most two lines broken between words."""
    words = text.split()
    return min(max(metrics.horizontalAdvance(" ".join(words[:cut])),
                   metrics.horizontalAdvance(" ".join(words[cut:])))
               for cut in range(1, len(words) + 1))


def compact(table: QTableView) -> None:
    """Rows as tall as the text needs: a supervisor reads many at a glance."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
