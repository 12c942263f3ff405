"""Internal process steps (quy trình nội bộ): each procedure version's ordered steps with a time
budget each, and every dossier's steps with their due moments, replayed from its events.

Rules decided here, where the published processes are silent:
- A budget is `Nd` working days, halves allowed (`0.5d`, `1.5d`), or `Nh` office hours. The
  whole days count by the deadline engine's day rule (day 1 is the working day after the start,
  at the start's time of day); a half day is half the office minutes of the working day the
  step starts on (3 h 45 with the default hours), counted after the whole days.
- The dossier's receipt starts step 1, under the procedure's cut-off; every hand-over
  (`transferred`) ends the step in progress and starts the next one, which no cut-off moves.
- Supplements and stops act on the step in progress as on the dossier: `restart` gives the
  step its whole budget again from the day the supplement arrives, `pause` keeps the office
  time it had left. A step that starts while the dossier's clock stands still starts paused.
- A step not yet started is planned from the due moment of the one before it, so a late step
  moves the plan of those after it.
- Hand-overs beyond the published steps (a file sent back for a correction) open steps named
  "Ngoài quy trình" that are due when the dossier is due; so does every hand-over of a
  procedure without published steps, whose one implicit step is the whole limit.
- The result (ready or refused), a withdrawal or a closing ends the step in progress; steps
  never started are then dropped, since they did not happen.
- A step's result compares its end with its due moment as the dossier's result does
  (`classify_resolved`, the office's lateness rule); an unfinished step is `open` or, past its
  due moment as of now, `overdue`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from desk_app.domain.deadlines import (
    ClockEvent,
    ClockRule,
    DueResult,
    TimeLimit,
    advance,
    classify_resolved,
    compute_due,
)
from desk_app.domain.lateness import Lateness, is_past_due
from desk_app.domain.text import nfc
from desk_app.domain.work_calendar import WorkCalendar

IMPLICIT_STEP_NAME = "Giải quyết hồ sơ"
EXTRA_STEP_NAME = "Ngoài quy trình"
STEP_RESULTS = ("early", "on_time", "late", "open", "overdue")
# Events that end the dossier's processing, and with it the step in progress.
ENDING_KINDS = frozenset({"result_ready", "refused", "withdrawn", "closed"})
_PAUSING = {"supplement_requested": "supplement_received", "stopped": "resumed"}
_CLOCK_KINDS = frozenset({*_PAUSING, *_PAUSING.values()})
_BUDGET = re.compile(r"([0-9]+)(?:[.,]([05]))?d|([0-9]+)h")
MAX_STEPS = 30
_MAX_NAME = 255
# Beyond these a budget is a typing slip, as for a procedure's own limit (domain/catalog.py).
_MAX_DAYS, _MAX_HOURS = 365, 2000


@dataclass(frozen=True)
class StepBudget:
    """A step's time: `halves` half working days, or `hours` office hours (one of the two)."""

    halves: int = 0
    hours: int = 0

    @classmethod
    def parse(cls, text: str) -> StepBudget:
        cleaned = text.strip().lower()
        match = _BUDGET.fullmatch(cleaned)
        if not match:
            raise ValueError(f"thời gian '{text}' không hợp lệ (dùng Nd, nửa ngày như 0.5d, "
                             "hoặc Nh, ví dụ 2d hay 4h)")
        if match[3] is not None:
            hours = int(match[3])
            if not 1 <= hours <= _MAX_HOURS:
                raise ValueError(f"thời gian '{text}': số giờ phải từ 1 đến {_MAX_HOURS}")
            return cls(hours=hours)
        halves = int(match[1]) * 2 + (match[2] == "5")
        if not 1 <= halves <= _MAX_DAYS * 2:
            raise ValueError(f"thời gian '{text}': số ngày phải từ 0.5 đến {_MAX_DAYS}")
        return cls(halves=halves)

    def __str__(self) -> str:
        if self.hours:
            return f"{self.hours}h"
        whole, half = divmod(self.halves, 2)
        return f"{whole}.5d" if half else f"{whole}d"

    def describe_vi(self) -> str:
        if self.hours:
            return f"{self.hours} giờ làm việc"
        whole, half = divmod(self.halves, 2)
        return (f"{whole},5" if half else str(whole)) + " ngày làm việc"


@dataclass(frozen=True)
class StepSpec:
    """One published step: what is done, by which unit (or the desk), in how much time."""

    name: str
    unit: str
    budget: StepBudget


