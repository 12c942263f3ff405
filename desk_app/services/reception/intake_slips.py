"""Forms 02 and 03 at the counter: the dossier is not received, but the slip is recorded
(for the statistics) and printed."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from desk_app.documents.intake_slips import (
    MissingDocument,
    RefusalDocument,
    SupplementRequestDocument,
    render_refusal,
    render_supplement_request,
)
from desk_app.domain.intake import IntakeRequest, validate_intake
from desk_app.domain.text import nfc
from desk_app.files import save
from desk_app.services import audit
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.document_qr import document_qr
from desk_app.services.errors import NotFound, UserError
from desk_app.services.office import read_settings, require_settings
from desk_app.services.reception.receipts import office_header
from desk_app.services.rules.catalog import procedure_at
from desk_app.store.db import retrying, session_scope
from desk_app.store.models import Letter
from desk_app.store.sequences import next_number

KINDS = ("supplement_request", "refusal")


@dataclass(frozen=True)
class IssuedSlip:
    letter_id: int
    kind: str
    number: int
    year: int


@retrying
def issue(desk: Desk, kind: str, request: IntakeRequest, lines: list[tuple[str, str]],
          reason: str) -> IssuedSlip:
    """`lines`: for form 02 (document name, what to do); for form 03 (reason, "")."""
    require(desk.user, "dossier.receive")
    if kind not in KINDS:
        raise UserError(f"Loại phiếu: '{kind}' không hợp lệ")
    request = validate_intake(request)
    lines = [(nfc(a), nfc(b)) for a, b in lines if nfc(a)]
    if not lines:
        field = "Giấy tờ cần bổ sung" if kind == "supplement_request" else "Lý do từ chối"
        raise UserError(f"{field}: cần ít nhất một dòng")
    now = desk.now()
    with session_scope(desk.url) as session:
        settings = read_settings(session)
        require_settings(settings, "agency_code")
        procedure, _ = procedure_at(session, request.procedure_code, now)
        number = next_number(session, f"letter:{kind}:{settings['agency_code']}",
                             date(now.year, 1, 1))
        letter = Letter(
            kind=kind, agency=settings["agency_code"], year=now.year, number=number,
            issued_at=now, reason=nfc(reason), signer_name=desk.user.full_name,
            data={"request": asdict(request), "procedure_name": procedure.name,
                  "lines": lines},
        )
        session.add(letter)
        session.flush()
        audit.record(session, desk.user, now, f"intake.{kind}", "letter", str(letter.id), None,
                     {"number": number, "procedure": procedure.code,
                      "applicant": request.applicant_name})
        return IssuedSlip(letter.id, kind, number, now.year)


def write_slip(desk: Desk, letter_id: int, target: Path | BinaryIO, copies: int = 1) -> None:
    with session_scope(desk.url) as session:
        letter = session.get(Letter, letter_id)
        if letter is None or letter.kind not in KINDS:
            raise NotFound(f"Phiếu số {letter_id}: không có")
        settings = read_settings(session)
        header = office_header(settings)
        request = letter.data["request"]
        # Not received: no dossier code; the slip's QR says who asked for which procedure.
        qr_payload = document_qr(session, settings, letter.kind, code="",
                                 procedure_code=request["procedure_code"],
                                 holder_id=request.get("id_number", ""),
                                 issued_at=letter.issued_at)
        common = dict(
            header=header, issued_on=letter.issued_at.date(),
            applicant_name=request["applicant_name"], applicant_address=request["address"],
            applicant_phone=request["phone"], applicant_email=request["email"],
            procedure_code=request["procedure_code"],
            procedure_name=letter.data["procedure_name"], clerk_name=letter.signer_name,
            qr_payload=qr_payload,
        )
    lines = letter.data["lines"]
    if letter.kind == "supplement_request":
        document = SupplementRequestDocument(
            **common, items=tuple(MissingDocument(a, b) for a, b in lines),
            reason=letter.reason)
        save(target, lambda out: render_supplement_request(document, out, copies))
    else:
        refusal = RefusalDocument(
            **common, reasons=tuple(a for a, _ in lines), legal_basis=letter.reason)
        save(target, lambda out: render_refusal(refusal, out, copies))
