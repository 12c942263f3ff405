"""Forms 02 and 03: the slips a clerk gives when a dossier is not received.

Form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) lists what is missing or incomplete and is
signed by the guiding clerk; form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ) gives the
reasons for refusing. Both may also be issued later for a received dossier, so the dossier code
is optional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.documents.form_page import Body, render_form
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
    unbreakable,
)
from desk_app.documents.qr import corner_qr

__all__ = [
    "ApplicantSlip",
    "MissingDocument",
    "RefusalDocument",
    "SupplementRequestDocument",
    "render_refusal",
    "render_supplement_request",
]


@dataclass(frozen=True)
class MissingDocument:
    """A paper to add or put right, and what exactly the applicant must do about it."""

    name: str
    detail: str


@dataclass(frozen=True)
class ApplicantSlip(ApplicantForm):
    """Forms 02 and 03: given at the counter, or later for a received dossier with its code."""

    code: str = field(default="", kw_only=True)
    # The Circular 01/2023 QR code printed in the upper-left corner (none when empty).
    qr_payload: str = field(default="", kw_only=True)


@dataclass(frozen=True)
class SupplementRequestDocument(ApplicantSlip):
    """Everything form 02 prints."""

    items: tuple[MissingDocument, ...]
    reason: str
    contact_text: str = ""

    def __post_init__(self) -> None:
        if not self.items:
            raise ValueError("a supplement request must list at least one document")


@dataclass(frozen=True)
class RefusalDocument(ApplicantSlip):
    """Everything form 03 prints."""

    reasons: tuple[str, ...]
    legal_basis: str = ""

    def __post_init__(self) -> None:
        if not any(reason.strip() for reason in self.reasons):
            raise ValueError("a refusal must give its reasons")


def render_supplement_request(
    doc: SupplementRequestDocument, target: Target, copies: int = 1
) -> None:
    """Write form 02 to `target`; copies=2 adds the copy the desk keeps."""
    form = form_text(doc.header.form_set, "supplement_request")
    _render(doc, form, "guide_signature", partial(_supplement_body, doc, form), target, copies)


def render_refusal(doc: RefusalDocument, target: Target, copies: int = 1) -> None:
    """Write form 03 to `target`; copies=2 adds the copy the desk keeps."""
    form = form_text(doc.header.form_set, "refusal")
    _render(doc, form, "clerk_signature", partial(_refusal_body, doc, form), target, copies)


def _render(
    doc: ApplicantSlip, form: FormText, signer: str, body: Body, target: Target, copies: int
) -> None:
    """The slip: its opening lines, `body`, and the clerk's signature under `signer`."""

    def slip(st: Styles) -> list[Flowable]:
        return [*_opening(st, form, doc), *body(st), _signature(st, form, signer, doc.clerk_name)]

    render_form(target, form, doc.header, doc.issued_on, slip, copies=copies,
                subject=doc.procedure_name, qr=corner_qr(doc.qr_payload))


def _opening(st: Styles, form: FormText, doc: ApplicantSlip) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 4)]
    if doc.code:
        story.append(Paragraph(phrase(form, "dossier_code", bold=["code"], code=doc.code), st.body))
    story += [Paragraph(line, st.body) for line in applicant_lines(form, "applicant", doc)]
    story.append(Spacer(1, 2))
    return story


def _signature(st: Styles, form: FormText, caption: str, name: str) -> Flowable:
    return unbreakable([Spacer(1, 6), signatures(st, form, [None, (caption, name)])])


def _supplement_body(doc: SupplementRequestDocument, form: FormText, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(plain(form.text("intro")), st.body_justified)]
    rows = [
        [Paragraph(plain(item.name), st.table_cell), Paragraph(plain(item.detail), st.table_cell)]
        for item in doc.items
    ]
    number_width = 12 * mm
    rest = CONTENT_WIDTH - number_width
    columns = ("column_number", "column_document", "column_detail")
    story.append(
        numbered_table(st, form, columns, rows, [number_width, rest * 0.45, rest * 0.55])
    )
    story.append(Spacer(1, 4))
    story.append(Paragraph(phrase(form, "reason", reason=doc.reason), st.body_justified))
    if doc.contact_text:
        story.append(
            Paragraph(phrase(form, "contact", contact=doc.contact_text), st.body_justified)
        )
    return story


def _refusal_body(doc: RefusalDocument, form: FormText, st: Styles) -> list[Flowable]:
    statement = phrase(form, "statement", agency_name=doc.header.agency_name)
    if doc.legal_basis:
        statement = f"{phrase(form, 'legal_basis', legal_basis=doc.legal_basis)} {statement}"
    reasons = [reason for reason in doc.reasons if reason.strip()]
    return [
        Paragraph(statement, st.body_justified),
        *(Paragraph(f"- {plain(reason)}", st.body_justified) for reason in reasons),
        Paragraph(plain(form.text("closing")), st.body_justified),
    ]
