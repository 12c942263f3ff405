"""The red line in which a screen says why it refused or could not do something."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """Hidden until there is something to say; long messages wrap rather than widen the
    window."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
