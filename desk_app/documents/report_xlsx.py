"""The statistics report as a workbook: sheet 1 form 06/VPCP/KSTT bare, sheet 2 its annex."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.documents.report import (
    TableSpec,
    annex_procedures,
    annex_units,
    date_line,
    index_table,
    official_note,
    official_table,
    period_text,
    wording,
)
from desk_app.documents.sheets import GRID, XLSX_FONT, as_data, print_landscape
from desk_app.domain.report import Report

_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_FORMATS = {"percent": "0.0%", "decimal": "0.0"}


def _font(size: float = 11, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=XLSX_FONT, size=size, bold=bold, italic=italic)


def _merge(sheet: Worksheet, row: int, col: int, last_row: int, last_col: int, text: str,
           font: Font, alignment: Alignment = _CENTRE, border: bool = False) -> None:
    """Write `text` into a (merged) block; 1-based rows and columns."""
    if (row, col) != (last_row, last_col):
        sheet.merge_cells(start_row=row, start_column=col, end_row=last_row,
                          end_column=last_col)
    # Procedure, field and unit names come from an imported catalogue and from the clerks.
    cell = as_data(sheet.cell(row=row, column=col, value=text))
    cell.font = font
    cell.alignment = alignment
    if border:
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                sheet.cell(row=r, column=c).border = GRID


def _table(sheet: Worksheet, spec: TableSpec, top: int) -> int:
    """Draw `spec` from row `top`; the first row after it."""
    for span in spec.header:
        numbers = span.text.startswith("(")
        _merge(sheet, top + span.row, 1 + span.col, top + span.last_row, 1 + span.last_col,
               span.text, _font(9, italic=True) if numbers else _font(10, bold=True),
               border=True)
    row = top + spec.header_rows
    for line in spec.lines:
        for col, item in enumerate(line.cells, start=1):
            cell = as_data(sheet.cell(row=row, column=col, value=item.value))
            cell.font = _font(11, line.bold)
            cell.alignment = _LEFT if item.kind == "name" else _CENTRE
            cell.border = GRID
            if item.kind in _FORMATS:
                cell.number_format = _FORMATS[item.kind]
        row += 1
    return row


def _title_block(sheet: Worksheet, report: Report, last: int, title: str,
                 subtitle: str = "") -> int:
    words = wording()
    _merge(sheet, 1, 1, 1, 4, words["label"], _font(11, bold=True), _LEFT)
    _merge(sheet, 2, 1, 2, 4, words["issued_by"], _font(10, italic=True), _LEFT)
    _merge(sheet, 1, last - 3, 1, last,
           words["reporting_unit"].format(agency=report.agency_name), _font(11), _LEFT)
    _merge(sheet, 2, last - 3, 2, last, words["count_unit"], _font(10, italic=True), _LEFT)
    _merge(sheet, 3, 1, 3, last, title, _font(13, bold=True))
    row = 4
    if subtitle:
        _merge(sheet, row, 1, row, last, subtitle, _font(12, bold=True))
        row += 1
    _merge(sheet, row, 1, row, last, period_text(report), _font(12, italic=True))
    return row + 2


def _widths(sheet: Worksheet, widths) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _official_sheet(sheet: Worksheet, report: Report) -> None:
    words = wording()
    spec = official_table(report)
    last = spec.columns
    top = _title_block(sheet, report, last, words["title"], words["subtitle"])
    r = _table(sheet, spec, top)
    _merge(sheet, r + 1, 1, r + 1, last, official_note(report), _font(10, italic=True), _LEFT)
    sheet.row_dimensions[r + 1].height = 45
    _merge(sheet, r + 3, last - 4, r + 3, last, date_line(report), _font(11, italic=True))
    _merge(sheet, r + 4, 2, r + 4, 2, words["preparer"], _font(11, bold=True))
    _merge(sheet, r + 4, last - 4, r + 4, last, words["head"], _font(11, bold=True))
    _merge(sheet, r + 5, 2, r + 5, 2, words["sign_note"], _font(11, italic=True))
    _merge(sheet, r + 5, last - 4, r + 5, last, words["sign_seal_note"], _font(11, italic=True))
    _widths(sheet, spec.widths)
    for header_row in range(top, top + 2):
        sheet.row_dimensions[header_row].height = 45
    sheet.freeze_panes = sheet.cell(row=top + spec.header_rows, column=3)
    print_landscape(sheet, f"{top}:{top + spec.header_rows - 1}")


def _annex_sheet(sheet: Worksheet, report: Report) -> None:
    words = wording()
    tables = ((words["annex_procedures"], annex_procedures(report)),
              (words["annex_units"], annex_units(report)),
              (words["annex_index"], index_table(report)))
    last = max(spec.columns for _, spec in tables)
    r = _title_block(sheet, report, last, words["annex_title"])
    # The procedures' header repeats on every printed page: the longest table.
    title_rows = f"{r + 1}:{r + tables[0][1].header_rows}"
    for caption, spec in tables:
        _merge(sheet, r, 1, r, last, caption, _font(12, bold=True), _LEFT)
        sheet.row_dimensions[r + 1].height = 60
        r = _table(sheet, spec, r + 1) + 1
    _merge(sheet, r, 1, r, last, words["annex_note"], _font(10, italic=True), _LEFT)
    sheet.row_dimensions[r].height = 60
    _widths(sheet, [max(spec.widths[i] if i < spec.columns else 0 for _, spec in tables)
                    for i in range(last)])
    print_landscape(sheet, title_rows)


def render_xlsx(report: Report, path: str) -> None:
    """Sheet 1: form 06 bare; sheet 2: the annex (procedures, units, Decision 766)."""
    words = wording()
    book = Workbook()
    main = book.active
    main.title = words["sheet_main"]
    _official_sheet(main, report)
    _annex_sheet(book.create_sheet(words["sheet_annex"]), report)
    book.properties.title = words["document_title"]
    book.properties.creator = "desk_app"
    book.save(path)
