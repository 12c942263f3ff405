"""A dossier that lacks a required paper is not received as it is: the clerk gives the
applicant the supplement guidance (form 02), or a supervisor lets it through with a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desk_app.domain.validation import ValidationError
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.reception.completeness import PERMISSION, Override
from desk_app.services.reception.intake import ReceivedDossier
from desk_app.ui.widgets.error_label import error_label

# What `exec`/`finished` answer besides Rejected (back to the checklist).
SUPPLEMENT, OVERRIDDEN = 2, 3


class IncompleteDialog(QDialog):
    """`receive` receives the dossier with a supervisor's override (raising as the service
    does); `received` holds its answer once the dialog finished with OVERRIDDEN.

    The supervisor is the user logged in when that user may consent; otherwise one types
    their name and password here, as at login (the program stays logged in as the clerk)."""

    def __init__(self, desk: Desk, missing: list[str],
                 receive: Callable[[Override], ReceivedDossier], parent=None):
        super().__init__(parent)
        self._receive = receive
        self.received: ReceivedDossier | None = None
        self.setWindowTitle(self.tr("Required documents missing"))
        self.listed = QLabel(self.tr("The dossier lacks required documents and cannot be received "
                                "as it is:") + "".join(f"\n• {name}" for name in missing))
        self.listed.setWordWrap(True)
        self.supplement_button = QPushButton(self.tr("&Supplement guidance (form 02)…"))
        self.supplement_button.setToolTip(self.tr(
            "Give the applicant the request to complete the dossier; it is recorded for the "
            "statistics and nothing is received"))
        self.supplement_button.clicked.connect(lambda: self.done(SUPPLEMENT))

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the dossier is received all the same"))
        self.supervisor = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        override_box = QGroupBox(self.tr("Supervisor's override"))
        form = QFormLayout(override_box)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.logged_in_supervisor = desk.user.may(PERMISSION)
        if self.logged_in_supervisor:
            form.addRow(self.tr("Approved by:"),
                        QLabel(desk.user.full_name or desk.user.username))
        else:
            form.addRow(self.tr("Super&visor:"), self.supervisor)
            form.addRow(self.tr("&Password:"), self.password)
        self.override_button = QPushButton(self.tr("Receive with &override"))
        self.override_button.clicked.connect(self.override)
        form.addRow("", self.override_button)

        self.error = error_label()
        buttons = QDialogButtonBox()
        back = buttons.addButton(self.tr("Back to the checklist"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listed)
        layout.addWidget(self.supplement_button)
        layout.addWidget(override_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Enter in the override's fields consents; on the focused form-02 button, issues it.
        back.setAutoDefault(False)
        self.override_button.setDefault(True)
        self.supplement_button.setFocus()
        self.setMinimumWidth(560)

    def override(self) -> None:
        override = Override(self.reason.text(), self.supervisor.text().strip(),
                            self.password.text())
        try:
            self.received = self._receive(override)
        except (ValidationError, UserError, DatabaseBusy) as exc:
            self.password.clear()
            self.error.setText(str(exc))
            self.error.show()
            return
        self.done(OVERRIDDEN)
