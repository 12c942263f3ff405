"""What is late, and what is about to be: the supervisor's overdue list (FORMATS.md "overdue").

The list is historical: "open at `as_of`" is read from the milestone columns (`completed_at`,
`withdrawn_at`), so a dossier resolved after the as-of moment still counts as open then. The
due date is the stored, derived `due_at` (an apology's new appointment does not change it); a
dossier whose clock is paused (no due date) is never overdue.

The database picks the rows (three index-friendly parts, see `_open_at`); the working days
overdue are counted in Python for the returned rows only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import Select, exists, func, or_, select, union_all
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.deadlines import overdue_working_days
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.text import nfc
from desk_app.services.actors import SYSTEM, Actor, require
from desk_app.services.clock import load_calendar
from desk_app.store.db import session_scope
from desk_app.store.models import (
    Dossier,
    DossierEvent,
    Letter,
    Procedure,
    ProcedureVersion,
    Unit,
    User,
)

URGENCIES = ("overdue", "due_today", "due_soon")
# Ids per details query: well under SQLite's and PostgreSQL's limits on bound parameters.
DETAIL_CHUNK = 900
GROUPINGS = ("unit", "procedure")


@dataclass(frozen=True)
class OverdueRow:
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    received_at: datetime
    due_at: datetime
    # Working days after the due day up to and including the as-of day; 0 unless overdue.
    overdue_working_days: int
    unit: str
    officer: str
    apology_issued: bool
    urgency: str  # "overdue" | "due_today" | "due_soon"


@dataclass(frozen=True)
class OverdueGroup:
    key: str
    total: int
    overdue: int
    due_soon: int  # due today or by the end of the next working day
    without_apology: int


def _open_at(as_of: datetime, due_before: datetime, inclusive: bool, filters: tuple) -> Select:
    """(id, due_at, received_at) of the dossiers received by `as_of`, neither resolved nor
    withdrawn at `as_of`, with a due date before `due_before` (or at it when `inclusive`).

    Written as three disjoint parts so each can use an index: open now (status, due_at);
    resolved after `as_of` (completed_at); withdrawn after `as_of` (withdrawn_at). The last
    two are short ranges unless as-of lies far back. SQLite's planner, which cannot tell how
    short a range is, would rather walk the status/due_at index over every resolved dossier:
    in those two parts only the milestone column is left open to an index.
    """

    def before(column, moment: datetime, inclusive: bool = False):
        return column <= moment if inclusive else column < moment

    columns = (Dossier.id, Dossier.due_at, Dossier.received_at)
    open_now = select(*columns).where(
        Dossier.status.in_(OPEN_STATUSES), Dossier.received_at <= as_of,
        Dossier.due_at.is_not(None), before(Dossier.due_at, due_before, inclusive), *filters)
    due, received = _unindexed(Dossier.due_at), _unindexed(Dossier.received_at)
    rest = (received <= as_of, due.is_not(None), before(due, due_before, inclusive), *filters)
    withdrawn = _unindexed(Dossier.withdrawn_at)
    resolved_later = select(*columns).where(
        Dossier.completed_at > as_of, or_(withdrawn.is_(None), withdrawn > as_of), *rest)
    withdrawn_later = select(*columns).where(
        Dossier.withdrawn_at > as_of, _unindexed(Dossier.completed_at).is_(None), *rest)
    return union_all(open_now, resolved_later, withdrawn_later)


def _unindexed(column):
    """The column's value in a form no index answers (the planner then uses another)."""
    return func.coalesce(column, column)


def _apology_by(as_of: datetime):
    """Whether an apology letter (or its event) was issued by `as_of`."""
    letter = exists().where(Letter.dossier_id == Dossier.id, Letter.kind == "apology",
                            Letter.issued_at <= as_of)
    event = exists().where(DossierEvent.dossier_id == Dossier.id,
                           DossierEvent.kind == "apology_issued", DossierEvent.at <= as_of)
    return or_(letter, event)


def _receiver_by(as_of: datetime):
    """The receiver named in the latest hand-over up to `as_of`: the officer in charge when
    no user is assigned."""
    return (
        select(DossierEvent.data["receiver"].as_string())
        .where(DossierEvent.dossier_id == Dossier.id, DossierEvent.kind == "transferred",
               DossierEvent.at <= as_of)
        .order_by(DossierEvent.id.desc()).limit(1)
        .correlate(Dossier).scalar_subquery()
    )


def _filters(session: Session, unit: str, procedure_code: str) -> tuple | None:
    """Conditions for a unit name and a procedure code; None when either names nothing."""
    filters = []
    if unit:
        unit_id = session.execute(select(Unit.id).where(Unit.name == nfc(unit))).scalar()
        if unit_id is None:
            return None
        filters.append(Dossier.unit_id == unit_id)
    if procedure_code:
        versions = list(session.execute(
            select(ProcedureVersion.id).join(Procedure)
            .where(Procedure.code == procedure_code.strip())).scalars())
        if not versions:
            return None
        filters.append(Dossier.procedure_version_id.in_(versions))
    return tuple(filters)


