"""Settings → Users: an administrator adds accounts, sets passwords, changes a name or role,
disables and enables, with the keyboard and the mouse; everyone else never sees the tab."""

from datetime import datetime

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desk_app.services import users
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.users import LoginFailed
from desk_app.ui.admin.settings_page import SettingsPage
from desk_app.ui.main_window import MainWindow
from tests.conftest import as_admin

USERNAME, STATE, ROLE, LOCKED = 0, 3, 2, 4


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    """Hashing strength is not what these tests look at; the two shared cores are."""
    monkeypatch.setattr(users, "_hasher",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def admin(db_url) -> Actor:
    users.add_user(as_admin(db_url), "quantri", "Phạm Quốc Việt", "admin", "quantri2025")
    return users.authenticate(Desk(db_url), "quantri", "quantri2025")


@pytest.fixture
def page(qtbot, db_url, admin, tmp_path):
    """The Users tab as an administrator reaches it: Alt+7, then a click on the tab."""
    window = MainWindow(Desk(db_url, admin),
                        QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    qtbot.keyClick(window.windowHandle(), Qt.Key_7, Qt.AltModifier)
    settings = window.settings_page
    assert window.pages.currentWidget() is settings
    tabs = [settings.tabText(i) for i in range(settings.count())]
    assert tabs == ["Audit trail", "Users", "Digital signature", "Language"]
    bar = settings.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(1).center())
    assert settings.currentWidget() is settings.users_page
    return settings.users_page


def cells(page, column) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def select(qtbot, page, username) -> None:
    row = cells(page, USERNAME).index(username)
    rect = page.table.visualRect(page.model.index(row, USERNAME))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.selected().username == username


def type_text(widget, text: str) -> None:
    """Types as a Vietnamese keyboard (Unikey) delivers it: one key event per composed letter
    (QTest.keyClicks only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def type_field(qtbot, text: str) -> None:
    """Types into whatever has the focus, then Tab to the next field, as at a desk."""
    field = QApplication.focusWidget()
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key_Tab)


def open_dialog(qtbot, page, key):
    """Opens a dialog by the Alt letter of its button (which clicks it a moment later)."""
    qtbot.keyClick(page.window().windowHandle(), key, Qt.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def press_enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)


def fill_new_user(qtbot, page, username, password, again=None, role_steps=0):
    dialog = open_dialog(qtbot, page, Qt.Key_A)
    assert QApplication.focusWidget() is dialog.username
    type_field(qtbot, username)
    type_field(qtbot, "Nguyễn Thị Hà")
    for _ in range(role_steps):
        qtbot.keyClick(dialog.role, Qt.Key_Down)
    type_field(qtbot, "")
    type_field(qtbot, password)
    type_text(QApplication.focusWidget(), password if again is None else again)
    press_enter(qtbot)
    return dialog


def test_an_admin_adds_a_user_with_the_keyboard(qtbot, page, db_url, admin):
    assert cells(page, USERNAME) == ["quantri"]
    dialog = fill_new_user(qtbot, page, "TiepNhan", "Matkhau2025", role_steps=1)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert not dialog.isVisible()
    assert cells(page, USERNAME) == ["quantri", "tiepnhan"]
    assert page.selected().username == "tiepnhan"
    row = cells(page, USERNAME).index("tiepnhan")
    assert page.model.index(row, 1).data() == "Nguyễn Thị Hà"
    assert page.model.index(row, ROLE).data() == "Processing officer"
    assert page.model.index(row, STATE).data() == "Active"
    assert page.message.text() == "Added tiepnhan."
    assert users.authenticate(Desk(db_url), "tiepnhan", "Matkhau2025").role == "officer"
    # The audit trail tab shows who added whom.
    settings = page.parentWidget().parentWidget()
    settings.setCurrentIndex(0)
    trail = settings.audit_page
    qtbot.keyClicks(trail.user, "quantri")
    qtbot.waitUntil(lambda: trail.model.rowCount() == 1)
    assert trail.model.index(0, 2).data() == "User added"
    assert trail.model.index(0, 3).data() == "User tiepnhan"


def test_a_refused_password_is_shown_and_nothing_is_saved(qtbot, page, db_url):
    dialog = fill_new_user(qtbot, page, "tiepnhan", "matkhaumoi")
    # Under the password itself, the field's name left to its label.
    assert dialog.isVisible() and not dialog.error.isVisible()
    assert dialog.checks.message(dialog.password) == "phải có ít nhất một chữ cái và một chữ số"
    assert QApplication.focusWidget() is dialog.password
    assert cells(page, USERNAME) == ["quantri"]
    assert [u.username for u in users.list_users(as_admin(db_url))] == ["quantri"]
    # Corrected in the same dialog: the two fields must agree too.
    dialog.password.setText("Matkhau2025")
    dialog.password_again.setText("Matkhau2026")
    press_enter(qtbot)
    assert not dialog.checks.is_shown(dialog.password)
    assert dialog.error.text() == "Password (again): the two passwords differ"
    assert QApplication.focusWidget() is dialog.password_again
    assert [u.username for u in users.list_users(as_admin(db_url))] == ["quantri"]
    type_text(dialog.password_again, "Matkhau2025")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert cells(page, USERNAME) == ["quantri", "tiepnhan"]


def test_a_taken_username_focuses_the_username(qtbot, page, db_url):
    dialog = fill_new_user(qtbot, page, "QuanTri", "Matkhau2025")
    assert dialog.checks.message(dialog.username) == "'quantri' đã có"
    assert QApplication.focusWidget() is dialog.username
    qtbot.keyClick(dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert cells(page, USERNAME) == ["quantri"]


def test_a_new_password_lets_a_locked_out_user_in(qtbot, db_url, admin, tmp_path):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            users.authenticate(Desk(db_url), "ha", "sai-mat-khau-1",
                               now=datetime(2025, 6, 10, 9, 0))
    settings = SettingsPage(Desk(db_url, admin),
                            QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(settings)
    page = settings.users_page
    settings.setCurrentWidget(page)
    with qtbot.waitActive(settings):
        settings.show()
    assert cells(page, LOCKED) == ["10/06/2025 09:15", ""]
    select(qtbot, page, "ha")
    dialog = open_dialog(qtbot, page, Qt.Key_P)
    assert dialog.windowTitle() == "New password for ha"
    assert QApplication.focusWidget() is dialog.password
    type_field(qtbot, "Matkhaumoi9")
    type_text(QApplication.focusWidget(), "Matkhaumoi9")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.message.text() == "New password set for ha."
    assert cells(page, LOCKED) == ["", ""] and page.selected().username == "ha"
    assert users.authenticate(Desk(db_url), "ha", "Matkhaumoi9").username == "ha"
    with pytest.raises(LoginFailed):
        users.authenticate(Desk(db_url), "ha", "tiepnhan2025")


def test_enable_lets_a_locked_out_user_in(qtbot, db_url, admin, tmp_path):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            users.authenticate(Desk(db_url), "ha", "sai-mat-khau-1")
    settings = SettingsPage(Desk(db_url, admin),
                            QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(settings)
    page = settings.users_page
    settings.setCurrentWidget(page)
    with qtbot.waitActive(settings):
        settings.show()
    select(qtbot, page, "ha")
    assert page.model.index(0, LOCKED).data(Qt.ToolTipRole).startswith("Locked after")
    click(qtbot, page.enable_button)
    assert page.message.text() == "Enabled ha: they can log in again."
    assert cells(page, LOCKED) == ["", ""] and not page.enable_button.isEnabled()
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"


def test_disable_then_enable(qtbot, page, db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    page.refresh()
    select(qtbot, page, "quantri")
    click(qtbot, page.disable_button)
    assert page.message.text() == ("Tên đăng nhập: không thể tự khoá tài khoản đang dùng")
    assert cells(page, STATE) == ["Active", "Active"]
    select(qtbot, page, "ha")
    assert not page.enable_button.isEnabled()
    click(qtbot, page.disable_button)
    assert cells(page, STATE) == ["Disabled", "Active"]
    assert page.message.text() == "Disabled ha: they can no longer log in."
    assert not page.disable_button.isEnabled()
    with pytest.raises(LoginFailed, match="đã bị khoá"):
        users.authenticate(Desk(db_url), "ha", "tiepnhan2025")
    click(qtbot, page.enable_button)
    assert cells(page, STATE) == ["Active", "Active"]
    assert page.message.text() == "Enabled ha: they can log in again."
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"


def test_a_name_and_role_are_changed_but_the_last_admin_stays(qtbot, page, db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Ha", "clerk", "tiepnhan2025")
    page.refresh()
    select(qtbot, page, "ha")
    dialog = open_dialog(qtbot, page, Qt.Key_C)
    assert QApplication.focusWidget() is dialog.full_name
    dialog.full_name.clear()
    type_field(qtbot, "Nguyễn Thị Hà")
    qtbot.keyClick(dialog.role, Qt.Key_Down)
    press_enter(qtbot)
    qtbot.waitUntil(lambda: page.dialog is None)
    row = cells(page, USERNAME).index("ha")
    assert page.model.index(row, 1).data() == "Nguyễn Thị Hà"
    assert page.model.index(row, ROLE).data() == "Processing officer"
    assert [(u.full_name, u.role) for u in users.list_users(as_admin(db_url))][0] == (
        "Nguyễn Thị Hà", "officer")
    # The change is in the audit trail under its own name.
    settings = page.parentWidget().parentWidget()
    settings.setCurrentIndex(0)
    trail = settings.audit_page
    trail.refresh()
    assert "User changed" in [trail.model.index(r, 2).data()
                              for r in range(trail.model.rowCount())]
    settings.setCurrentIndex(1)
    # Double-clicking a row opens the same dialog.
    rect = page.table.visualRect(page.model.index(cells(page, USERNAME).index("quantri"), 0))
    # QTest sends the double click alone: the view wants the press a user's first click makes.
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.windowTitle() == "Change quantri"
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    click(qtbot, dialog.ok_button)
    assert (dialog.checks.message(dialog.role)
            == "không thể tự đổi vai trò của tài khoản đang dùng")
    assert QApplication.focusWidget() is dialog.role
    assert users.authenticate(Desk(db_url), "quantri", "quantri2025").role == "admin"


@pytest.mark.parametrize("role", ["clerk", "officer", "supervisor"])
def test_only_administrators_get_the_tab(qtbot, db_url, tmp_path, role):
    page = SettingsPage(Desk(db_url, Actor(None, "lan", role, "Lê Thị Lan")),
                        QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(page)
    assert page.users_page is None
    assert [page.tabText(i) for i in range(page.count())] == ["Audit trail", "Language"]
