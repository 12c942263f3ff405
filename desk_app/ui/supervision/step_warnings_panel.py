"""The overdue screen's strip of steps past due (issue 20): for a unit's head their unit's, for
a supervisor without a unit every one, most overrun first. Hidden for the other roles and
while no step is past due; read in the background, with the overdue list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.services.desk import Desk
from desk_app.services.supervision import step_warnings
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel, read_only_table
from desk_app.ui.widgets.tables import compact, fit_to_rows
from desk_app.ui.widgets.workers import Task, start

# A few rows are enough to see who is late; the list scrolls for more.
VISIBLE_ROWS = 3


class StepWarningsPanel(QWidget):
    """`refreshed` after each answer is shown."""

    refreshed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._task: Task | None = None
        self.model = RowsModel([
            Column(self.tr("Code"), lambda w: w.code),
            Column(self.tr("Step"), lambda w: f"{w.step}. {w.step_name}"),
            Column(self.tr("Unit"), lambda w: w.unit),
            Column(self.tr("Officer"), lambda w: w.officer),
            Column(self.tr("Step due"), lambda w: format_moment(w.due_at)),
            Column(self.tr("Past due by"), lambda w: self._overrun(w.minutes)),
        ], self)
        self.title = QLabel()
        self.table = read_only_table(self.model)
        compact(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.hide()

    def _overrun(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)

    def refresh(self) -> None:
        # Only a head or a supervisor is shown these; the others' screens ask nothing.
        if self._task is not None or self._desk.user.role != "supervisor":
            return
        task = Task(step_warnings.overdue, self._desk)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._failed)
        self._task = start(task)

    def _loaded(self, rows: list[step_warnings.StepWarning]) -> None:
        self._task = None
        # Most overrun first: the head starts with the longest wait.
        rows = sorted(rows, key=lambda w: -w.minutes)
        self.model.set_rows(rows)
        self.title.setText(self.tr("<b>Steps past due: %n</b> (the unit's head and the "
                                   "supervisors are told by e-mail when notices are set up)",
                                   "", len(rows)))
        self.table.resizeColumnsToContents()
        fit_to_rows(self.table, len(rows), VISIBLE_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.setVisible(bool(rows))
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.title.setText(message)
        self.show()
        self.refreshed.emit()
