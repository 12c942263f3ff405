"""The register (Sổ theo dõi hồ sơ): form 07 of the 2025 set, 06 of the 2018 set.

One line per dossier received in a period, in the form's columns: STT (the dossier's number in
the register, the "Số thứ tự" its receipt names), code, procedure, number of sets, applicant,
address and phone, the unit in charge, then under "Ngày, tháng, năm" the five dates (received,
appointment, sent to the processing unit, result back from it, returned to the applicant), a
blank column for the applicant's signature and a note (withdrawn, refused, apology, overdue,
paused). Columns are numbered (1) to (14) under the header, as registers are.

Two renderings of the same data: a PDF on A4 landscape (header rows repeated on every page,
"Trang x/y" at the foot) and an XLSX workbook (title block, merged header cells, widths, wrapped
text, frozen header, printing set to A4 landscape with the header repeated).
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import (
    OfficeHeader,
    Page,
    Styles,
    Target,
    agency_names,
    build_pdf,
    national_name,
    plain,
    short_date,
    side_by_side,
    story_height,
    styles,
)
from desk_app.documents.page_numbers import PageNumberCanvas
from desk_app.documents.sheets import GRID, XLSX_FONT, as_data, print_landscape

__all__ = [
    "RegisterDocument",
    "RegisterRow",
    "register_notes",
    "render_register_pdf",
    "render_register_xlsx",
]

Lateness = Literal["", "overdue", "late"]

# Decree 30/2020 margins turned with the page: the binding edge (left) keeps the wider one.
PAGE = Page(landscape(A4), top=20 * mm, bottom=20 * mm, left=20 * mm, right=15 * mm)
CONTENT_WIDTH = PAGE.content_width
CONTENT_HEIGHT = PAGE.content_height
# The page number sits in the bottom margin, clear of the table.
PAGE_NUMBER_Y = 10 * mm

CELL_SIZE = 8.5
CELL_LEADING = 10
CELL_PADDING = 2.5

DATE_COLUMNS = ("received", "due", "transferred", "result_received", "returned")
# (phrase of the column, width in mm on the PDF page, width in characters in the workbook)
COLUMNS = (
    ("column_number", 9, 5),
    ("column_code", 25, 15),
    ("column_procedure", 42, 26),
    ("column_sets", 10, 7),
    ("column_applicant", 23, 15),
    ("column_address", 27, 18),
    ("column_unit", 20, 14),
    # A date cell stays a date (sortable, filterable): it cannot wrap, so it gets its width.
    *((f"column_{name}", 15.5, 15.5) for name in DATE_COLUMNS),
    ("column_signature", 11, 8),
    ("column_note", 17.5, 15),
)
FIRST_DATE_COLUMN = 7
LAST_DATE_COLUMN = FIRST_DATE_COLUMN + len(DATE_COLUMNS) - 1


@dataclass(frozen=True)
class RegisterRow:
    """One dossier's line in the register, as plain facts (the notes are worded by the form).

    `lateness` is "overdue" for a dossier still open after its appointment, "late" for one
    resolved after it; `apology_new_due_at` is the latest apology's new appointment.
    """

    book: str
    number: int | None
    code: str
    procedure_code: str
    procedure_name: str
    sets: int
    applicant_name: str
    address: str
    phone: str
    unit: str
    received_at: datetime
    due_at: datetime | None
    transferred_at: datetime | None
    result_at: datetime | None
    returned_at: datetime | None
    withdrawn_at: datetime | None
    status: str
    lateness: Lateness = ""
    apologies: int = 0
    apology_new_due_at: datetime | None = None
    # The result's digitised copy is stored (issue 18).
    result_digitised: bool = False

    def dates(self) -> tuple[datetime | None, ...]:
        """The five "Ngày, tháng, năm" columns, in order."""
        return (self.received_at, self.due_at, self.transferred_at, self.result_at,
                self.returned_at)


@dataclass(frozen=True)
class RegisterDocument:
    """The register of the dossiers received from `start` to `end` (whole days)."""

    header: OfficeHeader
    start: date
    end: date
    rows: tuple[RegisterRow, ...]
    # The audit chain's head when the register was made ("id:hash"): a printed register then
    # testifies to the trail as it stood, outside the database.
    audit_head: str = ""

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("the period must not end before it starts")

    @property
    def books(self) -> tuple[str, ...]:
        return tuple(sorted({row.book for row in self.rows if row.book}))


def register_notes(form: FormText, row: RegisterRow) -> list[str]:
    """The "Ghi chú" of a line: what a reader of the register must notice about the dossier."""
    notes = []
    if row.status == "withdrawn" and row.withdrawn_at is not None:
        notes.append(form.text("note_withdrawn", date=short_date(form, row.withdrawn_at)))
    elif row.status == "refused":
        notes.append(form.text("note_refused"))
    elif row.status == "supplement_requested":
        notes.append(form.text("note_supplement"))
    elif row.status == "stopped":
        notes.append(form.text("note_stopped"))
    if row.lateness == "overdue":
        notes.append(form.text("note_overdue"))
    elif row.lateness == "late":
        notes.append(form.text("note_resolved_late"))
    if row.apology_new_due_at is not None:
        notes.append(form.text("note_apology_new_due",
                               date=short_date(form, row.apology_new_due_at)))
    elif row.apologies:
        notes.append(form.text("note_apology"))
    if row.result_digitised:
        notes.append(form.text("note_result_digitised"))
    return notes


def _title(form: FormText, doc: RegisterDocument) -> list[str]:
    """The lines under the title: the register's books, then the period."""
    lines = []
    if doc.books:
        lines.append(form.text("books", books=", ".join(doc.books)))
    lines.append(form.text("period", start=short_date(form, doc.start),
                           end=short_date(form, doc.end)))
    return lines


