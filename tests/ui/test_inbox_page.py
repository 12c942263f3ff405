"""My dossiers (Hồ sơ của tôi): an officer logs in, opens the page with Alt+8, sees the
dossiers they hold by the due moment of the step, the overdue one marked, and hands one over
from the keyboard; the warnings of steps due soon and past due on the screens and in the tray.
The clock is Tuesday 10/06/2025 09:00 (tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desk_app.services import dossiers, users
from desk_app.services.desk import Desk
from desk_app.ui.app import Sessions
from desk_app.ui.main_window import MainWindow
from desk_app.ui.processing.inbox_page import InboxPage
from desk_app.ui.session.step_notifier import StepNotifier
from desk_app.ui.supervision.overdue_page import OverduePage
from desk_app.ui.widgets.look import URGENCY_COLOURS
from tests.conftest import as_admin
from tests.step_inboxes import KT, PASSWORD, TP, add_people, desk_of, handed_over, open_office
from tests.ui.test_users_page import type_field, type_text

STEP_DUE, URGENCY, CODE = 0, 1, 2


@pytest.fixture
def scene(db_url):
    """Lan holds three dossiers by name (due Monday 09:00, today 09:30, Thursday 10:00);
    Bình one; one went to the Justice office with no one named."""
    open_office(db_url)
    add_people(db_url)
    codes = {
        "today": handed_over(db_url, "Hồ Thị Chín", "05/06 09:30", TP, "Nguyễn Thị Lan",
                             "05/06 10:00"),
        "late": handed_over(db_url, "Võ Văn Tám", "04/06 09:00", TP, "Nguyễn Thị Lan",
                            "04/06 10:00"),
        "later": handed_over(db_url, "Lý Văn Mười", "09/06 10:00", TP, "nguyen thi lan",
                             "09/06 11:00"),
        "binh": handed_over(db_url, "Đinh Văn Tư", "06/06 09:00", TP, "Trần Văn Bình",
                            "06/06 10:00"),
        "office": handed_over(db_url, "Mạc Thị Năm", "06/06 09:00", TP, "Văn thư",
                              "06/06 10:00"),
    }
    return db_url, codes


def column(page: InboxPage, number: int) -> list[str]:
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def wait_loaded(qtbot, page: InboxPage) -> None:
    qtbot.waitUntil(lambda: page._loaded_once and not page.loading, timeout=10_000)


def test_an_officer_logs_in_sees_the_inbox_in_step_due_order_and_hands_one_over(
        qtbot, scene, tmp_path):
    url, codes = scene
    sessions = Sessions(Desk(url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    login = sessions.start()
    qtbot.keyClicks(login.username, "lan")
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key_Return)
    window = sessions.window
    qtbot.waitActive(window)
    qtbot.keyClick(window.windowHandle(), Qt.Key_8, Qt.AltModifier)
    page = window.inbox_page
    assert window.pages.currentWidget() is page
    wait_loaded(qtbot, page)

    # Hers and the office's not named to anyone, soonest step first; Bình's is not hers.
    assert column(page, CODE) == [codes["late"], codes["today"], codes["office"],
                                  codes["later"]]
    assert column(page, STEP_DUE)[:2] == ["09/06/2025 09:00", "10/06/2025 09:30"]
    assert column(page, URGENCY)[:2] == ["Overdue", "Due today"]
    assert page.model.index(0, CODE).data(Qt.BackgroundRole) == URGENCY_COLOURS["overdue"]
    assert page.model.index(1, CODE).data(Qt.BackgroundRole) == URGENCY_COLOURS["due_today"]
    assert page.count_label.text() == "4 dossier(s) – 1 overdue, 1 due today"
    # Today's step is due in half an hour: the banner says so.
    assert page.banner.isVisible()
    assert "due within 4 working hours" in page.banner.text()
    assert codes["today"] in page.banner.text() and codes["late"] not in page.banner.text()

    # The overdue one goes to the Economy office, from the keyboard.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_End)
    qtbot.keyClick(page.table, Qt.Key_Home)
    assert page.selected_code() == codes["late"]
    qtbot.keyClick(window.windowHandle(), Qt.Key_H, Qt.AltModifier)
    qtbot.waitUntil(lambda: page.action_dialog is not None)
    dialog = page.action_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.unit
    type_field(qtbot, KT)
    type_field(qtbot, "Phạm Minh Khoa")
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClick(dialog.note, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: codes["late"] not in column(page, CODE) and not page.loading)
    assert column(page, CODE) == [codes["today"], codes["office"], codes["later"]]
    last = dossiers.show(as_admin(url), codes["late"]).events[-1]
    assert (last.kind, last.unit) == ("transferred", KT)
    window.log_out()
    sessions.login.reject()


def test_my_units_shows_every_dossier_the_unit_holds(qtbot, scene):
    url, codes = scene
    page = InboxPage(desk_of(url, "lan"))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
    wait_loaded(qtbot, page)
    assert codes["binh"] not in column(page, CODE)
    qtbot.keyClick(page.windowHandle(), Qt.Key_U, Qt.AltModifier)
    qtbot.waitUntil(page.unit_choice.isChecked)
    qtbot.waitUntil(lambda: codes["binh"] in column(page, CODE) and not page.loading)
    assert len(column(page, CODE)) == 5
    assert page.holder_label.text() == f"All the dossiers {TP} holds"


def test_a_clerk_may_hand_over_but_not_record_the_result(qtbot, scene):
    url, _codes = scene
    page = InboxPage(desk_of(url, "ha"))
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    assert page.action_buttons["transferred"].isVisible()
    assert not page.action_buttons["result_ready"].isVisible()
    assert not page.action_buttons["supplement_requested"].isVisible()


def test_the_heads_overdue_screen_shows_the_step_past_due(qtbot, scene):
    url, codes = scene
    page = OverduePage(desk_of(url, "hung"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.step_warnings.isVisible(), timeout=10_000)
    model = page.step_warnings.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [codes["late"]]
    # Monday 09:00 to Tuesday 09:00: 6 h on Monday, 1 h 30 on Tuesday morning.
    assert model.index(0, 5).data() == "7 h 30 min"
    # The head of another unit is told nothing of it.
    other = OverduePage(desk_of(url, "khoa"))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: not other.loading, timeout=10_000)
    qtbot.waitUntil(lambda: not other.step_warnings._task, timeout=10_000)
    assert not other.step_warnings.isVisible()


def test_the_tray_tells_each_warning_once(qtbot, scene):
    url, codes = scene
    shown = []
    notifier = StepNotifier(desk_of(url, "lan"), shown.append, first_check_ms=0)
    qtbot.waitUntil(lambda: bool(shown) and not notifier.checking, timeout=10_000)
    [notice] = shown
    assert notice.title == "1 step(s) due within 4 working hours"
    assert codes["today"] in notice.message and "10/06/2025 09:30" in notice.message
    with qtbot.waitSignal(notifier.checked, timeout=10_000):
        notifier.check()
    assert len(shown) == 1
    notifier.stop()
    # The head hears of the step past due.
    heard = []
    head = StepNotifier(desk_of(url, "hung"), heard.append, first_check_ms=0)
    qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
    assert heard[0].title == "1 step(s) past due" and codes["late"] in heard[0].message
    head.stop()


def test_the_users_page_places_a_user_in_a_unit_with_an_e_mail(qtbot, db_url):
    from desk_app.ui.admin.users_page import UsersPage

    users.add_user(as_admin(db_url), "hung", "Lê Quang Hùng", "supervisor", PASSWORD)
    page = UsersPage(as_admin(db_url))
    qtbot.addWidget(page)
    page.show()
    page.refresh("hung")
    dialog = page.edit_user()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.unit.setFocus()
    type_field(qtbot, TP)
    type_text(QApplication.focusWidget(), "hung@tuphap")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    # The address is refused, naming the field; the dialog stays open.
    assert dialog.isVisible()
    assert "không phải địa chỉ thư hợp lệ" in dialog.checks.message(dialog.email)
    type_text(dialog.email, ".gov.vn")
    qtbot.keyClick(dialog.email, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [info] = [u for u in users.list_users(as_admin(db_url)) if u.username == "hung"]
    assert (info.unit, info.email) == (TP, "hung@tuphap.gov.vn")
    assert page.model.index(0, 5).data() == TP


def test_a_click_on_a_step_notice_leads_to_my_dossiers(qtbot, scene, tmp_path):
    url, _codes = scene
    window = MainWindow(desk_of(url, "lan"),
                        QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.navigation.setCurrentRow(1)
    with qtbot.waitSignal(window.step_notifier.checked, timeout=10_000):
        window.step_notifier.check()
    window.tray.clicked.emit()
    assert window.pages.currentWidget() is window.inbox_page
    window.close()
