"""Office calendar edits that keep promises: appointments move only when confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app import config
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.text import nfc
from desk_app.domain.work_calendar import DayOverride
from desk_app.services import audit
from desk_app.services.actors import Actor, require
from desk_app.services.clock import apply_derived, derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, UserError
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import CalendarOverride, Dossier, DossierEvent

KINDS = ("day-off", "workday")


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str
    reason: str
    source: str
    office_override: bool


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


def _minutes(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None


def show(desk: Desk, year: int) -> list[CalendarEntry]:
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
        office_days = {o.day for o in session.execute(select(CalendarOverride)).scalars()}
    return [
        CalendarEntry(d.day, d.kind, d.reason, d.source, d.day in office_days)
        for d in calendar.days_off_and_makeups(year)
    ]


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
    """Recompute every open dossier on the edited calendar; with `apply`, store the moves."""
    calendar = load_calendar(session, extra=extra, without={day})
    moved = []
    now = config.now()
    for dossier in _open_dossiers(session):
        state = derive(dossier.version, calendar, list(dossier.events))
        if state.due_at == dossier.due_at:
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
                                         created_at=desk.now()))
        else:
            before = {"kind": existing.kind, "reason": existing.reason,
                      "source": existing.source}
            existing.kind, existing.reason, existing.source = kind, reason, source
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
