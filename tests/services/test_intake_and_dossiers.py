import threading
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.catalog import DocumentLine
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.validation import ValidationError
from desk_app.services import dossiers, office
from desk_app.services.audit import verify
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, UserError
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake, intake_slips, receipts
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, Dossier, Letter
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def office_db(db_url):
    """An office whose profile is complete, so dossiers can be received and printed."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


def _dossier_count(url):
    with session_scope(url) as s:
        return s.execute(select(func.count()).select_from(Dossier)).scalar_one()


def test_receive_numbers_the_day_and_writes_documents_event_and_audit(office_db):
    at = datetime(2025, 6, 10, 14, 59)
    first = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001193", "Nguye\u0302\u0303n Thi\u0323 Ánh Tuyết", phone="0912.345.678",
        id_number="001190012345"), received_at=at)
    second = intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Lê Văn Tám"),
                            received_at=at)
    assert (first.code, second.code) == ("000.00.00.H49-250610-0001",
                                         "000.00.00.H49-250610-0002")
    assert first.due_at == datetime(2025, 6, 10, 17, 0)
    assert (first.register_book, first.register_number, second.register_number) == (
        "2025", 1, 2)
    detail = dossiers.show(as_admin(office_db), first.code)
    assert detail.row.applicant_name == "Nguyễn Thị Ánh Tuyết"  # NFC
    assert detail.phone == "0912345678"
    assert [e.kind for e in detail.events] == ["received"]
    assert len(detail.documents) >= 2
    with session_scope(office_db) as s:
        assert s.execute(select(AuditEntry).where(
            AuditEntry.entity_key == first.code)).scalar_one().action == "dossier.receive"
        assert verify(s).first_broken_id is None


def test_receive_with_edited_documents(office_db):
    # The required papers in another form and count, and one the catalogue does not list.
    lines = [("Tờ khai đăng ký khai sinh theo mẫu", "bản chính", 1),
             ("Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)",
              "bản sao", 2),
             ("Giấy tờ tùy thân (hộ chiếu/thẻ căn cước/căn cước điện tử) - xuất trình",
              "bản chính", 1),
             ("Giấy xác nhận cư trú", "bản sao chứng thực", 1)]
    received = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001193", "Lê Văn Tám", documents=tuple(DocumentLine(*line) for line in lines)))
    assert [(d.name, d.form, d.count) for d in dossiers.show(as_admin(office_db),
                                                             received.code).documents
            ] == lines


@pytest.mark.parametrize("request_,field", [
    (IntakeRequest("1.001193", "  "), "Họ tên người nộp"),
    (IntakeRequest("1.001193", "A", id_number="12345"), "Số CCCD"),
    (IntakeRequest("1.001193", "A", phone="12345"), "Số điện thoại"),
    (IntakeRequest("1.001193", "A", email="a@"), "Email"),
    (IntakeRequest("1.001193", "A", channel="fax"), "Hình thức nộp"),
])
def test_bad_intake_names_the_field_and_writes_nothing(office_db, request_, field):
    with pytest.raises(ValidationError) as error:
        intake.receive(as_admin(office_db), request_)
    assert error.value.field == field
    assert _dossier_count(office_db) == 0


def test_unknown_procedure_or_missing_agency_code(db_url):
    with pytest.raises(UserError, match="agency_code"):
        intake.receive(as_admin(db_url), IntakeRequest("1.001193", "A"))
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    with pytest.raises(NotFound, match="9.999999"):
        intake.receive(as_admin(db_url), IntakeRequest("9.999999", "A"))
    assert _dossier_count(db_url) == 0


def test_parallel_counters_never_repeat_a_code(office_db):
    codes, errors = [], []

    def counter():
        try:
            for _ in range(10):
                codes.append(intake.receive(as_admin(office_db),
                                            IntakeRequest("1.001193", "Song Song"),
                                            received_at=datetime(2025, 6, 10, 9, 0)).code)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=counter) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(int(c[-4:]) for c in codes) == list(range(1, 41))


def test_search_ignores_diacritics_and_finds_by_phone_and_code(office_db):
    received = intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Đỗ Thị Ngọc Đào",
                                                       phone="0987654321"))
    intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Lê Văn Tám"))
    for text in ("do thi ngoc dao", "ĐÀO", "0987654321", received.code[-6:]):
        found = dossiers.search(Desk(office_db), dossiers.DossierQuery(text=text))
        assert [r.code for r in found] == [received.code], text
    assert dossiers.count(as_admin(office_db), dossiers.DossierQuery()) == 2
    assert dossiers.count(as_admin(office_db), dossiers.DossierQuery(status="returned")) == 0


def test_receipt_pdf_and_scan(office_db, tmp_path):
    received = intake.receive(as_admin(office_db),
                              IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết"),
                              received_at=datetime(2025, 6, 10, 14, 5))
    path = tmp_path / "r.pdf"
    receipts.write_receipt(as_admin(office_db), received.code, path, copies=2)
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 2
    assert received.code in text and "Nguyễn Thị Ánh Tuyết" in text
    assert "17 giờ 00 phút, ngày 10/06/2025" in text
    payload = receipts.receipt_document(as_admin(office_db), received.code).qr_payload
    assert receipts.resolve_scan(as_admin(office_db), payload).genuine is True
    assert receipts.resolve_scan(as_admin(office_db), received.code).genuine is None
    assert receipts.resolve_scan(as_admin(office_db),
                                 received.code + "#AAAAAAAAAA").genuine is False
    with pytest.raises(NotFound):
        receipts.resolve_scan(as_admin(office_db), "000.00.00.H49-250610-9999")


def test_lifecycle_event_recomputes_status_and_refuses_illegal_steps(office_db):
    received = intake.receive(as_admin(office_db), IntakeRequest("1.004873", "Lê Văn Tám"),
                              received_at=datetime(2025, 6, 10, 9, 0))
    lifecycle.record_event(as_admin(office_db), received.code, "transferred",
                           at=datetime(2025, 6, 10, 10, 0), unit="Phòng Tư pháp")
    with pytest.raises(UserError, match="Trả kết quả"):
        lifecycle.record_event(as_admin(office_db), received.code, "returned",
                               at=datetime(2025, 6, 10, 11, 0))
    assert lifecycle.record_event(as_admin(office_db), received.code, "result_ready",
                                  at=datetime(2025, 6, 12, 9, 0)) == "result_ready"
    row = dossiers.show(as_admin(office_db), received.code).row
    assert (row.status, row.unit, row.deadline_class) == ("result_ready", "Phòng Tư pháp",
                                                          "early")


def test_intake_slips_are_numbered_recorded_and_printed(office_db, tmp_path):
    request = IntakeRequest("1.001193", "Phan Văn Khải")
    first = intake_slips.issue(as_admin(office_db), "supplement_request", request,
                               [("Giấy chứng sinh", "Nộp bản chính")], "Thiếu giấy chứng sinh")
    second = intake_slips.issue(as_admin(office_db), "supplement_request", request,
                                [("Tờ khai", "Ký tên")], "Tờ khai chưa ký")
    refusal = intake_slips.issue(as_admin(office_db), "refusal", request,
                                 [("Không thuộc thẩm quyền", "")], "")
    assert (first.number, second.number, refusal.number) == (1, 2, 1)
    path = tmp_path / "02.pdf"
    intake_slips.write_slip(as_admin(office_db), first.letter_id, path)
    assert "Giấy chứng sinh" in PdfReader(path).pages[0].extract_text()
    with pytest.raises(UserError, match="Lý do từ chối"):
        intake_slips.issue(as_admin(office_db), "refusal", request, [], "")
    with session_scope(office_db) as s:
        assert s.execute(select(func.count()).select_from(Letter)).scalar_one() == 3
    assert _dossier_count(office_db) == 0
