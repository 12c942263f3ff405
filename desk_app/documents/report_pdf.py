"""The statistics report on A4 landscape: form 06/VPCP/KSTT bare with its note and
signatures, the annex from a new page, then the screen's charts; "Trang x/y" on every page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, TableStyle

from desk_app.documents.fonts import FontFamily, register_fonts
from desk_app.documents.layout import Page, Target, build_pdf, plain, ruled_table, side_by_side
from desk_app.documents.page_numbers import PageNumberCanvas
from desk_app.documents.report import (
    TableSpec,
    annex_procedures,
    annex_units,
    date_line,
    format_number,
    index_table,
    official_note,
    official_table,
    period_text,
    wording,
)
from desk_app.documents.report_charts import trend_drawing, units_drawing
from desk_app.domain.report import MonthPoint, Report

PAGE = Page(landscape(A4), top=15 * mm, bottom=17 * mm, left=20 * mm, right=15 * mm)
WIDTH = PAGE.content_width
PAGE_NUMBER_Y = 8 * mm


@dataclass(frozen=True)
class _Styles:
    fonts: FontFamily
    label: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    period: ParagraphStyle
    caption: ParagraphStyle
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
    fonts = register_fonts()

    def style(name: str, size: float, font: str, align=TA_CENTER, **extra) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.2,
                              alignment=align, **extra)

    return _Styles(
        fonts=fonts,
        label=style("r_label", 11, fonts.bold, TA_LEFT),
        small=style("r_small", 9.5, fonts.italic, TA_LEFT),
        right=style("r_right", 11, fonts.regular, TA_LEFT),
        title=style("r_title", 13, fonts.bold, spaceBefore=4),
        subtitle=style("r_subtitle", 12, fonts.bold),
        period=style("r_period", 12, fonts.italic, spaceAfter=6),
        caption=style("r_caption", 11, fonts.bold, TA_LEFT, spaceBefore=6, spaceAfter=3),
        head=style("r_head", 8.5, fonts.bold),
        cell=style("r_cell", 9, fonts.regular, TA_LEFT),
        cell_bold=style("r_cell_bold", 9, fonts.bold, TA_LEFT),
        number=style("r_number", 9, fonts.regular),
        number_bold=style("r_number_bold", 9, fonts.bold),
        note=style("r_note", 9, fonts.italic, TA_LEFT, spaceBefore=4),
        sign=style("r_sign", 11, fonts.bold),
        sign_note=style("r_sign_note", 11, fonts.italic),
        date_line=style("r_date", 11, fonts.italic),
    )


def _table(spec: TableSpec) -> Flowable:
    st = _styles()
    grid: list[list[object]] = [[""] * spec.columns for _ in range(spec.header_rows)]
    commands: list[tuple] = []
    for span in spec.header:
        numbers = span.text.startswith("(")
        grid[span.row][span.col] = Paragraph(plain(span.text), st.number if numbers else st.head)
        if (span.row, span.col) != (span.last_row, span.last_col):
            commands.append(("SPAN", (span.col, span.row), (span.last_col, span.last_row)))
    for line in spec.lines:
        text, number = (st.cell_bold, st.number_bold) if line.bold else (st.cell, st.number)
        grid.append([
            Paragraph(plain(str(item.value or "")), text) if item.kind == "name"
            else Paragraph(plain(item.value if isinstance(item.value, str)
                                 else format_number(item.value, item.kind)), number)
            for item in line.cells
        ])
    scale = WIDTH / sum(spec.widths)
    table = ruled_table(grid, [w * scale for w in spec.widths], header_rows=spec.header_rows,
                        padding=2)
    table.setStyle(TableStyle(commands))
    return table


def _top(report: Report, title: str, subtitle: str = "") -> list[Flowable]:
    st = _styles()
    words = wording()
    left = [Paragraph(plain(words["label"]), st.label),
            Paragraph(plain(words["issued_by"]), st.small)]
    right = [Paragraph(plain(words["reporting_unit"].format(agency=report.agency_name)),
                       st.right),
             Paragraph(plain(words["count_unit"]), st.small)]
    story: list[Flowable] = [side_by_side([left, right], [WIDTH * 0.45, WIDTH * 0.55]),
                             Paragraph(plain(title), st.title)]
    if subtitle:
        story.append(Paragraph(plain(subtitle), st.subtitle))
    story.append(Paragraph(plain(period_text(report)), st.period))
    return story


def _signatures(report: Report) -> Flowable:
    st = _styles()
    words = wording()
    preparer = [Spacer(1, st.date_line.leading), Paragraph(plain(words["preparer"]), st.sign),
                Paragraph(plain(words["sign_note"]), st.sign_note)]
    head = [Paragraph(plain(date_line(report)), st.date_line),
            Paragraph(plain(words["head"]), st.sign),
            Paragraph(plain(words["sign_seal_note"]), st.sign_note)]
    return side_by_side([preparer, head], [WIDTH / 2, WIDTH / 2])


def _stamp_page_number(canvas: Canvas, page: int, pages: int) -> None:
    canvas.setFont(_styles().fonts.regular, 10)
    canvas.drawCentredString(PAGE.size[0] / 2, PAGE_NUMBER_Y,
                             wording()["page_number"].format(page=page, pages=pages))


def render_pdf(report: Report, target: Target, trend: Sequence[MonthPoint] = ()) -> None:
    """Form 06 with its note and signatures; the annex; the charts (the trend when given)."""
    words = wording()
    st = _styles()
    story: list[Flowable] = [
        *_top(report, words["title"], words["subtitle"]),
        _table(official_table(report)),
        Paragraph(plain(official_note(report)), st.note),
        Spacer(1, 8),
        _signatures(report),
        PageBreak(),
        *_top(report, words["annex_title"]),
    ]
    for caption, spec in ((words["annex_procedures"], annex_procedures(report)),
                          (words["annex_units"], annex_units(report)),
                          (words["annex_index"], index_table(report))):
        story += [CondPageBreak(60 * mm), Paragraph(plain(caption), st.caption), _table(spec)]
    story += [Paragraph(plain(words["annex_note"]), st.note), PageBreak(),
              Paragraph(plain(words["charts_title"]), st.title), Spacer(1, 6)]
    if trend:
        story += [trend_drawing(trend, WIDTH, 95 * mm), Spacer(1, 6)]
    story.append(units_drawing(report.by_unit, WIDTH))
    build_pdf(target, story, title=words["document_title"], subject=period_text(report),
              page=PAGE, canvasmaker=partial(PageNumberCanvas, stamp=_stamp_page_number))
