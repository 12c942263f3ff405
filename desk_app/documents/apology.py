"""Form 04: the apology letter, with or without a new appointment.

2025 set: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"; 2018 set: "Phiếu xin lỗi và
hẹn lại ngày trả kết quả". One letter may apologise for a delay (with its reason and a new
appointment), for errors (sai sót: a wrong result, lost or damaged papers), or for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from reportlab.platypus import Flowable

from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import (
    CopyMark,
    OfficeHeader,
    Styles,
    Target,
    build_pdf,
    copy_marks,
    fit_one_page,
    page_header,
    short_date,
)
from desk_app.documents.letter_parts import (
    LetterLine,
    body_flowables,
    closing_block,
    moment_vi,
    sentence,
)

__all__ = ["ApologyDocument", "OfficeHeader", "apology_lines", "render_apology"]


@dataclass(frozen=True)
class ApologyDocument:
    """Everything form 04 prints, decided by the caller."""

    header: OfficeHeader
    number: str
    issued_on: date
    applicant_name: str
    code: str
    received_at: datetime
    missed_due: datetime | None
    delay_reason: str
    errors: tuple[str, ...]
    new_due: datetime | None
    signer_titles: tuple[str, ...]
    signer_name: str

    def __post_init__(self) -> None:
        if not self.delay_reason.strip() and not any(e.strip() for e in self.errors):
            raise ValueError("an apology must give the reason of a delay or name an error")


def apology_lines(doc: ApologyDocument, form: FormText) -> list[LetterLine]:
    """The body of the letter, from "Kính gửi" to the closing thanks."""
    agency = doc.header.agency_name
    errors = [error.strip() for error in doc.errors if error.strip()]
    delay = bool(doc.delay_reason.strip())
    lines = [
        LetterLine("addressee", form.text("addressee", name=doc.applicant_name)),
        LetterLine("paragraph", form.text(
            "received", received_on=short_date(form, doc.received_at.date()), agency_name=agency,
            code=doc.code)),
    ]
    if doc.missed_due is not None:
        lines.append(LetterLine("paragraph", form.text(
            "appointment", due=moment_vi(form, doc.missed_due))))
    if delay:
        lines.append(LetterLine("paragraph", form.text(
            "late", agency_name=agency, reason=sentence(doc.delay_reason))))
    if errors:
        lines.append(LetterLine("paragraph", form.text("errors_intro", agency_name=agency)))
        # A list inside a sentence: each item ends with ";", the last with ".".
        ends = [";"] * (len(errors) - 1) + ["."]
        lines += [
            LetterLine("item", form.text("error_item", error=error.rstrip(" .;") + end))
            for error, end in zip(errors, ends, strict=True)
        ]
    apology = "apology_both" if delay and errors else "apology" if delay else "apology_errors"
    lines.append(LetterLine("paragraph", form.text(apology, agency_name=agency)))
    if doc.new_due is not None:
        lines.append(LetterLine("paragraph", form.text(
            "new_appointment" if delay else "new_appointment_errors", agency_name=agency,
            new_due=moment_vi(form, doc.new_due))))
    lines.append(LetterLine("paragraph", form.text("thanks")))
    return lines


def render_apology(doc: ApologyDocument, target: Target, copies: int = 1) -> None:
    """Write form 04 to `target`; copies=2 adds the copy the office keeps."""
    form = form_text(doc.header.form_set, "apology")
    build_pdf(
        target,
        [fit_one_page(partial(_story, doc, form, mark)) for mark in copy_marks(form, copies)],
        title=f"{form.title} - {doc.code}",
        subject=doc.applicant_name,
    )


def _story(doc: ApologyDocument, form: FormText, mark: str | None, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [CopyMark(mark)] if mark else []
    story += page_header(st, doc.header, form, doc.issued_on, number=doc.number)
    story += body_flowables(st, apology_lines(doc, form))
    story.append(closing_block(st, form, doc.applicant_name, doc.signer_titles, doc.signer_name))
    return story
