"""The result's hand-over slip (Circular 01/2023/TT-VPCP Art. 26: a result's document carries
its validity in its QR code): the validity recorded with the result, printed and in the code
in the upper-left corner, the collector once handed over, and the desk's scan."""

from datetime import date, datetime

import pytest
from pypdf import PdfReader

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers
from desk_app.services.errors import UserError
from desk_app.services.processing import lifecycle, result_handover
from desk_app.services.reception import intake, receipts
from desk_app.store.db import session_scope
from desk_app.store.models import DossierEvent
from tests.conftest import as_admin
from tests.services.test_document_qr_codes import CITIZEN_ID, _fields, _the_corner_payload

RECEIVED = datetime(2025, 6, 5, 9, 0)  # 1.004873, 3 working days: due 10/06 09:00
READY = datetime(2025, 6, 9, 15, 30)
RETURNED = datetime(2025, 6, 10, 8, 15)


def _ready(url: str, valid_until: date | None) -> str:
    request = IntakeRequest("1.004873", "Nguyễn Thị Ánh Tuyết", id_number=CITIZEN_ID,
                            phone="0905123456")
    code = intake.receive(as_admin(url), request, received_at=RECEIVED).code
    lifecycle.result_ready(as_admin(url), code, "Giấy khai sinh", at=READY,
                           valid_until=valid_until)
    return code


def _text(path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_the_slip_carries_the_results_validity_in_its_corner_code(office_db, tmp_path):
    code = _ready(office_db, date(2030, 6, 30))
    lifecycle.return_result(as_admin(office_db), code, collector_name="Trần Văn Bình",
                            collector_id="001190012345", at=RETURNED)
    path = tmp_path / "ban-giao.pdf"
    result_handover.write_result_handover(as_admin(office_db), code, path)
    payload = _the_corner_payload(path)
    assert payload.startswith(f"HS:{code}|")
    fields = _fields(payload)
    assert fields == {
        "HS": code, "TT": "1.004873", "ID": CITIZEN_ID, "VB": "result_handover",
        "TVB": "Phiếu bàn giao kết quả giải quyết thủ tục hành chính",
        "HT": "desk_app@000.00.00.H49", "TG": "2025-06-10T08:15", "HL": "2030-06-30",
        "MAC": fields["MAC"],
    }
    answer = receipts.resolve_scan(as_admin(office_db), payload)
    assert (answer.code, answer.genuine) == (code, True)
    forged = payload.replace("HL:2030-06-30", "HL:2035-06-30")
    assert receipts.resolve_scan(as_admin(office_db), forged).genuine is False
    text = _text(path)
    for part in ("PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", f"Mã hồ sơ: {code}",
                 "Trả kết quả giải quyết hồ sơ của: Nguyễn Thị Ánh Tuyết",
                 "3. Thời gian có kết quả giải quyết: 15 giờ 30 phút, ngày 09/06/2025",
                 "4. Thời hạn hiệu lực của kết quả: đến hết ngày 30/06/2030",
                 "5. Thời gian trả kết quả: 08 giờ 15 phút, ngày 10/06/2025",
                 "6. Người nhận kết quả: Trần Văn Bình; giấy tờ tùy thân số: 001190012345",
                 "NGƯỜI NHẬN KẾT QUẢ", "NGƯỜI TRẢ KẾT QUẢ"):
        assert part in text
    # A reprint is the same document: its time of issue is the hand-over's.
    again = tmp_path / "in-lai.pdf"
    result_handover.write_result_handover(as_admin(office_db), code, again)
    assert _the_corner_payload(again) == payload


def test_a_result_without_time_limit_before_its_hand_over(office_db, tmp_path):
    code = _ready(office_db, None)
    with session_scope(office_db) as session:
        event = session.query(DossierEvent).filter_by(kind="result_ready").one()
        assert event.data["valid_until"] is None
    path = tmp_path / "ban-giao.pdf"
    result_handover.write_result_handover(as_admin(office_db), code, path, copies=2)
    assert len(PdfReader(path).pages) == 2
    fields = _fields(_the_corner_payload(path))
    # Printed now (the test's clock), to be filled in by hand at the counter.
    assert (fields["HL"], fields["TG"]) == ("khong-thoi-han", "2025-06-10T09:00")
    text = _text(path)
    assert "4. Thời hạn hiệu lực của kết quả: không thời hạn" in text
    assert "5. Thời gian trả kết quả: ..... giờ ..... phút" in text
    assert "Bản giao người nộp" in text


def test_a_result_recorded_before_validity_was_asked_for(office_db, tmp_path):
    code = _ready(office_db, None)
    with session_scope(office_db) as session:
        event = session.query(DossierEvent).filter_by(kind="result_ready").one()
        event.data = {}
    path = tmp_path / "ban-giao.pdf"
    result_handover.write_result_handover(as_admin(office_db), code, path)
    assert "HL" not in _fields(_the_corner_payload(path))
    assert "4. Thời hạn hiệu lực của kết quả: không ghi nhận" in _text(path)


def test_the_validity_is_checked_and_a_slip_needs_a_result(office_db, tmp_path):
    request = IntakeRequest("1.004873", "Lê Văn Tám")
    code = intake.receive(as_admin(office_db), request, received_at=RECEIVED).code
    with pytest.raises(UserError, match="chưa có kết quả để bàn giao"):
        result_handover.write_result_handover(as_admin(office_db), code, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="Hiệu lực đến ngày: 08/06/2025 trước ngày có kết quả"):
        lifecycle.result_ready(as_admin(office_db), code, at=READY,
                               valid_until=date(2025, 6, 8))
    assert dossiers.show(as_admin(office_db), code).row.status == "received"
    assert not (tmp_path / "x.pdf").exists()
