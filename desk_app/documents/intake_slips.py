"""Forms 02 and 03: the slips a clerk gives when a dossier is not received.

Form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) lists what is missing or incomplete and is
signed by the guiding clerk; form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ) gives the
reasons for refusing. Both may also be issued later for a received dossier, so the dossier code
is optional.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import (
    CONTENT_WIDTH,
    CopyMark,
    OfficeHeader,
    Styles,
    Target,
    applicant_lines,
    build_pdf,
    copy_marks,
    fit_one_page,
    page_header,
    phrase,
    plain,
    ruled_table,
    side_by_side,
    signature_block,
    unbreakable,
)

__all__ = [
    "MissingDocument",
    "OfficeHeader",
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
class SupplementRequestDocument:
    """Everything form 02 prints."""

    header: OfficeHeader
    issued_on: date
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    procedure_code: str
    procedure_name: str
    items: tuple[MissingDocument, ...]
    reason: str
    clerk_name: str
    contact_text: str = ""
    code: str = ""

    def __post_init__(self) -> None:
        if not self.items:
            raise ValueError("a supplement request must list at least one document")


@dataclass(frozen=True)
class RefusalDocument:
    """Everything form 03 prints."""

    header: OfficeHeader
    issued_on: date
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    procedure_code: str
    procedure_name: str
    reasons: tuple[str, ...]
    clerk_name: str
    legal_basis: str = ""
    code: str = ""

    def __post_init__(self) -> None:
        if not any(reason.strip() for reason in self.reasons):
            raise ValueError("a refusal must give its reasons")


def render_supplement_request(
    doc: SupplementRequestDocument, target: Target, copies: int = 1
) -> None:
    """Write form 02 to `target`; copies=2 adds the copy the desk keeps."""
    form = form_text(doc.header.form_set, "supplement_request")
    _render(form, doc.procedure_name, target, copies, partial(_supplement_story, doc, form))


def render_refusal(doc: RefusalDocument, target: Target, copies: int = 1) -> None:
    """Write form 03 to `target`; copies=2 adds the copy the desk keeps."""
    form = form_text(doc.header.form_set, "refusal")
    _render(form, doc.procedure_name, target, copies, partial(_refusal_story, doc, form))


def _render(
    form: FormText,
    subject: str,
    target: Target,
    copies: int,
    body: Callable[[Styles], list[Flowable]],
) -> None:
    build_pdf(
        target,
        [fit_one_page(partial(_marked, body, mark)) for mark in copy_marks(form, copies)],
        title=form.title,
        subject=subject,
    )


def _marked(
    body: Callable[[Styles], list[Flowable]], mark: str | None, st: Styles
) -> list[Flowable]:
    return [CopyMark(mark), *body(st)] if mark else body(st)


def _opening(
    st: Styles,
    form: FormText,
    doc: SupplementRequestDocument | RefusalDocument,
) -> list[Flowable]:
    story = page_header(st, doc.header, form, doc.issued_on)
    story.append(Spacer(1, 4))
    if doc.code:
        story.append(Paragraph(phrase(form, "dossier_code", bold=["code"], code=doc.code), st.body))
    lines = applicant_lines(
        form,
        "applicant",
        name=doc.applicant_name,
        address=doc.applicant_address,
        phone=doc.applicant_phone,
        email=doc.applicant_email,
        procedure_name=doc.procedure_name,
        procedure_code=doc.procedure_code,
    )
    story += [Paragraph(line, st.body) for line in lines]
    return story


def _signature(st: Styles, form: FormText, caption: str, name: str) -> Flowable:
    half = CONTENT_WIDTH / 2
    block = signature_block(st, form.text(caption), form.text("sign_note"), name)
    return unbreakable([Spacer(1, 6), side_by_side([[], block], [half, half])])


def _supplement_story(doc: SupplementRequestDocument, form: FormText, st: Styles) -> list[Flowable]:
    story = _opening(st, form, doc)
    story.append(Spacer(1, 2))
    story.append(Paragraph(plain(form.text("intro")), st.body_justified))
    header = [
        Paragraph(plain(form.text(name)), st.table_header)
        for name in ("column_number", "column_document", "column_detail")
    ]
    rows = [
        [
            Paragraph(str(number), st.table_cell_centre),
            Paragraph(plain(item.name), st.table_cell),
            Paragraph(plain(item.detail), st.table_cell),
        ]
        for number, item in enumerate(doc.items, start=1)
    ]
    number_width = 12 * mm
    rest = CONTENT_WIDTH - number_width
    story.append(ruled_table([header, *rows], [number_width, rest * 0.45, rest * 0.55]))
    story.append(Spacer(1, 4))
    story.append(Paragraph(phrase(form, "reason", reason=doc.reason), st.body_justified))
    if doc.contact_text:
        story.append(
            Paragraph(phrase(form, "contact", contact=doc.contact_text), st.body_justified)
        )
    story.append(_signature(st, form, "guide_signature", doc.clerk_name))
    return story


def _refusal_story(doc: RefusalDocument, form: FormText, st: Styles) -> list[Flowable]:
    story = _opening(st, form, doc)
    story.append(Spacer(1, 2))
    statement = phrase(form, "statement", agency_name=doc.header.agency_name)
    if doc.legal_basis:
        statement = f"{phrase(form, 'legal_basis', legal_basis=doc.legal_basis)} {statement}"
    story.append(Paragraph(statement, st.body_justified))
    reasons = [reason for reason in doc.reasons if reason.strip()]
    story += [Paragraph(f"- {plain(reason)}", st.body_justified) for reason in reasons]
    story.append(Paragraph(plain(form.text("closing")), st.body_justified))
    story.append(_signature(st, form, "clerk_signature", doc.clerk_name))
    return story
