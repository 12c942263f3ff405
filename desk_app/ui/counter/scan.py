"""The scan field: what a USB QR/barcode scanner types (a code or a receipt's QR payload)
followed by Enter opens that dossier, with a warning when the QR tag does not verify or is
missing from a payload (cannot be verified)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.reception import receipts
from desk_app.ui.dossiers.dossier_dialog import DossierDialog, open_dossier_dialog

MESSAGE_STYLE = "QLabel { color: #b71c1c; }"


class ScanBar(QWidget):
    """A line for the toolbar; `activate` (F2) puts the cursor in it from anywhere."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        # The dossier opened by a scan can be acted on (e.g. its result returned) by the user.
        self.dialog: DossierDialog | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Scan or type a dossier code (F2)"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(300)
        self.field.setMaximumWidth(480)
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("Scan:")))
        layout.addWidget(self.field)
        layout.addWidget(self.message, 1)
        self.field.returnPressed.connect(self.scan)
        self.field.textEdited.connect(self.message.clear)

    def activate(self) -> None:
        window = self.window()
        if not window.isActiveWindow():
            window.raise_()
            window.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def scan(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        try:
            result = receipts.resolve_scan(self._desk, text)
        except UserError as error:
            self.message.setText(str(error))
            self.field.selectAll()
            return
        self.message.clear()
        self.field.clear()
        self.dialog = open_dossier_dialog(self._desk, result.code, self.window())
        if self.dialog is not None and result.genuine is False:
            self.dialog.show_forgery_warning()
        elif self.dialog is not None and result.unverifiable:
            self.dialog.show_unverifiable_warning()
