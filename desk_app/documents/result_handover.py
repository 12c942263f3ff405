"""The result's hand-over slip (Phiếu bàn giao kết quả giải quyết thủ tục hành chính): what the
return desk gives with the result and keeps signed by whoever collected it.

No form number prescribes it, in either form set; it follows form 01's look (header, the
dossier code, the applicant, numbered items, two signatures). Its QR code in the upper-left
corner carries the result's validity (Circular 01/2023/TT-VPCP Art. 26). Printed before the
hand-over, the time and the collector are dotted lines to fill in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.documents.form_page import render_form
from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import (
    ApplicantForm,
    Styles,
    Target,
    applicant_lines,
    phrase,
    plain,
    short_date,
    signatures,
    time_of_day,
    unbreakable,
)
from desk_app.documents.qr import CornerQr

__all__ = ["Collection", "ResultHandoverDocument", "render_result_handover"]


@dataclass(frozen=True)
class Collection:
    """The hand-over as recorded: in person (name, ID paper) or by post (tracking number)."""

    at: datetime
    by_post: bool
    collector_name: str = ""
    collector_id: str = ""
    tracking_number: str = ""


@dataclass(frozen=True)
class ResultHandoverDocument(ApplicantForm):
    """Everything the slip prints, decided by the caller."""

    code: str = field(kw_only=True)
    received_at: datetime
    due_at: datetime | None  # None: the dossier's clock has no due date
    ready_at: datetime
    # recorded: whether the result's validity was recorded with it (results recorded before
    # the program asked for it were not); valid_until None is then "no time limit".
    validity_recorded: bool
    valid_until: date | None
    collection: Collection | None
    qr_payload: str


def render_result_handover(doc: ResultHandoverDocument, target: Target, copies: int = 1
                           ) -> None:
    """Write the slip to `target`; copies=2 adds the copy kept with the dossier."""
    form = form_text(doc.header.form_set, "result_handover")
    render_form(target, form, doc.header, doc.issued_on, partial(_body, doc=doc, form=form),
                copies=copies, subject=doc.procedure_name, code=doc.code,
                qr=CornerQr(doc.qr_payload))


def _validity(doc: ResultHandoverDocument, form: FormText) -> str:
    if not doc.validity_recorded:
        return form.text("validity_unknown")
    if doc.valid_until is None:
        return form.text("validity_none")
    return form.text("validity_until", date=short_date(form, doc.valid_until))


def _collection_lines(doc: ResultHandoverDocument, form: FormText) -> list[str]:
    got = doc.collection
    if got is None:
        return [phrase(form, "item_handed_over", time=form.text("handed_over_blank")),
                plain(form.text("collector_blank"))]
    lines = [phrase(form, "item_handed_over", bold=["time"], time=time_of_day(form, got.at))]
    if got.by_post:
        lines.append(phrase(form, "item_post", bold=["tracking_number"],
                            tracking_number=got.tracking_number))
    else:
        lines.append(phrase(form, "item_collector", bold=["name"], name=got.collector_name,
                            id_number=got.collector_id))
    return lines


def _body(st: Styles, doc: ResultHandoverDocument, form: FormText) -> list[Flowable]:
    lines = [phrase(form, "dossier_code", bold=["code"], code=doc.code),
             *applicant_lines(form, "handed_to", doc),
             phrase(form, "item_received", time=time_of_day(form, doc.received_at)),
             phrase(form, "item_due", time=time_of_day(form, doc.due_at) if doc.due_at
                    else form.text("due_none")),
             phrase(form, "item_ready", bold=["time"], time=time_of_day(form, doc.ready_at)),
             phrase(form, "item_validity", bold=["validity"], validity=_validity(doc, form)),
             *_collection_lines(doc, form)]
    story: list[Flowable] = [Spacer(1, 4), *(Paragraph(line, st.body) for line in lines),
                             Spacer(1, 6)]
    collector = doc.collection.collector_name if doc.collection and not doc.collection.by_post \
        else ""
    signed = signatures(st, form, [("collector_signature", collector),
                                   ("clerk_signature", doc.clerk_name)])
    notes = [Paragraph(f"<b><i>{plain(form.text('note_heading'))}</i></b>", st.note),
             Paragraph(plain(form.text("note_check")), st.note)]
    story.append(unbreakable([signed, Spacer(1, 4), *notes]))
    return story
