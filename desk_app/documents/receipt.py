"""Form 01: the receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả).

One A4 page for a normal dossier (up to about eight documents). The QR code of `qr_payload`
sits in the upper-left corner (Circular 01/2023/TT-VPCP Art. 26); the dossier code is printed
in bold on the first line for a scanner-less look-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desk_app.documents.form_page import render_form
from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import (
    CONTENT_WIDTH,
    ApplicantForm,
    Styles,
    Target,
    applicant_lines,
    numbered_table,
    phrase,
    plain,
    signatures,
    time_of_day,
    unbreakable,
)
from desk_app.documents.qr import CornerQr
from desk_app.domain.catalog import DocumentLine

Delivery = Literal["desk", "post"]

__all__ = ["ReceiptDocument", "render_receipt"]


@dataclass(frozen=True)
class ReceiptDocument(ApplicantForm):
    """Everything form 01 prints, already decided by the caller (no look-ups, no clock)."""

    code: str = field(kw_only=True)
    documents: tuple[DocumentLine, ...]
    sets: int
    legal_time_text: str
    received_at: datetime
    due_at: datetime
    delivery: Delivery
    register_book: str
    register_number: int
    lookup_text: str
    qr_payload: str
    due_explanation: str = ""

    def __post_init__(self) -> None:
        if self.delivery not in ("desk", "post"):
            raise ValueError(f"delivery must be 'desk' or 'post', not {self.delivery!r}")


def render_receipt(doc: ReceiptDocument, target: Target, copies: int = 1) -> None:
    """Write form 01 to `target` (a path or a binary file object).

    With copies=2 the same receipt is printed twice, marked as the applicant's copy and the
    copy kept with the dossier.
    """
    form = form_text(doc.header.form_set, "receipt")
    render_form(
        target,
        form,
        doc.header,
        doc.issued_on,
        partial(_body, doc=doc, form=form),
        copies=copies,
        subject=doc.procedure_name,
        code=doc.code,
        qr=CornerQr(doc.qr_payload),
    )


def _body(st: Styles, doc: ReceiptDocument, form: FormText) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 4)]
    story += _applicant(st, doc, form)
    story.append(Paragraph(plain(form.text("item_documents")), st.body))
    story.append(_documents_table(st, doc, form))
    story.append(Spacer(1, 3))
    items = [
        phrase(form, "item_sets", bold=["sets"], sets=doc.sets),
        phrase(form, "item_legal_time", bold=["legal_time"], legal_time=doc.legal_time_text),
        phrase(form, "item_received", bold=["time"], time=time_of_day(form, doc.received_at)),
        phrase(form, "item_due", bold=["time"], time=time_of_day(form, doc.due_at)),
    ]
    story += [Paragraph(item, st.body) for item in items]
    if doc.due_explanation:
        story.append(Paragraph(f"<i>{plain(doc.due_explanation)}</i>", st.note))
    delivery = form.text("delivery_desk" if doc.delivery == "desk" else "delivery_post")
    story.append(
        Paragraph(phrase(form, "item_delivery", bold=["delivery"], delivery=delivery), st.body)
    )
    register = phrase(
        form,
        "register_entry",
        bold=["book", "number"],
        book=doc.register_book,
        number=doc.register_number,
    )
    story.append(Paragraph(register, st.body))
    story.append(Spacer(1, 4))
    signed = signatures(
        st,
        form,
        [("applicant_signature", doc.applicant_name), ("clerk_signature", doc.clerk_name)],
    )
    notes = [
        Paragraph(f"<b><i>{plain(form.text('note_heading'))}</i></b>", st.note),
        Paragraph(plain(form.text("note_bring_receipt")), st.note),
        Paragraph(phrase(form, "note_lookup", lookup=doc.lookup_text), st.note),
    ]
    # The signatures and the notes belong together; never leave one of them alone on a page.
    story.append(unbreakable([signed, Spacer(1, 4), *notes]))
    return story


def _applicant(st: Styles, doc: ReceiptDocument, form: FormText) -> list[Flowable]:
    lines = [
        phrase(form, "dossier_code", bold=["code"], code=doc.code),
        *applicant_lines(form, "received_from", doc),
    ]
    return [Paragraph(line, st.body) for line in lines]


def _documents_table(st: Styles, doc: ReceiptDocument, form: FormText) -> Table:
    rows = [
        [
            Paragraph(plain(line.name), st.table_cell),
            Paragraph(plain(line.form), st.table_cell_centre),
            Paragraph(f"{line.count:02d}", st.table_cell_centre),
        ]
        for line in doc.documents
    ]
    number_width, form_width, count_width = 12 * mm, 42 * mm, 20 * mm
    name_width = CONTENT_WIDTH - number_width - form_width - count_width
    return numbered_table(
        st,
        form,
        ("column_number", "column_name", "column_form", "column_count"),
        rows,
        [number_width, name_width, form_width, count_width],
    )
