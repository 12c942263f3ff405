"""A dossier's due moment, computed from its procedure's rule, the calendar and its clock events.

The due moment is never patched: it is recomputed from the receipt and the ordered clock events
(supplement requested/received, stopped/resumed), which is what every ticketing system that
stored a patched due date got wrong. `compute_due` is a fold of `advance` over the events, so
a caller holding the previous result may apply one new event and get the same answer.

The rules are those of FORMATS.md, "Deadline rules". Interpretations decided here:
- The cut-off only applies on a working day: a receipt on a non-working day is already counted
  from the next working day, whatever its hour.
- Times are counted to the minute; seconds are ignored.
- A pause keeps the office minutes left at that moment, negative when the dossier was already
  late, so resuming never wipes out lateness. When the due moment sat at an office opening
  (07:30, 13:30), resuming keeps it at an opening rather than at the closing before it, which
  is the same office position.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from desk_app.domain.lateness import Lateness, is_past_due
from desk_app.domain.work_calendar import WorkCalendar

# "minutes" is no catalogue spelling: internal process steps (domain/process_steps.py) count
# half office days in it.
LimitKind = Literal["days", "hours", "same-day", "calendar-days", "minutes"]
LIMIT_KINDS = ("days", "hours", "same-day", "calendar-days", "minutes")
SupplementRule = Literal["restart", "pause"]
SUPPLEMENT_RULES = ("restart", "pause")
ClockEventKind = Literal["supplement_requested", "supplement_received", "stopped", "resumed"]
CLOCK_EVENT_KINDS = ("supplement_requested", "supplement_received", "stopped", "resumed")
ClockState = Literal["running", "awaiting_supplement", "stopped"]
OpenClass = Literal["within", "due_soon", "overdue"]
ResolvedClass = Literal["early", "on_time", "late"]

SAME_DAY_CUTOFF = time(15, 0)

_LIMIT_TEXT = re.compile(r"([0-9]+)(cd|d|h)")
_SUFFIX_KIND: dict[str, LimitKind] = {"d": "days", "h": "hours", "cd": "calendar-days"}
_KIND_SUFFIX = {**{kind: suffix for suffix, kind in _SUFFIX_KIND.items()}, "minutes": "m"}
_EVENT_NAMES_VI = {
    "supplement_requested": "yêu cầu bổ sung",
    "supplement_received": "nhận bổ sung",
    "stopped": "dừng giải quyết",
    "resumed": "tiếp tục giải quyết",
}
_STATE_NAMES_VI = {
    "running": "đang tính thời hạn",
    "awaiting_supplement": "đang chờ bổ sung",
    "stopped": "đang dừng giải quyết",
}


@dataclass(frozen=True)
class TimeLimit:
    """A procedure's time limit: N working days, N office hours, the same day, N calendar days."""

    kind: LimitKind
    amount: int = 1

    def __post_init__(self) -> None:
        if self.kind not in LIMIT_KINDS:
            raise ValueError(f"Loại thời hạn không hợp lệ: '{self.kind}'")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 1:
            raise ValueError(f"Thời hạn phải là số nguyên từ 1 trở lên, không phải {self.amount!r}")
        if self.kind == "same-day" and self.amount != 1:
            raise ValueError("Thời hạn trong ngày không có số lượng")

    @classmethod
    def parse(cls, text: str) -> TimeLimit:
        """Read `3d`, `4h`, `same-day` or `15cd` (ValueError in Vietnamese otherwise)."""
        cleaned = text.strip().lower()
        if cleaned == "same-day":
            return cls("same-day")
        match = _LIMIT_TEXT.fullmatch(cleaned)
        if not match:
            raise ValueError(
                f"Thời hạn không hợp lệ: '{text}' (dùng Nd, Nh, same-day hoặc Ncd, ví dụ 3d)"
            )
        amount = int(match[1])
        if amount < 1:
            raise ValueError(f"Thời hạn không hợp lệ: '{text}' (số lượng phải từ 1 trở lên)")
        return cls(_SUFFIX_KIND[match[2]], amount)

    def __str__(self) -> str:
        if self.kind == "same-day":
            return "same-day"
        return f"{self.amount}{_KIND_SUFFIX[self.kind]}"

    def describe_vi(self) -> str:
        if self.kind == "days":
            return f"{self.amount} ngày làm việc"
        if self.kind == "hours":
            return f"{self.amount} giờ làm việc"
        if self.kind == "same-day":
            return "trong ngày"
        if self.kind == "minutes":
            return f"{self.amount} phút làm việc"
        return f"{self.amount} ngày"


