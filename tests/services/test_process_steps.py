"""Internal process steps through the services: the catalogue's `steps`, each dossier's step
due moments kept in the database, the control sheet judged per step, the inboxes, the workload
figures and `desk-admin check`.

The calendar and the hand-computed due moments are those of tests/domain/test_process_steps.py:
a 5-working-day procedure received on Thursday 27/08/2026 09:00 with the weekend, the swapped
Monday 31/08 and the National Day holiday 01–02/09 in the middle.
"""

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossier_steps, office, schema_upgrade, users
from desk_app.services.desk import Desk
from desk_app.services.processing import control_sheet, lifecycle
from desk_app.services.reception import intake
from desk_app.services.rules import calendar, catalog
from desk_app.services.safety import integrity
from desk_app.services.supervision import inbox, workload
from desk_app.store import migrate
from desk_app.store.db import dispose, session_scope
from desk_app.store.models import Dossier, DossierStep, ProcedureVersion
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
DESK, TP, LD = "Bộ phận Một cửa", "Phòng Tư pháp", "Lãnh đạo UBND"
CODE = "1.999001"
STEPS = (f"Tiếp nhận|{DESK}|0.5d; Thẩm định|{TP}|3d; Ký duyệt|{LD}|1d; "
         f"Trả kết quả|{DESK}|0.5d")
PASSWORD = "Matkhau2026!"


def at(text_: str) -> datetime:
    return datetime.strptime(text_, "%d/%m %H:%M").replace(year=2026)


def _catalogue(tmp_path, steps=STEPS, limit="5d", rule="restart", effective="2026-01-01"):
    path = tmp_path / f"catalog-{limit}-{rule}-{effective}.csv"
    path.write_text(
        "code,name,field,time_limit,supplement_rule,effective_from,steps\n"
        f'{CODE},Thủ tục thử quy trình nội bộ,Hộ tịch,{limit},{rule},{effective},"{steps}"\n',
        encoding="utf-8")
    return path


@pytest.fixture
def staffed(db_url, monkeypatch, tmp_path):
    """The office, the procedure with its four steps, a clerk at the desk, an officer of the
    Phòng Tư pháp and its head, a supervisor of the centre."""
    monkeypatch.setenv("DESK_APP_NOW", "2026-09-10 12:00")
    admin = as_admin(db_url)
    for key, value in OFFICE.items():
        office.set_value(admin, key, value)
    catalog.import_file(admin, _catalogue(tmp_path))
    users.add_user(admin, "ha", "Nguyễn Thị Thu Hà", "clerk", PASSWORD)
    users.add_user(admin, "binh", "Trần Văn Bình", "officer", PASSWORD, unit=TP)
    users.add_user(admin, "lan", "Phạm Thị Lan", "officer", PASSWORD, unit=TP)
    users.add_user(admin, "minh", "Lê Quang Minh", "supervisor", PASSWORD, unit=TP,
                   email="minh@example.vn")
    return {name: users.authenticate(Desk(db_url), name, PASSWORD)
            for name in ("ha", "binh", "lan", "minh")}


RECEIVED = datetime(2026, 8, 27, 9, 0)


def _receive(url, clerk, received=RECEIVED, name="Lê Văn Cường") -> str:
    request = IntakeRequest(CODE, name, address="12 Trần Phú, phường Hội An")
    return intake.receive(Desk(url, clerk), request, received_at=received).code


def _stored(url, code) -> list[DossierStep]:
    with session_scope(url) as session:
        dossier_id = session.execute(select(Dossier.id).where(Dossier.code == code)).scalar_one()
        rows = session.execute(select(DossierStep).where(DossierStep.dossier_id == dossier_id)
                               .order_by(DossierStep.position)).scalars().all()
        session.expunge_all()
        return rows


