"""Each lifecycle action as a user meets it: the status and appointment it leaves, the letter
it numbers and prints, who may do it, and that a step the state forbids changes nothing."""

from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.intake import IntakeRequest
from desk_app.domain.lifecycle import NOTES, OPEN_NOTES, STATUSES, TRANSITIONS, allowed_events
from desk_app.services import dossier_steps, dossiers, office, users
from desk_app.services.actors import Actor
from desk_app.services.audit import verify
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.processing import decree_clocks, letters, lifecycle
from desk_app.services.reception import intake, intake_slips
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, DailySequence, Dossier, DossierEvent, Letter
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
PEOPLE = {
    "clerk": ("tiepnhan", "Nguyễn Thị Thu Hà"),
    "officer": ("chuyenvien", "Trần Văn Bình"),
}
# Received Monday 02/06/2025 09:00; 1.001612 takes 3 working days (due Thursday 05/06 09:00)
# and restarts its clock when a supplement arrives.
RECEIVED = datetime(2025, 6, 2, 9, 0)


@pytest.fixture
def office_db(db_url):
    """An office that can number and print letters."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


@pytest.fixture
def people(office_db) -> dict[str, Actor]:
    """A clerk and an officer of the office, logged in: events name who recorded them."""
    found = {}
    for role, (username, full_name) in PEOPLE.items():
        users.add_user(as_admin(office_db), username, full_name, role, "Matkhau2025")
        found[role] = users.authenticate(Desk(office_db), username, "Matkhau2025")
    return found


def receive(url, procedure="1.001612", at=RECEIVED) -> str:
    request = IntakeRequest(procedure, "Nguyễn Thị Ánh Tuyết", address="12 Trần Phú, Hội An",
                            phone="0912345678", id_number="001190012345")
    return intake.receive(as_admin(url), request, received_at=at).code


def at(day, hour=9, minute=0):
    return datetime(2025, 6, day, hour, minute)


def in_state(url, state) -> str:
    """A dossier brought to `state` through the services."""
    code = receive(url)
    if state == "received":
        return code
    lifecycle.transfer(as_admin(url), code, "Phòng Kinh tế", "Trần Văn Bình", at=at(2, 10))
    steps = {
        "in_progress": [],
        "supplement_requested": [lambda: lifecycle.request_supplement(
            as_admin(url), code, [("Giấy đề nghị", "Ký tên")], "Thiếu chữ ký", at=at(3))],
        "stopped": [lambda: lifecycle.stop(as_admin(url), code, "Chờ ý kiến", at=at(3))],
        "result_ready": [lambda: lifecycle.result_ready(as_admin(url), code, at=at(4))],
        "returned": [lambda: lifecycle.result_ready(as_admin(url), code, at=at(4)),
                     lambda: lifecycle.return_result(as_admin(url), code, collector_name="Tuyết",
                                                     collector_id="001190012345", at=at(4, 10))],
        "refused": [lambda: lifecycle.refuse(as_admin(url), code, ["Không đủ điều kiện"],
                                             at=at(3))],
        "withdrawn": [lambda: lifecycle.withdraw(as_admin(url), code, "Người nộp xin rút",
                                                 at=at(3))],
        # Decree 118 Art. 19(5): 15 days after 03/06 ran out on 18/06 at closing time.
        "closed": [lambda: lifecycle.request_supplement(
            as_admin(url), code, [("Giấy đề nghị", "Ký tên")], "Thiếu chữ ký", at=at(3)),
                   lambda: decree_clocks.close_unsupplemented(as_admin(url), code, at=at(19))],
    }[state]
    for step in steps:
        step()
    assert dossiers.show(as_admin(url), code).row.status == state
    return code


def attempt(url, code, kind):
    """The action a user would take for `kind`, at a moment after every event so far."""
    moment = at(20)
    actions = {
        "transferred": lambda: lifecycle.transfer(as_admin(url), code, "Phòng Tư pháp",
                                                  "Lê Văn Tám",
                                                  at=moment),
        "supplement_requested": lambda: lifecycle.request_supplement(
            as_admin(url), code, [("Tờ khai", "Ký tên")], "Thiếu", at=moment),
        "supplement_received": lambda: lifecycle.receive_supplement(as_admin(url), code, at=moment),
        "stopped": lambda: lifecycle.stop(as_admin(url), code, "Chờ", at=moment),
        "resumed": lambda: lifecycle.resume(as_admin(url), code, at=moment),
        "result_ready": lambda: lifecycle.result_ready(as_admin(url), code, at=moment),
        "refused": lambda: lifecycle.refuse(as_admin(url), code, ["Lý do"], at=moment),
        "returned": lambda: lifecycle.return_result(as_admin(url), code, by_post=True,
                                                    tracking_number="EB123", at=moment),
        "withdrawn": lambda: lifecycle.withdraw(as_admin(url), code, "Xin rút", at=moment),
        "apology_issued": lambda: letters.issue_apology(
            as_admin(url), code, "", None, "GIÁM ĐỐC", "Lê Minh Tuấn", errors=["Làm mất giấy tờ"],
            at=moment),
        "appointment_moved": lambda: lifecycle.record_event(as_admin(url), code,
                                                            "appointment_moved",
                                                            at=moment),
        "received": lambda: lifecycle.record_event(as_admin(url), code, "received", at=moment),
        "lateness_notice": lambda: decree_clocks.record_lateness_notice(
            as_admin(url), code, "Chờ ý kiến", at(25), at=moment),
        "closed": lambda: decree_clocks.close_unsupplemented(as_admin(url), code, at=moment),
    }
    return actions[kind]()


def snapshot(url, code):
    with session_scope(url) as s:
        dossier = s.execute(select(Dossier).where(Dossier.code == code)).scalar_one()
        count = lambda model: s.execute(select(func.count()).select_from(model)).scalar_one()  # noqa: E731
        return (dossier.status, dossier.due_at, dossier.completed_at, dossier.unit_id,
                count(DossierEvent), count(Letter), count(AuditEntry),
                sorted(s.execute(select(DailySequence.scope, DailySequence.last)).all()))


@pytest.mark.parametrize("state", STATUSES)
def test_every_step_the_state_forbids_changes_nothing(office_db, state):
    code = in_state(office_db, state)
    forbidden = [kind for kind in (*TRANSITIONS, *sorted(NOTES | OPEN_NOTES), "received")
                 if kind not in allowed_events(state)]
    assert forbidden
    before = snapshot(office_db, code)
    for kind in forbidden:
        with pytest.raises(UserError, match="Không thể"):
            attempt(office_db, code, kind)
        assert snapshot(office_db, code) == before, kind


@pytest.mark.parametrize("state", STATUSES)
def test_every_step_the_state_allows_goes_through_the_service(office_db, state):
    for kind in sorted(allowed_events(state)):
        code = in_state(office_db, state)
        attempt(office_db, code, kind)
        expected = TRANSITIONS[kind][1] if kind in TRANSITIONS else state
        assert dossiers.show(as_admin(office_db), code).row.status == expected


def test_hand_overs_record_giver_receiver_and_both_units(office_db, people):
    clerk = people["clerk"]
    officer = people["officer"]
    code = receive(office_db)
    lifecycle.transfer(Desk(office_db, clerk), code, "Phòng Kinh tế", "Trần Văn Bình", "Hồ sơ giấy",
                       at=at(2, 10))
    result = lifecycle.transfer(Desk(office_db, officer), code, " Văn phòng Đăng ký đất đai ",
                                "Phạm Thu", at=at(3))
    assert (result.status, result.due_at) == ("in_progress", at(5))
    detail = dossiers.show(as_admin(office_db), code)
    first, second = [e for e in detail.events if e.kind == "transferred"]
    assert first.data == {"giver": "Nguyễn Thị Thu Hà", "receiver": "Trần Văn Bình",
                          "from_unit": "Bộ phận Một cửa", "to_unit": "Phòng Kinh tế"}
    assert first.note == "Hồ sơ giấy"
    assert second.data == {"giver": "Trần Văn Bình", "receiver": "Phạm Thu",
                           "from_unit": "Phòng Kinh tế",
                           "to_unit": "Văn phòng Đăng ký đất đai"}
    # The lead unit stays the first the desk sent it to; the second holds the step now.
    assert detail.row.unit == "Phòng Kinh tế"
    assert dossier_steps.steps_of(as_admin(office_db), code)[-1].holder == (
        "Văn phòng Đăng ký đất đai")
    with pytest.raises(UserError, match="Người nhận: không được để trống"):
        lifecycle.transfer(Desk(office_db, officer), code, "Phòng Kinh tế", "  ")
    with session_scope(office_db) as s:
        actions = s.execute(select(AuditEntry.action).where(
            AuditEntry.entity_key == code)).scalars().all()
        assert actions.count("dossier.transferred") == 2
        assert verify(s).first_broken_id is None


def test_a_supplement_request_pauses_the_clock_and_prints_form_02(office_db, people, tmp_path):
    clerk = people["clerk"]
    officer = people["officer"]
    code = receive(office_db)
    # An intake slip took number 1 of the year's supplement requests.
    intake_slips.issue(as_admin(office_db), "supplement_request",
                       IntakeRequest("1.001612", "Lê Văn Tám"),
                       [("Tờ khai", "Ký tên")], "Thiếu")
    result = lifecycle.request_supplement(
        Desk(office_db,
             officer), code, [("Giấy đề nghị đăng ký hộ kinh doanh", "Thiếu chữ ký của chủ hộ"),
                          ("Bản sao CCCD", "")], "Hồ sơ chưa đủ thành phần", at=at(3))
    assert (result.status, result.due_at, result.letter_number) == (
        "supplement_requested", None, 2)
    path = tmp_path / "02.pdf"
    letters.write_supplement_request(as_admin(office_db), code, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    for part in ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", f"Mã hồ sơ: {code}",
                 "1 Giấy đề nghị đăng ký hộ kinh doanh Thiếu chữ ký của chủ hộ",
                 "2 Bản sao CCCD", "Lý do: Hồ sơ chưa đủ thành phần", "Trần Văn Bình",
                 "Quảng Nam, ngày 03 tháng 6 năm 2025"):
        assert part in text
    # The papers arrive Monday 09/06 at the desk: the full 3 days run again from there.
    back = lifecycle.receive_supplement(Desk(office_db, clerk), code, "Đã nhận bản có chữ ký",
                                        at=at(9, 14, 30))
    assert (back.status, back.due_at) == ("in_progress", at(12, 14, 30))


def test_stop_and_resume_move_the_appointment_by_the_paused_time(office_db, people, tmp_path):
    officer = people["officer"]
    code = receive(office_db)
    stopped = lifecycle.stop(Desk(office_db, officer), code, "Chờ kết quả xác minh của Công an xã",
                             at=at(3, 9), legal_basis="khoản 2 Điều 17 Nghị định "
                             "118/2025/NĐ-CP", signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                                       "Lê Minh Tuấn"])
    assert (stopped.status, stopped.due_at, stopped.letter_number) == ("stopped", None, 1)
    # Stopped Tuesday 09:00 with two working days left, resumed Friday 09:00.
    resumed = lifecycle.resume(Desk(office_db, officer), code, at=at(6, 9))
    assert (resumed.status, resumed.due_at) == ("in_progress", at(10, 9))
    path = tmp_path / "05.pdf"
    letters.write_stop_notice(as_admin(office_db), code, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    for part in ("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Số: 01/TB-TTPVHCCT",
                 "Kính gửi: Ông/Bà Nguyễn Thị Ánh Tuyết", f"mã hồ sơ: {code}",
                 "Căn cứ quy định tại khoản 2 Điều 17 Nghị định 118/2025/NĐ-CP,",
                 "Lý do: Chờ kết quả xác minh của Công an xã.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
                 "Lê Minh Tuấn", "Nơi nhận:", "- Lưu: VT."):
        assert part in text


def test_the_2018_form_set_has_no_stop_notice_to_print(office_db, tmp_path):
    office.set_value(as_admin(office_db), "form_set", "2018")
    code = receive(office_db)
    lifecycle.stop(as_admin(office_db), code, "Chờ ý kiến", at=at(3))
    path = tmp_path / "05.pdf"
    with pytest.raises(UserError, match="Bộ biểu mẫu 2018 không có mẫu Thông báo dừng"):
        letters.write_stop_notice(as_admin(office_db), code, path)
    assert not path.exists()


def test_refusal_after_processing_is_resolved_and_prints_form_03(office_db, people, tmp_path):
    officer = people["officer"]
    code = receive(office_db)
    result = lifecycle.refuse(Desk(office_db, officer), code,
                              ["Ngành nghề thuộc danh mục cấm",
                               " "], at=at(4), legal_basis="Điều 87 Nghị định 01/2021/NĐ-CP")
    assert result.status == "refused"
    detail = dossiers.show(as_admin(office_db), code)
    assert (detail.completed_at, detail.row.deadline_class) == (at(4), "early")
    path = tmp_path / "03.pdf"
    letters.write_refusal(as_admin(office_db), code, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert f"Mã hồ sơ: {code}" in text and "- Ngành nghề thuộc danh mục cấm" in text
    assert "Căn cứ quy định tại Điều 87 Nghị định 01/2021/NĐ-CP" in text
    with pytest.raises(UserError, match="Lý do từ chối"):
        lifecycle.refuse(as_admin(office_db), receive(office_db), [" "])


def test_return_in_person_or_by_post(office_db, people):
    clerk = people["clerk"]
    officer = people["officer"]
    code = receive(office_db)
    lifecycle.result_ready(Desk(office_db, officer), code, "Giấy chứng nhận số 12", at=at(4))
    with pytest.raises(UserError, match="Giấy tờ tùy thân"):
        lifecycle.return_result(Desk(office_db, clerk), code, collector_name="Nguyễn Thị Ánh Tuyết")
    with pytest.raises(UserError, match="Số vận đơn"):
        lifecycle.return_result(Desk(office_db, clerk), code, by_post=True)
    with pytest.raises(UserError, match="bưu chính"):
        lifecycle.return_result(Desk(office_db, clerk), code, collector_name="A", collector_id="1",
                                by_post=True, tracking_number="EB1")
    result = lifecycle.return_result(Desk(office_db, clerk), code, collector_name="Lê Văn Tám",
                                     collector_id="001190099999", at=at(5, 8))
    assert result.status == "returned"
    detail = dossiers.show(as_admin(office_db), code)
    assert detail.returned_at == at(5, 8)
    assert detail.events[-1].data == {"by_post": False, "collector_name": "Lê Văn Tám",
                                      "collector_id": "001190099999"}
    posted = receive(office_db)
    lifecycle.result_ready(Desk(office_db, officer), posted, at=at(4))
    lifecycle.return_result(Desk(office_db, clerk), posted, by_post=True, tracking_number="EB12VN",
                            at=at(4, 15))
    assert dossiers.show(as_admin(office_db), posted).events[-1].data == {
        "by_post": True, "tracking_number": "EB12VN"}


def test_withdrawal_needs_its_reason_and_ends_the_dossier(office_db, people):
    clerk = people["clerk"]
    code = receive(office_db)
    with pytest.raises(UserError, match="Lý do rút hồ sơ"):
        lifecycle.withdraw(Desk(office_db, clerk), code, "")
    lifecycle.withdraw(Desk(office_db, clerk), code, "Người nộp đề nghị rút để bổ sung sau",
                       at=at(3))
    detail = dossiers.show(as_admin(office_db), code)
    assert (detail.row.status, detail.withdrawn_at, detail.row.deadline_class) == (
        "withdrawn", at(3), "")


def test_who_may_do_what(office_db, people):
    clerk = people["clerk"]
    officer = people["officer"]
    code = receive(office_db)
    with pytest.raises(PermissionDenied):
        lifecycle.result_ready(Desk(office_db, clerk), code)
    with pytest.raises(PermissionDenied):
        lifecycle.withdraw(Desk(office_db, officer), code, "Xin rút")
    with pytest.raises(PermissionDenied):
        letters.issue_apology(Desk(office_db, officer), code, "", None, "GIÁM ĐỐC", "A",
                              errors=["Sai sót"])
    lifecycle.request_supplement(Desk(office_db, officer), code, [("Tờ khai", "")], "Thiếu",
                                 at=at(3))
    # The papers may come back at the desk: a clerk records them.
    lifecycle.receive_supplement(Desk(office_db, clerk), code, at=at(4))
    assert dossiers.show(as_admin(office_db), code).row.status == "in_progress"


def test_an_event_may_not_precede_the_last_one(office_db):
    code = receive(office_db)
    lifecycle.transfer(as_admin(office_db), code, "Phòng Kinh tế", "B", at=at(3))
    with pytest.raises(UserError, match="trước sự kiện gần nhất"):
        lifecycle.result_ready(as_admin(office_db), code, at=at(2, 10))
