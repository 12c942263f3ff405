"""Circular 01/2023/TT-VPCP Art. 26: every document of the dossier process carries, in its
upper-left corner, a QR code with the dossier code, the procedure, the holder's ID, the
document's name, the issuing system and the time of issue (a receipt: the appointment), plus
the office's tag; the desk reads it back even as a keyboard scanner mangles it. The Word
apology carries the PDF's code in the same corner."""

import io
from datetime import datetime
from pathlib import Path

import docx
import pypdfium2
import pytest
import zxingcpp
from docx.oxml.ns import qn
from PIL import Image

from desk_app.domain import qr_tag
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.document_qr import qr_secret
from desk_app.services.errors import UserError
from desk_app.services.processing import control_sheet, letters, lifecycle
from desk_app.services.reception import intake, intake_slips, receipts
from desk_app.store.db import session_scope
from tests.conftest import as_admin

CITIZEN_ID = "001088012345"
RECEIVED = datetime(2025, 6, 10, 14, 5)
SIGNER = ("KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Lê Minh Tuấn")
# The left margin of the official page (Decree 30/2020): the header's text starts there.
MARGIN_LEFT_MM = 30


def _receive(url: str, procedure: str = "1.004873") -> str:
    request = IntakeRequest(procedure, "Nguyễn Thị Ánh Tuyết", id_number=CITIZEN_ID)
    return intake.receive(as_admin(url), request, received_at=RECEIVED).code


