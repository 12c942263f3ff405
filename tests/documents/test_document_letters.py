"""Forms 04 (apology, PDF and .docx) and 05 (stop notice) as printed: every element of the
form in order, inside the official margins, on one page."""

import dataclasses
import io
from datetime import date, datetime

import docx
import pytest

from desk_app.documents.apology import ApologyDocument, render_apology
from desk_app.documents.apology_docx import render_apology_docx
from desk_app.documents.forms import UnknownFormError
from desk_app.documents.stop_notice import StopNoticeDocument, render_stop_notice


@pytest.fixture
def apology(office_header) -> ApologyDocument:
    """A delay with its reason and a new appointment, and one error, signed by a deputy."""
    return ApologyDocument(
        header=office_header, number="07/XL-TTPVHCC", issued_on=date(2025, 6, 10),
        applicant_name="Nguyễn Thị Ánh Tuyết", code="000.00.00.H49-250602-0003",
        received_at=datetime(2025, 6, 2, 9, 15), missed_due=datetime(2025, 6, 11, 9, 15),
        delay_reason="Cần xác minh thông tin tại nơi cư trú trước đây",
        errors=("Làm mất giấy tờ trong hồ sơ",), new_due=datetime(2025, 6, 16, 14, 0),
        signer_titles=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), signer_name="Lê Minh Tuấn",
    )


def test_apology_2025(apology, tmp_path, pdf_text, outside_margins):
    path = tmp_path / "04.pdf"
    render_apology(apology, path)
    assert outside_margins(path) == []
    [text] = pdf_text(path)
    order = [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 07/XL-TTPVHCC",
        "Hà Nội, ngày 10 tháng 6 năm 2025",
        "Mẫu số 04",
        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        "Kính gửi: Ông/Bà Nguyễn Thị Ánh Tuyết",
        "Ngày 02/06/2025, Trung tâm Phục vụ hành chính công phường Ba Đình tiếp nhận",
        "mã hồ sơ: 000.00.00.H49-250602-0003.",
        "hẹn trả kết quả: 09 giờ 15 phút, ngày 11/06/2025.",
        "Lý do: Cần xác minh thông tin tại nơi cư trú trước đây.",
        "đã để xảy ra sai sót sau: - Làm mất giấy tờ trong hồ sơ.",
        "Sự chậm trễ và sai sót nêu trên đã gây phiền hà",
        "trân trọng xin lỗi Ông/Bà.",
        "hẹn trả kết quả vào: 14 giờ 00 phút, ngày 16/06/2025.",
        "Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.",
        "Nơi nhận:",
        "- Ông/Bà Nguyễn Thị Ánh Tuyết;",
        "- Bộ phận Một cửa;",
        "- Lưu: VT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "(Ký, ghi rõ họ tên và đóng dấu)",
        "Lê Minh Tuấn",
    ]
    position = 0
    for part in order:
        found = text.find(part, position)
        assert found >= 0, part
        position = found + len(part)


def test_apology_for_a_delay_only_in_the_2018_set(apology, tmp_path, pdf_text):
    header = dataclasses.replace(apology.header, form_set="2018")
    path = tmp_path / "04.pdf"
    render_apology(dataclasses.replace(apology, header=header, errors=()), path)
    [text] = pdf_text(path)
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in text
    assert "Sự chậm trễ này đã gây phiền hà" in text and "sai sót" not in text
    assert "sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào: 14 giờ 00 phút, ngày 16/06/2025" in (
        text)


def test_errors_only_without_a_new_appointment(apology, tmp_path, pdf_text):
    path = tmp_path / "04.pdf"
    render_apology(dataclasses.replace(
        apology, delay_reason="", new_due=None,
        errors=("Kết quả giải quyết hồ sơ có sai sót", "Làm hư hỏng giấy tờ trong hồ sơ")), path)
    [text] = pdf_text(path)
    assert ("- Kết quả giải quyết hồ sơ có sai sót; - Làm hư hỏng giấy tờ trong hồ sơ. "
            "Sai sót này đã gây phiền hà cho Ông/Bà.") in text
    assert "Lý do" not in text and "hẹn trả kết quả vào" not in text
    with pytest.raises(ValueError, match="reason of a delay or name an error"):
        dataclasses.replace(apology, delay_reason=" ", errors=())


