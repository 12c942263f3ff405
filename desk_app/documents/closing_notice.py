"""The notice that a dossier is closed because the requested additions did not come in time
(Decree 118/2025/NĐ-CP Art. 19(5)). No form number prescribes it: a numbered letter worded as
the stop notice is, in both form sets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import Target, short_date
from desk_app.documents.letter_parts import LetterLine, NumberedLetter, render_letter

__all__ = ["ClosingNoticeDocument", "closing_notice_lines", "render_closing_notice"]


@dataclass(frozen=True)
class ClosingNoticeDocument(NumberedLetter):
    """Everything the closing notice prints, decided by the caller."""

    requested_on: date
    request_number: str
    deadline: date
    days: int


def closing_notice_lines(doc: ClosingNoticeDocument, form: FormText) -> list[LetterLine]:
    agency = doc.header.agency_name
    return [
        *doc.opening(form),
        LetterLine("paragraph", form.text(
            "requested", requested_on=short_date(form, doc.requested_on), agency_name=agency,
            letter_number=doc.request_number, deadline=short_date(form, doc.deadline),
            days=doc.days)),
        LetterLine("paragraph", form.text("statement", agency_name=agency)),
        LetterLine("paragraph", form.text("closing", agency_name=agency)),
    ]


def render_closing_notice(doc: ClosingNoticeDocument, target: Target, copies: int = 1) -> None:
    """Write the closing notice to `target`; copies=2 adds the copy the office keeps."""
    form = form_text(doc.header.form_set, "closing_notice")
    render_letter(doc, form, closing_notice_lines(doc, form), target, copies)