def parse_steps(text: str) -> tuple[StepSpec, ...]:
    """Read the catalogue's `steps` column: `;`-separated `name|unit|budget` (ValueError in
    Vietnamese naming the step otherwise)."""
    cleaned = nfc(text).strip()
    if not cleaned:
        return ()
    steps = []
    for position, item in enumerate(cleaned.split(";"), start=1):
        parts = [" ".join(part.split()) for part in item.split("|")]
        if len(parts) != 3:
            raise ValueError(f"bước {position} '{item.strip()}': cần dạng tên|đơn vị|thời gian")
        name, unit, budget = parts
        if not name or not unit:
            raise ValueError(f"bước {position}: thiếu {'tên bước' if not name else 'đơn vị'}")
        if len(name) > _MAX_NAME or len(unit) > _MAX_NAME:
            raise ValueError(f"bước {position}: tên bước hoặc đơn vị dài quá {_MAX_NAME} ký tự")
        try:
            steps.append(StepSpec(name, unit, StepBudget.parse(budget)))
        except ValueError as exc:
            raise ValueError(f"bước {position}: {exc}") from exc
    if len(steps) > MAX_STEPS:
        raise ValueError(f"quá {MAX_STEPS} bước")
    return tuple(steps)


def steps_from_rows(rows: Sequence[tuple[str, str, str]]) -> tuple[StepSpec, ...]:
    """Steps typed as rows (name, unit, budget), as the catalogue screen edits them; a
    ValueError in Vietnamese naming the step and its field otherwise. Blank rows are skipped."""
    steps = []
    for name, unit, budget in rows:
        name, unit, budget = (" ".join(nfc(value).split()) for value in (name, unit, budget))
        if not (name or unit or budget):
            continue
        where = f"Bước {len(steps) + 1}"
        for field_name, value in (("tên bước", name), ("đơn vị", unit)):
            if not value:
                raise ValueError(f"{where}, {field_name}: không được để trống")
            if len(value) > _MAX_NAME:
                raise ValueError(f"{where}, {field_name}: dài quá {_MAX_NAME} ký tự")
        if not budget:
            raise ValueError(f"{where}, thời gian: không được để trống")
        try:
            steps.append(StepSpec(name, unit, StepBudget.parse(budget)))
        except ValueError as exc:
            raise ValueError(f"{where}, {exc}") from exc
    if len(steps) > MAX_STEPS:
        raise ValueError(f"Các bước: quá {MAX_STEPS} bước")
    return tuple(steps)


def format_steps(steps: Sequence[StepSpec]) -> str:
    """The catalogue-file spelling (inverse of `parse_steps`)."""
    return "; ".join(f"{s.name}|{s.unit}|{s.budget}" for s in steps)


def storable_steps(steps: Sequence[StepSpec]) -> list[dict[str, str]]:
    return [{"name": s.name, "unit": s.unit, "budget": str(s.budget)} for s in steps]


def stored_steps(items: Sequence[Mapping[str, object]] | None) -> tuple[StepSpec, ...]:
    return tuple(StepSpec(str(i["name"]), str(i["unit"]), StepBudget.parse(str(i["budget"])))
                 for i in items or ())


