"""Form 05 of the 2025 set: the notice that processing of a dossier has stopped
(Thông báo dừng giải quyết hồ sơ). The 2018 set has no such form: `form_text` refuses it."""

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
from desk_app.documents.letter_parts import LetterLine, body_flowables, closing_block, sentence

__all__ = ["OfficeHeader", "StopNoticeDocument", "render_stop_notice", "stop_notice_lines"]


@dataclass(frozen=True)
class StopNoticeDocument:
    """Everything form 05 prints, decided by the caller."""

    header: OfficeHeader
    number: str
    issued_on: date
    applicant_name: str
    code: str
    received_at: datetime
    reason: str
    signer_titles: tuple[str, ...]
    signer_name: str
    legal_basis: str = ""

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("a stop notice must give its reason")


def stop_notice_lines(doc: StopNoticeDocument, form: FormText) -> list[LetterLine]:
    agency = doc.header.agency_name
    statement = form.text("statement", agency_name=agency, reason=sentence(doc.reason))
    if doc.legal_basis.strip():
        statement = f"{form.text('legal_basis', legal_basis=doc.legal_basis.strip())} {statement}"
    return [
        LetterLine("addressee", form.text("addressee", name=doc.applicant_name)),
        LetterLine("paragraph", form.text(
            "received", received_on=short_date(form, doc.received_at.date()), agency_name=agency,
            code=doc.code)),
        LetterLine("paragraph", statement),
        LetterLine("paragraph", form.text("closing", agency_name=agency)),
    ]


def render_stop_notice(doc: StopNoticeDocument, target: Target, copies: int = 1) -> None:
    """Write form 05 to `target`; UnknownFormError when the office's form set lacks it."""
    form = form_text(doc.header.form_set, "stop_notice")
    build_pdf(
        target,
        [fit_one_page(partial(_story, doc, form, mark)) for mark in copy_marks(form, copies)],
        title=f"{form.title} - {doc.code}",
        subject=doc.applicant_name,
    )


def _story(doc: StopNoticeDocument, form: FormText, mark: str | None,
           st: Styles) -> list[Flowable]:
    story: list[Flowable] = [CopyMark(mark)] if mark else []
    story += page_header(st, doc.header, form, doc.issued_on, number=doc.number)
    story += body_flowables(st, stop_notice_lines(doc, form))
    story.append(closing_block(st, form, doc.applicant_name, doc.signer_titles, doc.signer_name))
    return story
