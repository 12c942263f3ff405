"""What the workbooks the program writes share: their font, the grid and how a sheet prints."""

from __future__ import annotations

from openpyxl.cell import Cell
from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.domain.formulas import looks_like_formula

XLSX_FONT = "Times New Roman"
_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def as_data(cell: Cell) -> Cell:
    """`cell` holds its value as data, never as a formula: a text starting like one
    (domain/formulas.py) is stored as text with the quote prefix, which Excel sets itself for
    a typed `'=1`: it shows as typed and stays text when the cell is edited. Every cell a
    workbook fills from data passes here; a formula the program means to write would not."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def print_landscape(sheet: Worksheet, title_rows: str) -> None:
    """`sheet` prints on A4 landscape, one page wide and as many long as it takes, the rows
    `title_rows` ("8:10") repeated at the top of every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
