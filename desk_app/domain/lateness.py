"""When a dossier is late: the one rule every statistic and screen applies.

An office counts lateness by the minute (the default: a result at 10:01 for an appointment at
10:00 is late) or by the day (office setting `lateness` = `day`: late only when resolved on a
later day than the appointment's, as many provinces' systems count). The rule is expressed as
a moment: a due date before `past_due_line(moment, rule)` is past at `moment`. An open
dossier is overdue at `now` when its due date is before `past_due_line(now, rule)`; a resolved
one was late when its due date is before `past_due_line(completed_at, rule)`. Queries compare
the stored `due_at` with the same line (services/lateness.py), so SQL and Python agree.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Literal

Lateness = Literal["minute", "day"]
LATENESS_RULES: tuple[Lateness, ...] = ("minute", "day")
DEFAULT_LATENESS: Lateness = "minute"

LATENESS_NAMES_VI = {
    "minute": "theo phút (quá giờ hẹn là trễ hạn)",
    "day": "theo ngày (trễ hạn khi có kết quả sau ngày hẹn)",
}


def past_due_line(moment: datetime, rule: Lateness) -> datetime:
    """The moment before which a due date has passed at `moment`: `moment` itself by the
    minute, the start of its day by the day."""
    if rule == "day":
        return datetime.combine(moment.date(), time())
    if rule == "minute":
        return moment
    raise ValueError(f"Cách tính trễ hạn: {rule!r} không có; chỉ nhận minute hoặc day")


def is_past_due(due_at: datetime, moment: datetime, rule: Lateness) -> bool:
    """Whether a dossier due at `due_at` is late when resolved (or still open) at `moment`."""
    return due_at < past_due_line(moment, rule)
