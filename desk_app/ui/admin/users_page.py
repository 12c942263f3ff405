"""Settings → Users, for administrators: the accounts, adding one, a new password, a new full
name or role, disabling and enabling. The services check every rule and write the audit
trail; a dialog shows their refusal and stays open, with the field at fault focused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import users
from desk_app.services.actors import ROLES
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.ui.session.roles import role_label
from desk_app.ui.widgets.error_label import ERROR_STYLE
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel, read_only_table
from desk_app.ui.widgets.workers import call

NOTE_STYLE = "color: #555555;"

# The services name the field first ("Mật khẩu: …"): the dialog focuses that field.
FIELD_PREFIXES = {"Tên đăng nhập": "username", "Họ tên": "full_name", "Vai trò": "role",
                  "Mật khẩu": "password", "Đơn vị": "unit", "Thư điện tử": "email"}


class UserDialog(FormDialog):
    """`run` calls the service and `answer` holds the users.UserInfo it returned (None for a
    new password) once it went through; a refusal focuses the field it names.

    What every dialog shares is translated in the context "UserDialog": self.tr() would look
    it up under the subclass, where lupdate never put it."""

    def __init__(self, title: str, confirm: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.ok_button = self.add_buttons(confirm,
                                          QCoreApplication.translate("UserDialog", "Cancel"))
        self.lay_out(width=480)

    def _password_fields(self) -> None:
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.Password)
        self.form.addRow(QCoreApplication.translate("UserDialog", "Pass&word:"), self.password)
        self.form.addRow(QCoreApplication.translate("UserDialog", "Password (&again):"),
                         self.password_again)
        rules = QLabel(QCoreApplication.translate(
            "UserDialog", "{low} to {high} characters, at least one letter and one digit, not "
            "the username").format(low=users.MIN_PASSWORD_LENGTH, high=users.MAX_PASSWORD_LENGTH))
        self.check_field(self.password, lambda text: users.check_password_rules(
            text, self.username_text()))
        rules.setStyleSheet(NOTE_STYLE)
        rules.setWordWrap(True)
        # Under the form, not in it: a wrapped label in a form row gets one line's height.
        self.layout().insertWidget(1, rules)
        self.fields["password"] = self.password

    def _check_passwords_match(self) -> None:
        if self.password.text() != self.password_again.text():
            self.password_again.setFocus()
            self.password_again.selectAll()
            raise UserError(QCoreApplication.translate(
                "UserDialog", "Password (again): the two passwords differ"))

    def _tab_order(self, *fields: QWidget) -> None:
        """The fields first, then the buttons, the first field with the cursor: the buttons
        are made before the fields, which would otherwise put them first."""
        chain = [*fields, *self.buttons.buttons()]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        fields[0].setFocus()

    def _place_fields(self, user: users.UserInfo | None = None) -> None:
        """Where the user works and their address for internal notices (a step past due is
        mailed to the unit's head: a supervisor placed in the unit)."""
        self.unit = QLineEdit(user.unit if user else "")
        self.unit.setPlaceholderText(QCoreApplication.translate(
            "UserDialog", "empty: the one-stop desk, or (a supervisor) the whole centre"))
        self.email = QLineEdit(user.email if user else "")
        self.email.setPlaceholderText("ten@coquan.gov.vn")
        self.form.addRow(QCoreApplication.translate("UserDialog", "U&nit:"), self.unit)
        self.form.addRow(QCoreApplication.translate("UserDialog", "&E-mail:"), self.email)
        self.fields.update(unit=self.unit, email=self.email)

    def field_named(self, name: str) -> QWidget | None:
        return self.fields.get(FIELD_PREFIXES.get(name, ""))

    def username_text(self) -> str:
        """The account whose password is typed, which the password may not repeat."""
        raise NotImplementedError


def _role_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for role in ROLES:
        combo.addItem(role_label(role), role)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class AddUserDialog(UserDialog):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(self.tr("Add a user"), self.tr("Add"), parent)
        self._desk = desk
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("letters, digits, dots and underscores"))
        self.full_name = QLineEdit()
        self.role = _role_combo("clerk")
        self.form.addRow(self.tr("&Username:"), self.username)
        self.form.addRow(self.tr("F&ull name:"), self.full_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self._password_fields()
        self._place_fields()
        self.fields.update(username=self.username, full_name=self.full_name, role=self.role)
        self._tab_order(self.username, self.full_name, self.role, self.password,
                        self.password_again, self.unit, self.email)

    def username_text(self) -> str:
        return self.username.text()

    def run(self) -> users.UserInfo:
        self._check_passwords_match()
        return call(users.add_user, self._desk, self.username.text(), self.full_name.text(),
                    self.role.currentData(), self.password.text(), unit=self.unit.text(),
                    email=self.email.text())


class PasswordDialog(UserDialog):
    """An administrator's new password for someone; it also lifts a lockout."""

    def __init__(self, desk: Desk, user: users.UserInfo, parent=None):
        super().__init__(self.tr("New password for {username}").format(username=user.username),
                         self.tr("Set password"), parent)
        self._desk, self._username = desk, user.username
        self.form.addRow(self.tr("User:"), QLabel(f"{user.username} – {user.full_name}"))
        self._password_fields()
        self._tab_order(self.password, self.password_again)

    def username_text(self) -> str:
        return self._username

    def run(self) -> None:
        self._check_passwords_match()
        call(users.set_password, self._desk, self._username, self.password.text())


class EditUserDialog(UserDialog):
    def __init__(self, desk: Desk, user: users.UserInfo, parent=None):
        super().__init__(self.tr("Change {username}").format(username=user.username),
                         self.tr("Save"), parent)
        self._desk, self._username = desk, user.username
        self.full_name = QLineEdit(user.full_name)
        self.role = _role_combo(user.role)
        self.form.addRow(self.tr("Username:"), QLabel(user.username))
        self.form.addRow(self.tr("F&ull name:"), self.full_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self._place_fields(user)
        # What the account's place is now: unchanged, it is not written (nor audited) again.
        self._placed = (user.unit, user.email)
        self.fields.update(full_name=self.full_name, role=self.role)
        self._tab_order(self.full_name, self.role, self.unit, self.email)

    def run(self) -> users.UserInfo:
        # The place first: a mistyped address is refused before anything is saved.
        place = (" ".join(self.unit.text().split()), self.email.text().strip())
        if place != self._placed:
            call(users.set_unit, self._desk, self._username, *place)
            self._placed = place
        return call(users.update_user, self._desk, self._username, self.full_name.text(),
                    self.role.currentData())


class UsersPage(QWidget):
    """Only for actors who may "user.edit": the services refuse anyone else."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.dialog: UserDialog | None = None
        self._widths_set = False
        self.model = RowsModel([
            Column(self.tr("Username"), lambda u: u.username),
            Column(self.tr("Full name"), lambda u: u.full_name),
            Column(self.tr("Role"), lambda u: role_label(u.role)),
            Column(self.tr("State"), lambda u: self.tr("Active") if u.active
                   else self.tr("Disabled")),
            Column(self.tr("Locked until"), lambda u: format_moment(u.locked_until),
                   self._lockout_tip),
            Column(self.tr("Unit"), lambda u: u.unit),
            Column(self.tr("E-mail"), lambda u: u.email),
        ], self)
        self.table = read_only_table(self.model)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.edit_button = QPushButton(self.tr("&Change name or role…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.setToolTip(self.tr(
            "The account stays in the history but can no longer log in"))
        self.enable_button = QPushButton(self.tr("&Enable"))
        self.enable_button.setToolTip(self.tr("Lets the user log in again, at once"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.edit_button,
                       self.disable_button, self.enable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.set_password)
        self.edit_button.clicked.connect(self.edit_user)
        self.table.doubleClicked.connect(self.edit_user)
        self.disable_button.clicked.connect(lambda: self._set_active(False))
        self.enable_button.clicked.connect(lambda: self._set_active(True))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    def _lockout_tip(self, user: users.UserInfo) -> str:
        if user.locked_until is None:
            return ""
        return self.tr("Locked after wrong passwords; Enable or a new password lifts the "
                       "lockout at once")

    def showEvent(self, event) -> None:
        # Read each time the tab is looked at: accounts may change from the command line.
        self.refresh(self.selected_username())
        if not self._widths_set:
            self._widths_set = True
            for column, width in enumerate((120, 200, 150, 90, 130, 150)):
                self.table.setColumnWidth(column, width)
        super().showEvent(event)

    def selected(self) -> users.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_username(self) -> str:
        user = self.selected()
        return user.username if user is not None else ""

    def refresh(self, select: str = "") -> None:
        try:
            accounts = users.list_users(self._desk)
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        self.model.set_rows(accounts)
        for row, user in enumerate(accounts):
            if user.username == select:
                self.table.selectRow(row)
        self._update_buttons()

    def _selection_changed(self) -> None:
        # What was said was about the row before.
        self._say("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected()
        self.password_button.setEnabled(user is not None)
        self.edit_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.active)
        # A locked-out account is active, yet "Enable" is how it is let in before the time.
        self.enable_button.setEnabled(user is not None and (not user.active
                                                            or user.locked_until is not None))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _open(self, dialog: UserDialog, done: str, select: str) -> UserDialog:
        """Opens `dialog` without blocking; when it went through, says `done` and shows the
        list again with `select` (or the new account) selected."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def finished() -> None:
            username = dialog.answer.username if dialog.answer is not None else select
            self.refresh(username)
            self._say(done.format(username=username))

        dialog.accepted.connect(finished)
        dialog.finished.connect(self._forget_dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def add_user(self) -> UserDialog:
        return self._open(AddUserDialog(self._desk, self),
                          self.tr("Added {username}."), "")

    def set_password(self) -> UserDialog | None:
        return self._open_for_selected(PasswordDialog,
                                       self.tr("New password set for {username}."))

    def edit_user(self) -> UserDialog | None:
        return self._open_for_selected(EditUserDialog, self.tr("Saved {username}."))

    def _open_for_selected(self, dialog_class: type[PasswordDialog | EditUserDialog],
                           done: str) -> UserDialog | None:
        user = self.selected()
        if user is None:
            return None
        return self._open(dialog_class(self._desk, user, self), done,
                          user.username)

    def _set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            if active:
                call(users.enable_user, self._desk, user.username)
            else:
                call(users.disable_user, self._desk, user.username)
        except (UserError, DatabaseBusy) as exc:
            self._say(str(exc), error=True)
            return
        self.refresh(user.username)
        self._say((self.tr("Enabled {username}: they can log in again.") if active else
                   self.tr("Disabled {username}: they can no longer log in.")).format(
                       username=user.username))
