"""The intake page says in one line when the appointment runs through days the calendar only
estimates, and says nothing otherwise."""

import pytest
from PySide6.QtCore import Qt

from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.ui.counter.intake_page import IntakePage
from tests.conftest import as_admin


@pytest.fixture
def page(qtbot, db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    widget = IntakePage(Desk(db_url, users.authenticate(Desk(db_url), "lan", "tiepnhan2025")))
    qtbot.addWidget(widget)
    widget.show()
    widget.procedure.setFocus()
    return widget


def choose(qtbot, page, code):
    qtbot.keyClicks(page.procedure, code)
    qtbot.keyClick(page.procedure, Qt.Key_Return)
    assert page.procedure_code == code


def test_a_deadline_through_estimated_tet_2027_is_announced(qtbot, page, monkeypatch):
    monkeypatch.setenv("DESK_APP_NOW", "2027-02-03 10:00")
    choose(qtbot, page, "1.004873")
    assert page.appointment.text().startswith("10:00")
    assert page.calendar_notice.isVisible()
    assert "04/02/2027–10/02/2027" in page.calendar_notice.text()


def test_no_notice_where_the_calendar_is_official(qtbot, page, monkeypatch):
    monkeypatch.setenv("DESK_APP_NOW", "2026-02-12 10:00")
    choose(qtbot, page, "1.004873")
    assert page.appointment.text()
    assert not page.calendar_notice.isVisible()
    assert page.calendar_notice.text() == ""
