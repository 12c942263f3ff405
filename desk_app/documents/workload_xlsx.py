"""Who handles and who holds the dossiers (services/supervision/workload.py) as a workbook: one
row per unit, in bold, followed by its officers, with Vietnamese headings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk_app.documents.sheets import GRID, XLSX_FONT, as_data, print_landscape

WHOLE_UNIT = "Cả đơn vị"
HOURS_FORMAT = "0.0"


def _hours(minutes: int | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 1)


# (header, width in characters, value of a WorkloadRow)
COLUMNS: tuple[tuple[str, int, Callable[[Any], Any]], ...] = (
    ("Đơn vị", 34, lambda r: r.unit),
    ("Cán bộ", 26, lambda r: r.officer or WHOLE_UNIT),
    ("Số bước đã xử lý", 12, lambda r: r.handled),
    ("Trước hạn", 10, lambda r: r.early),
    ("Đúng hạn", 10, lambda r: r.on_time),
    ("Trễ hạn", 10, lambda r: r.late),
    ("Thời gian xử lý trung vị mỗi bước (giờ làm việc)", 18,
     lambda r: _hours(r.median_minutes)),
    ("Đang giữ", 10, lambda r: r.holding),
    ("Đang giữ quá hạn", 12, lambda r: r.holding_overdue),
)
HOURS_COLUMN = 7
HEADER_ROW = 4


def period_words(start: date | None, end: date | None) -> str:
    if start and end:
        return f"Bước hoàn thành từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    if start:
        return f"Bước hoàn thành từ ngày {start:%d/%m/%Y}"
    if end:
        return f"Bước hoàn thành đến ngày {end:%d/%m/%Y}"
    return "Mọi bước đã hoàn thành"


def write_workload_xlsx(rows: Sequence[Any], path: str | Path, start: date | None,
                        end: date | None, as_of: datetime, unit: str | None = None) -> None:
    """Writes `rows` (WorkloadRow, units then their officers) under a title saying the period
    the handled steps fall in and the moment the held ones are counted at."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Theo đơn vị, cán bộ"
    last = get_column_letter(len(COLUMNS))
    font = Font(name=XLSX_FONT, size=11)
    bold = Font(name=XLSX_FONT, size=11, bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    scope = f"; đơn vị: {unit}" if unit else ""
    for row, text, style in (
            (1, "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ VÀ CÁN BỘ",
             Font(name=XLSX_FONT, size=13, bold=True)),
            (2, f"{period_words(start, end)}{scope}; hồ sơ đang giữ tính đến "
                f"{as_of:%H:%M} ngày {as_of:%d/%m/%Y}",
             Font(name=XLSX_FONT, size=11, italic=True))):
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = as_data(sheet.cell(row=row, column=1, value=text))
        cell.font, cell.alignment = style, Alignment(horizontal="center")
    sheet.row_dimensions[HEADER_ROW].height = 48
    for column, (title, width, _value) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
        cell = sheet.cell(row=HEADER_ROW, column=column, value=title)
        cell.font, cell.alignment, cell.border = bold, centred, GRID
        cell.fill = PatternFill("solid", fgColor="E7E6E6")
    for number, row in enumerate(rows, start=HEADER_ROW + 1):
        for column, (_title, _width, value) in enumerate(COLUMNS, start=1):
            # Unit and officer names are typed by people: data, never a formula.
            cell = as_data(sheet.cell(row=number, column=column, value=value(row)))
            cell.font = font if row.officer else bold
            cell.border = GRID
            if column == HOURS_COLUMN:
                cell.number_format = HOURS_FORMAT
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    print_landscape(sheet, f"{HEADER_ROW}:{HEADER_ROW}")
    book.save(path)
