"""Rendering the control sheet and the register from plain data: official margins, rows,
headers repeated on every register page, page numbers."""

from datetime import date, datetime, timedelta

import pytest

from desk_app.documents import register as register_doc
from desk_app.documents.control_sheet import (
    ControlSheetDocument,
    ControlStep,
    Remark,
    render_control_sheet,
)
from desk_app.documents.register import RegisterDocument, RegisterRow, render_register_pdf

CODE = "000.00.00.H49-250610-0001"


def _sheet(header, steps, blank_steps=0) -> ControlSheetDocument:
    return ControlSheetDocument(
        header=header, issued_on=date(2025, 6, 20), code=CODE,
        applicant_name="Nguyễn Thị Phương Thảo", procedure_code="1.001612",
        procedure_name="Đăng ký thành lập hộ kinh doanh",
        received_at=datetime(2025, 6, 10, 9, 0), due_at=datetime(2025, 6, 13, 9, 0),
        processing_unit="Phòng Kinh tế", coordinating_units=(), steps=tuple(steps),
        blank_steps=blank_steps,
    )


def _step(number: int, result: str = "early", remarks=()) -> ControlStep:
    return ControlStep(f"Đơn vị giao số {number}", f"Đơn vị nhận số {number}",
                       datetime(2025, 6, 10, 9, 0) + timedelta(hours=number),
                       "Nguyễn Thị Phương Thảo", "Trần Văn Bình", result, tuple(remarks))


def test_control_sheet_rows_and_margins(office_header, tmp_path, pdf_text, outside_margins):
    steps = [
        _step(1, ""),
        _step(2, "early", [Remark("stopped", datetime(2025, 6, 11, 8, 0)),
                           Remark("resumed", datetime(2025, 6, 11, 14, 0))]),
        _step(3, "late", [Remark("apology", datetime(2025, 6, 12, 10, 0),
                                 until=datetime(2025, 6, 18, 9, 0))]),
        _step(4, "on_time", [Remark("post", detail="EL123456789VN")]),
    ]
    target = tmp_path / "sheet.pdf"
    render_control_sheet(_sheet(office_header, steps, blank_steps=1), target)
    [text] = pdf_text(target)
    assert "Mẫu số 06" in text and "(Kèm theo hồ sơ của: Nguyễn Thị Phương Thảo)" in text
    assert "1. Giao: Đơn vị giao số 1 Nhận: Đơn vị nhận số 1" in text
    assert "Dừng giải quyết: 08:00 ngày 11/06/2025" in text
    assert "Tiếp tục giải quyết: 14:00 ngày 11/06/2025" in text
    assert "Văn bản xin lỗi: 10:00 ngày 12/06/2025; hẹn lại: 09:00 ngày 18/06/2025" in text
    assert "Gửi qua dịch vụ bưu chính, số hiệu: EL123456789VN" in text
    assert "5. Giao: ……………………" in text
    assert text.count("Người giao") == 5 and text.count("Người nhận") == 5
    assert outside_margins(target) == []


def test_control_sheet_in_the_2018_set_is_form_05(office_header, tmp_path, pdf_text):
    header = type(office_header)(office_header.parent_agency_name, office_header.agency_name,
                                 office_header.place_name, "2018")
    target = tmp_path / "sheet.pdf"
    render_control_sheet(_sheet(header, [_step(1)]), target)
    assert "Mẫu số 05" in pdf_text(target)[0]


def test_a_step_result_must_be_a_known_class(office_header):
    with pytest.raises(ValueError, match="step result"):
        _sheet(office_header, [_step(1, "sớm")])


def _row(number: int) -> RegisterRow:
    received = datetime(2025, 6, 2, 8, 0) + timedelta(minutes=10 * number)
    return RegisterRow(
        book="2025", number=number, code=f"000.00.00.H49-250602-{number:04d}",
        procedure_code="1.001612", procedure_name="Đăng ký thành lập hộ kinh doanh", sets=1,
        applicant_name=f"Người nộp số {number}", address="12 Trần Phú, phường Hội An",
        phone="0912345678", unit="Phòng Kinh tế", received_at=received,
        due_at=received + timedelta(days=3), transferred_at=None, result_at=None,
        returned_at=None, withdrawn_at=None, status="received",
    )


def test_register_runs_onto_numbered_pages_with_the_header_on_each(office_header, tmp_path,
                                                                   pdf_text, pdf_char_boxes):
    rows = tuple(_row(n) for n in range(1, 61))
    target = tmp_path / "so.pdf"
    render_register_pdf(RegisterDocument(office_header, date(2025, 6, 2), date(2025, 6, 2),
                                         rows), target)
    pages = pdf_text(target)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "Mã hồ sơ" in page and "Ngày, tháng, năm" in page and "(14)" in page
        assert f"Trang {number}/{len(pages)}" in page
    assert "SỔ THEO DÕI HỒ SƠ" in pages[0] and "SỔ THEO DÕI HỒ SƠ" not in pages[1]
    names = [f"Người nộp số {n} " for n in range(1, 61)]
    found = [name for name in names for page in pages if name in page + " "]
    assert found == names  # every line once, in order
    paper = register_doc.PAGE
    width, height = paper.size
    tolerance = 1.0
    for number, page in enumerate(pdf_char_boxes(target), start=1):
        in_bottom_margin = ""
        for char, left, bottom, right, top in page:
            assert left >= paper.left - tolerance, char
            assert right <= width - paper.right + tolerance, char
            assert top <= height - paper.top + tolerance, char
            if bottom < paper.bottom - tolerance:
                in_bottom_margin += char
        # Only the page number sits in the bottom margin.
        assert in_bottom_margin == f"Trang{number}/{len(pages)}"


def test_wrap_text_breaks_a_code_after_its_hyphens():
    font = "Helvetica"
    lines = register_doc.wrap_text(CODE, 60, font)
    assert "".join(lines) == CODE and len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert register_doc.wrap_text("Phòng Kinh tế", 500, font) == ["Phòng Kinh tế"]
