"""Settings: the audit trail for supervisors and admins, and the interface language."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from sqlalchemy import text

from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.store.db import get_engine, session_scope
from desk_app.ui.admin.audit_page import PAGE_SIZE, AuditPage, change_text
from desk_app.ui.admin.settings_page import SettingsPage
from desk_app.ui.main_window import MainWindow
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
SUPERVISOR = Actor(None, "tuan", "supervisor", "Lê Minh Tuấn")
CLERK = Actor(None, "lan", "clerk", "Lê Thị Lan")


@pytest.fixture
def office_url(db_url):
    """An office that received two dossiers (after the catalogue's entries from init)."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    for name in ("Trần Văn An", "Lê Thị Bình"):
        intake.receive(as_admin(db_url), IntakeRequest("1.001193", name),
                       received_at=datetime(2025, 6, 10, 8, 0))
    return db_url


def _settings(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)


def _window(qtbot, url, tmp_path, actor):
    window = MainWindow(Desk(url, actor), _settings(tmp_path))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    return window


def _open_settings(qtbot, window):
    qtbot.keyClick(window.windowHandle(), Qt.Key_7, Qt.AltModifier)
    assert window.pages.currentWidget() is window.settings_page


def test_a_supervisor_reads_and_filters_the_trail(qtbot, office_url, tmp_path):
    window = _window(qtbot, office_url, tmp_path, SUPERVISOR)
    _open_settings(qtbot, window)
    page = window.settings_page.audit_page
    assert window.settings_page.tabText(0) == "Audit trail" and page.isVisible()
    model = page.model
    assert model.index(0, 2).data() == "Dossier received"
    assert model.index(0, 3).data() == "Dossier 000.00.00.H49-250610-0002"
    assert "Lê Thị Bình" in model.index(0, 4).data()
    assert model.index(0, 1).data() == "desk-admin (Quản trị hệ thống)"
    qtbot.keyClicks(page.dossier, "000.00.00.H49-250610-0001")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert "Trần Văn An" in model.index(0, 4).data()
    assert page.count_label.text() == "1 entries"


def test_the_trail_is_fetched_a_page_at_a_time(qtbot, office_url):
    with session_scope(office_url) as session:
        for number in range(PAGE_SIZE + 50):
            audit.record(session, SUPERVISOR, datetime(2025, 6, 10, 9, 0), "office.set",
                         "office_setting", "place_name", None, {"value": f"Nơi {number}"})
    page = AuditPage(Desk(office_url, SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == PAGE_SIZE and page.model.canFetchMore()
    total = audit.count_entries(Desk(office_url, SUPERVISOR))
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == total


def test_a_period_backwards_is_shown_not_raised(qtbot, office_url):
    page = AuditPage(Desk(office_url, SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    rows = page.model.rowCount()
    page.to_date.setDate(page.from_date.date().addDays(-1))
    page.from_enabled.setChecked(True)
    page.to_enabled.setChecked(True)
    assert page.error.isVisible() and "Khoảng thời gian" in page.error.text()
    assert page.model.rowCount() == rows


def test_the_chain_is_verified_from_the_page(qtbot, office_url):
    page = AuditPage(Desk(office_url, SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.verify_button, Qt.LeftButton)
    assert not page.verify_button.isEnabled()
    qtbot.waitUntil(page.verify_button.isEnabled)
    assert page.verify_result.text().startswith("The audit trail is intact")
    with get_engine(office_url).begin() as connection:
        edited = connection.execute(text(
            "SELECT MAX(id) FROM audit_entry WHERE action = 'dossier.receive'")).scalar_one()
        connection.execute(text(f"UPDATE audit_entry SET entity_key = 'X' WHERE id = {edited}"))
    qtbot.mouseClick(page.verify_button, Qt.LeftButton)
    qtbot.waitUntil(page.verify_button.isEnabled)
    assert f"tampered with: entry {edited} nội dung bị sửa" in page.verify_result.text()


@pytest.mark.parametrize("actor", [CLERK, Actor(None, "binh", "officer"), None])
def test_others_are_told_the_trail_is_not_for_them(qtbot, office_url, tmp_path, actor):
    page = SettingsPage(Desk(office_url, actor), _settings(tmp_path))
    qtbot.addWidget(page)
    assert page.audit_page is None
    assert page.widget(0).text() == (
        "Only supervisors and administrators may read the audit trail.")


def test_the_language_is_stored_for_the_next_start(qtbot, office_url, tmp_path):
    settings = _settings(tmp_path)
    page = SettingsPage(Desk(office_url, CLERK), settings)
    qtbot.addWidget(page)
    page.setCurrentIndex(1)
    with qtbot.waitExposed(page):
        page.show()
    language = page.language_page
    assert language.buttons["vi"].isChecked()
    english = language.buttons["en"]
    # On the circle: a radio button takes clicks on its circle and label only.
    qtbot.mouseClick(english, Qt.LeftButton, pos=QPoint(8, english.height() // 2))
    assert _settings(tmp_path).value("language") == "en"
    assert "next start" in language.note.text()
    again = SettingsPage(Desk(office_url, CLERK), _settings(tmp_path))
    qtbot.addWidget(again)
    assert again.language_page.buttons["en"].isChecked()


def test_a_change_reads_before_then_after():
    assert change_text({"status": "received", "due_at": "2025-06-10T17:00:00"},
                       {"status": "in_progress", "due_at": "2025-06-10T17:00:00",
                        "note": ""}) == "status: Đã tiếp nhận → Đang xử lý"
    assert change_text(None, {"due_at": "2025-06-13T08:00:00"}) == "due_at: 13/06/2025 08:00"
    assert change_text({"active": True}, None) == "active: True → –"
    assert change_text(None, {"note": "Thiếu tờ khai"}) == "note: Thiếu tờ khai"
