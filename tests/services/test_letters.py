"""Apology letters as the supervisor and the citizen meet them: the suggested new date, the
dates refused, the second extension, errors, the printed PDF and .docx, and the statistics
that still count against the original appointment."""

import io
from datetime import datetime

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.processing import letters, lifecycle
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, DossierEvent, Letter
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
    "agency_abbreviation": "TTPVHCC",
}
SIGNER = ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Minh Tuấn")
# Received Thursday 05/06/2025 09:00 for 3 working days: due Tuesday 10/06 09:00, which is
# the fixed "now" of the tests; so the dossier is due this very moment.
RECEIVED = datetime(2025, 6, 5, 9, 0)
DUE = datetime(2025, 6, 10, 9, 0)


@pytest.fixture
def office_db(db_url):
    """An office that can number and print letters."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


@pytest.fixture
def supervisor(office_db):
    """A named leader, who alone may confirm a second extension."""
    users.add_user(as_admin(office_db), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    return users.authenticate(Desk(office_db), "lanhdao", "Lanhdao2025")


@pytest.fixture
def code(office_db) -> str:
    """A dossier in a unit, due now."""
    received = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001612", "Nguyễn Thị Ánh Tuyết", phone="0912345678"), received_at=RECEIVED)
    lifecycle.transfer(as_admin(office_db), received.code, "Phòng Kinh tế", "Trần Văn Bình",
                       at=datetime(2025, 6, 5, 10, 0))
    assert received.due_at == DUE
    return received.code


def counts(url):
    with session_scope(url) as s:
        return tuple(s.execute(select(func.count()).select_from(model)).scalar_one()
                     for model in (Letter, DossierEvent, AuditEntry))


def test_the_suggestion_is_a_future_working_moment_after_the_appointment(office_db, code):
    suggested = letters.suggest_new_date(as_admin(office_db), code)
    assert suggested == datetime(2025, 6, 13, 9, 0)  # three working days after 10/06 09:00
    issued = letters.issue_apology(as_admin(office_db), code, "Cần xác minh tại địa phương",
                                   suggested,
                                   *SIGNER)
    assert (issued.number, issued.number_text, issued.extensions) == (1, "01/XL-TTPVHCC", 1)
    # The next suggestion starts from the new appointment just given.
    assert letters.suggest_new_date(as_admin(office_db), code) == datetime(2025, 6, 18, 9, 0)


@pytest.mark.parametrize(("new_date", "problem"), [
    (datetime(2025, 6, 10, 8, 0), "đã qua"),
    (datetime(2025, 6, 14, 9, 0), "không phải ngày làm việc"),
    (datetime(2025, 6, 12, 12, 0), "ngoài giờ làm việc"),
])
def test_a_bad_new_date_is_refused_naming_the_field_and_nothing_is_written(
        office_db, code, new_date, problem):
    before = counts(office_db)
    with pytest.raises(UserError, match=f"Ngày hẹn mới: .*{problem}"):
        letters.issue_apology(as_admin(office_db), code, "Chậm", new_date, *SIGNER)
    assert counts(office_db) == before


def test_a_second_extension_needs_a_named_supervisor_and_a_reason(office_db, code, supervisor):
    letters.issue_apology(as_admin(office_db), code, "Cần xác minh", datetime(2025, 6, 13, 9, 0),
                          *SIGNER)
    before = counts(office_db)
    later = datetime(2025, 6, 18, 9, 0)
    with pytest.raises(PermissionDenied, match="Gia hạn lần thứ hai"):
        letters.issue_apology(as_admin(office_db), code, "Chưa xong", later, *SIGNER,
                              confirmation_reason="Đồng ý")
    with pytest.raises(UserError, match="Lý do xác nhận gia hạn lần thứ hai"):
        letters.issue_apology(Desk(office_db, supervisor), code, "Chưa xong", later, *SIGNER)
    with pytest.raises(UserError, match="phải sau ngày hẹn đang thay thế"):
        letters.issue_apology(Desk(office_db, supervisor), code, "Chưa xong",
                              datetime(2025, 6, 12, 9, 0), *SIGNER, confirmation_reason="Đồng ý")
    assert counts(office_db) == before
    second = letters.issue_apology(Desk(office_db, supervisor), code, "Chờ ý kiến Sở Xây dựng",
                                   later, *SIGNER, confirmation_reason="Đã họp với Sở, đồng ý")
    assert (second.number_text, second.extensions) == ("02/XL-TTPVHCC", 2)
    with session_scope(office_db) as s:
        letter = s.get(Letter, second.letter_id)
        assert letter.data["confirmation_reason"] == "Đã họp với Sở, đồng ý"
        assert letter.data["confirmed_by"] == "Lê Minh Tuấn"


def test_errors_without_a_new_date_need_no_confirmation(office_db, code, tmp_path):
    letters.issue_apology(as_admin(office_db), code, "Chậm", datetime(2025, 6, 13, 9, 0), *SIGNER)
    issued = letters.issue_apology(
        as_admin(office_db), code, "", None, "GIÁM ĐỐC", "Phạm Văn Hùng",
        errors=["Làm mất giấy tờ trong hồ sơ", "Làm hư hỏng giấy tờ trong hồ sơ"])
    assert (issued.new_due_at, issued.extensions) == (None, 0)
    path = tmp_path / "04.pdf"
    letters.write_apology_pdf(as_admin(office_db), issued.letter_id, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "- Làm mất giấy tờ trong hồ sơ; - Làm hư hỏng giấy tờ trong hồ sơ." in text
    assert "Sai sót này đã gây phiền hà cho Ông/Bà." in text
    assert "hẹn trả kết quả vào" not in text and "Lý do:" not in text
    with pytest.raises(UserError, match="Ngày hẹn mới: cần có khi xin lỗi vì trễ hẹn"):
        letters.issue_apology(as_admin(office_db), code, "Chậm", None, *SIGNER)
    with pytest.raises(UserError, match="Lý do: cần lý do chậm trễ hoặc ít nhất một sai sót"):
        letters.issue_apology(as_admin(office_db), code, " ", None, *SIGNER, errors=[" "])
    with pytest.raises(UserError, match="Người ký"):
        letters.issue_apology(as_admin(office_db), code, "", None, "KT. GIÁM ĐỐC", "Lê Minh Tuấn",
                              errors=["Sai"])


def test_the_new_appointment_changes_neither_the_due_date_nor_the_lateness(office_db, code):
    issued = letters.issue_apology(as_admin(office_db), code, "Cần xác minh",
                                   datetime(2025, 6, 13, 9, 0), *SIGNER)
    row = dossiers.show(as_admin(office_db), code).row
    assert (row.due_at, row.apology_issued) == (DUE, True)
    assert letters.apology_status(as_admin(office_db), code).state == "pending"
    assert letters.apology_status(as_admin(office_db), code,
                                  now=datetime(2025, 6, 13, 9, 1)).state == (
        "missed")
    lifecycle.result_ready(as_admin(office_db), code, at=datetime(2025, 6, 12, 15, 0))
    detail = dossiers.show(as_admin(office_db), code)
    # Late against the receipt's appointment, though the new appointment was kept.
    assert (detail.row.due_at, detail.row.deadline_class) == (DUE, "late")
    status = letters.apology_status(as_admin(office_db), code)
    assert (status.state, status.new_due_at, status.latest_letter_id, status.extensions) == (
        "kept", datetime(2025, 6, 13, 9, 0), issued.letter_id, 1)
    assert detail.events[-1].data == {"new_due_at": "2025-06-13T09:00",
                                      "new_appointment_kept": True, "valid_until": None}
    assert [e.kind for e in detail.events][-2:] == ["apology_issued", "result_ready"]
    assert detail.events[-2].data["new_due_at"] == "2025-06-13T09:00"


def test_a_result_after_the_new_appointment_missed_it(office_db, code):
    letters.issue_apology(as_admin(office_db), code, "Chậm", datetime(2025, 6, 11, 9, 0), *SIGNER)
    lifecycle.result_ready(as_admin(office_db), code, at=datetime(2025, 6, 11, 10, 0))
    assert letters.apology_status(as_admin(office_db), code).state == "missed"


def test_the_dossier_view_is_the_dossier_its_apologies_and_its_latest_letters(office_db, code):
    lifecycle.request_supplement(as_admin(office_db), code, [("Tờ khai", "chưa ký tên")],
                                 "Thiếu chữ ký",
                                 at=datetime(2025, 6, 6, 9, 0))
    lifecycle.receive_supplement(as_admin(office_db), code, at=datetime(2025, 6, 6, 10, 0))
    letters.issue_apology(as_admin(office_db), code, "Chậm", datetime(2025, 6, 13, 9, 0), *SIGNER)
    latest = letters.issue_apology(as_admin(office_db), code, "", None, *SIGNER, errors=["Sai"])
    now = datetime(2025, 6, 13, 9, 1)
    view = letters.dossier_view(as_admin(office_db), code, now=now)
    assert view.detail == dossiers.show(as_admin(office_db), code, now=now)
    assert view.apology == letters.apology_status(as_admin(office_db), code, now=now)
    assert view.letters == {
        "supplement_request": letters.latest_letter_id(as_admin(office_db), code,
                                                       "supplement_request"),
        "apology": latest.letter_id}


@pytest.mark.parametrize("form_set", ["2025", "2018"])
def test_pdf_and_docx_say_the_same_in_each_form_set(office_db, code, form_set):
    office.set_value(as_admin(office_db), "form_set", form_set)
    issued = letters.issue_apology(
        as_admin(office_db), code, "Cần xác minh thông tin tại địa phương", datetime(2025, 6, 13, 9,
                                                                                     0),
        *SIGNER, errors=["Kết quả giải quyết hồ sơ có sai sót"])
    pdf = io.BytesIO()
    letters.write_apology_pdf(as_admin(office_db), issued.letter_id, pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    title = {"2025": "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
             "2018": "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"}[form_set]
    expected = [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "Số: 01/XL-TTPVHCC",
        "Quảng Nam, ngày 10 tháng 6 năm 2025", "Mẫu số 04", title,
        "Kính gửi: Ông/Bà Nguyễn Thị Ánh Tuyết",
        f"Ngày 05/06/2025, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận giải quyết hồ sơ "
        f"của Ông/Bà, mã hồ sơ: {code}.",
        "hẹn trả kết quả: 09 giờ 00 phút, ngày 10/06/2025.",
        "Lý do: Cần xác minh thông tin tại địa phương.",
        "- Kết quả giải quyết hồ sơ có sai sót.",
        "Sự chậm trễ và sai sót nêu trên đã gây phiền hà",
        "09 giờ 00 phút, ngày 13/06/2025.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Lê Minh Tuấn",
        "Nơi nhận:", "- Ông/Bà Nguyễn Thị Ánh Tuyết;", "- Bộ phận Một cửa;", "- Lưu: VT.",
    ]
    for part in expected:
        assert part in text, part
    word = io.BytesIO()
    letters.write_apology_docx(as_admin(office_db), issued.letter_id, word)
    document = docx.Document(io.BytesIO(word.getvalue()))
    cells = " ".join(cell.text for table in document.tables for row in table.rows
                     for cell in row.cells)
    words = " ".join(" ".join(p.text for p in document.paragraphs).split() + cells.split())
    for part in expected:
        assert part in words, part
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.left_margin.mm)) == (210, 30)


def test_numbers_restart_each_year(office_db, code, monkeypatch):
    letters.issue_apology(as_admin(office_db), code, "", None, *SIGNER, errors=["Sai sót"])
    monkeypatch.setenv("DESK_APP_NOW", "2026-01-05 09:00")
    issued = letters.issue_apology(as_admin(office_db), code, "", None, *SIGNER, errors=["Sai sót"])
    assert issued.number_text == "01/XL-TTPVHCC"


def test_a_withdrawn_dossier_gets_no_apology(office_db, code):
    lifecycle.withdraw(as_admin(office_db), code, "Xin rút", at=datetime(2025, 6, 10, 8, 0))
    with pytest.raises(UserError, match="Không thể 'Văn bản xin lỗi'"):
        letters.issue_apology(as_admin(office_db), code, "", None, *SIGNER, errors=["Sai sót"])
    assert letters.last_signer(as_admin(office_db)) == ()
