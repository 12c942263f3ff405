"""The official A4 page shared by every form (Decree 30/2020/NĐ-CP, Annex I).

A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman (or the
bundled Liberation Serif). The header puts the agency names top left and the Quốc hiệu and
Tiêu ngữ top right, each in its own table column so that long names wrap inside it; then the
place and date line, the form label and the title. Text is laid out with platypus so that every
value wraps instead of running into a neighbour.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.documents.fonts import FontFamily, register_fonts
from desk_app.documents.forms import FormText


@dataclass(frozen=True)
class Page:
    """A sheet and its margins; the text frame is what the margins leave."""

    size: tuple[float, float]
    top: float
    bottom: float
    left: float
    right: float

    @property
    def content_width(self) -> float:
        return self.size[0] - self.left - self.right

    @property
    def content_height(self) -> float:
        return self.size[1] - self.top - self.bottom


PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PORTRAIT = Page(A4, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT)
CONTENT_WIDTH = PORTRAIT.content_width
CONTENT_HEIGHT = PORTRAIT.content_height

# The right column must hold the Quốc hiệu on one line (about 250 pt at 12 pt bold).
HEADER_RIGHT_WIDTH = 280.0
HEADER_LEFT_WIDTH = CONTENT_WIDTH - HEADER_RIGHT_WIDTH
# Keeps a long agency name from touching the Quốc hiệu.
HEADER_GUTTER = 6.0

HEADER_SIZE = 12
MOTTO_SIZE = 13
DATE_SIZE = 13
TITLE_SIZE = 14
BODY_SIZE = 13
BODY_LEADING = 15
TABLE_SIZE = 12
NOTE_SIZE = 11
SMALL_SIZE = 10

# Room left blank above the printed name for a handwritten signature.
SIGNATURE_SPACE = 17 * mm

Target = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class OfficeHeader:
    """Who issues the document and where: the office settings every form prints."""

    parent_agency_name: str
    agency_name: str
    place_name: str
    form_set: str


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the official page, the body ones scaled by `scale`."""

    fonts: FontFamily
    scale: float
    signature_space: float
    parent_agency: ParagraphStyle
    agency: ParagraphStyle
    national_name: ParagraphStyle
    motto: ParagraphStyle
    number: ParagraphStyle
    date_line: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    body_justified: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_centre: ParagraphStyle
    signature_caption: ParagraphStyle
    signature_note: ParagraphStyle
    signature_name: ParagraphStyle
    note: ParagraphStyle
    small_centre: ParagraphStyle
    copy_mark: ParagraphStyle


@cache
def styles(scale: float = 1.0) -> Styles:
    """The page's styles with body text at `scale`; registers the fonts on first use."""
    fonts = register_fonts()

    def style(
        name: str, size: float, font: str, centred: bool = True, **extra: Any
    ) -> ParagraphStyle:
        settings: dict[str, Any] = {"leading": size * 1.2, **extra}
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            alignment=TA_CENTER if centred else TA_LEFT,
            **settings,
        )

    body_size = BODY_SIZE * scale
    body = style("body", body_size, fonts.family, False, leading=BODY_LEADING * scale, spaceAfter=1)
    table_size = TABLE_SIZE * scale
    note_size = NOTE_SIZE * scale
    return Styles(
        fonts=fonts,
        scale=scale,
        signature_space=SIGNATURE_SPACE * scale,
        parent_agency=style("parent_agency", HEADER_SIZE, fonts.regular),
        agency=style("agency", HEADER_SIZE, fonts.bold),
        national_name=style("national_name", HEADER_SIZE, fonts.bold),
        motto=style("motto", MOTTO_SIZE, fonts.bold),
        number=style("number", DATE_SIZE, fonts.regular),
        date_line=style("date_line", DATE_SIZE, fonts.italic),
        label=style("label", DATE_SIZE, fonts.regular),
        title=style("title", TITLE_SIZE, fonts.bold, spaceBefore=2, spaceAfter=2),
        body=body,
        # Decree 30/2020 indents the first line of a running paragraph by 1 to 1.27 cm.
        body_justified=ParagraphStyle(
            "body_justified", parent=body, alignment=TA_JUSTIFY, firstLineIndent=10 * mm
        ),
        table_header=style("table_header", table_size, fonts.bold),
        table_cell=style("table_cell", table_size, fonts.regular, False),
        table_cell_centre=style("table_cell_centre", table_size, fonts.regular),
        signature_caption=style("signature_caption", body_size, fonts.bold),
        signature_note=style("signature_note", body_size, fonts.italic),
        signature_name=style("signature_name", body_size, fonts.bold),
        note=style("note", note_size, fonts.family, False, leading=note_size * 1.25),
        small_centre=style("small_centre", SMALL_SIZE, fonts.regular),
        copy_mark=style("copy_mark", SMALL_SIZE, fonts.italic, False),
    )