def overdue(url: str, as_of: datetime | None = None, include_due_soon: bool = False,
            unit: str = "", procedure_code: str = "", actor: Actor = SYSTEM,
            offset: int = 0, limit: int | None = None) -> list[OverdueRow]:
    """The dossiers overdue at `as_of` (default now), most overdue first (earliest due date,
    then the earlier received); with `include_due_soon` also those open ones due today or by
    the closing of the next working day, after the overdue ones. `unit` (a unit name) and
    `procedure_code` filter; `offset`/`limit` page through the list.

    The page is chosen from the ids and dates alone; names, the officer and the apology are
    then read for the rows of the page only."""
    require(actor, "report.read")
    as_of = (as_of or config.now()).replace(second=0, microsecond=0)
    with session_scope(url) as session:
        calendar = load_calendar(session)
        filters = _filters(session, unit, procedure_code)
        if filters is None:
            return []
        if include_due_soon:
            horizon = calendar.closing(calendar.next_working_day(as_of.date()))
            found = _open_at(as_of, horizon, True, filters).subquery("found")
        else:
            found = _open_at(as_of, as_of, False, filters).subquery("found")
        ids = list(session.execute(
            select(found.c.id).order_by(found.c.due_at, found.c.received_at, found.c.id)
            .offset(offset).limit(limit)).scalars())
        # The details by explicit ids, a chunk at a time: joined to the page as a subquery,
        # PostgreSQL (which cannot tell that open dossiers are the recent ones) expects ten
        # times the rows and merges them with the whole primary key.
        details = {}
        for chunk in range(0, len(ids), DETAIL_CHUNK):
            for row in session.execute(_details(as_of).where(
                    Dossier.id.in_(ids[chunk:chunk + DETAIL_CHUNK]))):
                details[row[0]] = row[1:]
    end_of_day = datetime.combine(as_of.date() + timedelta(days=1), time())
    result = []
    for dossier_id in ids:
        (code, procedure, name, applicant, received_at, due_at, unit_name, officer_name,
         apology) = details[dossier_id]
        result.append(OverdueRow(
            code, procedure, name, applicant, received_at, due_at,
            overdue_working_days(due_at, as_of, calendar), unit_name or "", officer_name or "",
            bool(apology), _urgency(due_at, as_of, end_of_day),
        ))
    return result


def _details(as_of: datetime) -> Select:
    """What a row shows, the officer and the apology as they stood at `as_of`."""
    officer = func.coalesce(User.full_name, _receiver_by(as_of), "")
    return (
        select(Dossier.id, Dossier.code, Procedure.code, Procedure.name,
               Dossier.applicant_name, Dossier.received_at, Dossier.due_at, Unit.name, officer,
               _apology_by(as_of))
        .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
        .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
        .outerjoin(Unit, Dossier.unit_id == Unit.id)
        .outerjoin(User, Dossier.officer_id == User.id)
    )


def _urgency(due_at: datetime, as_of: datetime, end_of_day: datetime) -> str:
    if due_at < as_of:
        return "overdue"
    return "due_today" if due_at < end_of_day else "due_soon"


def group_overdue(rows: Iterable[OverdueRow], by: str) -> list[OverdueGroup]:
    """Counts per unit (`by="unit"`) or per procedure code (`by="procedure"`), the groups with
    the most overdue first; "due soon" covers both due today and due by the next working
    day's end."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {GROUPINGS}, not {by!r}")
    counts: dict[str, list[int]] = {}
    for row in rows:
        key = row.unit if by == "unit" else row.procedure_code
        total, late, soon, bare = counts.setdefault(key, [0, 0, 0, 0])
        counts[key] = [total + 1, late + (row.urgency == "overdue"),
                       soon + (row.urgency != "overdue"), bare + (not row.apology_issued)]
    groups = [OverdueGroup(key, *values) for key, values in counts.items()]
    return sorted(groups, key=lambda g: (-g.overdue, -g.total, g.key))


def overdue_json(row: OverdueRow) -> dict:
    """One row as FORMATS.md "overdue" prints it, with the extra keys the screen shows."""
    return {
        "code": row.code,
        "procedure_code": row.procedure_code,
        "applicant_name": row.applicant_name,
        "received_at": row.received_at,
        "due_at": row.due_at,
        "overdue_working_days": row.overdue_working_days,
        "unit": row.unit,
        "apology_issued": row.apology_issued,
        "procedure_name": row.procedure_name,
        "officer": row.officer,
        "urgency": row.urgency,
    }
