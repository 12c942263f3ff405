"""The result's hand-over slip of a dossier (documents/result_handover.py), from its events: the
result's moment and validity (the `result_ready` event's data) and, once handed over, the
moment and the collector (the `returned` event's data).

The slip's time of issue, printed and in its QR code, is the hand-over's moment once the
result is handed over, so a reprint carries the same code; before that it is the moment of
printing. A result recorded before the validity was asked for says "không ghi nhận" and its
code has no `HL` field: the program does not guess a validity.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from desk_app.documents.result_handover import (
    Collection,
    ResultHandoverDocument,
    render_result_handover,
)
from desk_app.domain import qr_tag
from desk_app.files import save
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.document_qr import dossier_qr
from desk_app.services.dossiers import _load
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.services.reception.receipts import office_header
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier, DossierEvent, User

__all__ = ["result_handover_document", "write_result_handover"]


def _latest(dossier: Dossier, kind: str) -> DossierEvent | None:
    found = [event for event in dossier.events if event.kind == kind]
    return found[-1] if found else None


def _collection(returned: DossierEvent | None) -> Collection | None:
    if returned is None:
        return None
    data = returned.data or {}
    return Collection(at=returned.at, by_post=bool(data.get("by_post")),
                      collector_name=data.get("collector_name", ""),
                      collector_id=data.get("collector_id", ""),
                      tracking_number=data.get("tracking_number", ""))


def result_handover_document(desk: Desk, code: str, now: datetime | None = None
                             ) -> ResultHandoverDocument:
    """The slip of a dossier whose result is ready or handed over; UserError otherwise."""
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        settings = read_settings(session)
        header = office_header(settings)
        dossier = _load(session, code)
        ready = _latest(dossier, "result_ready")
        if dossier.status not in ("result_ready", "returned") or ready is None:
            raise UserError(f"Mã hồ sơ: hồ sơ '{dossier.code}' chưa có kết quả để bàn giao")
        returned = _latest(dossier, "returned") if dossier.status == "returned" else None
        data = ready.data or {}
        recorded = "valid_until" in data
        valid_until = date.fromisoformat(data["valid_until"]) if data.get("valid_until") \
            else None
        issued_at = returned.at if returned is not None else (now or desk.now())
        clerk = session.get(User, returned.actor_id) \
            if returned is not None and returned.actor_id else None
        clerk_name = clerk.full_name if clerk else desk.user.full_name
        validity = qr_tag.validity_text(valid_until) if recorded else ""
        return ResultHandoverDocument(
            code=dossier.code, header=header, issued_on=issued_at.date(),
            applicant_name=dossier.applicant_name, applicant_address=dossier.address,
            applicant_phone=dossier.phone, applicant_email=dossier.email,
            procedure_code=dossier.version.procedure.code,
            procedure_name=dossier.version.procedure.name, clerk_name=clerk_name or "",
            received_at=dossier.received_at, due_at=dossier.due_at, ready_at=ready.at,
            validity_recorded=recorded, valid_until=valid_until,
            collection=_collection(returned),
            qr_payload=dossier_qr(session, settings, dossier, "result_handover", issued_at,
                                  validity=validity))


def write_result_handover(desk: Desk, code: str, target: Path | BinaryIO, copies: int = 1
                          ) -> None:
    if copies not in (1, 2):
        raise UserError("Số bản: 1 hoặc 2")
    document = result_handover_document(desk, code)
    save(target, lambda out: render_result_handover(document, out, copies))
