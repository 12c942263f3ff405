"""The overdue list as a spreadsheet: the rows a supervisor sees, in the order shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from desk_app.documents.sheets import as_data, print_landscape
from desk_app.domain.formulas import looks_like_formula

URGENCY_NAMES_VI = {
    "overdue": "Quá hạn",
    "due_today": "Đến hạn hôm nay",
    "due_soon": "Sắp đến hạn",
}
# The same tints as the screen, on the urgency cell, so the printed list reads like it.
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
# The "Tình trạng" column, tinted like the screen.
URGENCY_COLUMN = 10
# Progress is reported every this many rows: often enough for the bar, rarely enough to cost
# nothing.
PROGRESS_EVERY = 200


def write_overdue_xlsx(rows: Sequence[Any], path: str | Path, as_of: datetime,
                       progress: Callable[[int, int], None] | None = None) -> None:
    """Writes `rows` (OverdueRow) with a title, the moment of the list and a header row;
    `progress(done, total)` is called as rows are written (and may raise to stop).

    Streamed (openpyxl's write-only mode): 46,000 rows take seconds, not the 40 s a
    workbook held whole in memory took."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Hồ sơ quá hạn")
    last_letter = get_column_letter(len(COLUMNS))
    header_row = 4
    total = len(rows)
    for column, (_title, width, _value) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"C{header_row + 1}"
    if rows:
        sheet.auto_filter.ref = f"A{header_row}:{last_letter}{header_row + total}"
    for row_range in (f"A1:{last_letter}1", f"A2:{last_letter}2"):
        sheet.merged_cells.add(row_range)
    print_landscape(sheet, f"{header_row}:{header_row}")

    def cell(value, **style) -> WriteOnlyCell:
        written = WriteOnlyCell(sheet, value)
        for name, setting in style.items():
            setattr(written, name, setting)
        return written

    # Styled cells cost most of the writing time: only the moments (their format) and the
    # urgency (its tint) are styled, through named styles; printing shows the grid lines.
    moment_style = NamedStyle("thoi_diem", number_format=MOMENT_FORMAT)
    book.add_named_style(moment_style)
    for urgency, colour in URGENCY_FILLS.items():
        book.add_named_style(NamedStyle(f"muc_{urgency}",
                                        fill=PatternFill("solid", fgColor=colour)))
    sheet.print_options.gridLines = True
    centred = Alignment(horizontal="center")
    sheet.append([cell("DANH SÁCH HỒ SƠ QUÁ HẠN, ĐẾN HẠN VÀ SẮP ĐẾN HẠN",
                       font=Font(bold=True, size=13), alignment=centred)])
    sheet.append([cell(f"Tại thời điểm {as_of:%H:%M} ngày {as_of:%d/%m/%Y}; {total} hồ sơ",
                       font=Font(italic=True), alignment=centred)])
    sheet.append([])
    thin = Side(style="thin", color="808080")
    sheet.row_dimensions[header_row].height = 32
    sheet.append([
        cell(title, font=Font(bold=True), border=Border(bottom=thin),
             fill=PatternFill("solid", fgColor="E7E6E6"),
             alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
        for title, _width, _value in COLUMNS])
    urgency_column = URGENCY_COLUMN
    for number, row in enumerate(rows, start=1):
        values: list = [number] + [value(row) for _title, _width, value in COLUMNS[1:]]
        for index, value in enumerate(values):
            if isinstance(value, datetime):
                values[index] = cell(value, style=moment_style.name)
            elif looks_like_formula(value):
                # A plain value appended would become a formula: names are typed by people.
                values[index] = as_data(cell(value))
        if row.urgency in URGENCY_FILLS:
            values[urgency_column] = cell(values[urgency_column],
                                          style=f"muc_{row.urgency}")
        sheet.append(values)
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, total)
    if progress is not None:
        progress(total, total)
    book.save(path)