@dataclass(frozen=True)
class ClockRule:
    """How a procedure's clock runs: its limit, its cut-off hour and what a supplement does."""

    time_limit: TimeLimit
    cutoff: time | None = None
    supplement_rule: SupplementRule = "restart"

    def __post_init__(self) -> None:
        if self.supplement_rule not in SUPPLEMENT_RULES:
            raise ValueError(
                f"Quy tắc bổ sung không hợp lệ: '{self.supplement_rule}' (restart hoặc pause)"
            )

    @property
    def effective_cutoff(self) -> time | None:
        """The given cut-off, else 15:00 for same-day procedures, else none."""
        if self.cutoff is not None:
            return self.cutoff
        return SAME_DAY_CUTOFF if self.time_limit.kind == "same-day" else None


@dataclass(frozen=True)
class ClockEvent:
    kind: ClockEventKind
    at: datetime

    def __post_init__(self) -> None:
        if self.kind not in CLOCK_EVENT_KINDS:
            raise ValueError(f"Sự kiện không ảnh hưởng thời hạn: '{self.kind}'")


@dataclass(frozen=True)
class DueResult:
    """Where a dossier's clock stands.

    `due_at` is None while the clock is paused; `remaining_minutes` then holds the office
    minutes that were left at the pause (negative if it was already late). The last three
    fields let `advance` apply a further event; a result built by hand leaves them at their
    defaults. The explanation may be given as a function: it is then only worded when read,
    since most due dates (lists, reports, recomputation) are never explained.
    """

    due_at: datetime | None
    paused: bool
    remaining_minutes: int | None
    explanation_source: str | Callable[[], str] = field(repr=False, compare=False)
    state: ClockState = "running"
    as_of: datetime | None = None  # the receipt or the last event: later events may not precede
    due_before_pause: datetime | None = None

    @property
    def explanation(self) -> str:
        source = self.explanation_source
        return source if isinstance(source, str) else source()


def due_moment(rule: ClockRule, calendar: WorkCalendar, received_at: datetime) -> datetime:
    """The due moment of a dossier received at that moment, with no clock events."""
    return _fresh(rule, calendar, received_at)[0]


def compute_due(
    rule: ClockRule,
    calendar: WorkCalendar,
    received_at: datetime,
    events: tuple[ClockEvent, ...] | list[ClockEvent] = (),
) -> DueResult:
    """The clock of a dossier received at `received_at` after the given events, in order.

    An event that cannot happen in the clock's state (resumed without stopped, ...) or that
    precedes the one before it raises ValueError naming it.
    """
    due, moved = _fresh(rule, calendar, received_at)
    result = DueResult(
        due, False, None, lambda: _explain_fresh(rule, calendar, received_at, due, moved),
        "running", received_at,
    )
    for event in events:
        result = advance(rule, calendar, result, event)
    return result


