from datetime import date, datetime

import pytest
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.audit import verify
from desk_app.services.errors import NotFound, UserError
from desk_app.services.reception import intake
from desk_app.services.rules import calendar
from desk_app.store.db import session_scope
from desk_app.store.models import CalendarOverride, Dossier, DossierEvent
from tests.conftest import as_admin


@pytest.fixture
def office_db(db_url):
    """An office with an agency code, so dossiers can be received."""
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    return db_url


def _due(url, code):
    with session_scope(url) as s:
        return s.execute(select(Dossier.due_at).where(Dossier.code == code)).scalar_one()


def test_show_lists_statutory_days_off_and_makeup_days(db_url):
    entries = {e.day: e for e in calendar.show(as_admin(db_url), 2025)}
    assert entries[date(2025, 1, 29)].kind == "day-off"
    assert "Tết" in entries[date(2025, 1, 29)].reason
    assert entries[date(2025, 4, 26)].kind == "workday"
    assert entries[date(2025, 5, 2)].kind == "day-off"


def test_adding_a_day_off_previews_then_moves_appointments_when_applied(office_db):
    # 2d from Friday 24/10/2025: due Tuesday 28/10; an office closure on Monday 27/10 moves it.
    received = intake.receive(as_admin(office_db), IntakeRequest("1.004873", "Phạm Thu Hà"),
                              received_at=datetime(2025, 10, 23, 10, 0))
    assert received.due_at == datetime(2025, 10, 28, 10, 0)
    preview = calendar.add(as_admin(office_db), date(2025, 10, 27), "day-off", "Bão số 12")
    assert not preview.applied
    assert [(m.code, m.new_due_at) for m in preview.moved] == [
        (received.code, datetime(2025, 10, 29, 10, 0))]
    assert _due(office_db, received.code) == datetime(2025, 10, 28, 10, 0)
    with session_scope(office_db) as s:
        assert s.get(CalendarOverride, date(2025, 10, 27)) is None

    applied = calendar.add(as_admin(office_db), date(2025, 10, 27), "day-off", "Bão số 12",
                           "Công văn 12/UBND", apply=True)
    assert applied.applied
    assert _due(office_db, received.code) == datetime(2025, 10, 29, 10, 0)
    with session_scope(office_db) as s:
        moved = s.execute(select(DossierEvent).where(
            DossierEvent.kind == "appointment_moved")).scalar_one()
        assert moved.data["old_due_at"] == "2025-10-28T10:00"
        assert verify(s).first_broken_id is None
    entry = {e.day: e for e in calendar.show(as_admin(office_db), 2025)}[date(2025, 10, 27)]
    assert (entry.reason, entry.source, entry.office_override) == (
        "Bão số 12", "Công văn 12/UBND", True)

    removed_preview = calendar.remove(as_admin(office_db), date(2025, 10, 27))
    assert not removed_preview.applied and len(removed_preview.moved) == 1
    calendar.remove(as_admin(office_db), date(2025, 10, 27), apply=True)
    assert _due(office_db, received.code) == datetime(2025, 10, 28, 10, 0)


def test_an_edit_that_moves_nothing_is_saved_at_once(office_db):
    change = calendar.add(as_admin(office_db), date(2030, 3, 4), "day-off", "Bầu cử")
    assert change.applied and change.moved == ()


def test_bad_calendar_edits_are_refused(office_db):
    with pytest.raises(UserError, match="Lý do"):
        calendar.add(as_admin(office_db), date(2025, 10, 27), "day-off", "  ")
    with pytest.raises(UserError, match="Loại ngày"):
        calendar.add(as_admin(office_db), date(2025, 10, 27), "holiday", "x")
    with pytest.raises(NotFound, match="27/10/2025"):
        calendar.remove(as_admin(office_db), date(2025, 10, 27))
