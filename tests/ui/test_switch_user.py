"""Open doors: each role sees the screens it may use, Ctrl+L logs out to the login window
without closing the program, F1 opens the guide at the chapter of the screen shown, and the
guide's search ignores diacritics."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.ui.app import Sessions
from desk_app.ui.main_window import MainWindow
from tests.conftest import as_admin


@pytest.fixture
def accounts(db_url):
    for username, name, role, password in (
            ("tiepnhan", "Nguyễn Thị Hà", "clerk", "Tiepnhan2025"),
            ("lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")):
        users.add_user(as_admin(db_url), username, name, role, password)
    return db_url


def window_of(qtbot, url, username, password, tmp_path) -> MainWindow:
    actor = users.authenticate(Desk(url), username, password)
    main = MainWindow(Desk(url, actor), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    return main


def side_list(window: MainWindow) -> list[str]:
    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    return [item.text() for item in items if not item.isHidden()]


def test_a_clerk_sees_only_the_screens_of_the_desk(qtbot, accounts, tmp_path):
    clerk = window_of(qtbot, accounts, "tiepnhan", "Tiepnhan2025", tmp_path)
    assert side_list(clerk) == ["1. Intake", "2. Dossiers", "3. Return", "4. Overdue",
                                "6. Catalogue", "7. Settings", "8. My dossiers"]
    # Alt+5 (Reports) leads nowhere for a clerk; Alt+4 shows the overdue list, read only.
    qtbot.keyClick(clerk.windowHandle(), Qt.Key_5, Qt.AltModifier)
    assert clerk.navigation.currentRow() == 0
    qtbot.keyClick(clerk.windowHandle(), Qt.Key_4, Qt.AltModifier)
    assert clerk.navigation.currentRow() == 3
    assert not clerk.overdue_page.apology_button.isVisible()
    supervisor = window_of(qtbot, accounts, "lanhdao", "Lanhdao2025", tmp_path)
    assert len(side_list(supervisor)) == 8
    clerk.close()
    supervisor.close()


def test_ctrl_l_logs_out_and_another_user_logs_in(qtbot, accounts, tmp_path):
    sessions = Sessions(Desk(accounts), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    # Not handed to qtbot: the sessions delete their login windows themselves.
    login = sessions.start()
    qtbot.keyClicks(login.username, "tiepnhan")
    qtbot.keyClicks(login.password, "Tiepnhan2025")
    qtbot.keyClick(login.password, Qt.Key_Return)
    first = sessions.window
    assert first is not None and first.isVisible()
    qtbot.waitActive(first)
    assert "Nguyễn Thị Hà" in first.statusBar().currentMessage()
    with qtbot.waitSignal(first.destroyed, timeout=5_000):
        qtbot.keyClick(first.windowHandle(), Qt.Key_L, Qt.ControlModifier)
    # Back at the login window; the old window's timers went with it.
    login = sessions.login
    assert login is not None and login.isVisible() and sessions.window is None
    assert login.username.text() == ""
    qtbot.keyClicks(login.username, "lanhdao")
    qtbot.keyClicks(login.password, "Lanhdao2025")
    qtbot.keyClick(login.password, Qt.Key_Return)
    second = sessions.window
    assert second is not None and second.isVisible()
    assert "Lê Minh Tuấn" in second.statusBar().currentMessage()
    assert not second.navigation.item(4).isHidden()  # the supervisor's Reports
    second.log_out()
    sessions.login.reject()
    QApplication.processEvents()


def test_f1_opens_the_guide_at_the_chapter_of_the_screen(qtbot, accounts, tmp_path):
    window = window_of(qtbot, accounts, "lanhdao", "Lanhdao2025", tmp_path)
    for key, heading in ((Qt.Key_4, "Màn hình Quá hạn"), (Qt.Key_2, "Danh sách hồ sơ")):
        # Back to the main window (the guide took the focus), then another screen.
        with qtbot.waitActive(window):
            window.activateWindow()
        qtbot.keyClick(window.windowHandle(), key, Qt.AltModifier)
        qtbot.keyClick(window.windowHandle(), Qt.Key_F1)
        guide = window.help_window
        assert guide.isVisible()
        assert heading in guide.contents.currentItem().text()
        top = guide.browser.cursorForPosition(QPoint(4, 4)).block().text()
        assert heading in top, top
    window.close()


def test_the_guide_search_ignores_diacritics(qtbot, accounts, tmp_path):
    window = window_of(qtbot, accounts, "lanhdao", "Lanhdao2025", tmp_path)
    qtbot.keyClick(window.windowHandle(), Qt.Key_F1)
    guide = window.help_window
    guide.find_field.setFocus()
    qtbot.keyClicks(guide.find_field, "xin loi")
    qtbot.keyClick(guide.find_field, Qt.Key_Return)
    assert guide.find_message.text() == ""
    assert guide.browser.textCursor().selectedText().lower() == "xin lỗi"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.find_field, Qt.Key_Return)
    assert guide.browser.textCursor().position() > first
    guide.find_field.clear()
    qtbot.keyClicks(guide.find_field, "dang nhap")
    qtbot.keyClick(guide.find_field, Qt.Key_Return)
    assert guide.browser.textCursor().selectedText().lower() == "đăng nhập"
    window.close()
