"""The calendar an office works by and each dossier's clock, from the database's facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.deadlines import ClockEvent, ClockRule, DueResult, TimeLimit, compute_due
from desk_app.domain.lifecycle import replay
from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.work_calendar import DayOverride, WorkCalendar
from desk_app.services.office import DEFAULTS, read_settings
from desk_app.store.direct import DirectReader
from desk_app.store.models import CalendarOverride, Dossier, DossierEvent, ProcedureVersion

CLOCK_EVENT_KINDS = frozenset({"supplement_requested", "supplement_received", "stopped",
                               "resumed"})


def overrides(session: Session) -> list[DayOverride]:
    rows = session.execute(select(CalendarOverride).order_by(CalendarOverride.day)).scalars()
    return [DayOverride(r.day, r.kind, r.reason, r.source, r.status) for r in rows]


def load_calendar(session: Session, extra: list[DayOverride] | None = None,
                  without: set | None = None) -> WorkCalendar:
    """The office's calendar; `extra`/`without` preview an override edit before saving it."""
    days = [o for o in overrides(session) if not without or o.day not in without]
    days += extra or []
    return _calendar(tuple(days), read_settings(session)["office_hours"])


def load_calendar_direct(reader: DirectReader) -> WorkCalendar:
    """The office's calendar read on the driver (store/direct.py): the same as
    `load_calendar` for a read that does not go through a session."""
    days = tuple(DayOverride(reader.day(day), kind, reason, source, status)
                 for day, kind, reason, source, status in reader.rows(
                     "SELECT day, kind, reason, source, status FROM calendar_override"
                     " ORDER BY day"))
    hours = reader.rows("SELECT value FROM office_setting WHERE \"key\" = 'office_hours'")
    return _calendar(days, hours[0][0] if hours else DEFAULTS["office_hours"])


@lru_cache(maxsize=16)
def _calendar(days: tuple[DayOverride, ...], office_hours: str) -> WorkCalendar:
    """Keyed by the calendar's whole content, so a changed override is a new key, never a
    stale answer; building one takes about 10 ms."""
    return WorkCalendar(overrides=days, hours=OfficeHours.parse(office_hours))


def rule_of(version: ProcedureVersion) -> ClockRule:
    cutoff = time.fromisoformat(version.cutoff) if version.cutoff else None
    return ClockRule(TimeLimit.parse(version.time_limit), cutoff, version.supplement_rule)


@dataclass(frozen=True)
class DerivedState:
    due_at: datetime | None
    status: str
    completed_at: datetime | None
    returned_at: datetime | None
    withdrawn_at: datetime | None
    explanation: str


def derive(version: ProcedureVersion, calendar: WorkCalendar,
           events: list[DossierEvent]) -> DerivedState:
    """Due date and status of a dossier recomputed from its events: the one definition that
    the stored copies must equal."""
    ordered = sorted(events, key=lambda e: e.id or 0)
    milestones = replay((e.kind, e.at) for e in ordered)
    received = ordered[0]
    fixed_due = (received.data or {}).get("due_at")
    if fixed_due:
        due = DueResult(datetime.fromisoformat(fixed_due), False, None,
                        "Ngày hẹn theo sổ cũ (nhập từ tệp)")
    else:
        clock_events = [ClockEvent(e.kind, e.at) for e in ordered if e.kind in CLOCK_EVENT_KINDS]
        due = compute_due(rule_of(version), calendar, received.at, clock_events)
    return DerivedState(due.due_at, milestones.status, milestones.completed_at,
                        milestones.returned_at, milestones.withdrawn_at, due.explanation)


def apply_derived(dossier: Dossier, state: DerivedState) -> None:
    dossier.due_at = state.due_at
    dossier.status = state.status
    dossier.completed_at = state.completed_at
    dossier.returned_at = state.returned_at
    dossier.withdrawn_at = state.withdrawn_at
