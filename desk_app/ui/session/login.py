"""Logging in: username and password, the service's refusal shown in the dialog itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from desk_app.services.actors import TASK_ROLES, Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.ui.session.roles import role_label
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.workers import call


class LoginDialog(FormDialog):
    def __init__(self, desk: Desk, demo_credentials: list[tuple[str, str, str]] | None = None,
                 parent=None):
        super().__init__(parent)
        self._desk = desk
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        # The standard buttons, as the platform draws them (with icons where it gives some).
        self.buttons.setStandardButtons(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)
        self.form.addRow(self.tr("&Username:"), self.username)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.demo_label = self._demo_label(demo_credentials or [])
        self.demo_label.setVisible(bool(demo_credentials))
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.waiting_label.hide()
        self.lay_out(below=[self.demo_label, self.waiting_label], width=380)
        self.username.setFocus()

    def hold(self, message: str) -> None:
        """The user may type but not log in yet (the demo database is still being built):
        `message` says why."""
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.waiting_label.setText(message)
        self.waiting_label.show()

    def release(self, error: str = "") -> None:
        """Logging in is possible again, or `error` says why it never will be."""
        self.waiting_label.hide()
        if error:
            self.error.setText(error)
            self.error.show()
            return
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)

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

    def run(self) -> None:
        # Imported at the first try: the database's libraries would hold the window back
        # (the demo's login window shows while its database is still being built).
        from desk_app.services import users

        actor = call(users.authenticate, self._desk, self.username.text(), self.password.text())
        if actor.role in TASK_ROLES:
            # Its password sits in a scheduled task's settings: it must open nothing else.
            raise UserError(self.tr("This account only runs a scheduled task (desk-admin "
                                    "{command}); it cannot open the program").format(
                                        command=TASK_ROLES[actor.role]))
        self.actor = actor

    def refused(self, message: str) -> None:
        self.password.selectAll()
        self.password.setFocus()
