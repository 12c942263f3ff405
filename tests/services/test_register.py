"""The register of a period: which dossiers it holds, what each line says, and the two files
(XLSX read back with openpyxl, PDF read back with pypdf)."""

import re
from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import event, select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.errors import UserError
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.supervision import register
from desk_app.store.db import get_engine, session_scope
from desk_app.store.models import Dossier, Letter
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
# The register of Monday 02/06 to Friday 06/06/2025, read at the fixed now (10/06 09:00).
START, END = date(2025, 6, 2), date(2025, 6, 6)


def _receive(url, name, at, procedure="1.001612", **extra) -> str:
    request = IntakeRequest(procedure, name, **extra)
    return intake.receive(as_admin(url), request, received_at=at).code


@pytest.fixture
def period(db_url):
    """Dossiers received just outside and just inside the period's edges, in every fate."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    codes = {
        "before": _receive(db_url, "Trước Kỳ", datetime(2025, 6, 1, 23, 59)),
        "first": _receive(db_url, "Đầu Kỳ", datetime(2025, 6, 2, 0, 0),
                          address="12 Trần Phú, phường Hội An", phone="0912345678"),
        "refused": _receive(db_url, "Bị Từ Chối", datetime(2025, 6, 3, 9, 0)),
        "withdrawn": _receive(db_url, "Rút Hồ Sơ", datetime(2025, 6, 4, 9, 0)),
        "apology": _receive(db_url, "Được Xin Lỗi", datetime(2025, 6, 5, 9, 0)),
        "last": _receive(db_url, "Cuối Kỳ", datetime(2025, 6, 6, 23, 59)),
        "after": _receive(db_url, "Sau Kỳ", datetime(2025, 6, 7, 0, 0)),
    }
    first = codes["first"]
    lifecycle.record_event(as_admin(db_url), first, "transferred", at=datetime(2025, 6, 2, 8, 0),
                           unit="Phòng Kinh tế")
    lifecycle.record_event(as_admin(db_url), first, "transferred", at=datetime(2025, 6, 3, 8, 0),
                           unit="Phòng Tài chính - Kế hoạch")
    lifecycle.record_event(as_admin(db_url), first, "result_ready", at=datetime(2025, 6, 4, 16, 0))
    lifecycle.record_event(as_admin(db_url), first, "returned", at=datetime(2025, 6, 5, 10, 0))
    lifecycle.record_event(as_admin(db_url), codes["refused"], "transferred",
                           at=datetime(2025, 6, 3, 10, 0), unit="Phòng Kinh tế")
    lifecycle.record_event(as_admin(db_url), codes["refused"], "refused",
                           at=datetime(2025, 6, 9, 10, 0))
    lifecycle.record_event(as_admin(db_url), codes["withdrawn"], "withdrawn",
                           at=datetime(2025, 6, 4, 11, 0))
    # The apology letters are issued by another service; the register only reads them.
    with session_scope(db_url) as session:
        dossier_id = session.execute(
            select(Dossier.id).where(Dossier.code == codes["apology"])).scalar_one()
        session.add(Letter(dossier_id=dossier_id, kind="apology", agency="000.00.00.H49",
                           year=2025, number=1, issued_at=datetime(2025, 6, 9, 8, 0),
                           reason="Chờ ý kiến thẩm định", new_due_at=datetime(2025, 6, 13, 9, 0)))
    return codes


def test_whole_days_from_the_first_to_the_last_day(db_url, period):
    rows = register.register_rows(as_admin(db_url), START, END)
    assert [r.code for r in rows] == [period[k] for k in
                                      ("first", "refused", "withdrawn", "apology", "last")]
    assert [r.number for r in rows] == [2, 3, 4, 5, 6]  # the receipts' "Số thứ tự"
    assert {r.book for r in rows} == {"2025"}


def test_each_line_carries_the_dates_and_the_notes(db_url, period):
    rows = {r.code: r for r in register.register_rows(as_admin(db_url), START, END)}
    first = rows[period["first"]]
    assert first.procedure_name == "Đăng ký thành lập hộ kinh doanh" and first.sets == 1
    assert (first.address, first.phone) == ("12 Trần Phú, phường Hội An", "0912345678")
    # The lead unit is the first the desk sent the dossier to, not the latest holder.
    assert first.unit == "Phòng Kinh tế"
    assert first.dates() == (datetime(2025, 6, 2, 0, 0), datetime(2025, 6, 5, 7, 30),
                             datetime(2025, 6, 2, 8, 0), datetime(2025, 6, 4, 16, 0),
                             datetime(2025, 6, 5, 10, 0))
    assert first.lateness == ""
    refused = rows[period["refused"]]
    assert refused.status == "refused" and refused.lateness == "late"
    assert refused.result_at == datetime(2025, 6, 9, 10, 0)
    withdrawn = rows[period["withdrawn"]]
    assert withdrawn.withdrawn_at == datetime(2025, 6, 4, 11, 0) and withdrawn.lateness == ""
    apology = rows[period["apology"]]
    assert apology.apologies == 1 and apology.apology_new_due_at == datetime(2025, 6, 13, 9, 0)
    # Due 10/06 09:00 (3 working days from 05/06): at the fixed now it is not yet overdue.
    assert apology.lateness == ""
    # Received on Friday night: due Wednesday 11/06, open, within its time at 10/06 09:00.
    assert rows[period["last"]].lateness == ""
    later = register.register_rows(as_admin(db_url), START, END, now=datetime(2025, 6, 12, 9, 0))
    assert {r.code: r.lateness for r in later}[period["last"]] == "overdue"


def test_the_lines_come_from_one_query(db_url, period):
    statements = []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    engine = get_engine(db_url)
    event.listen(engine, "before_cursor_execute", count)
    try:
        rows = register.register_rows(as_admin(db_url), START, END)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(rows) == 5 and len(statements) == 1


def test_a_period_that_ends_before_it_starts_is_refused(db_url, period, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match="Đến ngày"):
        register.register_rows(as_admin(db_url), END, START)
    with pytest.raises(UserError, match="Đến ngày"):
        register.write_register(as_admin(db_url), END, START, out / "so.xlsx")
    with pytest.raises(UserError, match=r"\.pdf hoặc \.xlsx"):
        register.write_register(as_admin(db_url), START, END, out / "so.docx")
    assert list(out.iterdir()) == []


def test_xlsx_title_block_merged_header_and_lines(db_url, period, tmp_path):
    target = tmp_path / "so.xlsx"
    register.write_register(as_admin(db_url), START, END, target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
    assert sheet["A2"].value == "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH"
    assert sheet["I1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert sheet["A3"].value == "Mẫu số 07" and sheet["A4"].value == "SỔ THEO DÕI HỒ SƠ"
    assert sheet["A5"].value == "Quyển số: 2025"
    assert sheet["A6"].value == "Từ ngày 02/06/2025 đến ngày 06/06/2025"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A8:A9", "B8:B9", "G8:G9", "H8:L8", "M8:M9", "N8:N9", "A4:N4"} <= merged
    assert [sheet.cell(8, c).value for c in (1, 2, 3, 8, 13, 14)] == [
        "STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Ngày, tháng, năm", "Ký nhận", "Ghi chú"]
    assert [sheet.cell(9, c).value for c in range(8, 13)] == [
        "Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
        "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức"]
    assert sheet.cell(10, 14).value == "(14)"
    assert sheet.freeze_panes == "C11"
    lines = list(sheet.iter_rows(min_row=11, values_only=True))
    assert [line[1] for line in lines] == [period[k] for k in
                                           ("first", "refused", "withdrawn", "apology", "last")]
    first = lines[0]
    assert first[0] == 2 and first[5] == "12 Trần Phú, phường Hội An\n0912345678"
    assert first[7:12] == (datetime(2025, 6, 2, 0, 0), datetime(2025, 6, 5, 7, 30),
                           datetime(2025, 6, 2, 8, 0), datetime(2025, 6, 4, 16, 0),
                           datetime(2025, 6, 5, 10, 0))
    assert first[12] is None  # Ký nhận: signed by hand
    notes = [line[13] for line in lines]
    assert notes[1] == "Từ chối giải quyết\nGiải quyết quá hạn"
    assert notes[2] == "Rút hồ sơ ngày 04/06/2025"
    assert notes[3] == "Đã xin lỗi, hẹn lại 13/06/2025"
    assert sheet.cell(11, 8).number_format == "dd/mm/yyyy hh:mm"
    assert sheet.cell(11, 3).alignment.wrap_text
    # Rows are as tall as their wrapped text: address and phone on two lines.
    assert sheet.row_dimensions[11].height >= 2 * 15
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$8:$10"


def test_pdf_on_landscape_pages_with_the_lines_of_the_period(db_url, period, tmp_path):
    target = tmp_path / "so.pdf"
    register.write_register(as_admin(db_url), START, END, target)
    reader = PdfReader(target)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (842, 595)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Từ ngày 02/06/2025 đến ngày 06/06/2025" in text
    assert "Ngày, tháng, năm" in text and "Trang 1/1" in text
    # A code is broken after a hyphen to fit its column.
    assert [code for code in period.values() if code in text.replace(" ", "")] == [
        period[k] for k in ("first", "refused", "withdrawn", "apology", "last")]
    assert "Đầu Kỳ" in text and "Cuối Kỳ" in text
    assert "Trước Kỳ" not in text and "Sau Kỳ" not in text
    assert "Rút hồ sơ ngày 04/06/2025" in text and "Đã xin lỗi, hẹn lại 13/06/2025" in text


def test_an_empty_period_says_so(db_url, period, tmp_path):
    register.write_register(as_admin(db_url), date(2025, 5, 1), date(2025, 5, 31),
                            tmp_path / "so.pdf")
    text = PdfReader(tmp_path / "so.pdf").pages[0].extract_text()
    assert "Không có hồ sơ nào được tiếp nhận trong thời gian này." in re.sub(r"\s+", " ", text)
    register.write_register(as_admin(db_url), date(2025, 5, 1), date(2025, 5, 31),
                            tmp_path / "so.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "so.xlsx").active
    assert sheet["A11"].value == "Không có hồ sơ nào được tiếp nhận trong thời gian này."