def budget_mismatch(steps: Sequence[StepSpec], time_limit: TimeLimit,
                    day_minutes: int) -> str | None:
    """Why the budgets do not add up to the procedure's limit, or None when they do (or when
    the limit, in calendar days, has no office-time measure). `day_minutes` converts days and
    hours into one measure when both appear."""
    if not steps or time_limit.kind == "calendar-days":
        return None
    total = sum(s.budget.halves * day_minutes // 2 + s.budget.hours * 60 for s in steps)
    if time_limit.kind == "days":
        limit = time_limit.amount * day_minutes
    elif time_limit.kind == "hours":
        limit = time_limit.amount * 60
    else:
        limit = day_minutes
    if total == limit:
        return None
    return (f"tổng thời gian các bước ({_minutes_vi(total, day_minutes)}) khác thời hạn giải "
            f"quyết ({time_limit.describe_vi()})")


def _minutes_vi(minutes: int, day_minutes: int) -> str:
    days, rest = divmod(minutes, day_minutes)
    if not rest:
        return f"{days} ngày làm việc"
    if rest * 2 == day_minutes:
        return f"{days},5 ngày làm việc"
    return f"{minutes / 60:g} giờ làm việc"


@dataclass(frozen=True)
class StepEvent:
    """What the step replay needs of a dossier event: its kind and moment, and for a hand-over
    the unit and the officer it went to."""

    kind: str
    at: datetime
    unit: str = ""
    officer_id: int | None = None


@dataclass(frozen=True)
class DossierStep:
    """One step of one dossier: planned (not started), in progress, or done."""

    position: int
    name: str
    unit: str  # the published step's unit, else the unit that holds it
    budget: str  # "" for an implicit or extra step, due when the dossier is
    holder: str  # the unit that performs it ("" while not started)
    officer_id: int | None
    started_at: datetime | None
    due_at: datetime | None  # None while its clock stands still
    done_at: datetime | None

    def result(self, now: datetime, lateness: Lateness) -> str:
        if self.done_at is not None:
            if self.due_at is None:
                return "on_time"
            return classify_resolved(self.due_at, self.done_at, lateness=lateness)
        if self.due_at is not None and is_past_due(self.due_at, now, lateness):
            return "overdue"
        return "open"

    def overrun_minutes(self, calendar: WorkCalendar, now: datetime) -> int:
        """Office minutes past its due moment at its end (or now, unfinished); 0 if none."""
        if self.due_at is None or self.started_at is None:
            return 0
        return max(0, calendar.office_minutes_between(self.due_at, self.done_at or now))


def _step_rule(spec: StepSpec, rule: ClockRule, first: bool, calendar: WorkCalendar,
               start: datetime) -> tuple[ClockRule, int]:
    """The engine's rule for a step started at `start`, and the office minutes of a half day
    to count after it (0 without one)."""
    cutoff = rule.cutoff if first else None
    budget = spec.budget
    if budget.hours:
        return ClockRule(TimeLimit("hours", budget.hours), cutoff, rule.supplement_rule), 0
    whole, half = divmod(budget.halves, 2)
    extra = _half_day(calendar, start) if half else 0
    if whole:
        return ClockRule(TimeLimit("days", whole), cutoff, rule.supplement_rule), extra
    return ClockRule(TimeLimit("minutes", extra), cutoff, rule.supplement_rule), 0


def _half_day(calendar: WorkCalendar, start: datetime) -> int:
    day = calendar.working_day_on_or_after(start.date())
    return calendar.office_minutes_between(calendar.opening(day), calendar.closing(day)) // 2


class _StepClock:
    """The due moment of one step while its events arrive."""

    def __init__(self, spec: StepSpec | None, rule: ClockRule, calendar: WorkCalendar,
                 start: datetime, first: bool, paused_by: str | None) -> None:
        self.calendar = calendar
        self.extra = 0
        self.result: DueResult | None = None
        if spec is None:
            return
        self.rule, self.extra = _step_rule(spec, rule, first, calendar, start)
        self.result = compute_due(self.rule, calendar, start)
        if paused_by is not None:
            self.apply(paused_by, start)

    def apply(self, kind: str, at: datetime) -> None:
        if self.result is not None:
            self.result = advance(self.rule, self.calendar, self.result,
                                  ClockEvent(kind, at))  # type: ignore[arg-type]

    def due(self, dossier_due: datetime | None) -> datetime | None:
        if self.result is None:
            return dossier_due
        if self.result.due_at is None:
            return None
        return self.calendar.add_office_minutes(self.result.due_at, self.extra)


def replay_steps(specs: Sequence[StepSpec], rule: ClockRule, calendar: WorkCalendar,
                 events: Sequence[StepEvent], dossier_due: datetime | None,
                 desk_name: str) -> list[DossierStep]:
    """Every step of a dossier from its events in order (the first is the receipt): those
    done, the one in progress and, while the dossier is open, those still to come."""
    received = events[0]
    steps: list[DossierStep] = []
    paused_by: str | None = None
    holder, officer = desk_name, received.officer_id
    start = received.at
    clock = _StepClock(specs[0] if specs else None, rule, calendar, start, True, None)
    ended = False

    def spec_at(index: int) -> StepSpec | None:
        return specs[index] if index < len(specs) else None

    def close(at: datetime | None) -> None:
        index = len(steps)
        spec = spec_at(index)
        steps.append(_step(index, spec, bool(specs), holder, officer, start,
                           clock.due(dossier_due), at))

    for event in events[1:]:
        if ended:
            break
        if event.kind in _CLOCK_KINDS:
            clock.apply(event.kind, event.at)
            paused_by = event.kind if event.kind in _PAUSING else None
        elif event.kind == "transferred":
            close(event.at)
            holder, officer, start = event.unit or holder, event.officer_id, event.at
            clock = _StepClock(spec_at(len(steps)), rule, calendar, start, False, paused_by)
        elif event.kind in ENDING_KINDS:
            close(event.at)
            ended = True
    if ended:
        return steps
    close(None)
    planned_from = steps[-1].due_at
    for index in range(len(steps), len(specs)):
        spec = specs[index]
        due = None
        if planned_from is not None:
            planned = _StepClock(spec, rule, calendar, planned_from, False, None)
            due = planned.due(dossier_due)
        steps.append(DossierStep(index + 1, spec.name, spec.unit, str(spec.budget), "", None,
                                 None, due, None))
        planned_from = due
    return steps


def _step(index: int, spec: StepSpec | None, published: bool, holder: str,
          officer: int | None, start: datetime, due: datetime | None,
          done: datetime | None) -> DossierStep:
    if spec is not None:
        return DossierStep(index + 1, spec.name, spec.unit, str(spec.budget), holder, officer,
                           start, due, done)
    name = EXTRA_STEP_NAME if published else IMPLICIT_STEP_NAME
    return DossierStep(index + 1, name, holder, "", holder, officer, start, due, done)


def most_overrun(steps: Sequence[DossierStep], calendar: WorkCalendar,
                 now: datetime) -> DossierStep | None:
    """The step that overran its due moment most (office minutes), None when none did."""
    worst = max(steps, key=lambda s: s.overrun_minutes(calendar, now), default=None)
    if worst is None or worst.overrun_minutes(calendar, now) == 0:
        return None
    return worst
