"""Form 04: the apology letter, with or without a new appointment.

2025 set: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"; 2018 set: "Phiếu xin lỗi và
hẹn lại ngày trả kết quả". One letter may apologise for a delay (with its reason and a new
appointment), for errors (sai sót: a wrong result, lost or damaged papers), or for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import Target, time_of_day
from desk_app.documents.letter_parts import LetterLine, NumberedLetter, render_letter, sentence

__all__ = ["ApologyDocument", "apology_lines", "render_apology"]


@dataclass(frozen=True)
class ApologyDocument(NumberedLetter):
    """Everything form 04 prints, decided by the caller."""

    missed_due: datetime | None
    delay_reason: str
    errors: tuple[str, ...]
    new_due: datetime | None

    def __post_init__(self) -> None:
        if not self.delay_reason.strip() and not any(e.strip() for e in self.errors):
            raise ValueError("an apology must give the reason of a delay or name an error")


def apology_lines(doc: ApologyDocument, form: FormText) -> list[LetterLine]:
    """The body of the letter, from "Kính gửi" to the closing thanks."""
    agency = doc.header.agency_name
    errors = [error.strip() for error in doc.errors if error.strip()]
    delay = bool(doc.delay_reason.strip())
    lines = doc.opening(form)
    if doc.missed_due is not None:
        lines.append(LetterLine("paragraph", form.text(
            "appointment", due=time_of_day(form, doc.missed_due))))
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
            new_due=time_of_day(form, doc.new_due))))
    lines.append(LetterLine("paragraph", form.text("thanks")))
    return lines


def render_apology(doc: ApologyDocument, target: Target, copies: int = 1) -> None:
    """Write form 04 to `target`; copies=2 adds the copy the office keeps."""
    form = form_text(doc.header.form_set, "apology")
    render_letter(doc, form, apology_lines(doc, form), target, copies)
