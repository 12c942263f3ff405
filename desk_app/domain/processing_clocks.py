"""The three clocks of Decree 118/2025/NĐ-CP beside the due date, and when each one warns.

- Art. 17(2): an online dossier is accepted (or returned for additions) within 8 working
  hours of its arrival: by the work calendar and the office hours, as `Nh` limits count.
  Anything the desk does with it after the arrival (a hand-over, a request for supplements, a
  refusal, a stop, a result, a withdrawal) is its acceptance.
- Art. 19(5): a dossier whose requested additions are not completed within 15 days is closed.
  The days are calendar days counted from the day after the request (Civil Code Art. 147),
  the last one moved off a day off (Art. 148), running to its closing time.
- Art. 19(6): a unit that expects to be late tells the desk in writing at least one day before
  the due date. A dossier still open without such a notice is warned about from the opening of
  the working day before its due date's day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from desk_app.domain.work_calendar import WorkCalendar

ACCEPTANCE_OFFICE_HOURS = 8
DEFAULT_SUPPLEMENT_DAYS = 15
# What the desk may do with an arrived dossier: the first of these accepts it (or returns it).
ACCEPTING_EVENTS = frozenset({"transferred", "supplement_requested", "refused", "stopped",
                              "result_ready", "withdrawn"})

ClockClass = Literal["within", "due_soon", "overdue"]


def acceptance_due(channel: str, received_at: datetime, calendar: WorkCalendar
                   ) -> datetime | None:
    """When an online dossier must be accepted; None for one handed in at the desk or posted."""
    if channel != "online":
        return None
    start = calendar.clamp_into_office(received_at)
    return calendar.add_office_minutes(start, ACCEPTANCE_OFFICE_HOURS * 60)


def accepted_at(events: Iterable[tuple[str, datetime]]) -> datetime | None:
    """The moment of the first event that accepted (or returned) the dossier."""
    return next((at for kind, at in events if kind in ACCEPTING_EVENTS), None)


def clock_class(due: datetime, now: datetime, calendar: WorkCalendar) -> ClockClass:
    """As a due date is classed: overdue once passed, due soon by the closing of the next
    working day, else within."""
    if due < now:
        return "overdue"
    if due <= calendar.closing(calendar.next_working_day(now.date())):
        return "due_soon"
    return "within"


def supplement_deadline(requested_at: datetime, days: int, calendar: WorkCalendar) -> datetime:
    """The end of the applicant's time to complete the dossier after a request."""
    last = calendar.working_day_on_or_after(requested_at.date() + timedelta(days=days))
    return calendar.closing(last)


def previous_working_day(day: date, calendar: WorkCalendar) -> date:
    day -= timedelta(days=1)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def lateness_warning_from(due_at: datetime, calendar: WorkCalendar) -> datetime:
    """From when an open dossier without a unit's notice of lateness is warned about."""
    return calendar.opening(previous_working_day(due_at.date(), calendar))


@dataclass(frozen=True)
class LatenessNotice:
    """A unit's written notice that a dossier will be late: why, and the date it proposes."""

    at: datetime
    reason: str
    proposed_due_at: datetime
    unit: str


def latest_notice(events: Iterable[tuple[str, datetime, Mapping]]) -> LatenessNotice | None:
    """The notice in force among (kind, at, data) events: the latest one recorded."""
    latest = None
    for kind, at, data in events:
        if kind == "lateness_notice":
            latest = LatenessNotice(at, data.get("reason", ""),
                                    datetime.fromisoformat(data["proposed_due_at"]),
                                    data.get("unit", ""))
    return latest