# --- PDF -------------------------------------------------------------------------------------


def _stamp_page_number(form: FormText, font: str, canvas: Canvas, page: int, pages: int) -> None:
    canvas.setFont(font, 10)
    canvas.drawCentredString(PAGE.size[0] / 2, PAGE_NUMBER_Y,
                             form.text("page_number", page=page, pages=pages))


def render_register_pdf(doc: RegisterDocument, target: Target) -> None:
    """Write the register to `target` as a PDF on A4 landscape pages."""
    form = form_text(doc.header.form_set, "register")
    st = styles()
    stamp = partial(_stamp_page_number, form, st.fonts.regular)
    build_pdf(target, _story(st, doc, form), title=form.title, subject=_title(form, doc)[-1],
              page=PAGE, canvasmaker=partial(PageNumberCanvas, stamp=stamp))


def _story(st: Styles, doc: RegisterDocument, form: FormText) -> list[Flowable]:
    story: list[Flowable] = [_page_head(st, doc.header, form), Spacer(1, 8),
                             Paragraph(plain(form.label), st.label),
                             Paragraph(plain(form.title), st.title)]
    subtitle = ParagraphStyle("register_subtitle", parent=st.date_line, fontName=st.fonts.italic)
    story += [Paragraph(plain(line), subtitle) for line in _title(form, doc)]
    if doc.audit_head:
        check_line = ParagraphStyle("register_audit_head", parent=st.date_line, fontSize=8,
                                    leading=10)
        story.append(Paragraph(plain(form.text("audit_head", head=doc.audit_head)), check_line))
    story.append(Spacer(1, 6))
    story += _tables(st, doc, form, CONTENT_HEIGHT - story_height(story, PAGE))
    return story


def _page_head(st: Styles, header: OfficeHeader, form: FormText) -> Table:
    """Agency names top left, Quốc hiệu and Tiêu ngữ top right, each with its rule."""
    side = 105 * mm
    return side_by_side([agency_names(st, header, side / 3), [], national_name(st, form)],
                        [side, CONTENT_WIDTH - 2 * side, side])


