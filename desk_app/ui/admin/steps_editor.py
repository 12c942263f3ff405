"""The internal process steps of one procedure, version by version, and their editing: rows of
name, unit and budget added, removed and moved; the budgets' sum against the procedure's limit
said while typing (a warning, not a refusal); saved as a new version from a chosen day, as a
catalogue import would (services/rules/catalog.set_steps)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk_app.domain.deadlines import TimeLimit
from desk_app.domain.process_steps import budget_mismatch, steps_from_rows
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.rules import catalog
from desk_app.ui.widgets.error_label import ERROR_STYLE
from desk_app.ui.widgets.filters import date_edit
from desk_app.ui.widgets.screen_fit import resize_to_fit
from desk_app.ui.widgets.workers import call

WARNING_STYLE = "QLabel { color: #8a5a00; }"
FIELDS = 3  # name, unit, budget


class StepsEditor(QDialog):
    """Accepted once steps were saved; an administrator's (catalog.edit) only to save."""

    def __init__(self, desk: Desk, code: str, parent=None):
        super().__init__(parent)
        self._desk, self._code = desk, code
        self._day_minutes = catalog.day_minutes(desk)
        self.saved: catalog.ImportSummary | None = None
        self.setWindowTitle(self.tr("Internal process steps – %1").replace("%1", code))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.version = QComboBox()
        self.table = QTableWidget(0, FIELDS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Unit (or the desk)"), self.tr("Budget (2d, 0.5d, 4h)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add step"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        rows = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            rows.addWidget(button)
        rows.addStretch(1)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.effective_from = date_edit(QDate(desk.now().date() + timedelta(days=1)))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.close_button = QPushButton(self.tr("Close"))
        may_edit = desk.actor is not None and desk.actor.may("catalog.edit")
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.effective_from, self.save_button):
            widget.setEnabled(may_edit)
        if not may_edit:
            self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("New version in force from:"), self.effective_from)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.version)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.check)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.version.activated.connect(self._show_version)
        self.table.itemChanged.connect(self._check)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self._close)
        self._load()
        resize_to_fit(self, 820, 520)

    # Versions ----------------------------------------------------------------------------

    def _load(self, effective_from: date | None = None) -> None:
        """Show the version from `effective_from`, else the one in force today."""
        self.versions = catalog.procedure_versions(self._desk, self._code)
        in_force = catalog.get_procedure(self._desk, self._code).version_id
        self.version.clear()
        for info in self.versions:
            label = self.tr("From %1: %n step(s)", "", len(info.steps)).replace(
                "%1", f"{info.effective_from:%d/%m/%Y}")
            if info.version_id == in_force:
                label += self.tr(" (in force)")
            self.version.addItem(label, info.version_id)
        index = next(i for i, v in enumerate(self.versions)
                     if v.effective_from == effective_from or (
                         effective_from is None and v.version_id == in_force))
        self.version.setCurrentIndex(index)
        self._show_version(index)

    def _show_version(self, index: int) -> None:
        info = self.versions[index]
        self._time_limit = TimeLimit.parse(info.time_limit)
        self.heading.setText(self.tr("%1 – %2. Time limit: %3.").replace("%1", info.code)
                             .replace("%2", info.name)
                             .replace("%3", self._time_limit.describe_vi()))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for step in info.steps:
            self._append((step.name, step.unit, str(step.budget)))
        self.table.blockSignals(False)
        self._check()

    # Rows --------------------------------------------------------------------------------

    def _append(self, values: tuple[str, str, str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        return row

    def rows(self) -> list[tuple[str, str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [tuple(text(row, column) for column in range(FIELDS))  # type: ignore[misc]
                for row in range(self.table.rowCount())]

    def add_row(self) -> None:
        row = self._append(("", "", ""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self._check()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._check()

    def move_row(self, by: int) -> None:
        row = self.table.currentRow()
        target = row + by
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self.rows()
        values[row], values[target] = values[target], values[row]
        self.table.blockSignals(True)
        for index in (row, target):
            for column, value in enumerate(values[index]):
                self.table.item(index, column).setText(value)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, self.table.currentColumn())
        self._check()

    # Checking and saving -----------------------------------------------------------------

    def _check(self) -> None:
        """The sum of the budgets against the limit, said as the user types."""
        try:
            steps = steps_from_rows(self.rows())
        except ValueError as exc:
            self.check.setStyleSheet(ERROR_STYLE)
            self.check.setText(str(exc))
            return
        mismatch = budget_mismatch(steps, self._time_limit, self._day_minutes)
        if not steps:
            self.check.setStyleSheet("")
            self.check.setText(self.tr("No steps: the whole time limit is one step."))
        elif mismatch:
            self.check.setStyleSheet(WARNING_STYLE)
            self.check.setText(self.tr("Warning: %1 (it can still be saved)").replace(
                "%1", mismatch))
        else:
            self.check.setStyleSheet("")
            self.check.setText(self.tr("The budgets add up to the time limit."))

    def save(self) -> None:
        effective_from = self.effective_from.date().toPython()
        try:
            self.saved = call(catalog.set_steps, self._desk, self._code, self.rows(),
                              effective_from)
        except (UserError, DatabaseBusy) as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            self.message.show()
            return
        text = self.tr("Saved: the steps apply to dossiers received from %1; those received "
                       "before keep theirs.").replace("%1", f"{effective_from:%d/%m/%Y}")
        if not self.saved.new_versions:
            text = self.tr("Nothing changed: these are the steps in force from %1.").replace(
                "%1", f"{effective_from:%d/%m/%Y}")
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.show()
        self._load(effective_from if self.saved.new_versions else None)

    def _close(self) -> None:
        if self.saved is not None:
            self.accept()
        else:
            self.reject()
