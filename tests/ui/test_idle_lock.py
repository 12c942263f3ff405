"""The idle lock over the main window: what was typed survives, only the password unlocks."""

import pytest
from PySide6.QtCore import QSettings, Qt

from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session.idle_lock import Curtain, IdleLock
from tests.conftest import as_admin

IDLE_MS = 400
OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def window(qtbot, db_url, tmp_path):
    """A clerk's main window with the lock set to a fraction of a second, shown and active."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    clerk = users.authenticate(Desk(db_url), "lan", "tiepnhan2025")
    main = MainWindow(Desk(db_url, clerk), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(main)
    main.idle_lock = IdleLock(main, Desk(db_url, clerk), IDLE_MS)
    with qtbot.waitActive(main):
        main.show()
    yield main
    main.close()


def test_closing_the_window_takes_the_lock_away(qtbot, window):
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.is_locked, timeout=IDLE_MS * 10)
    dialog = lock.dialog
    window.close()
    assert not lock.is_locked and not dialog.isVisible()
    window.show()
    qtbot.wait(IDLE_MS * 2)
    assert not lock.is_locked


def _type_name(qtbot, window, text):
    field = window.intake_page.applicant_name
    field.setFocus()
    qtbot.keyClicks(field, text)
    return field


def test_the_lock_keeps_the_typing_and_asks_for_the_password(qtbot, window):
    lock = window.idle_lock
    field = _type_name(qtbot, window, "Tran Van An")
    qtbot.waitUntil(lambda: lock.is_locked, timeout=IDLE_MS * 10)
    dialog = lock.dialog
    assert dialog.isVisible() and dialog.isModal()
    curtains = window.findChildren(Curtain)
    assert curtains and curtains[0].isVisible()
    assert curtains[0].geometry() == window.rect()
    # Keys for the window under the curtain do not reach it (Alt+2 would open the Dossiers).
    qtbot.keyClick(window.windowHandle(), Qt.Key_2, Qt.AltModifier)
    assert window.navigation.currentRow() == 0
    # Escape does not unlock.
    qtbot.keyClick(dialog.password, Qt.Key_Escape)
    assert lock.is_locked and dialog.isVisible()

    qtbot.keyClicks(dialog.password, "doan-sai-1")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert lock.is_locked and dialog.error.isVisible()
    assert "không đúng" in dialog.error.text()
    assert dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, "tiepnhan2025")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: not window.findChildren(Curtain))
    assert field.text() == "Tran Van An"
    assert window.intake_page.isVisible()


def test_activity_postpones_the_lock(qtbot, window):
    lock = window.idle_lock
    field = window.intake_page.applicant_name
    field.setFocus()
    for letter in "abcdefgh":
        qtbot.keyClicks(field, letter)
        qtbot.wait(IDLE_MS // 4)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=IDLE_MS * 10)


def test_failed_unlocks_count_towards_the_lockout(qtbot, window):
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.is_locked, timeout=IDLE_MS * 10)
    dialog = lock.dialog
    for _ in range(users.MAX_FAILED_LOGINS):
        qtbot.keyClicks(dialog.password, "doan-sai-1")
        qtbot.keyClick(dialog.password, Qt.Key_Return)
    qtbot.keyClicks(dialog.password, "tiepnhan2025")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert lock.is_locked and "tạm khoá" in dialog.error.text()


def test_a_disabled_user_cannot_unlock(qtbot, window, db_url):
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.is_locked, timeout=IDLE_MS * 10)
    users.disable_user(as_admin(db_url), "lan")
    qtbot.keyClicks(lock.dialog.password, "tiepnhan2025")
    qtbot.keyClick(lock.dialog.password, Qt.Key_Return)
    assert lock.is_locked and "đã bị khoá" in lock.dialog.error.text()
