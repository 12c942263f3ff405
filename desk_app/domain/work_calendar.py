"""Working days and office time: Vietnam's statutory calendar plus the office's own overrides.

The statutory days come from `official_calendar`: the bundled official days of 2018–2027 with
their instruments and statuses, the `holidays` package's estimate for other years. A pending
day (24/11 from 2026) is listed but counts as a working day until the office decides.

All arithmetic is a bisection over a precomputed table: the sorted ordinals of the working
days and, beside them, the cumulative office minutes before each one. A date or a moment maps
to an index or an "office position" (office minutes since the table's start), so adding 60
working days or 1000 office hours costs the same as adding one.

Construction cost, measured on the development machine: importing `holidays` takes about
50 ms and the first calendar of a process about 60 ms more while the package loads its lunar
tables and translations. After that a calendar for the default 51 years takes about 10 ms (half
of it `holidays`, half the table), and about 5 ms when only the overrides or the office hours
changed, since the statutory part is cached per year range.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import NamedTuple

from desk_app.domain.office_hours import Interval, OfficeHours
from desk_app.domain.official_calendar import (
    DAY_KINDS,
    OFFICE_STATUS,
    CalendarDay,
    DayKind,
    statutory,
)

# The `holidays` package covers Vietnam's lunar holidays for these years only.
SUPPORTED_YEARS = (1901, 2100)
# Extending by a few extra years at once keeps a run of queries past the edge from rebuilding
# the table each time.
_GROWTH_YEARS = 10

_WEEKEND_NAMES = {5: "Thứ Bảy", 6: "Chủ nhật"}
_WEEKDAY_NAMES_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_SWAPPED_FROM = re.compile(r"thay cho ngày (\d{2}/\d{2}/\d{4})")
_CLOCK_TIMES = tuple(time(m // 60, m % 60) for m in range(24 * 60))
# Explanations of dossiers received over a few years reuse a few hundred distinct phrases.
_PHRASE_MEMO_SIZE = 4096


@dataclass(frozen=True)
class DayOverride:
    """The office's own decision for one day, which wins over the statutory calendar."""

    day: date
    kind: DayKind
    reason: str
    source: str = ""
    # `office` for the office's own day; `official` for a decision loaded by `calendar import`.
    status: str = OFFICE_STATUS

    def __post_init__(self) -> None:
        if self.kind not in DAY_KINDS:
            raise ValueError(f"Loại ngày không hợp lệ: '{self.kind}' (day-off hoặc workday)")