def _corner_codes(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each QR code of the first page with its box as fractions of the page (left, top,
    right, bottom)."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    found = []
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        points = [code.position.top_left, code.position.top_right,
                  code.position.bottom_left, code.position.bottom_right]
        xs, ys = [p.x / image.width for p in points], [p.y / image.height for p in points]
        found.append((code.text, (min(xs), min(ys), max(xs), max(ys))))
    return found


def _the_corner_payload(path: Path) -> str:
    """The one QR code of the page, checked to sit in its upper-left eighth (left half, top
    quarter) and left of the margin where the agency names and the national motto start."""
    [(text, (left, top, right, bottom))] = _corner_codes(path)
    assert right < 0.5 and bottom < 0.25
    assert right * 210 < MARGIN_LEFT_MM and left > 0 and top > 0
    return text


def _fields(payload: str) -> dict[str, str]:
    scan = qr_tag.parse_scan(payload, "{code}")
    return dict(scan.fields)


def test_the_receipt_carries_every_field_in_the_upper_left_corner(office_db, tmp_path):
    code = _receive(office_db)
    path = tmp_path / "01.pdf"
    receipts.write_receipt(as_admin(office_db), code, path)
    payload = _the_corner_payload(path)
    assert payload.startswith(f"HS:{code}|")
    fields = _fields(payload)
    assert fields == {
        "HS": code, "TT": "1.004873", "ID": CITIZEN_ID, "VB": "receipt",
        "TVB": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        "HT": "desk_app@000.00.00.H49", "TG": "2025-06-10T14:05",
        "HEN": "2025-06-13T14:05", "MAC": fields["MAC"],
    }
    answer = receipts.resolve_scan(as_admin(office_db), payload)
    assert (answer.code, answer.genuine, answer.unverifiable) == (code, True, False)


def test_the_lookup_url_is_one_more_field(office_db, tmp_path):
    office.set_value(as_admin(office_db), "qr_url_template",
                     "https://dichvucong.quangnam.gov.vn/tra-cuu?ma={code}")
    code = _receive(office_db)
    path = tmp_path / "01.pdf"
    receipts.write_receipt(as_admin(office_db), code, path)
    payload = _the_corner_payload(path)
    assert _fields(payload)["URL"] == f"https://dichvucong.quangnam.gov.vn/tra-cuu?ma={code}"
    assert receipts.resolve_scan(as_admin(office_db), payload).genuine is True


def _issue_every_letter(url: str, tmp_path: Path) -> dict[str, Path]:
    """Each other document of a dossier's process, printed: kind -> PDF."""
    desk = as_admin(url)
    paths = {kind: tmp_path / f"{kind}.pdf" for kind in (
        "supplement_request", "refusal", "stop_notice", "apology", "control_sheet")}
    supplement = _receive(url)
    lifecycle.request_supplement(desk, supplement, [("Bản sao CCCD", "Thiếu")], "Chưa đủ",
                                 at=datetime(2025, 6, 11, 9, 0))
    letters.write_supplement_request(desk, supplement, paths["supplement_request"])
    refused = _receive(url)
    lifecycle.refuse(desk, refused, ["Không thuộc thẩm quyền"], at=datetime(2025, 6, 11, 9, 0))
    letters.write_refusal(desk, refused, paths["refusal"])
    stopped = _receive(url)
    lifecycle.stop(desk, stopped, "Chờ xác minh", at=datetime(2025, 6, 11, 9, 0))
    letters.write_stop_notice(desk, stopped, paths["stop_notice"])
    late = _receive(url)
    apology = letters.issue_apology(desk, late, "Cần xác minh", datetime(2025, 6, 18, 9, 0),
                                    *SIGNER, at=datetime(2025, 6, 12, 9, 0))
    letters.write_apology_pdf(desk, apology.letter_id, paths["apology"])
    control_sheet.write_control_sheet(desk, late, paths["control_sheet"])
    return paths


def test_every_other_document_carries_its_own_code_in_the_corner(office_db, tmp_path,
                                                                 fixed_clock):
    for kind, path in _issue_every_letter(office_db, tmp_path).items():
        payload = _the_corner_payload(path)
        fields = _fields(payload)
        assert (fields["VB"], fields["TT"], fields["ID"]) == (kind, "1.004873", CITIZEN_ID)
        assert fields["HS"].startswith("000.00.00.H49-250610-") and fields["TVB"]
        assert "HEN" not in fields
        answer = receipts.resolve_scan(as_admin(office_db), payload)
        assert (answer.code, answer.genuine) == (fields["HS"], True)


def test_a_counter_slip_has_no_dossier_code_to_open(office_db, tmp_path):
    request = IntakeRequest("1.004873", "Lê Văn Tám", id_number=CITIZEN_ID)
    slip = intake_slips.issue(as_admin(office_db), "refusal", request,
                              [("Không thuộc thẩm quyền", "")], "")
    path = tmp_path / "03.pdf"
    intake_slips.write_slip(as_admin(office_db), slip.letter_id, path)
    payload = _the_corner_payload(path)
    assert payload.startswith("HS:|TT:1.004873|ID:001088012345|VB:refusal|")
    with pytest.raises(UserError, match="không có mã hồ sơ"):
        receipts.resolve_scan(as_admin(office_db), payload)


def test_receipts_printed_before_still_scan(office_db):
    code = _receive(office_db)
    with session_scope(office_db) as session:
        secret = qr_secret(session)
    assert receipts.resolve_scan(as_admin(office_db),
                                 qr_tag.legacy_payload("{code}", code, secret)).genuine is True
    template = "https://dichvucong.quangnam.gov.vn/tra-cuu?ma={code}"
    office.set_value(as_admin(office_db), "qr_url_template", template)
    old = qr_tag.legacy_payload(template, code, secret)
    assert receipts.resolve_scan(as_admin(office_db), old).genuine is True
    forged = qr_tag.legacy_payload(template, code, "another office's secret")
    assert receipts.resolve_scan(as_admin(office_db), forged).genuine is False


def test_a_hand_edited_payload_is_not_genuine(office_db):
    code = _receive(office_db)
    payload = receipts.receipt_document(as_admin(office_db), code).qr_payload
    for edited in (payload.replace(CITIZEN_ID, "001088012346"),
                   payload.replace("HEN:2025-06-13", "HEN:2025-06-20"),
                   payload.replace("VB:receipt", "VB:apology")):
        assert edited != payload
        answer = receipts.resolve_scan(as_admin(office_db), edited)
        assert (answer.code, answer.genuine) == (code, False)


def test_what_a_keyboard_scanner_types_still_finds_the_dossier(office_db):
    code = _receive(office_db)
    payload = receipts.receipt_document(as_admin(office_db), code).qr_payload
    assert not payload.isascii()
    dropped = "".join(c for c in payload if c.isascii())
    replaced = "".join(c if c.isascii() else "?" for c in payload)
    for typed in (dropped, replaced, f"  {dropped}\n"):
        answer = receipts.resolve_scan(as_admin(office_db), typed)
        assert (answer.code, answer.genuine, answer.unverifiable) == (code, True, False)


def test_a_payload_cut_before_its_tag_cannot_be_verified(office_db):
    code = _receive(office_db)
    payload = receipts.receipt_document(as_admin(office_db), code).qr_payload
    for cut in (payload[: payload.index("|MAC:")], payload[:-3]):
        answer = receipts.resolve_scan(as_admin(office_db), cut)
        assert (answer.code, answer.genuine, answer.unverifiable) == (code, None, True)


def test_the_word_apology_carries_the_pdfs_code_in_the_upper_left_corner(office_db, tmp_path):
    code = _receive(office_db)
    desk = as_admin(office_db)
    apology = letters.issue_apology(desk, code, "Cần xác minh", datetime(2025, 6, 18, 9, 0),
                                    *SIGNER, at=datetime(2025, 6, 12, 9, 0))
    pdf, word = tmp_path / "04.pdf", tmp_path / "04.docx"
    letters.write_apology_pdf(desk, apology.letter_id, pdf)
    letters.write_apology_docx(desk, apology.letter_id, word)
    document = docx.Document(word)
    header = document.sections[0].header
    [anchor] = header._element.xpath(".//wp:anchor")
    # The picture the anchor shows, read out of the file and decoded.
    [blip] = anchor.xpath(".//a:blip")
    image = Image.open(io.BytesIO(header.part.related_parts[blip.get(qn("r:embed"))].blob))
    [found] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == _the_corner_payload(pdf)
    fields = _fields(found.text)
    assert (fields["HS"], fields["VB"], fields["ID"]) == (code, "apology", CITIZEN_ID)
    assert receipts.resolve_scan(desk, found.text).genuine is True
    # Anchored to the page, 5 mm from its left and top edges, 24 mm square: in the upper-left
    # eighth and left of the 30 mm margin where the agency names start.
    emu_per_mm = 36000
    [left] = anchor.xpath("./wp:positionH[@relativeFrom='page']/wp:posOffset/text()")
    [top] = anchor.xpath("./wp:positionV[@relativeFrom='page']/wp:posOffset/text()")
    [extent] = anchor.xpath("./wp:extent")
    size = int(extent.get("cx")) / emu_per_mm
    assert (round(int(left) / emu_per_mm), round(int(top) / emu_per_mm)) == (5, 5)
    assert round(size) == 24 and int(extent.get("cy")) == int(extent.get("cx"))
    assert 5 + size < MARGIN_LEFT_MM and 5 + size < 297 / 4
    assert anchor.xpath("./wp:wrapNone")
