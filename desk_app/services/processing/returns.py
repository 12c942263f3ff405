"""The return counter's list: results ready and waiting for their citizen, oldest first.

Its own read rather than `dossiers.search`: the counter needs the phone (to call whoever has
not come) and the moment the result became ready (to see how long it has waited), which a
search row does not carry, and the list runs oldest result first, not newest received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain.deadlines import classify_resolved
from desk_app.domain.lateness import Lateness
from desk_app.domain.text import fold
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.lateness import lateness_rule
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier, Procedure, ProcedureVersion


@dataclass(frozen=True)
class AwaitingReturn:
    code: str
    applicant_name: str
    procedure_code: str
    procedure_name: str
    phone: str
    # When the result came back to the desk (the dossier's completed_at).
    ready_at: datetime
    # The receipt's appointment; an apology's new appointment does not move it.
    due_at: datetime | None
    # Ready after the appointment.
    late: bool
    delivery: str
    # The dossier's stored search key (code, applicant, phone and ID number through
    # `text.fold`, see intake.search_key): what the counter's filter looks in.
    search_text: str


def _late(due_at: datetime | None, ready_at: datetime, lateness: Lateness) -> bool:
    return (due_at is not None
            and classify_resolved(due_at, ready_at, lateness=lateness) == "late")


def awaiting_return(desk: Desk) -> list[AwaitingReturn]:
    """Every dossier whose result is ready and not yet handed over, the longest waiting first
    (ready moment, then the dossier's id)."""
    require(desk.user, "dossier.read")
    # The status index picks the rows and they are sorted: walking the completed_at index
    # instead (SQLite's choice) reads every resolved dossier, 1.2 s on a million where this
    # takes a third of that. coalesce(x, x) is what keeps the planner off that index.
    ready_first = func.coalesce(Dossier.completed_at, Dossier.completed_at)
    statement = (
        select(Dossier.code, Dossier.applicant_name, Dossier.procedure_version_id,
               Dossier.phone, Dossier.completed_at, Dossier.due_at, Dossier.delivery,
               Dossier.search_key)
        .where(Dossier.status == "result_ready")
        .order_by(ready_first, Dossier.id)
    )
    # Procedures by version, read once: joined per row they would be copied 90,000 times.
    procedures = (
        select(ProcedureVersion.id, Procedure.code, Procedure.name)
        .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
    )
    with read_scope(desk.url) as session:
        names = {version: (code, name) for version, code, name in session.execute(procedures)}
        found = session.execute(statement).all()
        lateness = lateness_rule(session)
    return [
        AwaitingReturn(code, applicant, *names[version], phone, ready_at, due_at,
                       _late(due_at, ready_at, lateness), delivery, search_key)
        for (code, applicant, version, phone, ready_at, due_at, delivery, search_key) in found
    ]


def matching(rows: list[AwaitingReturn], text: str) -> list[AwaitingReturn]:
    """The rows whose code, applicant, phone or ID number hold every word of `text`,
    diacritics and case ignored (đ as d); all rows for an empty text."""
    words = fold(text).split()
    return [row for row in rows if all(word in row.search_text for word in words)]
