"""The receipt (form 01) of a received dossier, and reading back a scanned receipt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from desk_app.documents.layout import OfficeHeader
from desk_app.documents.receipt import ReceiptDocument, render_receipt
from desk_app.domain import qr_tag
from desk_app.domain.catalog import DocumentLine
from desk_app.domain.deadlines import TimeLimit
from desk_app.files import save
from desk_app.services.actors import require
from desk_app.services.clock import derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.document_qr import dossier_qr, qr_secret
from desk_app.services.dossiers import _load
from desk_app.services.errors import NotFound, UserError
from desk_app.services.office import read_settings, require_settings
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier, User


def office_header(settings: dict[str, str]) -> OfficeHeader:
    require_settings(settings, "parent_agency_name", "agency_name", "place_name")
    return OfficeHeader(settings["parent_agency_name"], settings["agency_name"],
                        settings["place_name"], settings["form_set"])


def receipt_document(desk: Desk, code: str) -> ReceiptDocument:
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        settings = read_settings(session)
        header = office_header(settings)
        dossier = _load(session, code)
        state = derive(dossier.version, load_calendar(session), list(dossier.events))
        if state.due_at is None:
            raise UserError(f"Mã hồ sơ: hồ sơ '{code}' đang tạm dừng, chưa có ngày hẹn")
        clerk = session.get(User, dossier.received_by_id) if dossier.received_by_id else None
        template = settings["qr_url_template"]
        lookup = (f"Tra cứu tình trạng hồ sơ bằng mã hồ sơ tại {template.replace('{code}', code)}"
                  if template != "{code}" else
                  "Tra cứu tình trạng hồ sơ bằng mã hồ sơ tại Bộ phận Một cửa hoặc quét mã QR")
        return ReceiptDocument(
            code=dossier.code, header=header, issued_on=dossier.received_at.date(),
            applicant_name=dossier.applicant_name, applicant_address=dossier.address,
            applicant_phone=dossier.phone, applicant_email=dossier.email,
            procedure_code=dossier.version.procedure.code,
            procedure_name=dossier.version.procedure.name,
            documents=tuple(DocumentLine(d.name, d.form, d.count) for d in dossier.documents),
            sets=dossier.sets,
            legal_time_text=TimeLimit.parse(dossier.version.time_limit).describe_vi(),
            received_at=dossier.received_at, due_at=state.due_at, delivery=dossier.delivery,
            register_book=dossier.register_book, register_number=dossier.register_number or 0,
            clerk_name=clerk.full_name if clerk else "", lookup_text=lookup,
            qr_payload=dossier_qr(session, settings, dossier, "receipt", dossier.received_at,
                                  state.due_at),
            due_explanation=state.explanation,
        )


def write_receipt(desk: Desk, code: str, target: Path | BinaryIO, copies: int = 1) -> None:
    if copies not in (1, 2):
        raise UserError("Số bản: 1 hoặc 2")
    document = receipt_document(desk, code)
    save(target, lambda out: render_receipt(document, out, copies))


@dataclass(frozen=True)
class ScanResult:
    code: str
    # True: the tag verifies; False: a whole tag that does not (forged or another office's);
    # None: no whole tag to check (a bare code, or a payload cut short: see `unverifiable`).
    genuine: bool | None
    # A QR payload whose tag is missing or cut: the dossier opens, marked "cannot be verified".
    unverifiable: bool = False


def resolve_scan(desk: Desk, text: str) -> ScanResult:
    """What a USB scanner typed (bare code or the QR payload) to an existing dossier."""
    with read_scope(desk.url) as session:
        settings = read_settings(session)
        scan = qr_tag.parse_scan(text, settings["qr_url_template"])
        if scan is None and text.strip().startswith(qr_tag.MARK):
            raise UserError("Mã quét: mã QR của một phiếu không có mã hồ sơ (hồ sơ chưa được "
                            "tiếp nhận)")
        if scan is None:
            raise UserError(f"Mã quét: '{text.strip()}' không phải mã hồ sơ")
        exists = session.execute(select(Dossier.id).where(Dossier.code == scan.code)).first()
        if exists is None:
            raise NotFound(f"Mã hồ sơ: không có hồ sơ '{scan.code}'")
        if scan.cut:
            return ScanResult(scan.code, None, unverifiable=True)
        genuine = None if scan.tag is None else qr_tag.verify(scan, qr_secret(session))
        return ScanResult(scan.code, genuine)
