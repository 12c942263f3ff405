"""The overdue screen's strip of Decree 118/2025 warnings: online dossiers still to accept, the
supplement periods that ran out (to close), and the dossiers due from the next working day
without a unit's notice of lateness. Read in the background, with the overdue list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.services.desk import Desk
from desk_app.services.processing import decree_clocks
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel, read_only_table
from desk_app.ui.widgets.tables import compact, fit_to_rows
from desk_app.ui.widgets.workers import Task, start

# A few rows are enough to see what to do; the list scrolls for more.
VISIBLE_ROWS = 3


class ClockWarningsPanel(QWidget):
    """Hidden while nothing is warned about; `refreshed` after each answer is shown."""

    refreshed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._task: Task | None = None
        kinds = {
            "acceptance": self.tr("Online dossier to accept or return (8 working hours)"),
            "supplement_expired": self.tr("Supplement period ran out: close the dossier"),
            "lateness_unannounced": self.tr("Due soon, no notice of lateness from the unit"),
        }
        self.model = RowsModel([
            Column(self.tr("Code"), lambda w: w.code),
            Column(self.tr("Applicant"), lambda w: w.applicant_name),
            Column(self.tr("Warning"), lambda w: kinds[w.kind]),
            Column(self.tr("Deadline"), lambda w: format_moment(w.due_at)),
        ], self)
        self.title = QLabel()
        self.table = read_only_table(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        compact(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.hide()

    def refresh(self) -> None:
        if self._task is not None:
            return
        task = Task(decree_clocks.warnings, self._desk)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._failed)
        self._task = start(task)

    def _loaded(self, rows: list[decree_clocks.ClockWarning]) -> None:
        self._task = None
        self.model.set_rows(rows)
        # Beside the steps past due (step_warnings_panel.py): as tall as its rows, no taller.
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_to_rows(self.table, len(rows), VISIBLE_ROWS)
        self.title.setText(self.tr("<b>Decree 118 warnings: %n dossier(s)</b>", "", len(rows)))
        self.setVisible(bool(rows))
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.title.setText(message)
        self.show()
        self.refreshed.emit()
