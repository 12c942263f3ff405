"""The register (Sổ theo dõi hồ sơ, form 07 of 2025 / 06 of 2018) of a period, as plain rows,
a PDF or an XLSX workbook.

The period is whole days: dossiers received from `start` 00:00 up to `end` 24:00. One query
reads every line (procedure and unit by joins, the first transfer and the apologies by
correlated subqueries), never one query per dossier. The appointment is the stored derived
`due_at` (an apology's new appointment is shown in the note, not in its place, as lateness
counts against the original appointment). Lines are ordered as they were received.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desk_app.documents.register import (
    RegisterDocument,
    RegisterRow,
    render_register_pdf,
    render_register_xlsx,
)
from desk_app.domain.lateness import DEFAULT_LATENESS, Lateness, is_past_due
from desk_app.domain.lifecycle import OPEN_STATUSES, RESOLVED_STATUSES
from desk_app.files import save
from desk_app.services import audit, exports
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.services.reception.receipts import office_header
from desk_app.store.db import read_scope, session_scope
from desk_app.store.models import (
    Dossier,
    DossierEvent,
    DossierFile,
    Letter,
    OfficeSetting,
    Procedure,
    ProcedureVersion,
    Unit,
)

__all__ = [
    "RegisterRow",
    "check_period",
    "register_document",
    "register_rows",
    "write_register",
    "write_register_pdf",
    "write_register_xlsx",
]

EXTENSIONS = (".pdf", ".xlsx")


def check_period(start: date, end: date) -> None:
    """A period that ends before it starts is the user's mistake: say which field."""
    if start > end:
        raise UserError(
            f"Đến ngày: {end:%d/%m/%Y} trước Từ ngày {start:%d/%m/%Y}; "
            "chọn ngày kết thúc không sớm hơn ngày bắt đầu"
        )


def _lateness(status: str, due_at: datetime | None, completed_at: datetime | None,
              now: datetime, rule: Lateness) -> str:
    if due_at is None:
        return ""
    if status in OPEN_STATUSES:
        return "overdue" if is_past_due(due_at, now, rule) else ""
    if (status in RESOLVED_STATUSES and completed_at is not None
            and is_past_due(due_at, completed_at, rule)):
        return "late"
    return ""


