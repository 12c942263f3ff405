"""One dossier's whole story: its fields, documents and events, and its receipt as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.intake import CHANNEL_NAMES_VI, DELIVERY_NAMES_VI
from desk_app.domain.lifecycle import EVENT_NAMES_VI, STATUS_NAMES_VI
from desk_app.services import dossiers, receipts
from desk_app.services.errors import UserError
from desk_app.ui.dossier_model import format_moment
from desk_app.ui.table_model import Column, RowsModel

WARNING_STYLE = ("QLabel { background: #c62828; color: white; font-weight: bold; "
                 "padding: 8px; border-radius: 3px; }")


def _table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectRows)
    table.setEditTriggers(QTableView.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DossierDialog(QDialog):
    """Raises `NotFound` (from the service) when there is no dossier with this code."""

    def __init__(self, url: str, code: str, parent=None):
        super().__init__(parent)
        self._url = url
        self.detail = dossiers.show(url, code)
        row = self.detail.row
        self.setWindowTitle(self.tr("Dossier %1").replace("%1", row.code))
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.documents_model = RowsModel([
            Column(self.tr("Document"), lambda d: d.name, lambda d: d.name),
            Column(self.tr("Form"), lambda d: d.form),
            Column(self.tr("Count"), lambda d: d.count),
        ], self)
        self.documents_model.set_rows(self.detail.documents)
        self.events_model = RowsModel([
            Column(self.tr("Time"), lambda e: format_moment(e.at)),
            Column(self.tr("Event"), lambda e: EVENT_NAMES_VI.get(e.kind, e.kind)),
            Column(self.tr("By"), lambda e: e.actor),
            Column(self.tr("Unit"), lambda e: e.unit),
            Column(self.tr("Note"), lambda e: e.note, lambda e: e.note),
        ], self)
        self.events_model.set_rows(self.detail.events)
        self.documents_table = _table(self.documents_model)
        self.documents_table.horizontalHeader().setStretchLastSection(False)
        self.documents_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.events_table = _table(self.events_model)

        self.receipt_button = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(self._fields())
        layout.addWidget(QLabel(self.tr("<b>Documents</b>")))
        layout.addWidget(self.documents_table, 1)
        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        layout.addWidget(self.events_table, 1)
        layout.addWidget(self.button_box)
        self.resize(900, 640)

    def _fields(self) -> QHBoxLayout:
        detail, row = self.detail, self.detail.row
        contacts = " · ".join(v for v in (detail.phone, detail.email) if v)
        register = (f"{detail.register_book} / {detail.register_number}"
                    if detail.register_number is not None else detail.register_book)
        left = [
            (self.tr("Code"), row.code),
            (self.tr("Procedure"), f"{row.procedure_code} – {row.procedure_name}"),
            (self.tr("Applicant"), row.applicant_name),
            (self.tr("ID number"), detail.id_number),
            (self.tr("Contacts"), contacts),
            (self.tr("Address"), detail.address),
        ]
        right = [
            (self.tr("Channel"), CHANNEL_NAMES_VI.get(row.channel, row.channel)),
            (self.tr("Delivery"), DELIVERY_NAMES_VI.get(detail.delivery, detail.delivery)),
            (self.tr("Received"), format_moment(row.received_at)),
            (self.tr("Due"), format_moment(row.due_at) or self.tr("paused, no due date")),
            (self.tr("Status"), STATUS_NAMES_VI.get(row.status, row.status)),
            (self.tr("Unit"), row.unit),
            (self.tr("Register book / number"), register),
        ]
        self.field_labels: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        for fields in (left, right):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            for title, value in fields:
                label = QLabel(value)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextSelectableByMouse)
                form.addRow(title + ":", label)
                self.field_labels[title] = label
            columns.addLayout(form, 1)
        self.field_labels[self.tr("Due")].setToolTip(self.detail.explanation)
        return columns

    def _buttons(self):
        self.button_box = QDialogButtonBox()
        receipt = self.button_box.addButton(self.tr("Receipt (PDF)…"),
                                            QDialogButtonBox.ActionRole)
        close = self.button_box.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        close.setDefault(True)
        receipt.clicked.connect(self.choose_receipt_file)
        self.button_box.rejected.connect(self.reject)
        return receipt

    def show_forgery_warning(self) -> None:
        self.warning.setText(
            self.tr("The QR code does not verify — the receipt may be forged"))
        self.warning.show()

    def choose_receipt_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Save the receipt"))
        chooser.setAcceptMode(QFileDialog.AcceptSave)
        chooser.setNameFilter(self.tr("PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.selectFile(f"bien-nhan-{self.detail.row.code.replace('/', '-')}.pdf")
        chooser.setLabelText(QFileDialog.Accept, self.tr("Save"))
        chooser.setLabelText(QFileDialog.Reject, self.tr("Cancel"))
        chooser.setLabelText(QFileDialog.LookIn, self.tr("Look in:"))
        chooser.setLabelText(QFileDialog.FileName, self.tr("File name:"))
        chooser.setLabelText(QFileDialog.FileType, self.tr("File type:"))
        if chooser.exec() == QDialog.Accepted and chooser.selectedFiles():
            self.save_receipt(chooser.selectedFiles()[0])

    def save_receipt(self, path: str | Path) -> bool:
        """Writes the receipt (about a tenth of a second: a busy cursor, no worker)."""
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            receipts.write_receipt(self._url, self.detail.row.code, Path(path))
        except (UserError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            self._warn(str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Receipt"), message,
                          QMessageBox.NoButton, self)
        box.addButton(self.tr("OK"), QMessageBox.AcceptRole)
        box.exec()



def open_dossier_dialog(url: str, code: str, parent: QWidget) -> DossierDialog | None:
    """Shows the dossier, not modal (a clerk may compare two); a warning box when there is no
    such dossier (any more)."""
    try:
        dialog = DossierDialog(url, code, parent)
    except UserError as error:
        box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("DossierDialog",
                                                                          "Dossier"),
                          str(error), QMessageBox.NoButton, parent)
        box.addButton(QCoreApplication.translate("DossierDialog", "OK"), QMessageBox.AcceptRole)
        box.exec()
        return None
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog
