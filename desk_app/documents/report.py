"""The statistics report on paper and in Excel: form 06/VPCP/KSTT's table, then one by unit.

Both outputs share one description of the form's multi-level header (`HEADER`: which words
span which rows and columns) and of its body (`body_rows`), so the PDF and the workbook cannot
drift apart. The wording is data (`resources/reports/kstt06.json`); the counters come from a
`domain.report.Report`, nothing here queries.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app.documents.fonts import FontFamily, register_fonts
from desk_app.documents.layout import Page, Target, build_pdf, plain, ruled_table, side_by_side
from desk_app.documents.sheets import GRID, XLSX_FONT, as_data, print_landscape
from desk_app.domain.report import Figures, Report
from desk_app.paths import RESOURCES

WORDING_FILE = RESOURCES / "reports" / "kstt06.json"

# The numeric columns after STT, name and code, in the form's order.
NUMBER_COLUMNS = (
    "received_total", "received_online", "received_direct_postal", "carried_over",
    "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
    "in_progress_total", "in_progress_within", "in_progress_overdue", "withdrawn",
    "on_time_rate", "average_working_days", "online_share", "satisfaction_rate",
)
PERCENT_COLUMNS = frozenset({"on_time_rate", "online_share", "satisfaction_rate"})
LEAD_COLUMNS = 3  # STT, name, procedure code
COLUMN_COUNT = LEAD_COLUMNS + len(NUMBER_COLUMNS)
HEADER_ROWS = 4


class Span(NamedTuple):
    """A header cell: wording key, first and last row, first and last column (inclusive)."""

    key: str
    row: int
    col: int
    last_row: int
    last_col: int


def _header(name_key: str, with_code: bool) -> tuple[Span, ...]:
    lead = (
        Span("col_number", 0, 0, 3, 0),
        Span(name_key, 0, 1, 3, 2 if not with_code else 1),
        *((Span("col_code", 0, 2, 3, 2),) if with_code else ()),
    )
    return lead + (
        Span("received", 0, 3, 0, 6),
        Span("total", 1, 3, 3, 3),
        Span("of_which", 1, 4, 1, 6),
        Span("new", 2, 4, 2, 5),
        Span("carried_over", 2, 6, 3, 6),
        Span("online", 3, 4, 3, 4),
        Span("direct_postal", 3, 5, 3, 5),
        Span("results", 0, 7, 0, 13),
        Span("resolved", 1, 7, 1, 10),
        Span("total", 2, 7, 3, 7),
        Span("of_which", 2, 8, 2, 10),
        Span("early", 3, 8, 3, 8),
        Span("on_time", 3, 9, 3, 9),
        Span("late", 3, 10, 3, 10),
        Span("in_progress", 1, 11, 1, 13),
        Span("total", 2, 11, 3, 11),
        Span("of_which", 2, 12, 2, 13),
        Span("within", 3, 12, 3, 12),
        Span("overdue", 3, 13, 3, 13),
        Span("withdrawn", 0, 14, 3, 14),
        Span("indicators", 0, 15, 0, 18),
        Span("on_time_rate", 1, 15, 3, 15),
        Span("average_days", 1, 16, 3, 16),
        Span("online_share", 1, 17, 3, 17),
        Span("satisfaction", 1, 18, 3, 18),
    )


HEADER = _header("col_name", with_code=True)
UNIT_HEADER = _header("col_unit", with_code=False)


@cache
def wording() -> dict[str, str]:
    """The form's fixed words, composed (an office may save the file from Unikey)."""
    data = json.loads(WORDING_FILE.read_text(encoding="utf-8"))
    return {key: unicodedata.normalize("NFC", value) for key, value in data.items()}


@dataclass(frozen=True)
class BodyRow:
    number: str  # STT: I, II... for fields, 1, 2... for procedures, "" for totals
    name: str
    code: str
    values: Figures
    kind: str  # "field" | "procedure" | "total" | "unit"