def test_the_catalogue_keeps_the_steps_with_the_version_and_warns_when_they_do_not_add_up(
        db_url, tmp_path):
    admin = as_admin(db_url)
    summary = catalog.import_file(admin, _catalogue(tmp_path))
    assert summary.added == (CODE,) and summary.warnings == ()
    info = catalog.get_procedure(admin, CODE, datetime(2026, 9, 1))
    assert [(s.name, s.unit, str(s.budget)) for s in info.steps][1] == ("Thẩm định", TP, "3d")
    summary = catalog.import_file(admin, _catalogue(tmp_path, limit="4d", effective="2026-10-01"))
    assert summary.new_versions == (CODE,)
    assert summary.warnings == (
        f"Dòng 2, cột steps: thủ tục {CODE}: tổng thời gian các bước (5 ngày làm việc) khác "
        "thời hạn giải quyết (4 ngày làm việc)",)
    # Steps changed alone make a new version too; the old one keeps its own.
    catalog.import_file(admin, _catalogue(tmp_path, steps=f"Tất cả|{TP}|4d",
                                          limit="4d", effective="2026-11-01"))
    with session_scope(db_url) as session:
        kept = session.execute(select(ProcedureVersion.effective_from, ProcedureVersion.steps)
                               .order_by(ProcedureVersion.effective_from)
                               .where(ProcedureVersion.procedure.has(code=CODE))).all()
    assert [len(steps) for _, steps in kept] == [4, 4, 1]


def test_a_bad_budget_refuses_the_file_naming_row_column_and_step(db_url, tmp_path):
    with pytest.raises(Exception, match=r"Dòng 2, cột steps: bước 2: thời gian '3x'"):
        catalog.import_file(as_admin(db_url), _catalogue(tmp_path, steps=f"A|{DESK}|1d; B|{TP}|3x"))
    assert catalog.list_procedures(as_admin(db_url), CODE) == []


def test_step_due_moments_stored_from_the_receipt_and_moved_by_a_supplement_in_step_2(
        db_url, staffed):
    code = _receive(db_url, staffed["ha"])
    assert [s.due_at for s in _stored(db_url, code)] == [
        at("27/08 14:45"), at("04/09 14:45"), at("07/09 14:45"), at("08/09 09:00")]
    lifecycle.transfer(Desk(db_url, staffed["ha"]), code, TP, "Trần Văn Bình",
                       at=at("27/08 14:00"))
    lifecycle.request_supplement(Desk(db_url, staffed["binh"]), code,
                                 [("Giấy xác nhận cư trú", "bản sao")], "Thiếu giấy tờ",
                                 at=at("28/08 10:00"))
    assert [s.due_at for s in _stored(db_url, code)][1:] == [None, None, None]
    lifecycle.receive_supplement(Desk(db_url, staffed["ha"]), code, at=at("03/09 10:00"))
    stored = _stored(db_url, code)
    assert [s.due_at for s in stored] == [at("27/08 14:45"), at("08/09 10:00"),
                                          at("09/09 10:00"), at("09/09 15:45")]
    assert stored[1].officer_id == staffed["binh"].user_id
    views = dossier_steps.steps_of(as_admin(db_url), code, now=at("08/09 11:00"))
    assert [(v.step, v.result) for v in views] == [(1, "on_time"), (2, "overdue"), (3, "open"),
                                                   (4, "open")]
    assert views[1].holder == TP and views[1].officer == "Trần Văn Bình"


def test_the_control_sheet_judges_each_hand_over_against_its_own_step(db_url, staffed, tmp_path):
    code = _receive(db_url, staffed["ha"])
    lifecycle.transfer(Desk(db_url, staffed["ha"]), code, TP, "Trần Văn Bình",
                       at=at("27/08 14:00"))  # step 1 due 14:45 the same day: on time
    lifecycle.transfer(Desk(db_url, staffed["binh"]), code, LD, "Chủ tịch",
                       at=at("03/09 09:00"))  # step 2 due 04/09 14:00: early
    lifecycle.transfer(Desk(db_url, staffed["binh"]), code, DESK, "Nguyễn Thị Thu Hà",
                       at=at("07/09 15:00"))  # step 3 from 03/09 09:00, due 04/09 09:00: late
    lifecycle.result_ready(Desk(db_url, staffed["minh"]), code, at=at("08/09 08:00"))
    sheet = control_sheet.control_sheet_document(as_admin(db_url), code, now=at("08/09 09:00"))
    assert [s.result for s in sheet.steps] == ["", "on_time", "early", "late"]
    assert sheet.steps[3].remarks[0].detail == (
        "Bước 3: Ký duyệt (1 ngày làm việc), hạn 09:00 04/09/2026")
    pdf = tmp_path / "sheet.pdf"
    control_sheet.write_control_sheet(as_admin(db_url), code, pdf)
    words = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "Bước 2: Thẩm định (3 ngày làm việc), hạn 14:00 04/09/2026" in words
    # Each once in a row, "Trước hạn" once more in the column's heading.
    assert (words.count("Trước hạn"), words.count("Đúng hạn"), words.count("Quá hạn")) == (2, 1, 1)


