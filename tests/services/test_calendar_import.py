"""`calendar import`: an official decision's days stored as official, previewing then moving
the open dossiers whose appointments it changes; the administrator's calendar notices."""

from datetime import date, datetime

import pytest
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.audit import verify
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.services.rules import calendar
from desk_app.store.db import session_scope
from desk_app.store.models import CalendarOverride, Dossier, DossierEvent
from tests.conftest import as_admin

# Tết Đinh Mùi 2027 as a decision might settle it: Thursday 4/2 worked, 11–12/2 off.
DECISION = """date,kind,name,source
2027-02-04,workday,Làm việc bình thường,Thông báo 1/TB-BNV (thử nghiệm)
2027-02-11,day-off,Mùng sáu Tết Nguyên Đán,Thông báo 1/TB-BNV (thử nghiệm)
2027-02-12,day-off,Mùng bảy Tết Nguyên Đán,Thông báo 1/TB-BNV (thử nghiệm)
"""


@pytest.fixture
def office_db(db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    return db_url


def _due(url, code):
    with session_scope(url) as s:
        return s.execute(select(Dossier.due_at).where(Dossier.code == code)).scalar_one()


def _decision(tmp_path, text=DECISION):
    path = tmp_path / "tet-2027.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_previews_then_stores_official_days_and_moves_the_dossiers_it_affects(
        office_db, tmp_path):
    desk = as_admin(office_db)
    # 3 working days from Wednesday 3/2/2027 on the estimate (Tết 4–10/2 off): Monday 15/2.
    in_tet = intake.receive(desk, IntakeRequest("1.004873", "Phạm Thu Hà"),
                            received_at=datetime(2027, 2, 3, 10, 0))
    before = intake.receive(desk, IntakeRequest("1.004873", "Lê Văn An"),
                            received_at=datetime(2026, 12, 1, 10, 0))
    assert in_tet.due_at == datetime(2027, 2, 15, 10, 0)
    assert calendar.estimated_through(desk, datetime(2027, 2, 3, 10, 0), in_tet.due_at)

    preview = calendar.import_decision(desk, _decision(tmp_path))
    assert not preview.applied
    assert [(m.code, m.old_due_at, m.new_due_at) for m in preview.moved] == [
        (in_tet.code, datetime(2027, 2, 15, 10, 0), datetime(2027, 2, 16, 10, 0))]
    with session_scope(office_db) as s:
        assert s.execute(select(CalendarOverride)).first() is None
    assert _due(office_db, in_tet.code) == datetime(2027, 2, 15, 10, 0)

    applied = calendar.import_decision(desk, _decision(tmp_path), apply=True)
    assert applied.applied and [m.code for m in applied.moved] == [in_tet.code]
    assert _due(office_db, in_tet.code) == datetime(2027, 2, 16, 10, 0)
    assert _due(office_db, before.code) == before.due_at
    with session_scope(office_db) as s:
        stored = {o.day: o for o in s.execute(select(CalendarOverride)).scalars()}
        moved = s.execute(select(DossierEvent).where(
            DossierEvent.kind == "appointment_moved")).scalars().all()
        assert [e.data["new_due_at"] for e in moved] == ["2027-02-16T10:00"]
    assert {d: o.status for d, o in stored.items()} == {
        date(2027, 2, 4): "official", date(2027, 2, 11): "official",
        date(2027, 2, 12): "official"}
    shown = {e.day: e for e in calendar.show(desk, 2027)}
    assert shown[date(2027, 2, 11)].status == "official"
    assert shown[date(2027, 2, 11)].source == "Thông báo 1/TB-BNV (thử nghiệm)"
    # The decided days are no longer estimates; the rest of Tết still is.
    assert date(2027, 2, 4) not in {d.day for d in calendar.year_notices(desk, 2027).estimated}
    with session_scope(office_db) as s:
        assert verify(s).first_broken_id is None


def test_a_decision_without_its_source_is_refused_whole(office_db, tmp_path):
    bad = DECISION.replace("Mùng bảy Tết Nguyên Đán,Thông báo 1/TB-BNV (thử nghiệm)",
                           "Mùng bảy Tết Nguyên Đán,")
    with pytest.raises(UserError, match="Dòng 4, cột source"):
        calendar.import_decision(as_admin(office_db), _decision(tmp_path, bad), apply=True)
    with pytest.raises(UserError, match="cột kind"):
        calendar.import_decision(as_admin(office_db),
                                 _decision(tmp_path, DECISION.replace("workday", "holiday")))
    with session_scope(office_db) as s:
        assert s.execute(select(CalendarOverride)).first() is None


def test_calendar_add_on_a_pending_day_decides_it(office_db):
    desk = as_admin(office_db)
    received = intake.receive(desk, IntakeRequest("1.004873", "Phạm Thu Hà"),
                              received_at=datetime(2026, 11, 20, 10, 0))
    # 24/11/2026 is pending: counted as worked (Mon 23, Tue 24, Wed 25).
    assert received.due_at == datetime(2026, 11, 25, 10, 0)
    change = calendar.add(desk, date(2026, 11, 24), "day-off", "Ngày Văn hóa Việt Nam",
                          "Quyết định của UBND", apply=True)
    assert [m.new_due_at for m in change.moved] == [datetime(2026, 11, 26, 10, 0)]
    assert {e.day: e.status for e in calendar.show(desk, 2026)}[date(2026, 11, 24)] == "office"
