"""The QR code every document of a dossier's process carries (Circular 01/2023/TT-VPCP Art.
26): the receipt, the slips 02 and 03, the apology, the stop notice, the closing notice, the
control sheet and the result's hand-over slip, each with the office's tag. The format is
`domain.qr_tag`'s (docs/qr-payload.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.documents.forms import form_text
from desk_app.domain import qr_tag
from desk_app.services.errors import UserError
from desk_app.services.office import SECRET_KEY
from desk_app.store.models import Dossier, OfficeSetting


def qr_secret(session: Session) -> str:
    row = session.get(OfficeSetting, SECRET_KEY)
    if row is None:
        raise UserError("Chưa có khoá ký mã QR: chạy desk-admin init")
    return row.value


def lookup_url(settings: dict[str, str], code: str) -> str:
    """The office's lookup address of `code`; empty while the template is the bare code."""
    template = settings["qr_url_template"]
    return template.replace("{code}", code) if template != "{code}" and code else ""


def document_qr(session: Session, settings: dict[str, str], kind: str, *, code: str,
                procedure_code: str, holder_id: str, issued_at: datetime,
                appointment: datetime | None = None, validity: str = "") -> str:
    """The signed payload of the form `kind` (a form key of the office's form set)."""
    name = form_text(settings["form_set"], kind).title.capitalize()
    return qr_tag.document_payload(qr_tag.DocumentFields(
        code=code, procedure_code=procedure_code, holder_id=holder_id, kind=kind, name=name,
        agency_code=settings.get("agency_code", ""), issued_at=issued_at,
        appointment=appointment, url=lookup_url(settings, code), validity=validity),
        qr_secret(session))


def dossier_qr(session: Session, settings: dict[str, str], dossier: Dossier, kind: str,
               issued_at: datetime, appointment: datetime | None = None,
               validity: str = "") -> str:
    """The payload of a document issued for a received dossier."""
    return document_qr(session, settings, kind, code=dossier.code,
                       procedure_code=dossier.version.procedure.code,
                       holder_id=dossier.id_number, issued_at=issued_at,
                       appointment=appointment, validity=validity)
