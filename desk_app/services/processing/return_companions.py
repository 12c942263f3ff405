"""At the return desk, a citizen who comes for one result is offered the others of theirs that
wait: the same applicant's further dossiers whose result is ready."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from desk_app.domain.text import fold
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier, Procedure, ProcedureVersion


@dataclass(frozen=True)
class WaitingResult:
    code: str
    procedure_code: str
    procedure_name: str
    ready_at: datetime | None


def same_applicant_waiting(desk: Desk, code: str) -> list[WaitingResult]:
    """The other dossiers of that dossier's applicant whose result waits at the desk, the
    longest waiting first. The same applicant: the same name (case, diacritics ignored) and
    the same ID number or phone; a name alone is not enough (namesakes are common)."""
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        dossier = session.execute(select(Dossier).where(Dossier.code == code)).scalar_one_or_none()
        if dossier is None:
            raise NotFound(f"Hồ sơ {code}: không có")
        same_person = [and_(column == value, column != "")
                       for column, value in ((Dossier.id_number, dossier.id_number),
                                             (Dossier.phone, dossier.phone)) if value]
        if not same_person:
            return []
        found = session.execute(
            select(Dossier.code, Dossier.applicant_name, Procedure.code, Procedure.name,
                   Dossier.completed_at)
            .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
            .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
            .where(Dossier.status == "result_ready", Dossier.id != dossier.id,
                   or_(*same_person))
            .order_by(Dossier.completed_at, Dossier.id)
        ).all()
        name = fold(dossier.applicant_name)
    return [WaitingResult(other, procedure_code, procedure_name, ready_at)
            for other, applicant, procedure_code, procedure_name, ready_at in found
            if fold(applicant) == name]