def test_a_long_letter_stays_inside_the_margins(apology, tmp_path, outside_margins, pdf_text):
    path = tmp_path / "04.pdf"
    long_reason = "Hồ sơ cần lấy ý kiến của nhiều cơ quan liên quan. " * 12
    render_apology(dataclasses.replace(apology, delay_reason=long_reason,
                                       errors=apology.errors * 6), path, copies=2)
    assert outside_margins(path, top_margin_allowed=True) == []
    pages = pdf_text(path)
    assert "Bản giao người nộp" in pages[0] and "Lê Minh Tuấn" in " ".join(pages)


def test_the_docx_carries_the_same_words(apology):
    target = io.BytesIO()
    render_apology_docx(apology, target)
    document = docx.Document(io.BytesIO(target.getvalue()))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs[:3] == [
        "Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        "Kính gửi: Ông/Bà Nguyễn Thị Ánh Tuyết"]
    assert "- Làm mất giấy tờ trong hồ sơ." in paragraphs
    header, number_row = document.tables[0].rows
    assert header.cells[0].text.split("\n")[:2] == [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BA ĐÌNH"]
    assert [c.text for c in number_row.cells] == ["Số: 07/XL-TTPVHCC",
                                                  "Hà Nội, ngày 10 tháng 6 năm 2025"]
    recipients, signer = document.tables[1].rows[0].cells
    assert recipients.text.split("\n") == [
        "Nơi nhận:", "- Ông/Bà Nguyễn Thị Ánh Tuyết;", "- Bộ phận Một cửa;", "- Lưu: VT."]
    lines = [line for line in signer.text.split("\n") if line]
    assert lines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Ký, ghi rõ họ tên và đóng dấu)",
                     "Lê Minh Tuấn"]
    assert document.styles["Normal"].font.name == "Times New Roman"


@pytest.fixture
def stop_notice(office_header) -> StopNoticeDocument:
    """A stop notice with its legal basis."""
    return StopNoticeDocument(
        header=office_header, number="03/TB-TTPVHCC", issued_on=date(2025, 6, 10),
        applicant_name="Trần Văn Nam", code="000.00.00.H49-250602-0004",
        received_at=datetime(2025, 6, 2, 10, 0),
        reason="Thửa đất đang có tranh chấp, chờ kết quả giải quyết của Tòa án",
        signer_titles=("GIÁM ĐỐC",), signer_name="Phạm Văn Hùng",
        legal_basis="khoản 2 Điều 17 Nghị định số 118/2025/NĐ-CP",
    )


def test_stop_notice(stop_notice, tmp_path, pdf_text, outside_margins):
    path = tmp_path / "05.pdf"
    render_stop_notice(stop_notice, path)
    assert outside_margins(path) == []
    [text] = pdf_text(path)
    for part in [
        "Số: 03/TB-TTPVHCC", "Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
        "Kính gửi: Ông/Bà Trần Văn Nam", "mã hồ sơ: 000.00.00.H49-250602-0004.",
        "Căn cứ quy định tại khoản 2 Điều 17 Nghị định số 118/2025/NĐ-CP, Trung tâm Phục vụ "
        "hành chính công phường Ba Đình thông báo dừng giải quyết hồ sơ nêu trên. Lý do: Thửa "
        "đất đang có tranh chấp, chờ kết quả giải quyết của Tòa án.",
        "thông báo để Ông/Bà được biết./.", "GIÁM ĐỐC", "Phạm Văn Hùng", "- Lưu: VT.",
    ]:
        assert part in text, part


def test_the_2018_set_has_no_stop_notice(stop_notice, tmp_path):
    header = dataclasses.replace(stop_notice.header, form_set="2018")
    with pytest.raises(UnknownFormError, match="stop_notice"):
        render_stop_notice(dataclasses.replace(stop_notice, header=header), tmp_path / "x.pdf")
