"""When to tell the desk about dossiers due today and overdue, and what to say (pure rules).

The tray (ui/notifier.py) checks the counts now and then and asks `notice_for` whether to show
something: a notice at the first check of each working day, and whenever the counts of
dossiers due today or overdue differ from those of the last notice shown; never outside office
hours (before opening, in the lunch break, after closing, on days off). A change that happens
outside office hours is announced at the next check within them, provided the caller passes
the counts of the last notice *shown* as `counts_before`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from desk_app.domain.work_calendar import WorkCalendar

TITLE_FIRST = "Hồ sơ cần xử lý hôm nay"
TITLE_CHANGED = "Số hồ sơ đến hạn, quá hạn đã thay đổi"


class Counts(Protocol):
    """What `services.supervision.counts.DayCounts` offers."""

    @property
    def due_today(self) -> int: ...

    @property
    def overdue(self) -> int: ...


@dataclass(frozen=True)
class Notice:
    title: str
    message: str


def in_office_hours(now: datetime, calendar: WorkCalendar) -> bool:
    """Whether `now` falls inside one of the office intervals of a working day."""
    moment = now.time()
    return any(start <= moment < end for start, end in calendar.hours_for(now.date()))


def _line(label: str, value: int, before: int | None) -> str:
    change = ""
    if before is not None and before != value:
        change = f" ({value - before:+d})"
    return f"{label}: {value} hồ sơ{change}"


def describe(counts: Counts, before: Counts | None = None) -> str:
    """"Đến hạn hôm nay: 3 hồ sơ (+1). Quá hạn: 2 hồ sơ." with the change since `before`."""
    if counts.due_today == 0 and counts.overdue == 0:
        return "Không có hồ sơ đến hạn hôm nay hoặc quá hạn."
    return (
        _line("Đến hạn hôm nay", counts.due_today, before.due_today if before else None)
        + ". "
        + _line("Quá hạn", counts.overdue, before.overdue if before else None)
        + "."
    )


def notice_for(counts_before: Counts | None, counts_now: Counts, now: datetime,
               calendar: WorkCalendar, last_shown: datetime | None) -> Notice | None:
    """The notice to show at this check, or None.

    `counts_before` are the counts of the last notice shown (None if none yet) and
    `last_shown` when it was shown.
    """
    if not in_office_hours(now, calendar):
        return None
    if last_shown is None or last_shown.date() < now.date():
        return Notice(TITLE_FIRST, describe(counts_now))
    if counts_before is None or (counts_before.due_today, counts_before.overdue) != (
            counts_now.due_today, counts_now.overdue):
        return Notice(TITLE_CHANGED, describe(counts_now, counts_before))
    return None