def _cell_styles(st: Styles) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    cell = ParagraphStyle("register_cell", parent=st.table_cell, fontSize=CELL_SIZE,
                          leading=CELL_LEADING)
    centre = ParagraphStyle("register_centre", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("register_head", parent=centre, fontName=st.fonts.bold)
    return cell, centre, head


def wrap_text(text: str, width: float, font: str, size: float = CELL_SIZE) -> list[str]:
    """`text` (composed Unicode) broken into lines no wider than `width`.

    Words break at spaces; a dossier code breaks after its hyphens (cut anywhere else it would
    be hard to read back); a word wider than the column alone is cut where it must be.
    """
    lines: list[str] = []
    for paragraph in unicodedata.normalize("NFC", text).splitlines():
        for line in simpleSplit(paragraph, font, size, width):
            lines += _fit_word(line, width, font, size)
    return lines


def _fit_word(line: str, width: float, font: str, size: float) -> list[str]:
    if stringWidth(line, font, size) <= width:
        return [line]
    pieces: list[str] = []
    for piece in re.split(r"(?<=-)", line):
        if pieces and stringWidth(pieces[-1] + piece, font, size) <= width:
            pieces[-1] += piece
            continue
        while stringWidth(piece, font, size) > width and len(piece) > 1:
            cut = len(piece) - 1
            while cut > 1 and stringWidth(piece[:cut], font, size) > width:
                cut -= 1
            pieces.append(piece[:cut])
            piece = piece[cut:]
        pieces.append(piece)
    return [piece for piece in pieces if piece]


def _moment_text(form: FormText, moment: datetime | None) -> str:
    if moment is None:
        return ""
    day = form.text("cell_date", day=moment.day, month=moment.month, year=moment.year)
    return f"{day}\n{form.text('cell_time', hour=moment.hour, minute=moment.minute)}"


_CENTRED_COLUMNS = (0, 3, *range(FIRST_DATE_COLUMN, LAST_DATE_COLUMN + 1))
# Every table of the register: grid, padding, and the lines' size and alignment.
_CELL_STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    *(("ALIGN", (index, 0), (index, -1), "CENTER") for index in _CENTRED_COLUMNS),
]
# A page's table: the header rows (with their merged cells) on top of the lines.
_TABLE_STYLE = [
    *_CELL_STYLE,
    ("VALIGN", (0, 0), (-1, 2), "MIDDLE"),
    ("SPAN", (FIRST_DATE_COLUMN, 0), (LAST_DATE_COLUMN, 0)),
    *(("SPAN", (index, 0), (index, 1)) for index in range(len(COLUMNS))
      if not FIRST_DATE_COLUMN <= index <= LAST_DATE_COLUMN),
]


def _style(st: Styles, base: list) -> TableStyle:
    return TableStyle([*base, ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular)])


def _pdf_header_rows(st: Styles, form: FormText) -> list[list]:
    """The two header rows ("Ngày, tháng, năm" over the five dates) and the numbering row."""
    _, centre, head = _cell_styles(st)

    def header_cell(name: str) -> Paragraph:
        return Paragraph(plain(form.text(name)), head)

    first: list = [header_cell(name) for name, _, _ in COLUMNS]
    second: list = ["" for _ in COLUMNS]
    for index in range(FIRST_DATE_COLUMN, LAST_DATE_COLUMN + 1):
        second[index] = first[index]
        first[index] = ""
    first[FIRST_DATE_COLUMN] = header_cell("column_dates")
    numbering = [Paragraph(plain(form.text("column_numbering", number=n)), centre)
                 for n in range(1, len(COLUMNS) + 1)]
    return [first, second, numbering]


def _body_row(form: FormText, row: RegisterRow, widths: list[float], font: str) -> list[str]:
    """The line's cells as plain text already broken into lines.

    Plain strings, not Paragraphs: a register has thousands of cells, and parsing each as
    markup made the PDF of a thousand lines take ten seconds.
    """
    texts = [
        "" if row.number is None else str(row.number),
        row.code,
        row.procedure_name,
        str(row.sets),
        row.applicant_name,
        "\n".join(part for part in (row.address, row.phone) if part),
        row.unit,
        *(_moment_text(form, moment) for moment in row.dates()),
        "",
        "\n".join(register_notes(form, row)),
    ]
    return ["\n".join(wrap_text(text, width - 2 * CELL_PADDING, font))
            for text, width in zip(texts, widths, strict=True)]


