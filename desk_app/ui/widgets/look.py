"""How the lists write a moment and mark what is late or tinted, the same on every screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QFont

LATE_TEXT = QColor("#8b0000")
BOLD = QFont()
BOLD.setBold(True)
# Dark text on a light tint: readable whatever the desktop's colour scheme.
TINTED_TEXT = QColor("#1a1a1a")
# Light tints so the text stays readable; the same in the exported spreadsheet.
URGENCY_COLOURS = {
    "overdue": QColor("#f6c9c9"),
    "due_today": QColor("#fbd5a8"),
    "due_soon": QColor("#fdf0c2"),
}


def format_moment(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%d/%m/%Y %H:%M")


def procedure_label(row) -> str:
    """A row's procedure as the lists write it: its code, then its name."""
    return f"{row.procedure_code} – {row.procedure_name}"
