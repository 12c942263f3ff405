"""What the workbooks the program writes share: their font, the grid and how a sheet prints."""

from __future__ import annotations

from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

XLSX_FONT = "Times New Roman"
_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def print_landscape(sheet: Worksheet, title_rows: str) -> None:
    """`sheet` prints on A4 landscape, one page wide and as many long as it takes, the rows
    `title_rows` ("8:10") repeated at the top of every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
