"""The control sheet built from a dossier's events: one row per hand-over, each judged against
the appointment in force when it happened."""

import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from desk_app.documents.control_sheet import Remark
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound
from desk_app.services.processing import control_sheet, lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
DESK = "Bộ phận Một cửa"
PASSWORD = "Matkhau2025!"


@pytest.fixture
def office_staff(db_url):
    """An office ready to receive, with a clerk and an officer whose names the sheet prints."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Thu Hà", "clerk", PASSWORD)
    users.add_user(as_admin(db_url), "binh", "Trần Văn Bình", "officer", PASSWORD)
    return users.authenticate(Desk(db_url), "ha", PASSWORD), users.authenticate(Desk(db_url),
                                                                                "binh", PASSWORD)


def _receive(url, clerk) -> str:
    """A household business registration (3 working days) received on Tuesday 10/06/2025
    09:00: due Friday 13/06/2025 09:00."""
    request = IntakeRequest("1.001612", "Lê Văn Cường", address="12 Trần Phú, phường Hội An")
    return intake.receive(Desk(url, clerk), request, received_at=datetime(2025, 6, 10, 9, 0)).code


def _text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_two_hand_overs_then_the_result_late_and_the_return(db_url, office_staff, tmp_path):
    clerk, officer = office_staff
    code = _receive(db_url, clerk)
    lifecycle.transfer(Desk(db_url, clerk), code, "Phòng Kinh tế", "Trần Văn Bình",
                       at=datetime(2025, 6, 10, 10, 0))
    lifecycle.transfer(Desk(db_url, officer), code, "Phòng Tài chính - Kế hoạch", "Phạm Thị Mai",
                       note="Xin ý kiến thẩm định",
                       at=datetime(2025, 6, 13, 8, 30))
    lifecycle.result_ready(Desk(db_url, officer), code, at=datetime(2025, 6, 16, 8, 0))
    lifecycle.return_result(Desk(db_url, clerk), code, collector_name="Lê Thị Hoa",
                            collector_id="049190012345", at=datetime(2025, 6, 17, 9, 0))

    sheet = control_sheet.control_sheet_document(as_admin(db_url), code)
    parties = [(s.from_party, s.to_party) for s in sheet.steps]
    assert parties == [
        ("Lê Văn Cường", DESK),
        (DESK, "Phòng Kinh tế"),
        ("Phòng Kinh tế", "Phòng Tài chính - Kế hoạch"),
        ("Phòng Tài chính - Kế hoạch", DESK),
        (DESK, "Lê Văn Cường"),
    ]
    people = [(s.giver, s.receiver) for s in sheet.steps]
    assert people == [
        ("Lê Văn Cường", "Nguyễn Thị Thu Hà"),
        ("Nguyễn Thị Thu Hà", "Trần Văn Bình"),
        ("Trần Văn Bình", "Phạm Thị Mai"),
        ("Trần Văn Bình", ""),  # nobody named for the desk: signed by hand
        ("Nguyễn Thị Thu Hà", "Lê Thị Hoa"),  # the person who collected it
    ]
    # The receipt has no deadline; 10/06 is before the due day; 13/06 08:30 is on the due
    # day before 09:00; 16/06 is after it; the return repeats the resolution's lateness.
    assert [s.result for s in sheet.steps] == ["", "early", "on_time", "late", "late"]
    assert sheet.steps[2].remarks == (Remark("note", detail="Xin ý kiến thẩm định"),)
    assert sheet.processing_unit == "Phòng Kinh tế"
    assert sheet.coordinating_units == ("Phòng Tài chính - Kế hoạch",)
    assert sheet.blank_steps == 0

    target = tmp_path / "sheet.pdf"
    control_sheet.write_control_sheet(as_admin(db_url), code, target)
    text = _text(target)
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text and "Mẫu số 06" in text
    assert f"Mã hồ sơ: {code}" in text
    assert "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 13/06/2025" in text
    assert "Cơ quan phối hợp giải quyết hồ sơ: Phòng Tài chính - Kế hoạch" in text
    assert "2. Giao: Bộ phận Một cửa Nhận: Phòng Kinh tế" in text
    assert "08 giờ 30 phút, ngày 13/06/2025" in text
    assert "Phạm Thị Mai" in text and "Xin ý kiến thẩm định" in text
    # After the column header's "(Trước hạn/đúng hạn/quá hạn)", one result per row in order.
    body = text.split("GHI CHÚ", 1)[1]
    assert re.findall(r"Trước hạn|Đúng hạn|Quá hạn", body) == [
        "Trước hạn", "Đúng hạn", "Quá hạn", "Quá hạn"]
    assert len(PdfReader(target).pages) == 1


def test_a_supplement_moves_the_appointment_the_later_steps_are_judged_by(db_url,
                                                                         office_staff):
    clerk, officer = office_staff
    code = _receive(db_url, clerk)
    lifecycle.transfer(Desk(db_url, clerk), code, "Phòng Kinh tế", "Trần Văn Bình",
                       at=datetime(2025, 6, 10, 10, 0))
    lifecycle.request_supplement(Desk(db_url, officer), code,
                                 [("Bản sao CCCD", "bản sao chứng thực")],
                                 "Thiếu giấy tờ", at=datetime(2025, 6, 11, 10, 0))
    # The full three days run again from the supplement: due 19/06 09:00.
    lifecycle.receive_supplement(Desk(db_url, clerk), code, at=datetime(2025, 6, 16, 9, 0))
    lifecycle.result_ready(Desk(db_url, officer), code, at=datetime(2025, 6, 18, 15, 0))

    sheet = control_sheet.control_sheet_document(as_admin(db_url), code)
    assert [s.result for s in sheet.steps] == ["", "early", "early"]
    assert sheet.due_at == datetime(2025, 6, 19, 9, 0)
    assert [(r.kind, r.detail) for r in sheet.steps[1].remarks] == [
        ("supplement_requested", ""), ("note", "Thiếu giấy tờ"), ("supplement_received", "")]
    assert sheet.steps[2].from_party == "Phòng Kinh tế" and sheet.steps[2].to_party == DESK
    # The return to the applicant is still to come: one blank row for it.
    assert sheet.blank_steps == 1


def test_an_open_dossier_gets_blank_rows_to_fill_in_by_hand(db_url, office_staff, tmp_path):
    clerk, _ = office_staff
    code = _receive(db_url, clerk)
    lifecycle.transfer(Desk(db_url, clerk), code, "Phòng Kinh tế", "Trần Văn Bình",
                       at=datetime(2025, 6, 10, 10, 0))
    sheet = control_sheet.control_sheet_document(as_admin(db_url), code)
    assert len(sheet.steps) == 2 and sheet.blank_steps == 2
    target = tmp_path / "open.pdf"
    control_sheet.write_control_sheet(as_admin(db_url), code, target)
    text = _text(target)
    assert "3. Giao: ……………………" in text and "4. Giao: ……………………" in text


def test_two_copies_and_unknown_dossier(db_url, office_staff, tmp_path):
    clerk, _ = office_staff
    code = _receive(db_url, clerk)
    control_sheet.write_control_sheet(as_admin(db_url), code, tmp_path / "two.pdf", copies=2)
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
    with pytest.raises(NotFound, match="Mã hồ sơ"):
        control_sheet.write_control_sheet(as_admin(db_url), "KHONG-CO", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_refusal_withdrawal_and_postal_return_are_noted(db_url, office_staff):
    clerk, officer = office_staff
    refused = _receive(db_url, clerk)
    lifecycle.transfer(Desk(db_url, clerk), refused, "Phòng Kinh tế", "Trần Văn Bình",
                       at=datetime(2025, 6, 10, 10, 0))
    lifecycle.refuse(Desk(db_url, officer), refused, ["Ngành nghề kinh doanh bị cấm"],
                     at=datetime(2025, 6, 11, 10, 0))
    last = control_sheet.control_sheet_document(as_admin(db_url), refused).steps[-1]
    assert (last.from_party, last.to_party, last.result) == ("Phòng Kinh tế", DESK, "early")
    assert last.remarks == (Remark("refused"),
                            Remark("note", detail="Ngành nghề kinh doanh bị cấm"))

    withdrawn = _receive(db_url, clerk)
    lifecycle.withdraw(Desk(db_url, clerk), withdrawn, "Người nộp xin rút",
                       at=datetime(2025, 6, 10, 11, 0))
    sheet = control_sheet.control_sheet_document(as_admin(db_url), withdrawn)
    assert len(sheet.steps) == 1 and sheet.blank_steps == 0
    assert sheet.steps[0].remarks == (Remark("withdrawn", datetime(2025, 6, 10, 11, 0)),
                                      Remark("note", detail="Người nộp xin rút"))

    # Resolved at the desk itself, then posted: two rows, the result a remark of the first.
    posted = _receive(db_url, clerk)
    lifecycle.result_ready(Desk(db_url, officer), posted, at=datetime(2025, 6, 12, 9, 0))
    lifecycle.return_result(Desk(db_url, clerk), posted, by_post=True,
                            tracking_number="EL123456789VN", at=datetime(2025, 6, 12, 14, 0))
    received, returned = control_sheet.control_sheet_document(as_admin(db_url), posted).steps
    assert received.remarks == (Remark("result_ready", datetime(2025, 6, 12, 9, 0)),)
    assert (returned.from_party, returned.to_party) == (DESK, "Lê Văn Cường")
    assert (returned.receiver, returned.result) == ("Lê Văn Cường", "early")
    assert returned.remarks == (Remark("post", detail="EL123456789VN"),)
