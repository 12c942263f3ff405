"""Instead of receiving: form 02 (what is missing) or form 03 (why it is refused)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desk_app.domain.intake import IntakeRequest
from desk_app.domain.validation import ValidationError
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.reception import intake_slips
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.workers import call


class IntakeSlipDialog(QDialog):
    """Lines are one per row: for form 02 "document: what to do", for form 03 a reason."""

    def __init__(self, desk: Desk, kind: str, request: IntakeRequest,
                 suggested_lines: list[str], parent=None):
        super().__init__(parent)
        self._desk, self._kind, self._request = desk, kind, request
        self.issued: intake_slips.IssuedSlip | None = None
        supplement = kind == "supplement_request"
        self.setWindowTitle(self.tr("Request to complete the dossier (form 02)") if supplement
                            else self.tr("Refusal to receive (form 03)"))
        self.lines = QPlainTextEdit()
        self.lines.setPlainText("\n".join(suggested_lines))
        self.lines.setTabChangesFocus(True)
        self.reason = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Missing documents\n(one per line; \"name: what to do\"):")
                    if supplement else self.tr("Reasons (one per line):"), self.lines)
        form.addRow(self.tr("Reason:") if supplement else self.tr("Legal basis:"), self.reason)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Issue and print"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def parsed_lines(self) -> list[tuple[str, str]]:
        result = []
        for text in self.lines.toPlainText().splitlines():
            name, _, detail = text.partition(":")
            if name.strip():
                result.append((name.strip(), detail.strip()) if self._kind ==
                              "supplement_request" else (text.strip(), ""))
        return result

    def issue(self) -> None:
        try:
            self.issued = call(intake_slips.issue, self._desk, self._kind, self._request,
                                             self.parsed_lines(), self.reason.text())
        except (ValidationError, UserError, DatabaseBusy) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