def test_inboxes_hold_by_officer_and_unit_soonest_step_first(db_url, staffed):
    ha, binh = staffed["ha"], staffed["binh"]
    first = _receive(db_url, ha, at("27/08 09:00"), "Người thứ nhất")
    second = _receive(db_url, ha, at("26/08 09:00"), "Người thứ hai")
    third = _receive(db_url, ha, at("27/08 10:00"), "Người thứ ba")
    for code, receiver in ((first, "Trần Văn Bình"), (second, "binh"), (third, "Ai đó")):
        lifecycle.transfer(Desk(db_url, ha), code, TP, receiver, at=at("27/08 14:00"))
    mine = inbox.inbox(Desk(db_url, binh), inbox.my_holder(Desk(db_url, binh)),
                       now=at("03/09 9:00"))
    # His own two by step due (both 3d from 27/08 14:00), then the unit's unnamed one.
    assert [r.code for r in mine] == [first, second, third]
    assert {r.step_name for r in mine} == {"Thẩm định"} and mine[0].unit == TP
    assert mine[0].officer == "Trần Văn Bình" and mine[2].officer == ""
    assert [r.urgency for r in mine] == ["due_soon"] * 3
    late = inbox.inbox(Desk(db_url, binh), inbox.Holder(officer_id=binh.user_id),
                       now=at("04/09 15:00"))
    assert [r.urgency for r in late] == ["overdue", "overdue"]
    # The desk's inbox is empty once everything is handed over; the unit's holds all three.
    assert inbox.inbox(Desk(db_url, ha), inbox.Holder(unit=DESK), now=at("03/09 9:00")) == []
    assert len(inbox.inbox(Desk(db_url, ha), inbox.Holder(unit=TP), now=at("03/09 9:00"))) == 3
    lifecycle.result_ready(Desk(db_url, binh), first, at=at("03/09 10:00"))
    assert [r.code for r in inbox.inbox(Desk(db_url, binh), inbox.Holder(binh.user_id),
                                        now=at("03/09 11:00"))] == [second]


