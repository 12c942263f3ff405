"""Editing a procedure's internal steps from the catalogue screen's service: a new version from
the chosen day, the budgets checked against the limit (a warning), bad budgets refused with the
step and field named, and the dossiers already received kept on their version."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desk_app.domain.intake import IntakeRequest
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, Dossier, ProcedureVersion
from tests.conftest import as_admin

CODE = "1.001612"  # 3 working days
STEPS = [("Tiếp nhận", "Bộ phận Một cửa", "0.5d"), ("Thẩm định", "Phòng Kinh tế", "2d"),
         ("Ký duyệt", "Lãnh đạo UBND", "0.5d")]


def _versions(url: str) -> int:
    with session_scope(url) as session:
        return session.execute(select(func.count()).select_from(ProcedureVersion)).scalar_one()


def test_new_steps_make_a_version_from_the_chosen_day_and_old_dossiers_keep_theirs(office_db):
    desk = as_admin(office_db)
    received = intake.receive(desk, IntakeRequest(CODE, "Trần Thị Hoa"),
                              received_at=datetime(2025, 6, 2, 9, 0))
    before = catalog.get_procedure(desk, CODE)
    summary = catalog.set_steps(desk, CODE, STEPS, date(2025, 7, 15))
    assert summary.new_versions == (CODE,) and summary.warnings == ()
    assert catalog.get_procedure(desk, CODE).steps == before.steps  # not yet in force
    later = catalog.get_procedure(desk, CODE, at=datetime(2025, 7, 15, 8, 0))
    assert [(s.name, s.unit, str(s.budget)) for s in later.steps] == STEPS
    assert later.version_count == before.version_count + 1
    assert later.time_limit == before.time_limit and later.fee == before.fee
    with session_scope(office_db) as session:
        dossier = session.execute(select(Dossier).where(Dossier.code == received.code)
                                  ).scalar_one()
        assert dossier.procedure_version_id == before.version_id
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "catalog.version")
                                ).scalars().all()[-1]
        assert entry.entity_key == CODE and entry.after["effective_from"] == "2025-07-15"


def test_budgets_that_do_not_add_up_are_said_not_refused(office_db):
    summary = catalog.set_steps(as_admin(office_db), CODE, STEPS[:2], date(2025, 7, 15))
    assert summary.new_versions == (CODE,)
    assert summary.warnings == (f"thủ tục {CODE}: tổng thời gian các bước (2,5 ngày làm việc) "
                                "khác thời hạn giải quyết (3 ngày làm việc)",)


@pytest.mark.parametrize(("rows", "message"), [
    ([STEPS[0], ("Thẩm định", "Phòng Kinh tế", "2x")], "Bước 2, thời gian '2x' không hợp lệ"),
    ([STEPS[0], ("Thẩm định", "", "2d")], "Bước 2, đơn vị: không được để trống"),
    ([("", "Phòng Kinh tế", "1d")], "Bước 1, tên bước: không được để trống"),
    ([STEPS[0], ("Ký", "Lãnh đạo", "")], "Bước 2, thời gian: không được để trống"),
])
def test_a_bad_step_is_refused_naming_the_step_and_field_and_nothing_is_written(
        office_db, rows, message):
    before = _versions(office_db)
    with pytest.raises(UserError) as raised:
        catalog.set_steps(as_admin(office_db), CODE, rows, date(2025, 7, 15))
    assert str(raised.value).startswith(message)
    assert _versions(office_db) == before


def test_the_version_of_a_day_no_dossier_uses_is_replaced_not_doubled(office_db):
    desk = as_admin(office_db)
    catalog.set_steps(desk, CODE, STEPS, date(2025, 7, 15))
    count = _versions(office_db)
    catalog.set_steps(desk, CODE, STEPS[1:], date(2025, 7, 15))
    assert _versions(office_db) == count
    later = catalog.get_procedure(desk, CODE, at=datetime(2025, 7, 16, 8, 0))
    assert [s.name for s in later.steps] == ["Thẩm định", "Ký duyệt"]
