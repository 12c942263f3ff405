"""What the administrator is told ahead about the calendar: days still estimated (no decision
seen) and days pending an instrument, which count as working days until the office decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desk_app.domain.official_calendar import CalendarDay
from desk_app.domain.work_calendar import WorkCalendar

# From this day of the year on, the next year's calendar is announced ahead (the decisions on
# Tết usually come in October–December).
NEXT_YEAR_FROM = (11, 1)


@dataclass(frozen=True)
class YearNotice:
    year: int
    estimated: tuple[CalendarDay, ...]
    pending: tuple[CalendarDay, ...]


def year_notice(calendar: WorkCalendar, year: int, after: date | None = None) -> YearNotice:
    """The estimated and pending days of that year (after `after`, when given)."""
    start = max(after or date(year - 1, 12, 31), date(year - 1, 12, 31))
    end = date(year, 12, 31)
    pending = tuple(d for d in calendar.days_off_and_makeups_between(start, end)
                    if d.status == "pending")
    return YearNotice(year, tuple(calendar.estimated_between(start, end)), pending)


def upcoming_notices(calendar: WorkCalendar, today: date) -> list[YearNotice]:
    """This year's estimated and pending days from today on and, from 1 November, the next
    year's; only the years that have any."""
    years = [today.year]
    if (today.month, today.day) >= NEXT_YEAR_FROM:
        years.append(today.year + 1)
    notices = [year_notice(calendar, year, today - timedelta(days=1)) for year in years]
    return [n for n in notices if n.estimated or n.pending]


def days_text(days: tuple[CalendarDay, ...] | list[CalendarDay]) -> str:
    """04/02/2027 (29 Tết), 05/02/2027 (Giao thừa Tết Nguyên Đán), ..."""
    return ", ".join(f"{d.day:%d/%m/%Y} ({d.reason})" for d in days)