def _tables(st: Styles, doc: RegisterDocument, form: FormText,
            first_page_room: float) -> list[Flowable]:
    """The register's table cut into one table per page, each with the header rows.

    reportlab splits a long table by re-measuring every remaining row at each page break, so
    one table of a thousand lines takes minutes; rows measured once and packed into pages
    here keep the time proportional to the number of lines. `repeatRows` still guards a page
    whose measure was off.
    """
    widths = [width * mm for _, width, _ in COLUMNS]
    header = _pdf_header_rows(st, form)
    if not doc.rows:
        _, centre, _ = _cell_styles(st)
        empty = [Paragraph(plain(form.text("empty")), centre)] + [""] * (len(COLUMNS) - 1)
        return [Table([*header, empty], colWidths=widths, repeatRows=3,
                      style=_style(st, [*_TABLE_STYLE, ("SPAN", (0, 3), (-1, 3))]))]
    scratch = Canvas(io.BytesIO(), pagesize=PAGE.size)

    def height(rows: list[list], style: list) -> float:
        table = Table(rows, colWidths=widths, style=_style(st, style))
        return table.wrapOn(scratch, CONTENT_WIDTH, CONTENT_HEIGHT)[1]

    header_height = height(header, _TABLE_STYLE)
    pages: list[list[list]] = [[]]
    room = first_page_room - header_height
    for row in doc.rows:
        cells = _body_row(form, row, widths, st.fonts.regular)
        needed = height([cells], _CELL_STYLE)
        if pages[-1] and needed > room:
            pages.append([])
            room = CONTENT_HEIGHT - header_height
        pages[-1].append(cells)
        room -= needed
    story: list[Flowable] = []
    for number, rows in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.append(Table([*header, *rows], colWidths=widths, repeatRows=3,
                           style=_style(st, _TABLE_STYLE)))
    return story


# --- XLSX ------------------------------------------------------------------------------------

HEADER_ROW = 8  # the first header row; the subheaders follow, then the column numbers
FIRST_DATA_ROW = HEADER_ROW + 3
DATE_FORMAT = "dd/mm/yyyy hh:mm"


def render_register_xlsx(doc: RegisterDocument, target: Target) -> None:
    """Write the register to `target` as an Excel workbook (.xlsx)."""
    form = form_text(doc.header.form_set, "register")
    book = Workbook()
    sheet = book.active
    sheet.title = form.text("sheet_name")[:31]  # Excel's limit on sheet names
    last = get_column_letter(len(COLUMNS))
    _title_block(sheet, doc, form, last)
    _xlsx_header_rows(sheet, form)
    for offset, row in enumerate(doc.rows):
        _data_row(sheet, FIRST_DATA_ROW + offset, row, form)
    if not doc.rows:
        sheet.merge_cells(f"A{FIRST_DATA_ROW}:{last}{FIRST_DATA_ROW}")
        empty = sheet.cell(FIRST_DATA_ROW, 1, form.text("empty"))
        empty.font = Font(name=XLSX_FONT, size=11, italic=True)
        empty.alignment = Alignment(horizontal="center")
    for index, (_, _, chars) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = chars
    # The header stays in view while scrolling, and the STT and code while scrolling sideways.
    sheet.freeze_panes = f"C{FIRST_DATA_ROW}"
    print_landscape(sheet, f"{HEADER_ROW}:{FIRST_DATA_ROW - 1}")
    sheet.oddFooter.center.text = form.text("page_number", page="&P", pages="&N")
    if isinstance(target, str | os.PathLike):
        book.save(os.fspath(target))
    else:
        buffer = io.BytesIO()
        book.save(buffer)
        target.write(buffer.getvalue())


def _title_block(sheet: Worksheet, doc: RegisterDocument, form: FormText, last: str) -> None:
    def put(cell_range: str, text: str, **font) -> None:
        sheet.merge_cells(cell_range)
        cell = sheet[cell_range.split(":")[0]]
        cell.value = text
        as_data(cell)  # the agency's names are typed by the administrator
        cell.font = Font(name=XLSX_FONT, size=12, **font)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    put("A1:F1", doc.header.parent_agency_name.upper())
    put("A2:F2", doc.header.agency_name.upper(), bold=True)
    put(f"I1:{last}1", form.text("national_name"), bold=True)
    put(f"I2:{last}2", form.text("motto"), bold=True, underline="single")
    put(f"A3:{last}3", form.label)
    put(f"A4:{last}4", form.title, bold=True)
    sheet["A4"].font = Font(name=XLSX_FONT, size=14, bold=True)
    for row, line in enumerate(_title(form, doc), start=5):
        put(f"A{row}:{last}{row}", line, italic=True)
    if doc.audit_head:
        put(f"A7:{last}7", form.text("audit_head", head=doc.audit_head))
        sheet["A7"].font = Font(name=XLSX_FONT, size=9)
    for row in (1, 2):
        sheet.row_dimensions[row].height = 20


