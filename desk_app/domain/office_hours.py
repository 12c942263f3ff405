"""An office's opening hours: per weekday, the ordered office intervals of the day.

The settings string reads like the notice on the desk, e.g.
``Mon-Thu 07:30-11:30,13:30-17:00; Fri 07:30-11:30,13:30-16:30``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

Interval = tuple[time, time]

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_INDEX = {name.lower(): i for i, name in enumerate(DAY_NAMES)}
# Clerks paste from word processors, which turn "-" into an en dash.
_DASHES = str.maketrans({"–": "-", "—": "-"})
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def _invalid(problem: str) -> ValueError:
    return ValueError(f"Giờ làm việc không hợp lệ: {problem}")


def _check_day(weekday: int, intervals: tuple[Interval, ...]) -> None:
    name = DAY_NAMES[weekday]
    previous_end: time | None = None
    for start, end in intervals:
        if not (isinstance(start, time) and isinstance(end, time)):
            raise _invalid(f"{name}: mỗi khoảng giờ phải gồm hai mốc giờ")
        if start.second or start.microsecond or end.second or end.microsecond:
            raise _invalid(f"{name}: giờ phải tròn phút")
        if start.tzinfo or end.tzinfo:
            raise _invalid(f"{name}: giờ không được kèm múi giờ")
        if not start < end:
            raise _invalid(
                f"{name}: khoảng {start:%H:%M}-{end:%H:%M} phải bắt đầu trước khi kết thúc"
            )
        # Touching intervals are refused too: a gap of zero minutes is a typo, not a break.
        if previous_end is not None and start <= previous_end:
            raise _invalid(
                f"{name}: khoảng {start:%H:%M}-{end:%H:%M} chồng lấn hoặc đứng trước "
                f"khoảng trước nó (kết thúc {previous_end:%H:%M})"
            )
        previous_end = end


@dataclass(frozen=True)
class OfficeHours:
    """Office intervals per weekday (0 = Monday .. 6 = Sunday); a day without any is closed."""

    days: tuple[tuple[Interval, ...], ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise _invalid("cần đúng 7 ngày trong tuần")
        for weekday, intervals in enumerate(self.days):
            _check_day(weekday, intervals)
        if not any(self.days):
            raise _invalid("không có ngày nào có giờ làm việc")

    @classmethod
    def default(cls) -> OfficeHours:
        """Monday to Friday 07:30-11:30 and 13:30-17:00."""
        weekday = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
        return cls((weekday,) * 5 + ((), ()))

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """Read the settings string; raises ValueError naming the faulty part."""
        days: list[tuple[Interval, ...] | None] = [None] * 7
        groups = [g.strip() for g in text.translate(_DASHES).split(";")]
        if not any(groups):
            raise _invalid("chuỗi trống")
        for group in groups:
            if not group:
                continue
            day_spec, _, interval_spec = group.partition(" ")
            interval_spec = interval_spec.strip()
            if not interval_spec:
                raise _invalid(f"nhóm '{group}' thiếu khoảng giờ (ví dụ Mon-Fri 07:30-11:30)")
            intervals = tuple(_parse_interval(part) for part in interval_spec.split(","))
            for weekday in _parse_days(day_spec):
                if days[weekday] is not None:
                    raise _invalid(f"ngày {DAY_NAMES[weekday]} được khai báo hai lần")
                days[weekday] = intervals
        return cls(tuple(d or () for d in days))

    def format(self) -> str:
        """The canonical settings string; consecutive days with equal hours share a range."""
        groups: list[str] = []
        weekday = 0
        while weekday < 7:
            intervals = self.days[weekday]
            last = weekday
            while last + 1 < 7 and self.days[last + 1] == intervals:
                last += 1
            if intervals:
                days = DAY_NAMES[weekday]
                if last > weekday:
                    days += f"-{DAY_NAMES[last]}"
                hours = ",".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in intervals)
                groups.append(f"{days} {hours}")
            weekday = last + 1
        return "; ".join(groups)

    def __str__(self) -> str:
        return self.format()

    def intervals(self, weekday: int) -> tuple[Interval, ...]:
        """The intervals of that weekday as configured (empty on a closed day)."""
        return self.days[weekday]

    @property
    def standard(self) -> tuple[Interval, ...]:
        """The hours of the first weekday Monday..Friday that has any (else of any day)."""
        for intervals in self.days:
            if intervals:
                return intervals
        raise AssertionError("unreachable: __post_init__ requires one open day")

    @property
    def standard_minutes(self) -> int:
        """Office minutes of a standard day (`standard`): what a working day of a budget is."""
        return sum((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) for a, b in self.standard)

    def workday_intervals(self, weekday: int) -> tuple[Interval, ...]:
        """The hours to keep on a working day of that weekday.

        An official make-up day usually falls on a Saturday, when the office has no hours of its
        own: it then works the standard hours.
        """
        return self.days[weekday] or self.standard


def _parse_clock(text: str) -> time:
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise _invalid(f"giờ '{text.strip()}' phải có dạng HH:MM")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise _invalid(f"giờ '{text.strip()}' không tồn tại")
    return time(hour, minute)


def _parse_interval(text: str) -> Interval:
    start, dash, end = text.strip().partition("-")
    if not dash:
        raise _invalid(f"khoảng giờ '{text.strip()}' phải có dạng HH:MM-HH:MM")
    return _parse_clock(start), _parse_clock(end)


def _day(name: str) -> int:
    weekday = _DAY_INDEX.get(name.strip().lower())
    if weekday is None:
        raise _invalid(f"tên ngày '{name.strip()}' không đúng (dùng {', '.join(DAY_NAMES)})")
    return weekday


def _parse_days(spec: str) -> list[int]:
    weekdays: list[int] = []
    for item in spec.split(","):
        first, dash, last = item.partition("-")
        if not dash:
            weekdays.append(_day(first))
            continue
        lo, hi = _day(first), _day(last)
        if lo > hi:
            raise _invalid(f"dải ngày '{item}' phải đi từ đầu tuần về cuối tuần")
        weekdays.extend(range(lo, hi + 1))
    return weekdays