def _roman(n: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for value, letters in numerals:
        while n >= value:
            text += letters
            n -= value
    return text


def body_rows(report: Report) -> list[BodyRow]:
    """Each field with its subtotal, its procedures under it, then the totals row."""
    words = wording()
    rows = []
    for i, subtotal in enumerate(report.field_totals, start=1):
        rows.append(BodyRow(_roman(i), subtotal.field, "", subtotal, "field"))
        for j, row in enumerate(report.rows_of(subtotal.field), start=1):
            rows.append(BodyRow(str(j), row.procedure_name, row.procedure_code, row,
                                "procedure"))
    rows.append(BodyRow("", words["totals"], "", report.totals, "total"))
    return rows


def unit_rows(report: Report) -> list[BodyRow]:
    words = wording()
    rows = [BodyRow(str(i), u.unit or words["no_unit"], "", u, "unit")
            for i, u in enumerate(report.by_unit, start=1)]
    rows.append(BodyRow("", words["totals"], "", report.totals, "total"))
    return rows


def _period(report: Report) -> str:
    return wording()["period"].format(date_from=f"{report.date_from:%d/%m/%Y}",
                                      date_to=f"{report.date_to:%d/%m/%Y}")


def _date_line(report: Report) -> str:
    day = report.made_at.date() if report.made_at else report.date_to
    # Decree 30/2020: a leading zero before days under 10 and months 1 and 2 only.
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return wording()["date_line"].format(place=report.place_name, day=f"{day.day:02d}",
                                         month=month, year=day.year)


# -- Excel ------------------------------------------------------------------------------------

_WRAP_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_COLUMN_WIDTHS = (6, 48, 10, 9, 9, 11, 10, 9, 9, 9, 9, 9, 9, 9, 9, 14, 14, 12, 11)


def _font(size: float = 11, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=XLSX_FONT, size=size, bold=bold, italic=italic)


def _merge(sheet: Worksheet, row: int, col: int, last_row: int, last_col: int, text: str,
           font: Font, alignment: Alignment = _WRAP_CENTRE, border: bool = False) -> None:
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


def _sheet(sheet: Worksheet, report: Report, header: Sequence[Span], rows: list[BodyRow],
           title_key: str, merge_name: bool) -> None:
    words = wording()
    last = COLUMN_COUNT
    _merge(sheet, 1, 1, 1, 6, words["label"], _font(11, bold=True), _WRAP_LEFT)
    _merge(sheet, 2, 1, 2, 6, words["issued_by"], _font(10, italic=True), _WRAP_LEFT)
    _merge(sheet, 1, 14, 1, last, words["reporting_unit"].format(agency=report.agency_name),
           _font(11), _WRAP_LEFT)
    _merge(sheet, 2, 14, 2, last, words["count_unit"], _font(10, italic=True), _WRAP_LEFT)
    _merge(sheet, 3, 1, 3, last, words[title_key], _font(13, bold=True))
    if title_key == "title":
        _merge(sheet, 4, 1, 4, last, words["subtitle"], _font(12, bold=True))
    _merge(sheet, 5, 1, 5, last, _period(report), _font(12, italic=True))
    top = 7
    for span in header:
        _merge(sheet, top + span.row, 1 + span.col, top + span.last_row, 1 + span.last_col,
               words[span.key], _font(10, bold=True), border=True)
    numbers_row = top + HEADER_ROWS
    names = [c for c in range(COLUMN_COUNT) if not (merge_name and c == 2)]
    for position, column in enumerate(names, start=1):
        last_col = column + 1 if merge_name and column == 1 else column
        _merge(sheet, numbers_row, 1 + column, numbers_row, 1 + last_col, f"({position})",
               _font(9, italic=True), border=True)
    r = numbers_row + 1
    for row in rows:
        bold = row.kind in ("field", "total")
        _merge(sheet, r, 1, r, 1, row.number, _font(11, bold), border=True)
        _merge(sheet, r, 2, r, 3 if merge_name else 2, row.name, _font(11, bold), _WRAP_LEFT,
               border=True)
        if not merge_name:
            _merge(sheet, r, 3, r, 3, row.code, _font(11, bold), border=True)
        for offset, key in enumerate(NUMBER_COLUMNS):
            cell = sheet.cell(row=r, column=LEAD_COLUMNS + 1 + offset,
                              value=getattr(row.values, key))
            cell.font = _font(11, bold)
            cell.alignment = _WRAP_CENTRE
            cell.border = GRID
            if key in PERCENT_COLUMNS:
                cell.number_format = "0.0%"
            elif key == "average_working_days":
                cell.number_format = "0.0"
        r += 1
    _merge(sheet, r + 1, 1, r + 1, last, words["note"], _font(10, italic=True), _WRAP_LEFT)
    sheet.row_dimensions[r + 1].height = 42
    _merge(sheet, r + 3, 14, r + 3, last, _date_line(report), _font(11, italic=True))
    _merge(sheet, r + 4, 2, r + 4, 2, words["preparer"], _font(11, bold=True))
    _merge(sheet, r + 4, 14, r + 4, last, words["head"], _font(11, bold=True))
    _merge(sheet, r + 5, 2, r + 5, 2, words["sign_note"], _font(11, italic=True))
    _merge(sheet, r + 5, 14, r + 5, last, words["sign_seal_note"], _font(11, italic=True))
    for index, width in enumerate(_COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for header_row in range(top, top + HEADER_ROWS):
        sheet.row_dimensions[header_row].height = 30
    sheet.freeze_panes = sheet.cell(row=numbers_row + 1, column=LEAD_COLUMNS + 1)
    print_landscape(sheet, f"{top}:{numbers_row}")


def render_xlsx(report: Report, path: str) -> None:
    """Sheet 1: form 06 by field then procedure with the totals row; sheet 2: by unit."""
    words = wording()
    book = Workbook()
    main = book.active
    main.title = words["sheet_main"]
    _sheet(main, report, HEADER, body_rows(report), "title", merge_name=False)
    units = book.create_sheet(words["sheet_units"])
    _sheet(units, report, UNIT_HEADER, unit_rows(report), "by_unit_title", merge_name=True)
    book.properties.title = words["document_title"]
    book.properties.creator = "desk_app"
    book.save(path)


# -- PDF --------------------------------------------------------------------------------------

PAGE = Page(landscape(A4), top=15 * mm, bottom=15 * mm, left=20 * mm, right=15 * mm)
WIDTH = PAGE.content_width
_NUMBER_WIDTH = 31.0
_RATE_WIDTH = 40.0
_LEAD_WIDTHS = (24.0, None, 44.0)


@dataclass(frozen=True)
class _Styles:
    label: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    period: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    number: ParagraphStyle
    number_bold: ParagraphStyle
    note: ParagraphStyle
    sign: ParagraphStyle
    sign_note: ParagraphStyle
    date_line: ParagraphStyle


@cache
def _styles() -> _Styles:
    fonts: FontFamily = register_fonts()

    def style(name: str, size: float, font: str, align=TA_CENTER, **extra) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.2,
                              alignment=align, **extra)

    return _Styles(
        label=style("r_label", 11, fonts.bold, TA_LEFT),
        small=style("r_small", 9.5, fonts.italic, TA_LEFT),
        right=style("r_right", 11, fonts.regular, TA_LEFT),
        title=style("r_title", 13, fonts.bold, spaceBefore=4),
        subtitle=style("r_subtitle", 12, fonts.bold),
        period=style("r_period", 12, fonts.italic, spaceAfter=6),
        head=style("r_head", 8, fonts.bold),
        cell=style("r_cell", 8.5, fonts.regular, TA_LEFT),
        cell_bold=style("r_cell_bold", 8.5, fonts.bold, TA_LEFT),
        number=style("r_number", 8.5, fonts.regular),
        number_bold=style("r_number_bold", 8.5, fonts.bold),
        note=style("r_note", 9, fonts.italic, TA_LEFT, spaceBefore=4),
        sign=style("r_sign", 11, fonts.bold),
        sign_note=style("r_sign_note", 11, fonts.italic),
        date_line=style("r_date", 11, fonts.italic),
    )


def _format(value: int | float | None, key: str) -> str:
    """Counters as integers; rates as Vietnamese decimals (comma), percentages ×100."""
    if value is None:
        return "-"
    if key in PERCENT_COLUMNS:
        return f"{value * 100:.1f}".replace(".", ",")
    if key == "average_working_days":
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def _widths() -> list[float]:
    fixed = _NUMBER_WIDTH * 12 + _RATE_WIDTH * 4 + _LEAD_WIDTHS[0] + _LEAD_WIDTHS[2]
    return ([_LEAD_WIDTHS[0], WIDTH - fixed, _LEAD_WIDTHS[2]]
            + [_NUMBER_WIDTH] * 12 + [_RATE_WIDTH] * 4)


def _table(header: Sequence[Span], rows: list[BodyRow], merge_name: bool) -> Table:
    st = _styles()
    words = wording()
    grid: list[list[object]] = [[""] * COLUMN_COUNT for _ in range(HEADER_ROWS + 1)]
    commands: list[tuple] = []
    for span in header:
        grid[span.row][span.col] = Paragraph(plain(words[span.key]), st.head)
        if (span.row, span.col) != (span.last_row, span.last_col):
            commands.append(("SPAN", (span.col, span.row), (span.last_col, span.last_row)))
    position = 0
    for column in range(COLUMN_COUNT):
        if merge_name and column == 2:
            continue
        position += 1
        grid[HEADER_ROWS][column] = Paragraph(f"({position})", st.number)
    if merge_name:
        commands.append(("SPAN", (1, HEADER_ROWS), (2, HEADER_ROWS)))
    for offset, row in enumerate(rows, start=HEADER_ROWS + 1):
        bold = row.kind in ("field", "total")
        text, number = (st.cell_bold, st.number_bold) if bold else (st.cell, st.number)
        grid.append([
            Paragraph(plain(row.number), number),
            Paragraph(plain(row.name), text),
            Paragraph(plain(row.code), number),
            *(Paragraph(_format(getattr(row.values, key), key), number)
              for key in NUMBER_COLUMNS),
        ])
        if merge_name:
            commands.append(("SPAN", (1, offset), (2, offset)))
    table = ruled_table(grid, _widths(), header_rows=HEADER_ROWS + 1, padding=2)
    table.setStyle(TableStyle(commands))
    return table


def _top(report: Report, title_key: str) -> list[Flowable]:
    st = _styles()
    words = wording()
    left = [Paragraph(plain(words["label"]), st.label),
            Paragraph(plain(words["issued_by"]), st.small)]
    right = [Paragraph(plain(words["reporting_unit"].format(agency=report.agency_name)),
                       st.right),
             Paragraph(plain(words["count_unit"]), st.small)]
    story: list[Flowable] = [
        side_by_side([left, right], [WIDTH * 0.45, WIDTH * 0.55]),
        Paragraph(plain(words[title_key]), st.title),
    ]
    if title_key == "title":
        story.append(Paragraph(plain(words["subtitle"]), st.subtitle))
    story.append(Paragraph(plain(_period(report)), st.period))
    return story


def _signatures(report: Report) -> Table:
    st = _styles()
    words = wording()
    preparer = [Spacer(1, st.date_line.leading), Paragraph(plain(words["preparer"]), st.sign),
                Paragraph(plain(words["sign_note"]), st.sign_note)]
    head = [Paragraph(plain(_date_line(report)), st.date_line),
            Paragraph(plain(words["head"]), st.sign),
            Paragraph(plain(words["sign_seal_note"]), st.sign_note)]
    return side_by_side([preparer, head], [WIDTH / 2, WIDTH / 2])


def render_pdf(report: Report, target: Target) -> None:
    """A4 landscape: form 06 by field and procedure with the totals, the note and the
    signatures; then, from a new page, the same counters by unit."""
    words = wording()
    st = _styles()
    story: list[Flowable] = [
        *_top(report, "title"),
        _table(HEADER, body_rows(report), merge_name=False),
        Paragraph(plain(words["note"]), st.note),
        Spacer(1, 8),
        _signatures(report),
        PageBreak(),
        *_top(report, "by_unit_title"),
        _table(UNIT_HEADER, unit_rows(report), merge_name=True),
    ]
    build_pdf(target, story, title=words["document_title"], subject=_period(report), page=PAGE)
