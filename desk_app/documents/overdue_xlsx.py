"""The overdue list as a spreadsheet: the rows a supervisor sees, in the order shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

URGENCY_NAMES_VI = {
    "overdue": "Quá hạn",
    "due_today": "Đến hạn hôm nay",
    "due_soon": "Sắp đến hạn",
}
# The same tints as the screen, so the printed list reads like it.
URGENCY_FILLS = {
    "overdue": "F6C9C9",
    "due_today": "FBD5A8",
    "due_soon": "FDF0C2",
}

# (header, width in characters, value of an OverdueRow)
COLUMNS: tuple[tuple[str, int, Callable[[Any], Any]], ...] = (
    ("STT", 6, lambda r: None),
    ("Mã hồ sơ", 26, lambda r: r.code),
    ("Mã thủ tục", 12, lambda r: r.procedure_code),
    ("Tên thủ tục", 44, lambda r: r.procedure_name),
    ("Người nộp", 26, lambda r: r.applicant_name),
    ("Đơn vị xử lý", 26, lambda r: r.unit),
    ("Cán bộ xử lý", 22, lambda r: r.officer),
    ("Ngày tiếp nhận", 17, lambda r: r.received_at),
    ("Hạn trả kết quả", 17, lambda r: r.due_at),
    ("Số ngày làm việc quá hạn", 14, lambda r: r.overdue_working_days),
    ("Tình trạng", 17, lambda r: URGENCY_NAMES_VI.get(r.urgency, r.urgency)),
    ("Đã có văn bản xin lỗi", 12, lambda r: "Có" if r.apology_issued else "Chưa"),
)
MOMENT_FORMAT = "dd/mm/yyyy hh:mm"
# Progress is reported every this many rows: often enough for the bar, rarely enough to cost
# nothing.
PROGRESS_EVERY = 200


def write_overdue_xlsx(rows: Sequence[Any], path: str | Path, as_of: datetime,
                       progress: Callable[[int, int], None] | None = None) -> None:
    """Writes `rows` (OverdueRow) with a title, the moment of the list and a header row;
    `progress(done, total)` is called as rows are written (and may raise to stop)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Hồ sơ quá hạn"
    last_column = len(COLUMNS)
    sheet.cell(1, 1, "DANH SÁCH HỒ SƠ QUÁ HẠN, ĐẾN HẠN VÀ SẮP ĐẾN HẠN").font = Font(
        bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    sheet.cell(2, 1, f"Tại thời điểm {as_of:%H:%M} ngày {as_of:%d/%m/%Y}; "
                     f"{len(rows)} hồ sơ").font = Font(italic=True)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_column)
    for cell in (sheet.cell(1, 1), sheet.cell(2, 1)):
        cell.alignment = Alignment(horizontal="center")

    header_row = 4
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, (title, width, _value) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(header_row, column, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="E7E6E6")
        cell.border = border
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.row_dimensions[header_row].height = 32

    total = len(rows)
    for number, row in enumerate(rows, start=1):
        excel_row = header_row + number
        fill = PatternFill("solid", fgColor=URGENCY_FILLS.get(row.urgency, "FFFFFF"))
        for column, (_title, _width, value) in enumerate(COLUMNS, start=1):
            cell = sheet.cell(excel_row, column, number if column == 1 else value(row))
            cell.fill = fill
            cell.border = border
            if isinstance(cell.value, datetime):
                cell.number_format = MOMENT_FORMAT
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, total)
    sheet.freeze_panes = sheet.cell(header_row + 1, 3)
    if rows:
        last_letter = sheet.cell(header_row, last_column).column_letter
        sheet.auto_filter.ref = f"A{header_row}:{last_letter}{header_row + total}"
    sheet.print_options.gridLines = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    if progress is not None:
        progress(total, total)
    book.save(path)
