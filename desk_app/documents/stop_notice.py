"""Form 05 of the 2025 set: the notice that processing of a dossier has stopped
(Thông báo dừng giải quyết hồ sơ). The 2018 set has no such form: `form_text` refuses it."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import Target
from desk_app.documents.letter_parts import LetterLine, NumberedLetter, render_letter, sentence

__all__ = ["StopNoticeDocument", "render_stop_notice", "stop_notice_lines"]


@dataclass(frozen=True)
class StopNoticeDocument(NumberedLetter):
    """Everything form 05 prints, decided by the caller."""

    reason: str
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
        *doc.opening(form),
        LetterLine("paragraph", statement),
        LetterLine("paragraph", form.text("closing", agency_name=agency)),
    ]


def render_stop_notice(doc: StopNoticeDocument, target: Target, copies: int = 1) -> None:
    """Write form 05 to `target`; UnknownFormError when the office's form set lacks it."""
    form = form_text(doc.header.form_set, "stop_notice")
    render_letter(doc, form, stop_notice_lines(doc, form), target, copies)