def plain(text: str) -> str:
    """`text` as Paragraph markup: composed Unicode (Unikey may type decomposed), escaped."""
    return escape(unicodedata.normalize("NFC", text))


class _Value:
    """A value for a phrase template: formatted with the field's spec, escaped, maybe bold."""

    def __init__(self, value: object, bold: bool) -> None:
        self.value = value
        self.bold = bold

    def __format__(self, spec: str) -> str:
        marked = plain(format(self.value, spec))
        return f"<b>{marked}</b>" if self.bold else marked


def phrase(form: FormText, name: str, /, *, bold: Iterable[str] = (), **values: object) -> str:
    """Phrase `name` of `form` as Paragraph markup, the values named in `bold` set in bold."""
    strong = set(bold)
    wrapped = {key: _Value(value, key in strong) for key, value in values.items()}
    return form.fill(name, plain(form.template(name)), wrapped)


@dataclass(frozen=True)
class ApplicantForm:
    """What forms 01 to 03 share: the office and day of issue, who applies for which
    procedure, and the clerk who signs."""

    header: OfficeHeader
    issued_on: date
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    procedure_code: str
    procedure_name: str
    clerk_name: str = field(kw_only=True)


def applicant_lines(form: FormText, name_phrase: str, applicant: ApplicantForm) -> list[str]:
    """The applicant and procedure lines (as markup) that forms 01 to 03 open with.

    `name_phrase` is the form's lead-in for the name ("Tiếp nhận hồ sơ của: …").
    """
    procedure = phrase(
        form, "procedure", bold=["procedure_name"], procedure_name=applicant.procedure_name
    )
    if applicant.procedure_code:
        procedure += phrase(
            form, "procedure_code_suffix", procedure_code=applicant.procedure_code
        )
    # Non-breaking spaces: Paragraph folds ordinary ones into one.
    between = "&nbsp;" * 6
    return [
        phrase(form, name_phrase, bold=["name"], name=applicant.applicant_name),
        phrase(form, "address", address=applicant.applicant_address),
        phrase(form, "phone", phone=applicant.applicant_phone)
        + between
        + phrase(form, "email", email=applicant.applicant_email),
        procedure,
    ]


def official_date(form: FormText, place: str, day: date) -> str:
    """The line "<place>, ngày … tháng … năm …" as plain text.

    Decree 30/2020 Annex I writes a leading zero only before days under 10 and months 1 and 2.
    """
    day_text = f"{day.day:02d}"
    month_text = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return form.text("date_line", place=place, day=day_text, month=month_text, year=day.year)


def time_of_day(form: FormText, moment: datetime) -> str:
    """A moment as "14 giờ 05 phút, ngày 10/06/2025"."""
    return form.text(
        "time_of_day",
        hour=moment.hour,
        minute=moment.minute,
        day=moment.day,
        month=moment.month,
        year=moment.year,
    )


def short_date(form: FormText, day: date) -> str:
    """A day as "10/06/2025"."""
    return form.text("short_date", day=day.day, month=day.month, year=day.year)


def _rule(width: float) -> HRFlowable:
    return HRFlowable(
        width=width, thickness=0.6, color="black", hAlign="CENTER", spaceBefore=2.5, spaceAfter=0
    )


_BARE_TABLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    # Cells place flowables by ALIGN, not by their hAlign: centre the rules under the names.
    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def agency_names(st: Styles, header: OfficeHeader, rule_width: float) -> list[Flowable]:
    """The parent agency (when there is one) over the issuing agency, in capitals, and a rule
    `rule_width` long under them."""
    names: list[Flowable] = []
    if header.parent_agency_name.strip():
        names.append(Paragraph(plain(header.parent_agency_name.upper()), st.parent_agency))
    names.append(Paragraph(plain(header.agency_name.upper()), st.agency))
    names.append(_rule(rule_width))
    return names


def national_name(st: Styles, form: FormText) -> list[Flowable]:
    """The Quốc hiệu over the Tiêu ngữ, underlined by a rule as long as the Tiêu ngữ."""
    motto = form.text("motto")
    return [
        Paragraph(plain(form.text("national_name")), st.national_name),
        Paragraph(plain(motto), st.motto),
        _rule(stringWidth(motto, st.fonts.bold, MOTTO_SIZE)),
    ]