def test_workload_figures_of_a_constructed_set(db_url, staffed):
    ha, binh, lan = staffed["ha"], staffed["binh"], staffed["lan"]
    a = _receive(db_url, ha, at("27/08 09:00"), "A")
    b = _receive(db_url, ha, at("27/08 09:00"), "B")
    c = _receive(db_url, ha, at("27/08 09:00"), "C")
    desk = Desk(db_url, ha)
    lifecycle.transfer(desk, a, TP, "Trần Văn Bình", at=at("27/08 10:00"))  # desk: early? same day
    lifecycle.transfer(desk, b, TP, "Phạm Thị Lan", at=at("27/08 16:00"))  # desk: late (14:45)
    lifecycle.transfer(desk, c, TP, "Trần Văn Bình", at=at("28/08 08:00"))  # desk: late
    lifecycle.transfer(Desk(db_url, binh), a, LD, "Chủ tịch", at=at("03/09 09:00"))  # early
    lifecycle.transfer(Desk(db_url, lan), b, LD, "Chủ tịch", at=at("07/09 09:00"))  # late
    rows = workload.workload(as_admin(db_url), now=at("07/09 10:00"))
    figures = {(r.unit, r.officer): (r.handled, r.early, r.on_time, r.late, r.holding,
                                     r.holding_overdue) for r in rows}
    assert figures == {
        (DESK, None): (3, 0, 1, 2, 0, 0),
        (DESK, "Nguyễn Thị Thu Hà"): (3, 0, 1, 2, 0, 0),
        # a's step 2: due 04/09 10:00, b's: due 04/09 16:00; c's (Bình): due 04/09 08:00.
        (TP, None): (2, 1, 0, 1, 1, 1),
        (TP, "Phạm Thị Lan"): (1, 0, 0, 1, 0, 0),
        (TP, "Trần Văn Bình"): (1, 1, 0, 0, 1, 1),
        # a there since 03/09 09:00 (due 04/09 09:00), b since 07/09 09:00.
        (LD, None): (0, 0, 0, 0, 2, 1),
    }
    assert [(r.unit, r.officer) for r in rows][:2] == [(DESK, None), (DESK, "Nguyễn Thị Thu Hà")]
    # Bình's step 2 of a took 27/08 10:00 -> 03/09 09:00: 300 + 450 + 90 office minutes.
    assert next(r for r in rows if r.officer == "Trần Văn Bình").median_minutes == 840
    only = workload.workload(as_admin(db_url), unit=TP, start=date(2026, 9, 4),
                             end=date(2026, 9, 7), now=at("07/09 10:00"))
    # Only Lan's hand-over falls in the period; Bình still holds c.
    assert [(r.officer, r.handled, r.holding) for r in only] == [
        (None, 1, 1), ("Phạm Thị Lan", 1, 0), ("Trần Văn Bình", 0, 1)]


def test_check_finds_an_edited_step_and_init_fills_the_steps_of_an_older_register(
        db_url, staffed):
    code = _receive(db_url, staffed["ha"])
    assert integrity.check(as_admin(db_url)).ok
    with session_scope(db_url) as session:
        session.execute(text("UPDATE dossier_step SET due_at = NULL WHERE position = 2"))
    report = integrity.check(as_admin(db_url))
    assert not report.ok and report.findings[0].field == "step 2 due_at"
    assert report.findings[0].code == code
    with session_scope(db_url) as session:
        session.execute(text("DELETE FROM dossier_step"))
    assert dossier_steps.fill_missing(db_url) == 1
    assert integrity.check(as_admin(db_url)).ok


def test_an_older_register_gets_its_steps_from_the_upgrade(db_url, staffed):
    code = _receive(db_url, staffed["ha"])
    lifecycle.transfer(Desk(db_url, staffed["ha"]), code, TP, "Trần Văn Bình",
                       at=at("27/08 14:00"))
    dispose(db_url)
    migrate.downgrade(db_url, "0009")
    dispose(db_url)
    assert schema_upgrade.upgrade(db_url) == 1
    # A register from before the steps has no published ones: the implicit step, at the desk
    # and then at the unit, due with the dossier.
    assert [(s.name, s.due_at) for s in _stored(db_url, code)] == [
        ("Giải quyết hồ sơ", at("08/09 09:00")), ("Giải quyết hồ sơ", at("08/09 09:00"))]
    assert integrity.check(as_admin(db_url)).ok
    assert schema_upgrade.upgrade(db_url) == 0


def test_a_day_off_added_moves_the_steps_of_the_open_dossiers(db_url, staffed):
    code = _receive(db_url, staffed["ha"])
    lifecycle.transfer(Desk(db_url, staffed["ha"]), code, TP, "Trần Văn Bình",
                       at=at("27/08 14:00"))
    # Friday 04/09 off: step 2's third day is Monday 07/09, and everything after moves too.
    change = calendar.add(as_admin(db_url), date(2026, 9, 4), "day-off", "Nghỉ đột xuất",
                          apply=True)
    assert change.applied
    assert [s.due_at for s in _stored(db_url, code)] == [
        at("27/08 14:45"), at("07/09 14:00"), at("08/09 14:00"), at("09/09 08:15")]
    assert integrity.check(as_admin(db_url)).ok
