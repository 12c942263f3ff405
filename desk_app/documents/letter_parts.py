"""What the numbered letters (apology 04, stop notice 05) share: who they go to and who signs
them, the body as plain lines that both the PDF and the .docx set, and the PDF's closing block
("Nơi nhận" beside the signer).

Keeping the wording in `LetterLine`s, not in markup, is what guarantees that the editable .docx
says exactly what the PDF says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.documents.form_page import render_form
from desk_app.documents.forms import FormText
from desk_app.documents.layout import (
    CONTENT_WIDTH,
    NOTE_SIZE,
    TABLE_SIZE,
    OfficeHeader,
    Styles,
    Target,
    plain,
    short_date,
    side_by_side,
    unbreakable,
)
from desk_app.documents.qr import corner_qr

LineKind = Literal["addressee", "paragraph", "item"]

# Decree 30/2020 Annex I: "Nơi nhận" in 12 pt bold italic, its entries in 11 pt.
RECIPIENTS_WIDTH = CONTENT_WIDTH * 0.45


@dataclass(frozen=True)
class LetterLine:
    """One line of a letter's body: the addressee (centred), a running paragraph (indented,
    justified) or an item of a list."""

    kind: LineKind
    text: str


@dataclass(frozen=True)
class NumberedLetter:
    """What every numbered letter prints: its number, to whom about which dossier, who signs."""

    header: OfficeHeader
    number: str
    issued_on: date
    applicant_name: str
    code: str
    received_at: datetime
    signer_titles: tuple[str, ...] = field(kw_only=True)
    signer_name: str = field(kw_only=True)
    # The Circular 01/2023 QR code printed in the upper-left corner (none when empty).
    qr_payload: str = field(default="", kw_only=True)
    # Who received the dossier when a unit other than the office issues the letter.
    received_by: str = field(default="", kw_only=True)

    def opening(self, form: FormText) -> list[LetterLine]:
        """"Kính gửi" the applicant, then the dossier the office received from them."""
        return [
            LetterLine("addressee", form.text("addressee", name=self.applicant_name)),
            LetterLine("paragraph", form.text(
                "received", received_on=short_date(form, self.received_at.date()),
                agency_name=self.received_by or self.header.agency_name, code=self.code)),
        ]


def render_letter(doc: NumberedLetter, form: FormText, lines: Sequence[LetterLine],
                  target: Target, copies: int) -> None:
    """Write the letter whose body is `lines`; copies=2 adds the copy the office keeps."""

    def body(st: Styles) -> list[Flowable]:
        return [*body_flowables(st, lines), closing_block(st, form, doc.applicant_name,
                                                          doc.signer_titles, doc.signer_name)]

    render_form(target, form, doc.header, doc.issued_on, body, copies=copies,
                subject=doc.applicant_name, code=doc.code, number=doc.number,
                qr=corner_qr(doc.qr_payload))


def sentence(text: str) -> str:
    """A reason typed without a final stop, ended as a sentence."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?…;:" else text + "."


def recipients(form: FormText, applicant_name: str) -> list[str]:
    """The "Nơi nhận" heading and entries: the applicant, the one-stop desk, the archive."""
    return [
        form.text("recipients_heading"),
        form.text("recipient_applicant", name=applicant_name),
        form.text("recipient_desk"),
        form.text("recipient_archive"),
    ]


def body_flowables(st: Styles, lines: Sequence[LetterLine]) -> list[Flowable]:
    centred = ParagraphStyle("addressee", parent=st.body, alignment=TA_CENTER)
    story: list[Flowable] = []
    for line in lines:
        if line.kind == "addressee":
            story += [Spacer(1, 4), Paragraph(plain(line.text), centred), Spacer(1, 4)]
        else:
            story.append(Paragraph(plain(line.text), st.body_justified))
    return story


def closing_block(st: Styles, form: FormText, applicant_name: str,
                  signer_titles: Sequence[str], signer_name: str) -> Flowable:
    """"Nơi nhận" bottom left, the signer's authority, title and name bottom right."""
    heading, *entries = recipients(form, applicant_name)
    heading_style = ParagraphStyle("recipients_heading", parent=st.note,
                                   fontName=st.fonts.bold_italic, fontSize=TABLE_SIZE,
                                   leading=TABLE_SIZE * 1.2)
    entry_style = ParagraphStyle("recipients", parent=st.note, fontSize=NOTE_SIZE * st.scale,
                                 leading=NOTE_SIZE * st.scale * 1.2)
    left = [Paragraph(plain(heading), heading_style)]
    left += [Paragraph(plain(entry), entry_style) for entry in entries]
    right: list[Flowable] = [Paragraph(plain(title.upper()), st.signature_caption)
                             for title in signer_titles]
    right += [
        Paragraph(plain(form.text("sign_seal_note")), st.signature_note),
        Spacer(1, st.signature_space),
        Paragraph(plain(signer_name), st.signature_name),
    ]
    table = side_by_side([left, right], [RECIPIENTS_WIDTH, CONTENT_WIDTH - RECIPIENTS_WIDTH])
    return unbreakable([Spacer(1, 8), table])
