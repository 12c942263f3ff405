"""The register (Sổ theo dõi hồ sơ) of a period, exported as XLSX or PDF.

The export runs on a worker thread: a month of a busy desk is a thousand lines, about two
seconds for the XLSX and as long for the PDF, far beyond what the GUI thread may take.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.supervision import register
from desk_app.ui.widgets.error_label import ERROR_STYLE
from desk_app.ui.widgets.save_chooser import ask_save_path, confirm_saved
from desk_app.ui.widgets.workers import Task
from desk_app.ui.widgets.workers import start as start_task


def _write(desk: Desk, start: date, end: date, path: str) -> str:
    """In a worker: the register of the period written to `path`."""
    register.write_register(desk, start, end, Path(path))
    return path


class RegisterDialog(QDialog):
    """Period from/to and two exports; `exported` or `failed` tells how an export ended."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._task: Task | None = None
        self.saved_notice: QDialog | None = None
        self.setWindowTitle(self.tr("Register of dossiers"))
        today = config.now().date()
        self.from_date = self._date_edit(QDate(today.year, today.month, 1))
        self.to_date = self._date_edit(QDate(today))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the services report no steps
        self.progress.hide()
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.xlsx_button.setDefault(True)
        self.xlsx_button.clicked.connect(lambda: self.choose_file("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.close_button.clicked.connect(self.reject)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.refresh)

        form = QFormLayout()
        form.addRow(self.tr("Received &from:"), self.from_date)
        form.addRow(self.tr("&to:"), self.to_date)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.refresh()

    def _date_edit(self, initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def period(self) -> tuple[date, date]:
        return self.from_date.date().toPython(), self.to_date.date().toPython()

    def refresh(self) -> None:
        """Count the period's dossiers, or say why the period cannot be exported."""
        start, end = self.period()
        try:
            register.check_period(start, end)
        except UserError as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet(ERROR_STYLE)
            self._set_exportable(False)
            return
        total = dossiers.count(self._desk, dossiers.DossierQuery(received_from=start,
                                                                  received_to=end))
        self.summary.setText(self.tr("%n dossier(s) received in this period", "", total))
        self.summary.setStyleSheet("")
        self._set_exportable(True)

    def _set_exportable(self, enabled: bool) -> None:
        self.xlsx_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def choose_file(self, kind: str) -> None:
        start, end = self.period()
        path = ask_save_path(
            self, self.tr("Save the register"),
            self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx"
            else self.tr("PDF files (*.pdf)"),
            f"so-theo-doi-ho-so_{start:%Y%m%d}-{end:%Y%m%d}.{kind}")
        if path:
            self.export(path)

    def export(self, path: str | Path) -> None:
        """Write the register of the period to `path` (.xlsx or .pdf) in the background."""
        start, end = self.period()
        self._task = Task(_write, self._desk, start, end, str(path))
        self._task.signals.finished.connect(self._done)
        self._task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self.message.setText(self.tr("Writing {name}…").format(name=Path(path).name))
        self.message.setStyleSheet("")
        self.message.show()
        start_task(self._task)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._set_exportable(not busy)
        self.from_date.setEnabled(not busy)
        self.to_date.setEnabled(not busy)

    def _done(self, path: str) -> None:
        self._set_busy(False)
        self.message.setText(self.tr("Saved {path}").format(path=path))
        self.saved_notice = confirm_saved(self, path)
        self.exported.emit(path)

    def _failed(self, reason: str) -> None:
        self._set_busy(False)
        self.message.setText(self.tr("Could not save: {reason}").format(reason=reason))
        self.message.setStyleSheet(ERROR_STYLE)
        self.failed.emit(reason)


def open_register_dialog(parent: QWidget | None, desk: Desk) -> RegisterDialog:
    dialog = RegisterDialog(desk, parent)
    dialog.open()
    return dialog