def _xlsx_header_rows(sheet: Worksheet, form: FormText) -> None:
    bold = Font(name=XLSX_FONT, size=11, bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sub = HEADER_ROW + 1
    for index, (name, _, _) in enumerate(COLUMNS):
        column = index + 1
        dated = FIRST_DATE_COLUMN <= index <= LAST_DATE_COLUMN
        row = sub if dated else HEADER_ROW
        sheet.cell(row, column, form.text(name))
        if not dated:
            sheet.merge_cells(start_row=HEADER_ROW, start_column=column, end_row=sub,
                              end_column=column)
        sheet.cell(sub + 1, column, form.text("column_numbering", number=column))
    sheet.cell(HEADER_ROW, FIRST_DATE_COLUMN + 1, form.text("column_dates"))
    sheet.merge_cells(start_row=HEADER_ROW, start_column=FIRST_DATE_COLUMN + 1,
                      end_row=HEADER_ROW, end_column=LAST_DATE_COLUMN + 1)
    for row in range(HEADER_ROW, sub + 2):
        for column in range(1, len(COLUMNS) + 1):
            cell = sheet.cell(row, column)
            cell.font = bold if row <= sub else Font(name=XLSX_FONT, size=10, italic=True)
            cell.alignment = centred
            cell.border = GRID
    # The merged headers span both rows: the first row takes what the dates' row leaves.
    dates_height = _row_height([(sheet.cell(sub, c).value, COLUMNS[c - 1][2])
                                for c in range(FIRST_DATE_COLUMN + 1, LAST_DATE_COLUMN + 2)])
    merged_height = _row_height([(form.text(name), chars) for name, _, chars in COLUMNS])
    sheet.row_dimensions[HEADER_ROW].height = max(XLSX_LINE_HEIGHT + 3,
                                                  merged_height - dates_height)
    sheet.row_dimensions[sub].height = dates_height


# Points per line of 11 pt text, and how many Times New Roman letters a column of width w
# holds (widths count the default font's digits, which are wider than the average letter).
XLSX_LINE_HEIGHT = 15
XLSX_LETTERS_PER_WIDTH = 1.2


def _lines_needed(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column of `width`, breaking as Excel does:
    at spaces and after hyphens, inside a word only when it is wider than the column."""
    room = max(1, int(width * XLSX_LETTERS_PER_WIDTH))
    lines = 0
    for paragraph in text.split("\n"):
        used = 0
        lines += 1
        for word in re.findall(r"[^ -]*-|[^ -]+", paragraph):
            if used and used + 1 + len(word) > room:
                lines += 1
                used = 0
            used += len(word) + (1 if used else 0)
            while used > room:
                lines += 1
                used -= room
    return lines


def _row_height(cells: list[tuple[str, float]]) -> float:
    """Openpyxl cannot measure text and LibreOffice does not fit rows on opening: the rows are
    sized here, erring on the tall side."""
    return max(_lines_needed(text, width) for text, width in cells) * XLSX_LINE_HEIGHT + 3


def _data_row(sheet: Worksheet, row_number: int, row: RegisterRow, form: FormText) -> None:
    contact = "\n".join(part for part in (row.address, row.phone) if part)
    values = [
        row.number, row.code, row.procedure_name, row.sets, row.applicant_name, contact,
        row.unit, *row.dates(), None, "\n".join(register_notes(form, row)),
    ]
    shown = ["" if isinstance(v, datetime) else str(v or "") for v in values]
    sheet.row_dimensions[row_number].height = _row_height(
        [(text, chars) for text, (_, _, chars) in zip(shown, COLUMNS, strict=True)])
    font = Font(name=XLSX_FONT, size=11)
    for column, value in enumerate(values, start=1):
        cell = as_data(sheet.cell(row_number, column, value))
        cell.font = font
        cell.border = GRID
        centred = column in (1, 4) or FIRST_DATE_COLUMN < column <= LAST_DATE_COLUMN + 1
        cell.alignment = Alignment(horizontal="center" if centred else "left", vertical="top",
                                   wrap_text=True)
        if isinstance(value, datetime):
            cell.number_format = DATE_FORMAT
