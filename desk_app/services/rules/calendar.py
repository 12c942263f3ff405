"""Office calendar edits that keep promises: appointments move only when confirmed.

`add`/`remove` edit the office's own days; `import_decision` loads an official decision (the
Prime Minister's, a ministry's announcement) as official days, with the same preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app import config
from desk_app.domain.calendar_notices import YearNotice, upcoming_notices, year_notice
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.text import nfc
from desk_app.domain.work_calendar import CalendarDay, DayOverride
from desk_app.services import audit
from desk_app.services import dossier_steps as steps
from desk_app.services.actors import Actor, require
from desk_app.services.clock import apply_derived, derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, UserError
from desk_app.services.rules.tabular import read_rows
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import CalendarOverride, Dossier, DossierEvent

KINDS = ("day-off", "workday")
IMPORT_COLUMNS = ("date", "kind", "name", "source")


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str
    reason: str
    source: str
    office_override: bool
    status: str


@dataclass(frozen=True)
class MovedAppointment:
    code: str
    applicant_name: str
    old_due_at: datetime | None
    new_due_at: datetime | None


@dataclass(frozen=True)
class CalendarChange:
    day: date
    kind: str
    applied: bool
    moved: tuple[MovedAppointment, ...]


@dataclass(frozen=True)
class DecisionImport:
    days: tuple[DayOverride, ...]
    applied: bool
    moved: tuple[MovedAppointment, ...]


def _minutes(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None


def show(desk: Desk, year: int) -> list[CalendarEntry]:
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
        office_days = {o.day for o in session.execute(select(CalendarOverride)).scalars()}
    return [
        CalendarEntry(d.day, d.kind, d.reason, d.source, d.day in office_days, d.status)
        for d in calendar.days_off_and_makeups(year)
    ]


def notices(desk: Desk) -> list[YearNotice]:
    """What the administrator is told ahead: pending and estimated days of this year from
    today on, and from 1 November those of the next year."""
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
    return upcoming_notices(calendar, desk.now().date())


def year_notices(desk: Desk, year: int) -> YearNotice:
    """The estimated and pending days of one whole year, for `calendar show`."""
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
    return year_notice(calendar, year)


def estimated_through(desk: Desk, received_at: datetime, due_at: datetime) -> list[CalendarDay]:
    """The estimated days a deadline from `received_at` to `due_at` runs through: the intake
    page's notice that the year's decision may still move it."""
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
    return calendar.estimated_between(received_at.date(), due_at.date())


def _open_dossiers(session: Session) -> list[Dossier]:
    return list(
        session.execute(
            select(Dossier).where(Dossier.status.in_(OPEN_STATUSES))
            .options(selectinload(Dossier.events), selectinload(Dossier.version))
        ).scalars()
    )


def _apply_change(
    session: Session, actor: Actor, day: date, apply: bool,
    extra: list[DayOverride], reason: str,
) -> tuple[MovedAppointment, ...]:
    """Recompute every open dossier on the edited calendar; with `apply`, store the moves.
    `day` is the edited day, or the first of a decision's (`extra` then holds them all)."""
    calendar = load_calendar(session, extra=extra, without={day, *(e.day for e in extra)})
    moved = []
    now = config.now()
    for dossier in _open_dossiers(session):
        state = derive(dossier.version, calendar, list(dossier.events))
        if state.due_at == dossier.due_at:
            if apply:
                # A step's due moment may move when the dossier's does not.
                steps.refresh(session, dossier, calendar)
            continue
        moved.append(MovedAppointment(dossier.code, dossier.applicant_name, dossier.due_at,
                                      state.due_at))
        if apply:
            old = dossier.due_at
            session.add(DossierEvent(
                dossier=dossier, kind="appointment_moved", at=now, actor_id=actor.user_id,
                note=reason,
                data={"day": day.isoformat(), "old_due_at": _minutes(old),
                      "new_due_at": _minutes(state.due_at)},
            ))
            apply_derived(dossier, state)
            steps.refresh(session, dossier, calendar)
            audit.record(session, actor, now, "dossier.appointment_moved", "dossier",
                         dossier.code, {"due_at": old}, {"due_at": state.due_at})
    return tuple(sorted(moved, key=lambda m: m.code))


