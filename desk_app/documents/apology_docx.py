"""Form 04 as an editable Word document (python-docx): the same wording as the PDF, for the
signer's secretary to adjust before signing.

The page follows Decree 30/2020 as the PDF does: A4, margins 20/20/30/15 mm, Times New Roman
13 pt (Word substitutes a metric-compatible font where it is missing), the agency names and the
Quốc hiệu side by side in a borderless table, "Nơi nhận" beside the signer at the end. The
dossier's QR code (Circular 01/2023/TT-VPCP Art. 26) sits where the PDF has it: in the
upper-left corner, 5 mm from the sheet's edges, the PDF's size; a picture anchored to the page
in the page header, so it takes no room from the text and an edit of the letter cannot move it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Cm, Emu, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from desk_app.documents.apology import ApologyDocument, apology_lines
from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import Target, official_date
from desk_app.documents.letter_parts import recipients
from desk_app.documents.qr import CORNER_OFFSET, CORNER_SIZE, qr_png

FONT = "Times New Roman"
HEADER_LEFT = Cm(6.8)
HEADER_RIGHT = Cm(9.7)


def render_apology_docx(doc: ApologyDocument, target: Target) -> None:
    """Write form 04 as .docx to `target` (a path or a binary file object)."""
    form = form_text(doc.header.form_set, "apology")
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    # Word reads the East Asian and complex-script font names too; without them some
    # installations fall back to another font for the Vietnamese letters.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    if doc.qr_payload:
        _corner_qr(section, doc.qr_payload)
    _header(word, doc, form)
    for line in apology_lines(doc, form):
        if line.kind == "addressee":
            paragraph = word.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.space_after = Pt(6)
        else:
            paragraph = word.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.space_after = Pt(3)
        paragraph.add_run(line.text)
    _closing(word, doc, form)
    word.core_properties.title = f"{form.title} - {doc.code}"
    word.save(target)


def _emu(points: float) -> int:
    """reportlab's points (the PDF's sizes) in Word's English Metric Units."""
    return round(points * 12700)


def _corner_qr(section: Section, payload: str) -> None:
    """The QR code as a picture anchored to the page's upper-left corner, in front of the
    text and wrapping none of it (python-docx adds only pictures in line: the inline
    element becomes an anchor with the same picture)."""
    run = section.header.paragraphs[0].add_run()
    size = _emu(CORNER_SIZE)
    run.add_picture(io.BytesIO(qr_png(payload)), width=Emu(size), height=Emu(size))
    inline = run._r.xpath(".//wp:inline")[0]
    offset = _emu(CORNER_OFFSET)
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" '
        'distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="1" '
        'layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{offset}</wp:posOffset>'
        '</wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{offset}</wp:posOffset>'
        '</wp:positionV>'
        f'<wp:extent cx="{size}" cy="{size}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/></wp:anchor>')
    for child in list(inline):
        if child.tag in (qn("wp:docPr"), qn("wp:cNvGraphicFramePr"), qn("a:graphic")):
            anchor.append(child)
    inline.getparent().replace(inline, anchor)


def _text(cell_or_doc, text: str, *, size: float = 13, bold: bool = False,
          italic: bool = False, underline: bool = False,
          align=WD_ALIGN_PARAGRAPH.CENTER, first: bool = False) -> Paragraph:
    """A paragraph of one run; `first` reuses the empty paragraph a new cell starts with."""
    paragraph = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline
    return paragraph


def _short_rule(cell: _Cell, indent: Cm) -> None:
    """A short line under the agency's name: an empty paragraph's bottom border, narrowed by
    its indents."""
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    run = paragraph.add_run()
    run.font.size = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _borderless(word, rows: int, widths: Sequence) -> object:
    table = word.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    # Word reads the cells' widths, LibreOffice the grid's: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    return table


def _header(word, doc: ApologyDocument, form: FormText) -> None:
    table = _borderless(word, 2, (HEADER_LEFT, HEADER_RIGHT))
    left, right = table.rows[0].cells
    first = True
    if doc.header.parent_agency_name.strip():
        _text(left, doc.header.parent_agency_name.upper(), size=12, first=True)
        first = False
    _text(left, doc.header.agency_name.upper(), size=12, bold=True, first=first)
    _short_rule(left, Cm(2.2))
    _text(right, form.text("national_name"), size=12, bold=True, first=True)
    _text(right, form.text("motto"), size=13, bold=True, underline=True)
    number, date_line = table.rows[1].cells
    _text(number, form.text("document_number", number=doc.number), first=True)
    _text(date_line, official_date(form, doc.header.place_name, doc.issued_on), italic=True,
          first=True)
    for cell in (number, date_line):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)
    _text(word, form.label).paragraph_format.space_before = Pt(12)
    _text(word, form.title, size=14, bold=True).paragraph_format.space_after = Pt(6)


def _closing(word, doc: ApologyDocument, form: FormText) -> None:
    word.add_paragraph()
    table = _borderless(word, 1, (Cm(7.4), Cm(9.1)))
    left, right = table.rows[0].cells
    heading, *entries = recipients(form, doc.applicant_name)
    _text(left, heading, size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
          first=True)
    for entry in entries:
        _text(left, entry, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    first = True
    for title in doc.signer_titles:
        _text(right, title.upper(), bold=True, first=first)
        first = False
    _text(right, form.text("sign_seal_note"), italic=True, first=first)
    for _ in range(4):
        right.add_paragraph()
    _text(right, doc.signer_name, bold=True)