def advance(
    rule: ClockRule, calendar: WorkCalendar, result: DueResult, event: ClockEvent
) -> DueResult:
    """The clock after one more event."""
    at = event.at
    if result.as_of is not None and at < result.as_of:
        raise _illegal(event, f"trước mốc {_moment_vi(result.as_of)} đã ghi")
    when = f"{_EVENT_NAMES_VI[event.kind]} lúc {_moment_vi(at)}"
    if event.kind in ("supplement_requested", "stopped"):
        if result.state != "running" or result.due_at is None:
            raise _illegal(event, f"khi {_STATE_NAMES_VI[result.state]}")
        remaining = calendar.office_minutes_between(at, result.due_at)
        state: ClockState = "awaiting_supplement" if event.kind == "supplement_requested" else (
            "stopped"
        )
        return DueResult(
            None, True, remaining,
            lambda: f"{result.explanation}; {when}, tạm dừng tính thời hạn "
                    f"({_left_vi(remaining)})",
            state, at, result.due_at,
        )
    expected = "awaiting_supplement" if event.kind == "supplement_received" else "stopped"
    if result.state != expected or result.remaining_minutes is None:
        raise _illegal(event, f"khi {_STATE_NAMES_VI[result.state]}")
    if event.kind == "supplement_received" and rule.supplement_rule == "restart":
        due, moved = _fresh(rule, calendar, at)
        return DueResult(
            due, False, None,
            lambda: f"{result.explanation}; {when}, tính lại từ đầu: "
                    f"{_explain_fresh(rule, calendar, at, due, moved)}",
            "running", at,
        )
    due = _resume(calendar, at, result.remaining_minutes, result.due_before_pause)
    return DueResult(
        due, False, None,
        lambda: f"{result.explanation}; {when}, tính tiếp phần còn lại nên hẹn "
                f"{_moment_vi(due)}",
        "running", at,
    )


def _illegal(event: ClockEvent, problem: str) -> ValueError:
    return ValueError(
        f"Sự kiện không hợp lệ: '{event.kind}' lúc {_moment_vi(event.at)} {problem}"
    )


def _resume(
    calendar: WorkCalendar, at: datetime, remaining: int, due_before: datetime | None
) -> datetime:
    """The due moment after a pause: `remaining` office minutes from the resume moment, so that
    it moves by exactly the office time the clock stood still."""
    at = at.replace(second=0, microsecond=0)
    if remaining:
        due = calendar.add_office_minutes(calendar.clamp_into_office(at), remaining)
    else:
        due = calendar.last_office_moment(at)
    # An opening and the closing before it are the same office position and the arithmetic
    # answers the closing: a due moment that sat at an opening is put back at one.
    if due_before is not None and calendar.opens_at(due_before):
        due = calendar.clamp_into_office(due)
    return due


def _fresh(
    rule: ClockRule, calendar: WorkCalendar, received_at: datetime
) -> tuple[datetime, bool]:
    """(due moment, whether the cut-off moved the receipt day to the next working day)."""
    limit = rule.time_limit
    kind = limit.kind
    day = received_at.date()
    cutoff = rule.cutoff
    if cutoff is None and kind == "same-day":
        cutoff = SAME_DAY_CUTOFF
    moved = (
        cutoff is not None
        and received_at.hour * 60 + received_at.minute > cutoff.hour * 60 + cutoff.minute
        and calendar.is_working_day(day)
    )
    if kind == "days":
        # Moved, the count starts one working day later: day n + 1 after the receipt day.
        return calendar.add_working_days_at(day, limit.amount + moved, received_at), moved
    if moved:
        day = calendar.next_working_day(day)
    if kind == "same-day":
        due = calendar.closing(calendar.working_day_on_or_after(day))
    elif kind in ("hours", "minutes"):
        start = calendar.opening(day) if moved else received_at
        minutes = limit.amount * 60 if kind == "hours" else limit.amount
        due = calendar.add_office_minutes(start, minutes)
    else:
        nominal = day + timedelta(days=limit.amount)
        due = calendar.fit_into_day(calendar.working_day_on_or_after(nominal), received_at)
    return due, moved


# -- explanation ------------------------------------------------------------------------------


