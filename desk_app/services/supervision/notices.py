"""What the desk's notifier reads at each check: the day's counts and the office's calendar
(its days off and office hours), taken at one moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.supervision.counts import DayCounts, day_counts
from desk_app.store.db import read_scope


@dataclass(frozen=True)
class DeskState:
    now: datetime
    counts: DayCounts
    calendar: WorkCalendar


def desk_state(desk: Desk, now: datetime | None = None) -> DeskState:
    """Counts of open dossiers due today and overdue at `now` (default: the clock), with the
    calendar that says whether `now` is within office hours."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
    return DeskState(now, day_counts(desk, now), calendar)