def page_header(
    st: Styles,
    header: OfficeHeader,
    form: FormText,
    issued_on: date,
    number: str | None = None,
) -> list[Flowable]:
    """Agency names and Quốc hiệu/Tiêu ngữ side by side, the date line, label and title.

    `number` is the document number ("Số: …") that letters print under the agency names.
    """
    left = agency_names(st, header, (HEADER_LEFT_WIDTH - HEADER_GUTTER) / 3)
    number_cell: list[Flowable] = []
    if number:
        number_cell.append(Paragraph(phrase(form, "document_number", number=number), st.number))
    date_cell = Paragraph(plain(official_date(form, header.place_name, issued_on)), st.date_line)

    table = Table(
        [[left, national_name(st, form)], [number_cell, date_cell]],
        colWidths=[HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH],
        style=TableStyle(
            [
                *_BARE_TABLE,
                ("RIGHTPADDING", (0, 0), (0, -1), HEADER_GUTTER),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
            ]
        ),
    )
    return [
        table,
        Spacer(1, 6),
        Paragraph(plain(form.label), st.label),
        Paragraph(plain(form.title), st.title),
    ]


def signature_block(st: Styles, caption: str, note: str, name: str = "") -> list[Flowable]:
    """A signature column: bold caption, italic note, blank room, the signer's printed name."""
    return [
        Paragraph(plain(caption), st.signature_caption),
        Paragraph(plain(note), st.signature_note),
        Spacer(1, st.signature_space),
        Paragraph(plain(name), st.signature_name),
    ]


def signatures(
    st: Styles, form: FormText, signers: Sequence[tuple[str, str] | None]
) -> Table:
    """Signature columns in equal parts of the text width, each the form's caption phrase
    and sign note over the signer's name; a None leaves its column blank."""
    sign_note = form.text("sign_note")
    columns = [
        signature_block(st, form.text(signer[0]), sign_note, signer[1]) if signer else []
        for signer in signers
    ]
    return side_by_side(columns, [CONTENT_WIDTH / len(signers)] * len(signers))


def side_by_side(columns: Sequence[Sequence[Flowable]], widths: Sequence[float]) -> Table:
    """Columns of flowables next to each other (signature blocks, recipients and signer)."""
    return Table(
        [[list(column) for column in columns]],
        colWidths=list(widths),
        style=TableStyle(_BARE_TABLE),
    )


def unbreakable(flowables: Sequence[Flowable]) -> Table:
    """Flowables that must stay on one page together (signatures with their captions).

    A one-cell table does that and, unlike KeepTogether, reports its true height.
    """
    return Table(
        [[list(flowables)]],
        colWidths=[CONTENT_WIDTH],
        style=TableStyle([*_BARE_TABLE, ("ALIGN", (0, 0), (-1, -1), "LEFT")]),
    )


def numbered_table(
    st: Styles,
    form: FormText,
    columns: Sequence[str],
    rows: Sequence[Sequence[Flowable]],
    widths: Sequence[float],
) -> Table:
    """A ruled table headed by the form's phrases `columns`, its first column numbering the
    `rows` from 1."""
    header = [Paragraph(plain(form.text(name)), st.table_header) for name in columns]
    numbered = [
        [Paragraph(str(number), st.table_cell_centre), *cells]
        for number, cells in enumerate(rows, start=1)
    ]
    return ruled_table([header, *numbered], widths)


def ruled_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header_rows: int = 1,
    padding: float = 4,
) -> Table:
    """A gridded table whose header rows repeat when it runs onto another page; `padding` is
    the room left and right of a cell's text."""
    return Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=header_rows,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        ),
    )


def story_height(story: Sequence[Flowable], page: Page = PORTRAIT) -> float:
    """The height `story` needs in the text frame of `page`, ignoring page breaks."""
    # Some flowables need a canvas to measure text on; nothing is drawn on it.
    scratch = Canvas(io.BytesIO(), pagesize=page.size)
    height = 0.0
    for flowable in story:
        _, flowable_height = flowable.wrapOn(scratch, page.content_width, page.content_height)
        height += flowable.getSpaceBefore() + flowable_height + flowable.getSpaceAfter()
    return height


def build_pdf(
    target: Target,
    story: list[Flowable],
    *,
    title: str,
    subject: str = "",
    page: Page = PORTRAIT,
    canvasmaker: type[Canvas] | Callable[..., Canvas] = Canvas,
) -> None:
    """Write `story` to `target` on `page`s whose text frame fills the margins.

    `invariant` keeps reportlab from stamping the current time, so the same document always
    gives the same bytes.
    """
    out = os.fspath(target) if isinstance(target, os.PathLike) else target
    doc = BaseDocTemplate(
        out,
        pagesize=page.size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=title,
        subject=subject,
        creator="desk_app",
        invariant=True,
        pageCompression=1,
    )
    frame = Frame(
        page.left,
        page.bottom,
        page.content_width,
        page.content_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvasmaker)
