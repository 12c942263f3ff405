"""Each officer's and each unit's inbox ("Hồ sơ của tôi"): the dossiers they hold now, by the
due moment of the step in progress (services/dossier_steps.py).

An officer holds a dossier when the last hand-over went to them by name; a unit holds every
dossier whose step in progress it performs. Read from the dossier's own copies of the step in
progress (`step_unit_id`, `officer_id`, `step_due_at`), so that one index answers a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import Select, and_, func, select

from desk_app.domain.lateness import past_due_line
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.dossier_steps import DESK_NAME
from desk_app.services.errors import UserError
from desk_app.services.lateness import lateness_rule
from desk_app.services.supervision.counts import due_soon_horizon
from desk_app.store.db import read_scope
from desk_app.store.models import (
    Dossier,
    DossierStep,
    Procedure,
    ProcedureVersion,
    Unit,
    User,
)

# The statuses whose clock stands still (a supplement asked for, a stop).
PAUSED_STATUSES = ("supplement_requested", "stopped")
INBOX_URGENCIES = ("overdue", "due_today", "due_soon", "within", "paused")
PAGE = 500



def with_step_in_progress(statement: Select) -> Select:
    """`statement` over the dossiers with a step in progress, joined to its procedure, the
    step, the unit holding it and the officer (both outer: the desk, no one by name)."""
    return (statement
            .join(ProcedureVersion, ProcedureVersion.id == Dossier.procedure_version_id)
            .join(Procedure, Procedure.id == ProcedureVersion.procedure_id)
            .outerjoin(DossierStep, and_(DossierStep.dossier_id == Dossier.id,
                                         DossierStep.position == Dossier.step_position))
            .outerjoin(Unit, Unit.id == Dossier.step_unit_id)
            .outerjoin(User, User.id == Dossier.officer_id)
            .where(Dossier.step_position.is_not(None)))

@dataclass(frozen=True)
class InboxRow:
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    status: str
    step: int
    step_name: str
    unit: str
    officer: str
    step_due_at: datetime | None  # None while the step's clock stands still
    due_at: datetime | None  # the dossier's
    urgency: str  # one of INBOX_URGENCIES


@dataclass(frozen=True)
class Holder:
    """Whose inbox: an officer (user id) and/or a unit (name); both: the officer's own and
    the dossiers of their unit that went to no one by name."""

    officer_id: int | None = None
    unit: str | None = None


def my_holder(desk: Desk) -> Holder:
    """The logged-in user's inbox: theirs and their unit's."""
    with read_scope(desk.url) as session:
        user = session.get(User, desk.user.user_id) if desk.user.user_id else None
        unit = session.get(Unit, user.unit_id) if user is not None and user.unit_id else None
        return Holder(user.id if user else None, unit.name if unit else None)


def inbox(desk: Desk, holder: Holder, now: datetime | None = None,
          limit: int = PAGE) -> list[InboxRow]:
    """The dossiers `holder` holds, soonest step due first (paused steps last)."""
    require(desk.user, "dossier.read")
    now = now or desk.now()
    with read_scope(desk.url) as session:
        calendar, lateness = load_calendar(session), lateness_rule(session)
        # (unit id, officer id) pairs; None: IS NULL, ANY: not asked.
        mine: list[tuple] = []
        if holder.officer_id is not None:
            mine.append((ANY, holder.officer_id))
        if holder.unit is not None:
            unit_id = session.execute(
                select(Unit.id).where(Unit.name == holder.unit)).scalar_one_or_none()
            if unit_id is None and holder.unit != DESK_NAME:
                raise UserError(f"Đơn vị: không có đơn vị '{holder.unit}'")
            units = [unit_id]
            if holder.unit == DESK_NAME and unit_id is not None:
                # The desk holds a dossier from its receipt, before any hand-over names it.
                units.append(None)
            # With the officer's own, the unit's that went to no one by name.
            mine += [(unit, None if holder.officer_id is not None else ANY) for unit in units]
        rows = _held(session, mine, limit)
        past_due = past_due_line(now, lateness)
        end_of_today = datetime.combine(now.date() + timedelta(days=1), time())
        soon = due_soon_horizon(now, calendar)
        return [InboxRow(code, pcode, pname, applicant, status, step, step_name or "",
                         unit or DESK_NAME, officer or "", step_due, due,
                         _urgency(step_due, past_due, end_of_today, soon))
                for (code, pcode, pname, applicant, status, step, step_name, unit, officer,
                     step_due, due) in rows]


ANY = object()


def _matches(column, value, indexed: bool):
    # coalesce(x, x) is x to the rows and nothing to an index (see `_held`).
    target = column if indexed else func.coalesce(column, column)
    return target.is_(None) if value is None else target == value


def _conditions(unit, officer, indexed: bool) -> list:
    return [_matches(column, value, indexed)
            for column, value in ((Dossier.step_unit_id, unit), (Dossier.officer_id, officer))
            if value is not ANY]


def _held(session, parts: list[tuple], limit: int) -> list:
    """The rows each (unit, officer) part holds, soonest step due first, then the paused
    ones.

    One query per part and kind, merged here: a query over their OR, or ordered by "paused
    last", is answered by reading every dossier the unit or officer ever held (the closed
    ones keep their officer; those at the desk share a NULL unit with every closed dossier)
    and sorting them, 150 ms to 3 s on a million. Apart, a part with a step due reads its
    index (`ix_dossier_step_unit`, `ix_dossier_step_officer`, `ix_dossier_step_held` for a
    unit's dossiers named to no one) in the inbox's order and stops at the page. A step's
    clock stands still only while the dossier's does (domain/process_steps.py): the paused
    ones are looked for among the few dossiers waiting for papers or stopped, through the
    status index, the step columns wrapped so that SQLite's planner does not walk the
    closed dossiers' NULLs in the step indexes instead, and only when the page has room."""
    columns = (Dossier.code, Procedure.code, Procedure.name, Dossier.applicant_name,
               Dossier.status, Dossier.step_position, DossierStep.name, Unit.name,
               User.full_name, Dossier.step_due_at, Dossier.due_at, Dossier.id)
    base = with_step_in_progress(select(*columns))
    timed, paused = [], []
    for unit, officer in parts:
        timed += session.execute(
            base.where(*_conditions(unit, officer, True), Dossier.step_due_at.is_not(None),
                       Dossier.status.in_(OPEN_STATUSES))
            .order_by(Dossier.step_due_at, Dossier.id).limit(limit)).all()
    # Paused ones come last: only when the page has room for them.
    for unit, officer in parts if len(timed) < limit else ():
        due, key = Dossier.step_due_at, Dossier.id
        paused += session.execute(
            base.where(*_conditions(unit, officer, False), func.coalesce(due, due).is_(None),
                       Dossier.status.in_(PAUSED_STATUSES))
            # Sorted by an expression: by the key itself SQLite would walk the whole table
            # in key order rather than sort the few paused ones.
            .order_by(func.coalesce(key, key)).limit(limit)).all()
    timed.sort(key=lambda row: (row.step_due_at, row.id))
    paused.sort(key=lambda row: row.id)
    return [row[:-1] for row in (timed + paused)[:limit]]


def _urgency(due: datetime | None, past_due: datetime, end_of_today: datetime,
             soon: datetime) -> str:
    if due is None:
        return "paused"
    if due < past_due:
        return "overdue"
    if due < end_of_today:
        return "due_today"
    if due <= soon:
        return "due_soon"
    return "within"
