"""How much a demo centre receives, and of what: its fields and procedures by weight, its week,
its office minutes and its yearly growth (the catalogue as the generator draws from it)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk_app.domain.catalog import DocumentLine
from desk_app.domain.deadlines import ClockRule
from desk_app.domain.process_steps import StepSpec
from desk_app.domain.text import fold
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.demo.sample import UNITS

# Share of a centre's intake by field (lĩnh vực), in percent; fields not named get 0.5.
FIELD_SHARES = {
    "Chứng thực": 27,
    "Hộ tịch": 22,
    "Đăng ký, quản lý cư trú": 11,
    "Cấp, quản lý căn cước": 9,
    "Đất đai": 9,
    "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)": 4,
    "Bảo trợ xã hội": 3,
    "Lý lịch tư pháp": 3,
    "Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN": 2,
    "Cấp sổ BHXH, thẻ BHYT": 2,
    "Hoạt động xây dựng": 2,
    "Sát hạch, cấp giấy phép lái xe": 2,
    "Định danh và xác thực điện tử": 1.5,
    "Người có công": 1,
    "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân": 1,
    "Thành lập và hoạt động của doanh nghiệp": 1,
    "Giảm nghèo": 0.5,
}
# Within a field, the procedures most asked for (relative weights; others count 1).
PROCEDURE_WEIGHTS = {
    "2.000815": 25,  # chứng thực bản sao từ bản chính
    "2.000884": 5,  # chứng thực chữ ký
    "1.001193": 12,  # khai sinh
    "2.000635": 10,  # bản sao trích lục hộ tịch
    "1.004873": 6,  # xác nhận tình trạng hôn nhân
    "1.000894": 5,  # kết hôn
    "1.000656": 3,  # khai tử
    "1.004194": 4,  # tạm trú
    "1.004222": 3,  # thường trú
    "1.014061": 5,  # căn cước từ 14 tuổi
    "1.014063": 3,  # cấp đổi căn cước
    "1.013831": 5,  # biến động đất đai
    "1.012783": 2,  # cấp đổi giấy chứng nhận
}
FAMILY_WEIGHTS = (31, 11, 9.5, 7, 5, 4, 4.5, 3.9, 3.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5)
WEEKDAY_WEIGHTS = (1.25, 1.1, 1.0, 1.0, 0.9, 0.08, 0.0)  # Monday .. Sunday
YEARLY_GROWTH = 1.08
# Saturday-morning desks (a receiving day, not a counting day).
SATURDAY_HOURS = ((time(7, 30), time(11, 30)),)


@dataclass
class CatalogVersion:
    id: int
    effective_from: date
    rule: ClockRule
    quick: bool  # same day or hours: often settled at the desk itself
    documents: tuple[DocumentLine, ...]
    fee: str
    steps: tuple[StepSpec, ...] = ()


@dataclass
class CatalogProcedure:
    code: str
    name: str
    field: str
    versions: list[CatalogVersion]

    def version_on(self, day: date) -> CatalogVersion:
        """As catalog.in_force: the last version in force that day, else the first."""
        chosen = self.versions[0]
        for version in self.versions:
            if version.effective_from <= day:
                chosen = version
        return chosen


def between(start: datetime, end: datetime, share: float) -> datetime:
    """The moment that share of the way from start to end, to the minute (events are)."""
    return start + timedelta(minutes=int((end - start).total_seconds() * share // 60))


def receiving_hours(calendar: WorkCalendar, day: date, now: datetime):
    """The day's office hours (Saturday mornings on days off), cut at `now` on its day."""
    intervals = calendar.hours_for(day) or SATURDAY_HOURS
    if day != now.date():
        return intervals
    moment = now.time()
    return tuple((start, min(end, moment)) for start, end in intervals if start < moment)


def office_minutes(rng: random.Random, intervals, count: int) -> list[int]:
    """Receipt minutes (since midnight) spread evenly over the day's office hours."""
    spans = [(a.hour * 60 + a.minute, b.hour * 60 + b.minute) for a, b in intervals]
    total = sum(end - start for start, end in spans)
    minutes = []
    for _ in range(count):
        position = int(rng.random() * total)
        for start, end in spans:
            if position < end - start:
                minutes.append(start + position)
                break
            position -= end - start
    return minutes


def binomial(rng: random.Random, n: int, p: float) -> int:
    """A count with the right mean and spread, without drawing n times."""
    mean = n * p
    return max(0, round(rng.gauss(mean, (mean * (1 - p)) ** 0.5)))


def unit_for(field_name: str) -> str:
    folded = fold(field_name)
    if folded in ("ho tich", "chung thuc") or "ly lich" in folded:
        return UNITS[0]
    if "kinh doanh" in folded or "doanh nghiep" in folded:
        return UNITS[1]
    if "xay dung" in folded:
        return UNITS[2]
    if "dat dai" in folded:
        return UNITS[3]
    return UNITS[4]


def draw_weights(procedures: list[CatalogProcedure]) -> list[float]:
    """Each field's share split among its procedures by their relative weights."""
    per_field: Counter[str] = Counter()
    for procedure in procedures:
        per_field[procedure.field] += PROCEDURE_WEIGHTS.get(procedure.code, 1)
    return [FIELD_SHARES.get(p.field, 0.5) * PROCEDURE_WEIGHTS.get(p.code, 1) / per_field[p.field]
            for p in procedures]


def _open_share(calendar: WorkCalendar, day: date, now: datetime) -> float:
    """The share of the day's receiving hours that lie before now."""

    def minutes(intervals) -> int:
        return sum((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) for a, b in intervals)

    return (minutes(receiving_hours(calendar, day, now))
            / minutes(calendar.hours_for(day) or SATURDAY_HOURS))


def daily_counts(calendar: WorkCalendar, first: date, last: datetime, total: int,
          rng: random.Random) -> list[tuple[date, int]]:
    """How many dossiers each receiving day gets: weekday pattern, yearly growth, noise."""
    weights = []
    day = first
    while day <= last.date():
        if calendar.is_working_day(day):
            weight = WEEKDAY_WEIGHTS[day.weekday()] if day.weekday() < 5 else 1.0
        elif day.weekday() == 5:
            weight = WEEKDAY_WEIGHTS[5]
        else:
            weight = 0.0
        if weight:
            # Today only up to now.
            weight *= _open_share(calendar, day, last)
        if weight:
            years = (day - first).days / 365.25
            weights.append((day, weight * YEARLY_GROWTH ** years * rng.uniform(0.85, 1.15)))
        day += timedelta(days=1)
    whole = sum(w for _, w in weights)
    exact = [(d, total * w / whole) for d, w in weights]
    counts = [[d, int(x)] for d, x in exact]
    short = total - sum(c for _, c in counts)
    # The largest remainders get the dossiers rounding left over.
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i][1] - counts[i][1],
                          reverse=True)
    for i in by_remainder[:short]:
        counts[i][1] += 1
    return [(d, c) for d, c in counts if c]
