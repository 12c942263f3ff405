"""What the desk's counts mean, said once: the status bar, the tray, the dossiers filter and
the overdue screen all read these conditions.

- overdue ("quá hạn"): open, its clock running, its due moment passed (now, not at a
  period's end: the report's figure is another one and says so);
- due soon ("sắp đến hạn"): open, not yet overdue, due by the closing of the next working
  day by the office's calendar (a Friday's "soon" runs to Monday's closing, not 24 hours);
- needs apology ("cần xin lỗi"): overdue with no apology yet (letter or recorded event). A
  dossier due later today needs none, whatever the hour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select

from desk_app.domain.lateness import Lateness, past_due_line
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.lateness import lateness_rule
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier, DossierEvent, Letter

# The dossiers filter's and the status bar's words for these counts.
URGENCY_FILTERS = ("overdue", "due_soon", "needs_apology")


def due_soon_horizon(now: datetime, calendar: WorkCalendar) -> datetime:
    """The last due moment that is still "due soon" at `now`."""
    return calendar.closing(calendar.next_working_day(now.date()))


def _running() -> ColumnElement[bool]:
    return and_(Dossier.status.in_(OPEN_STATUSES), Dossier.due_at.is_not(None))


def apologised() -> ColumnElement[bool]:
    """An apology letter was issued for the dossier, or its apology recorded as an event."""
    return or_(
        select(Letter.id).where(Letter.dossier_id == Dossier.id,
                                Letter.kind == "apology").exists(),
        select(DossierEvent.id).where(DossierEvent.dossier_id == Dossier.id,
                                      DossierEvent.kind == "apology_issued").exists())


def urgency_condition(urgency: str, now: datetime, calendar: WorkCalendar,
                      lateness: Lateness) -> ColumnElement[bool]:
    """The condition on `Dossier` of one of `URGENCY_FILTERS` at `now`, late by the office's
    `lateness` rule (by the minute, or only from the day after the appointment's)."""
    past_due = past_due_line(now, lateness)
    if urgency == "overdue":
        return and_(_running(), Dossier.due_at < past_due)
    if urgency == "due_soon":
        return and_(_running(), Dossier.due_at >= past_due,
                    Dossier.due_at <= due_soon_horizon(now, calendar))
    if urgency == "needs_apology":
        return and_(_running(), Dossier.due_at < past_due, ~apologised())
    raise ValueError(f"urgency must be one of {URGENCY_FILTERS}, not {urgency!r}")


@dataclass(frozen=True)
class DayCounts:
    overdue: int
    due_soon: int
    needs_apology: int
    # Due before midnight and not yet overdue (part of due_soon): what the tray announces.
    due_today: int


def day_counts(desk: Desk, now: datetime | None = None) -> DayCounts:
    """The counts of the status bar and the tray at `now` (default: the clock)."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        calendar, lateness = load_calendar(session), lateness_rule(session)
        past_due = past_due_line(now, lateness)

        def number(condition: ColumnElement[bool]) -> int:
            return session.execute(
                select(func.count()).select_from(Dossier).where(condition)).scalar_one()

        end_of_today = datetime.combine(now.date() + timedelta(days=1), time())
        return DayCounts(
            overdue=number(urgency_condition("overdue", now, calendar, lateness)),
            due_soon=number(urgency_condition("due_soon", now, calendar, lateness)),
            needs_apology=number(urgency_condition("needs_apology", now, calendar, lateness)),
            due_today=number(and_(_running(), Dossier.due_at >= past_due,
                                  Dossier.due_at < end_of_today)),
        )
