import pytest

from desk_app.domain.file_names import document_file_name, file_name_part


@pytest.mark.parametrize(("text", "expected"), [
    ("000.00.00.H49-250610-0001", "000.00.00.H49-250610-0001"),
    # A slip number: the slash would make "12" a folder.
    ("12/2025", "12-2025"),
    ("HS:01/2019\\A", "HS-01-2019-A"),
    ('hồ sơ "cũ" <số 5>?', "hồ sơ -cũ- -số 5-"),
    ("xin-lỗi. ", "xin-lỗi"),
    ("CON", "CON-"),
    ("nul.2025", "nul.2025-"),
    ("", "-"),
])
def test_names_windows_accepts_keep_the_vietnamese_letters(text, expected):
    assert file_name_part(text) == expected


@pytest.mark.parametrize(("document", "number", "suffix", "expected"), [
    ("receipt", "000.00.00.H49-250610-0001", "pdf", "bien-nhan-000.00.00.H49-250610-0001.pdf"),
    ("supplement_request", "12/2025", "pdf", "phieu-yeu-cau-bo-sung-12-2025.pdf"),
    ("refusal", "3/2025", "pdf", "phieu-tu-choi-3-2025.pdf"),
    ("stop_notice", "HS-01", "pdf", "thong-bao-dung-HS-01.pdf"),
    ("apology", "HS-01", "docx", "xin-loi-HS-01.docx"),
    ("control_sheet", "HS-01", "pdf", "phieu-kiem-soat-HS-01.pdf"),
])
def test_each_document_suggests_its_vietnamese_name_and_number(document, number, suffix,
                                                               expected):
    assert document_file_name(document, number, suffix) == expected
