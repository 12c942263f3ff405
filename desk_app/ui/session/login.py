"""Logging in: username and password, the service's refusal shown in the dialog itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk_app.services import users
from desk_app.services.actors import Actor
from desk_app.services.errors import UserError
from desk_app.ui.session.roles import role_label
from desk_app.ui.widgets.error_label import error_label


class LoginDialog(QDialog):
    def __init__(self, url: str, demo_credentials: list[tuple[str, str, str]] | None = None,
                 parent=None):
        super().__init__(parent)
        self._url = url
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.demo_label = self._demo_label(demo_credentials or [])
        self.demo_label.setVisible(bool(demo_credentials))
        layout.addWidget(self.demo_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.username.setFocus()

    def _demo_label(self, credentials: list[tuple[str, str, str]]) -> QLabel:
        rows = "".join(f"<tr><td>{role_label(role)}</td><td><b>{username}</b>"
                       f"</td><td>{password}</td></tr>"
                       for role, username, password in credentials)
        # lupdate does not see tr() inside f-strings: translate first.
        title = self.tr("Demo accounts:")
        heads = "".join(f"<th align='left'>{text}</th>" for text in (
            self.tr("Role"), self.tr("Username"), self.tr("Password")))
        label = QLabel(f"<p>{title}</p><table cellspacing='6'><tr>{heads}</tr>{rows}</table>")
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return label

    def log_in(self) -> None:
        try:
            self.actor = users.authenticate(self._url, self.username.text(),
                                            self.password.text())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
