"""The public sector's statutory calendar: the bundled official days, else the `holidays`
package's estimate.

`resources/calendar/YYYY.csv` holds, for each year the program knows, every holiday, day off
and make-up working day with the instrument that makes it so and a status: `official` (a law
or a decision says so), `estimated` (computed by rule, no decision seen yet) or `pending`
(announced policy awaiting an instrument; it counts as a working day until the office decides).
Years without a file come from the `holidays` package, every day of them `estimated`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal, NamedTuple

import holidays

from desk_app.paths import RESOURCES

DayKind = Literal["day-off", "workday"]
DAY_KINDS = ("day-off", "workday")
STATUSES = ("official", "estimated", "pending")
# A day the office set itself (`calendar add`), beside the statutory statuses.
OFFICE_STATUS = "office"
CALENDAR_DIR = RESOURCES / "calendar"
COLUMNS = ["date", "kind", "name", "status", "source"]

ESTIMATE_SOURCE = ("Ước tính theo Bộ luật Lao động (gói holidays); lịch kèm theo chương trình "
                   "chưa có văn bản của năm này")
# The package makes 24/11 a day off from 2026 on the strength of a Party resolution; the
# Labour Code amendment it calls for is not in force, so it stays pending.
_PENDING_NAMES = ("Văn hóa Việt Nam",)
_SWAPPED_FROM = re.compile(r"thay cho ngày (\d{2}/\d{2}/\d{4})")


@dataclass(frozen=True)
class CalendarDay:
    """A day that departs from the weekly pattern: a day off or a make-up working day."""

    day: date
    kind: DayKind
    reason: str
    source: str
    status: str = "official"


class StatutoryDays(NamedTuple):
    """The statutory days of a range of years keyed by ordinal; pending days apart, since they
    do not count."""

    off: dict[int, CalendarDay]
    makeup: dict[int, CalendarDay]
    pending: dict[int, CalendarDay]


@lru_cache(maxsize=64)
def bundled_year(year: int) -> tuple[CalendarDay, ...] | None:
    """The bundled days of that year, or None when the program has no file for it."""
    path = CALENDAR_DIR / f"{year}.csv"
    if not path.is_file():
        return None
    return parse_year(year, path.read_text(encoding="utf-8"), path.name)


def parse_year(year: int, text: str, name: str) -> tuple[CalendarDay, ...]:
    """One year's file, checked: a damaged bundle must stop the program, not shift deadlines."""
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames != COLUMNS:
        raise ValueError(f"{name}: cột phải là {','.join(COLUMNS)}")
    days: list[CalendarDay] = []
    seen: set[date] = set()
    for line, row in enumerate(reader, start=2):
        where = f"{name} dòng {line}"
        try:
            day = date.fromisoformat(row["date"] or "")
        except ValueError:
            raise ValueError(f"{where}: ngày '{row['date']}' không hợp lệ") from None
        if day.year != year or day in seen:
            raise ValueError(f"{where}: ngày {day:%d/%m/%Y} sai năm hoặc lặp lại")
        if row["kind"] not in DAY_KINDS:
            raise ValueError(f"{where}: loại ngày '{row['kind']}' không hợp lệ")
        if row["status"] not in STATUSES:
            raise ValueError(f"{where}: trạng thái '{row['status']}' không hợp lệ")
        if not (row["name"] or "").strip() or not (row["source"] or "").strip():
            raise ValueError(f"{where}: thiếu tên ngày hoặc văn bản (nguồn)")
        seen.add(day)
        days.append(CalendarDay(day, row["kind"], row["name"], row["source"], row["status"]))
    return tuple(days)


def bundled_years() -> tuple[int, ...]:
    return tuple(sorted(int(p.stem) for p in CALENDAR_DIR.glob("[0-9][0-9][0-9][0-9].csv")))


@lru_cache(maxsize=8)
def statutory(first_year: int, last_year: int) -> StatutoryDays:
    """The statutory days of those years: each year's bundled file, else the package's
    estimate."""
    result = StatutoryDays({}, {}, {})
    estimated_years = []
    for year in range(first_year, last_year + 1):
        bundled = bundled_year(year)
        if bundled is None:
            estimated_years.append(year)
            continue
        for day in bundled:
            _file(result, day)
    if estimated_years:
        for day in _estimates(tuple(estimated_years)):
            _file(result, day)
    return result


def _file(result: StatutoryDays, day: CalendarDay) -> None:
    if day.status == "pending":
        target = result.pending
    else:
        target = result.off if day.kind == "day-off" else result.makeup
    target[day.day.toordinal()] = day


def _estimates(years: tuple[int, ...]) -> list[CalendarDay]:
    vn = holidays.country_holidays("VN", years=years, language="vi")
    days: list[CalendarDay] = []
    swapped_for: dict[str, date] = {}
    for day, name in vn.items():
        swap = _SWAPPED_FROM.search(name)
        if swap:
            swapped_for[swap[1]] = day
        status = "pending" if any(p in name for p in _PENDING_NAMES) else "estimated"
        days.append(CalendarDay(day, "day-off", name, ESTIMATE_SOURCE, status))
    wanted = set(years)
    for day in vn.weekend_workdays:
        # The package lists make-up days of neighbouring years too; keep the asked ones.
        if day.year not in wanted:
            continue
        day_off = swapped_for.get(f"{day:%d/%m/%Y}")
        reason = f"Làm bù cho ngày nghỉ {day_off:%d/%m/%Y}" if day_off else "Ngày làm việc bù"
        days.append(CalendarDay(day, "workday", reason, ESTIMATE_SOURCE, "estimated"))
    return days
