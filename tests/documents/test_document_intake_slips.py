import dataclasses
from datetime import date

import pytest

from desk_app.documents.intake_slips import (
    MissingDocument,
    RefusalDocument,
    SupplementRequestDocument,
    render_refusal,
    render_supplement_request,
)


@pytest.fixture
def applicant(office_header) -> dict:
    """The fields forms 02 and 03 share: who came, for which procedure, on which day."""
    return {
        "header": office_header,
        "issued_on": date(2025, 2, 3),
        "applicant_name": "Nguyễn Thị Ánh Tuyết",
        "applicant_address": "Số 12, ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội",
        "applicant_phone": "0912 345 678",
        "applicant_email": "anhtuyet@example.vn",
        "procedure_code": "1.001612",
        "procedure_name": "Đăng ký thành lập hộ kinh doanh",
    }


@pytest.fixture
def supplement_request(applicant) -> SupplementRequestDocument:
    """Two papers to put right, with a contact for help."""
    return SupplementRequestDocument(
        **applicant,
        items=(
            MissingDocument("Giấy đề nghị đăng ký hộ kinh doanh", "Thiếu chữ ký của chủ hộ"),
            MissingDocument("Biên bản họp thành viên hộ gia đình", "Chưa nộp"),
        ),
        reason="Hồ sơ chưa đủ thành phần theo quy định.",
        clerk_name="Trần Văn Bình",
        contact_text="Bộ phận Một cửa, số điện thoại 024 3823 4567",
    )


@pytest.fixture
def refusal(applicant) -> RefusalDocument:
    """A refusal with its legal basis and two reasons."""
    return RefusalDocument(
        **applicant,
        reasons=(
            "Ngành, nghề đăng ký thuộc danh mục cấm kinh doanh.",
            "Tên hộ kinh doanh trùng với tên đã đăng ký trên địa bàn.",
        ),
        clerk_name="Trần Văn Bình",
        legal_basis="Điều 87 Nghị định số 01/2021/NĐ-CP",
    )


def test_supplement_request(supplement_request, tmp_path, pdf_text, outside_margins):
    path = tmp_path / "form02.pdf"
    render_supplement_request(supplement_request, path)
    assert outside_margins(path) == []
    [text] = pdf_text(path)
    for line in [
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BA ĐÌNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hà Nội, ngày 03 tháng 02 năm 2025",
        "Mẫu số 02",
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        "Hồ sơ của: Nguyễn Thị Ánh Tuyết",
        "Đăng ký thành lập hộ kinh doanh (Mã thủ tục: 1.001612)",
        "1 Giấy đề nghị đăng ký hộ kinh doanh Thiếu chữ ký của chủ hộ",
        "2 Biên bản họp thành viên hộ gia đình Chưa nộp",
        "Lý do: Hồ sơ chưa đủ thành phần theo quy định.",
        "liên hệ Bộ phận Một cửa, số điện thoại 024 3823 4567 để được hướng dẫn.",
        "NGƯỜI HƯỚNG DẪN (Ký và ghi rõ họ tên) Trần Văn Bình",
    ]:
        assert line in text
    assert "Mã hồ sơ" not in text


def test_supplement_request_during_processing_has_the_code(supplement_request, tmp_path, pdf_text):
    path = tmp_path / "form02.pdf"
    doc = dataclasses.replace(supplement_request, code="000.00.00.H49-250203-0007", contact_text="")
    render_supplement_request(doc, path, copies=2)
    first, second = pdf_text(path)
    assert "Mã hồ sơ: 000.00.00.H49-250203-0007" in first
    assert "Bản giao người nộp" in first
    assert "Bản lưu hồ sơ" in second
    assert "để được hướng dẫn" not in first


def test_refusal(refusal, tmp_path, pdf_text, outside_margins):
    path = tmp_path / "form03.pdf"
    render_refusal(refusal, path)
    [text] = pdf_text(path)
    for line in [
        "Mẫu số 03",
        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        "Hồ sơ của: Nguyễn Thị Ánh Tuyết",
        "Căn cứ quy định tại Điều 87 Nghị định số 01/2021/NĐ-CP, Trung tâm Phục vụ hành chính "
        "công phường Ba Đình từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:",
        "- Ngành, nghề đăng ký thuộc danh mục cấm kinh doanh.",
        "- Tên hộ kinh doanh trùng với tên đã đăng ký trên địa bàn.",
        "Xin thông báo để Ông/Bà được biết và thực hiện./.",
        "NGƯỜI TIẾP NHẬN HỒ SƠ (Ký và ghi rõ họ tên) Trần Văn Bình",
    ]:
        assert line in text
    assert outside_margins(path) == []


def test_refusal_in_the_2018_set_without_legal_basis(refusal, tmp_path, pdf_text):
    header = dataclasses.replace(refusal.header, form_set="2018")
    path = tmp_path / "form03.pdf"
    render_refusal(dataclasses.replace(refusal, header=header, legal_basis=""), path)
    [text] = pdf_text(path)
    assert "Căn cứ" not in text
    assert "Trung tâm Phục vụ hành chính công phường Ba Đình từ chối tiếp nhận" in text


def test_slips_need_their_contents(supplement_request, refusal):
    with pytest.raises(ValueError, match="at least one document"):
        dataclasses.replace(supplement_request, items=())
    with pytest.raises(ValueError, match="reasons"):
        dataclasses.replace(refusal, reasons=("  ",))
