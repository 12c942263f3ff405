"""The status bar's counts, each a button that lists its dossiers, and the words the counts
and the dossiers filter share (what each means: services/supervision/counts.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget


def urgency_texts() -> dict[str, tuple[str, str]]:
    """Each count's name and its meaning, in the interface's language."""
    translate = QCoreApplication.translate
    return {
        "overdue": (translate("DayCounts", "Overdue"), translate(
            "DayCounts", "Open dossiers whose due time has passed (now)")),
        "due_soon": (translate("DayCounts", "Due soon"), translate(
            "DayCounts",
            "Open dossiers not yet overdue that fall due by the closing of the next working "
            "day (office calendar: days off do not count)")),
        "needs_apology": (translate("DayCounts", "Needs apology"), translate(
            "DayCounts", "Overdue dossiers without an apology letter yet")),
    }


class DayCountsBar(QWidget):
    """Overdue, due soon and needing an apology; `chosen(urgency)` on a click."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._names: dict[str, str] = {}
        self.buttons: dict[str, QToolButton] = {}
        for urgency, (name, meaning) in urgency_texts().items():
            button = QToolButton()
            button.setAutoRaise(True)
            button.setToolTip(meaning + " · " + QCoreApplication.translate(
                "DayCounts", "Click to list them"))
            button.clicked.connect(lambda _checked=False, u=urgency: self.chosen.emit(u))
            layout.addWidget(button)
            self._names[urgency] = name
            self.buttons[urgency] = button

    def show_counts(self, counts) -> None:
        """`counts`: a `services.supervision.counts.DayCounts`."""
        for urgency, button in self.buttons.items():
            button.setText(f"{self._names[urgency]}: {getattr(counts, urgency)}")

    def text(self) -> str:
        return " · ".join(button.text() for button in self.buttons.values())
