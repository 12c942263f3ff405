"""Each officer's and each unit's inbox ("Hồ sơ của tôi"): the dossiers they hold now, by the
due moment of the step in progress (services/dossier_steps.py).

An officer holds a dossier when the last hand-over went to them by name; a unit holds every
dossier whose step in progress it performs. Read from the dossier's own copies of the step in
progress (`step_unit_id`, `officer_id`, `step_due_at`), so that one index answers a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import and_, or_, select

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

INBOX_URGENCIES = ("overdue", "due_today", "due_soon", "within", "paused")
PAGE = 500


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
        mine = []
        if holder.officer_id is not None:
            mine.append(Dossier.officer_id == holder.officer_id)
        if holder.unit is not None:
            unit_id = session.execute(
                select(Unit.id).where(Unit.name == holder.unit)).scalar_one_or_none()
            if unit_id is None and holder.unit != DESK_NAME:
                raise UserError(f"Đơn vị: không có đơn vị '{holder.unit}'")
            held = Dossier.step_unit_id == unit_id
            if holder.unit == DESK_NAME:
                # The desk holds a dossier from its receipt, before any hand-over names it.
                held = or_(held, Dossier.step_unit_id.is_(None))
            mine.append(and_(held, Dossier.officer_id.is_(None))
                        if holder.officer_id is not None else held)
        if not mine:
            return []
        rows = session.execute(
            select(Dossier.code, Procedure.code, Procedure.name, Dossier.applicant_name,
                   Dossier.status, Dossier.step_position, DossierStep.name, Unit.name,
                   User.full_name, Dossier.step_due_at, Dossier.due_at)
            .join(ProcedureVersion, ProcedureVersion.id == Dossier.procedure_version_id)
            .join(Procedure, Procedure.id == ProcedureVersion.procedure_id)
            .outerjoin(DossierStep, and_(DossierStep.dossier_id == Dossier.id,
                                         DossierStep.position == Dossier.step_position))
            .outerjoin(Unit, Unit.id == Dossier.step_unit_id)
            .outerjoin(User, User.id == Dossier.officer_id)
            .where(or_(*mine), Dossier.status.in_(OPEN_STATUSES),
                   Dossier.step_position.is_not(None))
            .order_by(Dossier.step_due_at.is_(None), Dossier.step_due_at, Dossier.id)
            .limit(limit)
        ).all()
        past_due = past_due_line(now, lateness)
        end_of_today = datetime.combine(now.date() + timedelta(days=1), time())
        soon = due_soon_horizon(now, calendar)
        return [InboxRow(code, pcode, pname, applicant, status, step, step_name or "",
                         unit or DESK_NAME, officer or "", step_due, due,
                         _urgency(step_due, past_due, end_of_today, soon))
                for (code, pcode, pname, applicant, status, step, step_name, unit, officer,
                     step_due, due) in rows]


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