def register_rows(desk: Desk, start: date, end: date,
                  now: datetime | None = None) -> list[RegisterRow]:
    """The register's lines for the dossiers received from `start` to `end` inclusive;
    "overdue" is judged at `now`."""
    require(desk.user, "dossier.read")
    check_period(start, end)
    now = now or desk.now()
    first_transfer = (
        select(func.min(DossierEvent.at))
        .where(DossierEvent.dossier_id == Dossier.id, DossierEvent.kind == "transferred")
        .correlate(Dossier).scalar_subquery()
    )
    # The lead unit is the one the desk sent the dossier to first; later transfers pass it to
    # coordinating units, and the dossier's own unit follows the latest of them.
    first_unit = aliased(Unit)
    lead_unit = (
        select(first_unit.name)
        .join(DossierEvent, DossierEvent.unit_id == first_unit.id)
        .where(DossierEvent.dossier_id == Dossier.id, DossierEvent.kind == "transferred")
        .order_by(DossierEvent.at, DossierEvent.id).limit(1)
        .correlate(Dossier).scalar_subquery()
    )
    apology_count = (
        select(func.count(Letter.id))
        .where(Letter.dossier_id == Dossier.id, Letter.kind == "apology")
        .correlate(Dossier).scalar_subquery()
    )
    latest_new_due = (
        select(Letter.new_due_at)
        .where(Letter.dossier_id == Dossier.id, Letter.kind == "apology",
               Letter.new_due_at.is_not(None))
        .order_by(Letter.issued_at.desc(), Letter.id.desc()).limit(1)
        .correlate(Dossier).scalar_subquery()
    )
    lateness_setting = (select(OfficeSetting.value).where(OfficeSetting.key == "lateness")
                        .scalar_subquery())
    result_digitised = (
        select(DossierFile.id)
        .where(DossierFile.dossier_id == Dossier.id, DossierFile.position.is_(None))
        .correlate(Dossier).exists()
    )
    statement = (
        select(
            Dossier.register_book, Dossier.register_number, Dossier.code, Procedure.code,
            Procedure.name, Dossier.sets, Dossier.applicant_name, Dossier.address,
            Dossier.phone, func.coalesce(lead_unit, Unit.name), Dossier.received_at,
            Dossier.due_at, first_transfer,
            Dossier.completed_at, Dossier.returned_at, Dossier.withdrawn_at, Dossier.status,
            apology_count, latest_new_due, lateness_setting, result_digitised,
        )
        .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
        .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
        .outerjoin(Unit, Dossier.unit_id == Unit.id)
        .where(Dossier.received_at >= datetime.combine(start, time()),
               Dossier.received_at < datetime.combine(end + timedelta(days=1), time()))
        .order_by(Dossier.received_at, Dossier.register_number, Dossier.code)
    )
    with read_scope(desk.url) as session:
        result = session.execute(statement).all()
    # The office's lateness rule rides on every line: the register stays one query.
    rule = (result[0][-2] if result else None) or DEFAULT_LATENESS
    return [
        RegisterRow(
            book=book or "", number=number, code=code, procedure_code=procedure_code,
            procedure_name=procedure_name, sets=sets, applicant_name=applicant,
            address=address or "", phone=phone or "", unit=unit or "",
            received_at=received_at, due_at=due_at, transferred_at=transferred_at,
            result_at=completed_at, returned_at=returned_at, withdrawn_at=withdrawn_at,
            status=status, lateness=_lateness(status, due_at, completed_at, now, rule),
            apologies=count or 0, apology_new_due_at=new_due,
            result_digitised=bool(digitised),
        )
        for (book, number, code, procedure_code, procedure_name, sets, applicant, address,
             phone, unit, received_at, due_at, transferred_at, completed_at, returned_at,
             withdrawn_at, status, count, new_due, _rule, digitised) in result
    ]


def register_document(desk: Desk, start: date, end: date,
                      now: datetime | None = None) -> RegisterDocument:
    """The register of the period with the office's header, ready to render."""
    check_period(start, end)
    with session_scope(desk.url) as session:
        header = office_header(read_settings(session))
        head = audit.recorded_head(session)
    rows = register_rows(desk, start, end, now)
    return RegisterDocument(header=header, start=start, end=end, rows=tuple(rows),
                            audit_head=f"{head[0]}:{head[1]}" if head else "")


def _write(render, document: RegisterDocument, target: Path | BinaryIO, desk: Desk,
           what: str) -> None:
    """Render in memory first: a failure then leaves no half-written file behind. The file
    holds applicants' names, addresses and phones: an audited export for supervisors."""
    require(desk.user, "personal.export")
    buffer = io.BytesIO()
    render(document, buffer)
    exports.record_export(desk, what, len(document.rows))
    data = buffer.getvalue()
    save(target, lambda out: out.write_bytes(data) if isinstance(out, Path) else out.write(data))


def write_register_pdf(desk: Desk, start: date, end: date, target: Path | BinaryIO) -> None:
    _write(render_register_pdf, register_document(desk, start, end), target, desk,
           "register (pdf)")


def write_register_xlsx(desk: Desk, start: date, end: date, target: Path | BinaryIO) -> None:
    _write(render_register_xlsx, register_document(desk, start, end), target, desk,
           "register (xlsx)")


def write_register(desk: Desk, start: date, end: date, path: str | Path) -> None:
    """The register as a PDF or an XLSX file, chosen by the file name's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise UserError(f"Tệp: '{path.name}' phải có đuôi .pdf hoặc .xlsx")
    writer = write_register_pdf if suffix == ".pdf" else write_register_xlsx
    writer(desk, start, end, path)