class _Profile(NamedTuple):
    """One day's office intervals in minutes of the day, with running totals for bisection."""

    intervals: tuple[Interval, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    before: tuple[int, ...]  # office minutes of the day before each interval starts
    through: tuple[int, ...]  # office minutes of the day up to each interval's end
    total: int

    @classmethod
    def of(cls, intervals: tuple[Interval, ...]) -> _Profile:
        starts = tuple(s.hour * 60 + s.minute for s, _ in intervals)
        ends = tuple(e.hour * 60 + e.minute for _, e in intervals)
        through = tuple(accumulate(e - s for s, e in zip(starts, ends, strict=True)))
        before = (0, *through[:-1])
        return cls(intervals, starts, ends, before, through, through[-1])

    def minutes_before(self, minute: int) -> int:
        k = bisect_right(self.starts, minute) - 1
        if k < 0:
            return 0
        return self.before[k] + min(minute - self.starts[k], self.ends[k] - self.starts[k])

    def minute_at(self, office_minutes: int) -> int:
        """The earliest minute of the day with that many office minutes behind it (0 < m)."""
        k = bisect_left(self.through, office_minutes)
        return self.starts[k] + office_minutes - self.before[k]

    def fit(self, minute: int) -> int:
        """The minute moved into the day's hours: kept inside an interval (ends included),
        else the next interval's start, else the closing minute."""
        k = bisect_right(self.starts, minute) - 1
        if k >= 0 and minute <= self.ends[k]:
            return minute
        if k + 1 < len(self.starts):
            return self.starts[k + 1]
        return self.ends[-1]


class _Table(NamedTuple):
    first_year: int
    last_year: int
    first_ord: int
    last_ord: int
    ords: list[int]  # working days, ascending
    dates: list[date]  # the same days as dates, so that answers need not build them
    cum: list[int]  # cum[i]: office minutes of the working days before ords[i]; len(ords) + 1
    profiles: list[_Profile]  # office hours of each working day
    off_reasons: dict[int, str]  # why a non-working day is off, when it has a name
    notable_ords: list[int]  # ascending, parallel to notable
    notable: list[CalendarDay]
    phrases: dict[tuple[int, int], tuple[str, ...]]  # exceptions_vi memo by notable slice


def _out_of_range(day: date) -> ValueError:
    lo, hi = SUPPORTED_YEARS
    return ValueError(f"Ngày {day:%d/%m/%Y} nằm ngoài phạm vi lịch làm việc hỗ trợ ({lo}–{hi})")


class WorkCalendar:
    """Working days and office hours of one office.

    A day is a working day iff its weekday has office hours and it is not a statutory holiday
    or day off, or it is an official make-up working day; the office's overrides win over both.
    Dates outside ``first_year..last_year`` extend the table on demand (up to the years the
    `holidays` package covers, else ValueError). Moments are naive local datetimes, counted to
    the minute: seconds are ignored.
    """

    def __init__(
        self,
        overrides: tuple[DayOverride, ...] | list[DayOverride] = (),
        hours: OfficeHours | None = None,
        first_year: int = 2000,
        last_year: int = 2050,
    ) -> None:
        self.hours = hours if hours is not None else OfficeHours.default()
        by_day: dict[int, DayOverride] = {}
        for override in overrides:
            key = override.day.toordinal()
            if key in by_day:
                raise ValueError(f"Ngày {override.day:%d/%m/%Y} được điều chỉnh hai lần")
            by_day[key] = override
        self.overrides: tuple[DayOverride, ...] = tuple(overrides)
        self._overrides = by_day
        lo, hi = SUPPORTED_YEARS
        if not lo <= first_year <= last_year <= hi:
            raise ValueError(f"Khoảng năm của lịch phải nằm trong {lo}–{hi}")
        self._open_weekdays = tuple(bool(self.hours.intervals(w)) for w in range(7))
        self._weekday_profiles = tuple(
            _Profile.of(self.hours.workday_intervals(w)) for w in range(7)
        )
        self._table = self._build(first_year, last_year)

    # -- table -------------------------------------------------------------------------------

    def _build(self, first_year: int, last_year: int) -> _Table:
        off, makeup, pending = statutory(first_year, last_year)
        overrides = self._overrides
        open_weekdays = self._open_weekdays
        profiles_by_weekday = self._weekday_profiles
        first_ord = date(first_year, 1, 1).toordinal()
        last_ord = date(last_year, 12, 31).toordinal()
        ords: list[int] = []
        profiles: list[_Profile] = []
        for o in range(first_ord, last_ord + 1):
            weekday = (o - 1) % 7  # ordinal 1 (0001-01-01) was a Monday
            override = overrides.get(o)
            if override is not None:
                working = override.kind == "workday"
            else:
                working = o in makeup or (open_weekdays[weekday] and o not in off)
            if working:
                ords.append(o)
                profiles.append(profiles_by_weekday[weekday])
        cum = [0, *accumulate(p.total for p in profiles)]

        off_reasons = {o: day.reason for o, day in off.items()}
        notable_by_ord: dict[int, CalendarDay] = {}
        for o, day in (*pending.items(), *off.items()):
            if open_weekdays[(o - 1) % 7]:
                notable_by_ord[o] = day
        for o, day in makeup.items():
            if not open_weekdays[(o - 1) % 7]:
                notable_by_ord[o] = day
        for o, override in overrides.items():
            if first_ord <= o <= last_ord:
                notable_by_ord[o] = CalendarDay(
                    override.day, override.kind, override.reason, override.source,
                    override.status,
                )
                if override.kind == "day-off":
                    off_reasons[o] = override.reason
        notable_ords = sorted(notable_by_ord)
        return _Table(
            first_year, last_year, first_ord, last_ord, ords, list(map(date.fromordinal, ords)),
            cum, profiles, off_reasons,
            notable_ords, [notable_by_ord[o] for o in notable_ords], {},
        )

    def _covering(self, lo_ord: int, hi_ord: int) -> _Table:
        """A table holding both ordinals, extended (and kept) when the current one does not."""
        table = self._table
        if table.first_ord <= lo_ord and hi_ord <= table.last_ord:
            return table
        return self._grow(table, date.fromordinal(lo_ord), date.fromordinal(hi_ord))

    def _grow(self, table: _Table, lo: date, hi: date) -> _Table:
        first_year, last_year = table.first_year, table.last_year
        if lo.year < first_year:
            first_year = max(lo.year - _GROWTH_YEARS, SUPPORTED_YEARS[0])
        if hi.year > last_year:
            last_year = min(hi.year + _GROWTH_YEARS, SUPPORTED_YEARS[1])
        if lo.year < first_year:
            raise _out_of_range(lo)
        if hi.year > last_year:
            raise _out_of_range(hi)
        table = self._build(first_year, last_year)
        self._table = table
        return table

    def _edge_of(self, table: _Table, forward: bool) -> _Table:
        """The table grown past its last (or before its first) year."""
        if forward:
            edge = date(table.last_year, 12, 31)
            return self._grow(table, edge, edge + timedelta(days=1))
        edge = date(table.first_year, 1, 1)
        return self._grow(table, edge - timedelta(days=1), edge)

    @property
    def first_year(self) -> int:
        return self._table.first_year

    @property
    def last_year(self) -> int:
        return self._table.last_year

    # -- working days ------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        o = d.toordinal()
        ords = self._covering(o, o).ords
        i = bisect_left(ords, o)
        return i < len(ords) and ords[i] == o

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after d."""
        return self.add_working_days(d, 1)

    def working_day_on_or_after(self, d: date) -> date:
        o = d.toordinal()
        table = self._covering(o, o)
        while True:
            i = bisect_left(table.ords, o)
            if i < len(table.ords):
                return date.fromordinal(table.ords[i])
            table = self._edge_of(table, forward=True)

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day strictly after d (n > 0), strictly before it (n < 0), or d."""
        if n == 0:
            return d
        o = d.toordinal()
        table = self._covering(o, o)
        while True:
            i = bisect_right(table.ords, o) + n - 1 if n > 0 else bisect_left(table.ords, o) + n
            if 0 <= i < len(table.ords):
                return date.fromordinal(table.ords[i])
            table = self._edge_of(table, forward=n > 0)

    def add_working_days_at(self, d: date, n: int, at: time | datetime) -> datetime:
        """`fit_into_day(add_working_days(d, n), at)` for n >= 1 in a single lookup: the hot
        path of `Nd` limits."""
        o = d.toordinal()
        table = self._table
        if not table.first_ord <= o <= table.last_ord:
            table = self._covering(o, o)
        while True:
            i = bisect_right(table.ords, o) + n - 1
            if i < len(table.ords):
                break
            table = self._edge_of(table, forward=True)
        minute = table.profiles[i].fit(at.hour * 60 + at.minute)
        return datetime.combine(table.dates[i], _CLOCK_TIMES[minute])

    def working_days_between(self, a: date, b: date) -> int:
        """How many working days lie in (a, b]; negative, of (b, a], when b is before a."""
        oa, ob = a.toordinal(), b.toordinal()
        ords = self._covering(min(oa, ob), max(oa, ob)).ords
        return bisect_right(ords, ob) - bisect_right(ords, oa)

    def hours_for(self, d: date) -> tuple[Interval, ...]:
        """The office intervals of that day; empty when it is not a working day."""
        profile = self._profile(d)
        return profile.intervals if profile else ()

    def opening(self, d: date) -> datetime:
        """The moment the office opens on working day d (ValueError on a non-working day)."""
        return datetime.combine(d, self._working_profile(d).intervals[0][0])

    def closing(self, d: date) -> datetime:
        """The moment the office closes on working day d (ValueError on a non-working day)."""
        return datetime.combine(d, self._working_profile(d).intervals[-1][1])

    def day_off_reason(self, d: date) -> str | None:
        """Why d is not a working day (holiday name, override reason, weekend); None if it is."""
        o = d.toordinal()
        table = self._covering(o, o)
        i = bisect_left(table.ords, o)
        if i < len(table.ords) and table.ords[i] == o:
            return None
        reason = table.off_reasons.get(o)
        if reason:
            return reason
        return _WEEKEND_NAMES.get(d.weekday(), "Ngày cơ quan không làm việc")

    def days_off_and_makeups(self, year: int) -> list[CalendarDay]:
        """The days of that year that depart from the weekly pattern, in date order.

        Statutory holidays that fall on a day the office is closed anyway are left out; the
        office's own overrides are always listed, so that they can be seen and removed.
        """
        return self.days_off_and_makeups_between(date(year - 1, 12, 31), date(year, 12, 31))

    def days_off_and_makeups_between(self, a: date, b: date) -> list[CalendarDay]:
        """As `days_off_and_makeups`, for the days in (a, b]."""
        oa, ob = a.toordinal(), b.toordinal()
        table = self._covering(min(oa + 1, ob), ob)
        lo = bisect_right(table.notable_ords, oa)
        hi = bisect_right(table.notable_ords, ob)
        return table.notable[lo:hi]

    def estimated_between(self, a: date, b: date) -> list[CalendarDay]:
        """The estimated days in (a, b] that change a count: those a deadline running through
        them may still see moved by the year's decision."""
        open_weekdays = self._open_weekdays
        return [d for d in self.days_off_and_makeups_between(a, b)
                if d.status == "estimated"
                and open_weekdays[d.day.weekday()] == (d.kind == "day-off")]

    def exceptions_vi(self, after: date, through: date) -> tuple[str, ...]:
        """The days off and make-up days in (after, through] that changed a count, in words:
        e.g. ("nghỉ Tết Nguyên Đán 16–20/02", "làm bù thứ Bảy 22/08")."""
        oa, ob = after.toordinal(), through.toordinal()
        table = self._covering(min(oa + 1, ob), ob)
        key = (bisect_right(table.notable_ords, oa), bisect_right(table.notable_ords, ob))
        phrases = table.phrases.get(key)
        if phrases is None:
            if len(table.phrases) >= _PHRASE_MEMO_SIZE:
                table.phrases.clear()
            phrases = self._phrase(table.notable[key[0]:key[1]])
            table.phrases[key] = phrases
        return phrases

    def _phrase(self, entries: list[CalendarDay]) -> tuple[str, ...]:
        off: list[CalendarDay] = []
        makeup: list[CalendarDay] = []
        for entry in entries:
            if entry.status == "pending":
                continue
            # An override that restates the weekly pattern changed nothing in a count.
            if self._open_weekdays[entry.day.weekday()]:
                if entry.kind == "day-off":
                    off.append(entry)
            elif entry.kind == "workday":
                makeup.append(entry)
        phrases = []
        if off:
            phrases.append("nghỉ " + ", ".join(self._off_runs_vi(off)))
        if makeup:
            phrases.append("làm bù " + ", ".join(
                f"{_WEEKDAY_NAMES_VI[e.day.weekday()]} {_span_vi(e.day, e.day)}" for e in makeup
            ))
        return tuple(phrases)

    def _off_runs_vi(self, days: list[CalendarDay]) -> list[str]:
        runs: list[tuple[str, date, date]] = []
        for entry in days:
            name = _holiday_group(entry.reason)
            if runs:
                last_name, first, last = runs[-1]
                # A weekend inside Tết does not split it: only a working day in between does.
                if name == last_name and self.next_working_day(last) > entry.day:
                    runs[-1] = (name, first, entry.day)
                    continue
            runs.append((name, entry.day, entry.day))
        return [f"{name} {_span_vi(first, last)}" for name, first, last in runs]

    def _profile(self, d: date) -> _Profile | None:
        o = d.toordinal()
        table = self._covering(o, o)
        i = bisect_left(table.ords, o)
        if i < len(table.ords) and table.ords[i] == o:
            return table.profiles[i]
        return None

    def _working_profile(self, d: date) -> _Profile:
        profile = self._profile(d)
        if profile is None:
            raise ValueError(f"Ngày {d:%d/%m/%Y} không phải ngày làm việc")
        return profile

    # -- office time -------------------------------------------------------------------------

    def fit_into_day(self, d: date, at: time | datetime) -> datetime:
        """The clock time `at` moved into the office hours of working day d: before opening to
        the opening, in a break to the next interval's start, after closing to the closing."""
        minute = self._working_profile(d).fit(at.hour * 60 + at.minute)
        return datetime.combine(d, _CLOCK_TIMES[minute])

    def clamp_into_office(self, dt: datetime) -> datetime:
        """dt itself when the office is open then, else the next moment it opens.

        Intervals are half-open here: at 11:30 or 17:00 the office has just closed.
        """
        d = dt.date()
        profile = self._profile(d)
        if profile is not None:
            minute = dt.hour * 60 + dt.minute
            k = bisect_right(profile.starts, minute) - 1
            if k >= 0 and minute < profile.ends[k]:
                return dt
            if k + 1 < len(profile.starts):
                start = profile.starts[k + 1]
                return datetime.combine(d, time(start // 60, start % 60))
        return self.opening(self.next_working_day(d))

    def last_office_moment(self, dt: datetime) -> datetime:
        """dt itself when the office is open then (interval ends included), else the moment it
        last closed: the office position of dt, without moving forward in time."""
        d = dt.date()
        profile = self._profile(d)
        if profile is not None:
            minute = dt.hour * 60 + dt.minute
            k = bisect_right(profile.starts, minute) - 1
            if k >= 0:
                if minute <= profile.ends[k]:
                    return dt
                end = profile.ends[k]
                return datetime.combine(d, time(end // 60, end % 60))
        return self.closing(self.add_working_days(d, -1))

    def opens_at(self, dt: datetime) -> bool:
        """Whether dt is the start of an office interval (07:30, 13:30) on a working day."""
        profile = self._profile(dt.date())
        return profile is not None and dt.hour * 60 + dt.minute in profile.starts

    def office_minutes_between(self, a: datetime, b: datetime) -> int:
        """Office minutes from a to b; negative when b is before a."""
        oa, ob = a.toordinal(), b.toordinal()
        table = self._covering(min(oa, ob), max(oa, ob))
        return _position(table, ob, b) - _position(table, oa, a)

    def add_office_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment `minutes` office minutes after start (before it when negative).

        When the count ends exactly where an interval ends, the answer is that end (17:00, not
        the next morning's opening). Zero minutes leave start as it is.
        """
        if minutes == 0:
            return start
        o = start.toordinal()
        table = self._covering(o, o)
        while True:
            target = _position(table, o, start) + minutes
            if 0 < target <= table.cum[-1]:
                break
            table = self._edge_of(table, forward=minutes > 0)
        j = bisect_left(table.cum, target) - 1
        minute = table.profiles[j].minute_at(target - table.cum[j])
        return datetime.combine(date.fromordinal(table.ords[j]), time(minute // 60, minute % 60))


def _holiday_group(reason: str) -> str:
    """Tết's days carry one name each (Giao thừa, Mùng hai ...); a run of them reads as one.
    A swapped day off is named by what it is, its make-up day being listed beside it."""
    if "Tết" in reason and "Dương lịch" not in reason:
        return "Tết Nguyên Đán"
    if _SWAPPED_FROM.search(reason):
        return "ngày nghỉ hoán đổi"
    return reason


def _span_vi(first: date, last: date) -> str:
    """16–20/02, 30/04–02/05, 24/11; with years only across a new year."""
    if first.year != last.year:
        return f"{first:%d/%m/%Y}–{last:%d/%m/%Y}"
    end = f"{last.day:02d}/{last.month:02d}"
    if first == last:
        return end
    if first.month != last.month:
        return f"{first.day:02d}/{first.month:02d}–{end}"
    return f"{first.day:02d}–{end}"


def _position(table: _Table, o: int, dt: datetime) -> int:
    """Office minutes from the table's start up to dt (whose ordinal is o)."""
    i = bisect_left(table.ords, o)
    position = table.cum[i]
    if i < len(table.ords) and table.ords[i] == o:
        position += table.profiles[i].minutes_before(dt.hour * 60 + dt.minute)
    return position