@retrying
def add(desk: Desk, day: date, kind: str, reason: str, source: str = "",
        apply: bool = False) -> CalendarChange:
    """Add or replace an office override. When open dossiers' appointments would move, nothing
    is saved unless `apply`: the caller shows the list and asks first."""
    require(desk.user, "calendar.edit")
    if kind not in KINDS:
        raise UserError(f"Loại ngày: '{kind}' không hợp lệ (day-off hoặc workday)")
    reason, source = nfc(reason), nfc(source)
    if not reason:
        raise UserError("Lý do: không được để trống")
    with session_scope(desk.url) as session:
        existing = session.get(CalendarOverride, day)
        moved = _apply_change(session, desk.user, day, apply,
                              [DayOverride(day, kind, reason, source)], reason)
        if moved and not apply:
            session.rollback()
            return CalendarChange(day, kind, False, moved)
        before = None
        if existing is None:
            session.add(CalendarOverride(day=day, kind=kind, reason=reason, source=source,
                                         created_at=desk.now(), status="office"))
        else:
            before = {"kind": existing.kind, "reason": existing.reason,
                      "source": existing.source}
            existing.kind, existing.reason, existing.source = kind, reason, source
            existing.status = "office"
        audit.record(session, desk.user, desk.now(), "calendar.add", "calendar_override",
                     day.isoformat(), before, {"kind": kind, "reason": reason, "source": source})
    return CalendarChange(day, kind, True, moved)


@retrying
def remove(desk: Desk, day: date, apply: bool = False) -> CalendarChange:
    require(desk.user, "calendar.edit")
    with session_scope(desk.url) as session:
        existing = session.get(CalendarOverride, day)
        if existing is None:
            raise NotFound(f"Ngày: {day:%d/%m/%Y} không có điều chỉnh lịch của cơ quan")
        kind = existing.kind
        moved = _apply_change(session, desk.user, day, apply, [],
                              f"Bỏ điều chỉnh lịch {day:%d/%m/%Y}")
        if moved and not apply:
            session.rollback()
            return CalendarChange(day, kind, False, moved)
        audit.record(session, desk.user, desk.now(), "calendar.remove", "calendar_override",
                     day.isoformat(),
                     {"kind": existing.kind, "reason": existing.reason,
                      "source": existing.source}, None)
        session.delete(existing)
    return CalendarChange(day, kind, True, moved)


def parse_decision(path: str | Path) -> tuple[DayOverride, ...]:
    """The days of an official decision file (CSV or .xlsx: date, kind, name, source), all
    checked before anything is stored."""
    try:
        rows = read_rows(path, IMPORT_COLUMNS)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    if not rows:
        raise UserError(f"Tệp {Path(path).name}: không có dòng nào")
    days: list[DayOverride] = []
    seen: set[date] = set()
    for line, row in enumerate(rows, start=2):
        where = f"Dòng {line}"
        text = (row.get("date") or "").strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise UserError(f"{where}, cột date: '{text}' không phải ngày YYYY-MM-DD") from None
        kind = (row.get("kind") or "").strip()
        if kind not in KINDS:
            raise UserError(f"{where}, cột kind: '{kind}' không hợp lệ (day-off hoặc workday)")
        name, source = nfc((row.get("name") or "").strip()), nfc((row.get("source") or "").strip())
        if not name:
            raise UserError(f"{where}, cột name: không được để trống")
        if not source:
            raise UserError(f"{where}, cột source: không được để trống (số và tên văn bản)")
        if day in seen:
            raise UserError(f"{where}, cột date: ngày {day:%d/%m/%Y} lặp lại")
        seen.add(day)
        days.append(DayOverride(day, kind, name, source, "official"))
    return tuple(sorted(days, key=lambda d: d.day))


@retrying
def import_decision(desk: Desk, path: str | Path, apply: bool = False) -> DecisionImport:
    """Store an official decision's days as official days (replacing the office's own on the
    same dates). As `add`: when open dossiers' appointments would move, nothing is saved
    unless `apply`."""
    require(desk.user, "calendar.edit")
    days = parse_decision(path)
    reason = f"Áp dụng văn bản: {days[0].source}"
    with session_scope(desk.url) as session:
        moved = _apply_change(session, desk.user, days[0].day, apply, list(days), reason)
        if moved and not apply:
            session.rollback()
            return DecisionImport(days, False, moved)
        for day in days:
            existing = session.get(CalendarOverride, day.day)
            before = None
            if existing is None:
                session.add(CalendarOverride(day=day.day, kind=day.kind, reason=day.reason,
                                             source=day.source, created_at=desk.now(),
                                             status="official"))
            else:
                before = {"kind": existing.kind, "reason": existing.reason,
                          "source": existing.source, "status": existing.status}
                existing.kind, existing.reason = day.kind, day.reason
                existing.source, existing.status = day.source, "official"
            audit.record(session, desk.user, desk.now(), "calendar.import", "calendar_override",
                         day.day.isoformat(), before,
                         {"kind": day.kind, "reason": day.reason, "source": day.source,
                          "status": "official"})
    return DecisionImport(days, True, moved)
