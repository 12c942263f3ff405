"""The Reports page's "Units and officers" tab: per unit (in bold) and per officer, the steps
handled in the page's period (early, on time, late, median working time per step) and the
dossiers held now (and overdue now), for one unit or all, exportable as a workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.files import write_atomically
from desk_app.services.desk import Desk
from desk_app.services.supervision import workload
from desk_app.services.supervision.workload import WorkloadRow
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.exporting import warn
from desk_app.ui.widgets.save_chooser import ask_save_path
from desk_app.ui.widgets.table_model import Column, RowsModel, Tint, read_only_table
from desk_app.ui.widgets.workers import Task, start

_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


def _hours(row: WorkloadRow) -> str:
    if row.median_minutes is None:
        return ""
    return f"{row.median_minutes / 60:.1f}"


class WorkloadView(QWidget):
    """`computed` is emitted once the figures (or their error) are shown."""

    computed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._task: Task | None = None
        self.rows: list[WorkloadRow] = []
        self.period: tuple[date, date] | None = None
        self.as_of = None
        self.unit = QComboBox()
        self.unit.setMinimumContentsLength(24)
        self.unit.addItem(self.tr("All units"), None)
        self.export_button = QPushButton(self.tr("Export this table as XLSX…"))
        self.status_label = QLabel()
        self.error_label = error_label()
        bold = QFont()
        bold.setBold(True)
        whole = self.tr("Whole unit")
        self.model = RowsModel([
            Column(self.tr("Unit"), lambda r: r.unit, lambda r: r.unit),
            Column(self.tr("Officer"), lambda r: r.officer or whole),
            Column(self.tr("Steps handled"), lambda r: r.handled, align=_RIGHT),
            Column(self.tr("Early"), lambda r: r.early, align=_RIGHT),
            Column(self.tr("On time"), lambda r: r.on_time, align=_RIGHT),
            Column(self.tr("Late"), lambda r: r.late, align=_RIGHT),
            Column(self.tr("Median per step (working hours)"), _hours, align=_RIGHT),
            Column(self.tr("Held now"), lambda r: r.holding, align=_RIGHT),
            Column(self.tr("Overdue now"), lambda r: r.holding_overdue, align=_RIGHT),
        ], self, tint=Tint(font=lambda r: None if r.officer else bold))
        self.table = read_only_table(self.model)
        self.table.resizeColumnsToContents()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Unit:")))
        bar.addWidget(self.unit)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.unit.activated.connect(lambda _index: self._show())
        self.export_button.clicked.connect(self.choose_export_file)
        self._update_actions()

    def compute(self, first: date, last: date) -> Task:
        """The figures of every unit for the period, in the background; the unit chosen is
        a filter on them."""
        if self._task is not None:
            self._task.cancel()
        self.period = (first, last)
        self.as_of = self._desk.now()
        task = Task(workload.workload, self._desk, None, first, last, self.as_of)
        task.signals.finished.connect(lambda rows, task=task: self._computed(task, rows))
        task.signals.failed.connect(lambda message, task=task: self._failed(task, message))
        self._task = start(task)
        self._update_actions()
        return task

    def _computed(self, task: Task, rows: list[WorkloadRow]) -> None:
        if task is not self._task:
            return
        self._task = None
        self.error_label.hide()
        self.rows = rows
        chosen = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for row in rows:
            if row.officer is None:
                self.unit.addItem(row.unit, row.unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self._show()
        self.computed.emit()

    def _failed(self, task: Task, message: str) -> None:
        if task is not self._task:
            return
        self._task = None
        self.error_label.setText(message)
        self.error_label.show()
        self._update_actions()
        self.computed.emit()

    def shown_rows(self) -> list[WorkloadRow]:
        unit = self.unit.currentData()
        return [r for r in self.rows if unit is None or r.unit == unit]

    def _show(self) -> None:
        self.model.set_rows(self.shown_rows())
        self.table.resizeColumnsToContents()
        self._update_actions()

    def _update_actions(self) -> None:
        self.export_button.setEnabled(self._task is None and bool(self.rows))

    def choose_export_file(self) -> None:
        if self.period is None:
            return
        first, last = self.period
        path = ask_save_path(self, self.tr("Export the figures by unit and officer"),
                             self.tr("Excel workbooks (*.xlsx)"),
                             f"don-vi-can-bo-{first:%Y%m%d}-{last:%Y%m%d}.xlsx")
        if path:
            self.export(path)

    def export(self, path: str | Path) -> bool:
        """Write the rows shown (a few dozen: at once, no background task)."""
        first, last = self.period
        rows, unit = self.shown_rows(), self.unit.currentData()
        try:
            write_atomically(path, lambda temporary: workload.write_workload_xlsx(
                rows, temporary, first, last, self.as_of, unit))
        except OSError as exc:
            warn(self, self.tr("Export"), str(exc), self.tr("OK"))
            return False
        self.status_label.setText(self.tr("Saved {name}").format(name=Path(path).name))
        return True