def _date_vi(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _clock_vi(t: time | datetime) -> str:
    # Written out rather than strftime: this runs for every due date and strftime is slow.
    return f"{t.hour:02d}:{t.minute:02d}"


def _moment_vi(dt: datetime) -> str:
    return f"{_clock_vi(dt)} {_date_vi(dt)}"


def _left_vi(minutes: int) -> str:
    size = abs(minutes)
    hours, rest = divmod(size, 60)
    parts = [f"{hours} giờ"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} phút")
    amount = " ".join(parts)
    if minutes < 0:
        return f"đã quá hạn {amount} làm việc"
    return f"còn {amount} làm việc"


def _explain_fresh(
    rule: ClockRule, calendar: WorkCalendar, received_at: datetime, due: datetime, moved: bool
) -> str:
    limit = rule.time_limit
    received_day = received_at.date()
    day = calendar.next_working_day(received_day) if moved else received_day
    if limit.kind in ("hours", "minutes"):
        parts = [f"{limit.describe_vi()} kể từ {_moment_vi(received_at)}"]
    elif limit.kind == "same-day":
        parts = [f"trong ngày, nhận lúc {_moment_vi(received_at)}"]
    else:
        parts = [f"{limit.describe_vi()} kể từ {_date_vi(received_day)}"]
    if moved:
        cutoff = rule.effective_cutoff
        assert cutoff is not None  # moved implies a cut-off
        parts.append(
            f"nhận sau {_clock_vi(cutoff)} nên tính từ ngày làm việc tiếp theo ({_date_vi(day)})"
        )
    elif (limit.kind in ("same-day", "hours", "minutes")
          and not calendar.is_working_day(received_day)):
        reason = calendar.day_off_reason(received_day)
        parts.append(f"nhận vào ngày nghỉ ({reason}) nên tính từ ngày làm việc tiếp theo")
    if limit.kind == "calendar-days":
        nominal = day + timedelta(days=limit.amount)
        if nominal != due.date():
            parts.append(
                f"ngày thứ {limit.amount} ({_date_vi(nominal)}) không phải ngày làm việc "
                "nên hẹn vào ngày làm việc tiếp theo"
            )
            parts.extend(calendar.exceptions_vi(nominal - timedelta(days=1), due.date()))
    else:
        parts.extend(calendar.exceptions_vi(day, due.date()))
    closing = " (giờ đóng cửa)" if limit.kind == "same-day" else ""
    fitted = ""
    if limit.kind in ("days", "calendar-days") and (due.hour, due.minute) != (
        received_at.hour, received_at.minute
    ):
        fitted = f" (giờ nhận {_clock_vi(received_at)} đưa vào giờ làm việc)"
    parts.append(f"hẹn {_moment_vi(due)}{closing}{fitted}")
    return "; ".join(parts)


# -- classes ----------------------------------------------------------------------------------


def classify_resolved(due_at: datetime, completed_at: datetime, *,
                      lateness: Lateness) -> ResolvedClass:
    """Late when completed past the due date by the office's rule (domain/lateness.py), early
    when on an earlier day, else on time."""
    if is_past_due(due_at, completed_at, lateness):
        return "late"
    if completed_at.date() < due_at.date():
        return "early"
    return "on_time"


def classify_open(due_at: datetime, now: datetime, calendar: WorkCalendar, *,
                  lateness: Lateness) -> OpenClass:
    """Overdue once the due date has passed by the office's rule; due soon when it falls by
    the closing of the next working day after today; else within the limit."""
    if is_past_due(due_at, now, lateness):
        return "overdue"
    if due_at <= calendar.closing(calendar.next_working_day(now.date())):
        return "due_soon"
    return "within"


def overdue_working_days(due_at: datetime, as_of: datetime, calendar: WorkCalendar, *,
                         lateness: Lateness) -> int:
    """Working days after the due day up to and including the as-of day (0 if not overdue)."""
    if not is_past_due(due_at, as_of, lateness):
        return 0
    return calendar.working_days_between(due_at.date(), as_of.date())

