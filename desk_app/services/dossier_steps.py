"""Each dossier's internal process steps (domain/process_steps.py) as the database keeps them:
replayed from its events in the transaction that records one, kept in `dossier_step` and, for
the inboxes, the step in progress on the dossier itself (`step_position`, `step_unit_id`,
`step_due_at`, `officer_id`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk_app.domain.process_steps import (
    DossierStep as Step,
)
from desk_app.domain.process_steps import (
    StepEvent,
    replay_steps,
    stored_steps,
)
from desk_app.domain.text import fold
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.actors import require
from desk_app.services.clock import derive, load_calendar, rule_of
from desk_app.services.desk import Desk
from desk_app.services.dossiers import _load
from desk_app.services.lateness import lateness_rule
from desk_app.store.db import read_scope, session_scope
from desk_app.store.models import Dossier, DossierEvent, DossierStep, ProcedureVersion, Unit, User

# Where a dossier is before its first hand-over (the control sheet's name for the desk).
DESK_NAME = "Bộ phận Một cửa"


def _step_events(events: Sequence[DossierEvent], unit_names: dict[int, str]) -> list[StepEvent]:
    ordered = sorted(events, key=lambda e: e.id or 0)
    found = []
    for event in ordered:
        data = event.data or {}
        unit = data.get("to_unit") or unit_names.get(event.unit_id or 0, "")
        officer = data.get("officer_id") if event.kind == "transferred" else None
        if event.kind == "received":
            officer = event.actor_id
        found.append(StepEvent(event.kind, event.at, unit, officer))
    return found


def replay(version: ProcedureVersion, calendar: WorkCalendar, events: Sequence[DossierEvent],
           unit_names: dict[int, str]) -> list[Step]:
    """The steps of a dossier under that version, from its events (the first the receipt)."""
    return _replay(version, calendar, events, unit_names,
                   derive(version, calendar, list(events)).due_at)


def _replay(version: ProcedureVersion, calendar: WorkCalendar, events: Sequence[DossierEvent],
            unit_names: dict[int, str], dossier_due: datetime | None) -> list[Step]:
    return replay_steps(stored_steps(version.steps), rule_of(version), calendar,
                        _step_events(events, unit_names), dossier_due, DESK_NAME)


def _unit_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Unit.id, Unit.name)).all())


def current(steps: Sequence[Step]) -> Step | None:
    """The step in progress: started, not done."""
    return next((s for s in steps if s.started_at is not None and s.done_at is None), None)


def refresh(session: Session, dossier: Dossier, calendar: WorkCalendar | None = None) -> list[Step]:
    """Replay the dossier's steps and store them in the caller's transaction, after its own
    derived copies (`dossier.due_at`) were brought up to date."""
    calendar = calendar or load_calendar(session)
    names = _unit_names(session)
    steps = _replay(dossier.version, calendar, dossier.events, names, dossier.due_at)
    store(session, dossier, steps, {name: id_ for id_, name in names.items()})
    return steps


def store(session: Session, dossier: Dossier, steps: Sequence[Step],
          unit_ids: dict[str, int]) -> None:
    session.execute(delete(DossierStep).where(DossierStep.dossier_id == dossier.id))
    session.add_all(
        DossierStep(dossier_id=dossier.id, position=s.position, name=s.name, unit=s.unit,
                    budget=s.budget, holder_unit_id=unit_ids.get(s.holder),
                    officer_id=s.officer_id, started_at=s.started_at, due_at=s.due_at,
                    done_at=s.done_at)
        for s in steps)
    # The replay ends the step in progress with the processing (result, refusal, ...).
    now = current(steps)
    dossier.step_position = now.position if now else None
    dossier.step_unit_id = unit_ids.get(now.holder) if now else None
    dossier.step_due_at = now.due_at if now else None
    if now is not None:
        dossier.officer_id = now.officer_id


def receiver_officer(session: Session, unit: str, receiver: str) -> int | None:
    """The user a hand-over went to: an active user of that unit whose name or user name is
    the receiver's (diacritics and case aside); None when none or several match."""
    wanted = fold(receiver)
    rows = session.execute(
        select(User.id, User.username, User.full_name).join(Unit, Unit.id == User.unit_id)
        .where(Unit.name == unit, User.active.is_(True))
    ).all()
    matches = [r.id for r in rows if wanted in (fold(r.username), fold(r.full_name))]
    return matches[0] if len(matches) == 1 else None


def compare(stored: Sequence[DossierStep], derived: Sequence[Step],
            step_due_at: datetime | None, unit_ids: dict[str, int]
            ) -> list[tuple[str, object, object]]:
    """(field, stored, derived) for each stored step copy that differs from the replay."""
    if len(stored) != len(derived):
        return [("steps", str(len(stored)), str(len(derived)))]
    found = []
    for row, step in zip(stored, derived, strict=True):
        for name, value in (("started_at", step.started_at), ("due_at", step.due_at),
                            ("done_at", step.done_at),
                            ("holder_unit_id", unit_ids.get(step.holder))):
            if getattr(row, name) != value:
                found.append((f"step {step.position} {name}", getattr(row, name), value))
    now = current(derived)
    if step_due_at != (now.due_at if now else None):
        found.append(("step_due_at", step_due_at, now.due_at if now else None))
    return found


def fill_missing(url: str, batch: int = 500) -> int:
    """Replay the steps of the dossiers that have none stored (a register from before
    migration 0010), a batch per transaction; returns how many were filled."""
    filled, last_id = 0, 0
    while True:
        with session_scope(url) as session:
            has_steps = select(DossierStep.dossier_id).where(
                DossierStep.dossier_id == Dossier.id).exists()
            dossiers = list(session.execute(
                select(Dossier).where(Dossier.id > last_id, ~has_steps)
                .order_by(Dossier.id).limit(batch)).scalars())
            if not dossiers:
                return filled
            calendar = load_calendar(session)
            names = _unit_names(session)
            ids = {name: id_ for id_, name in names.items()}
            for dossier in dossiers:
                store(session, dossier, replay(dossier.version, calendar, dossier.events, names),
                      ids)
            filled += len(dossiers)
            last_id = dossiers[-1].id


@dataclass(frozen=True)
class StepView:
    """One step as `dossier steps` and the dossier screen show it."""

    step: int
    name: str
    unit: str
    holder: str
    officer: str
    budget: str
    started_at: datetime | None
    due_at: datetime | None
    done_at: datetime | None
    result: str  # early | on_time | late | open | overdue
    overrun_minutes: int


def steps_of(desk: Desk, code: str, now: datetime | None = None) -> list[StepView]:
    """The dossier's steps replayed from its events, each judged as of `now`."""
    require(desk.user, "dossier.read")
    now = now or desk.now()
    with read_scope(desk.url) as session:
        dossier = _load(session, code)
        calendar = load_calendar(session)
        lateness = lateness_rule(session)
        names = dict(session.execute(select(User.id, User.full_name)).all())
        found = replay(dossier.version, calendar, dossier.events, _unit_names(session))
        return [StepView(s.position, s.name, s.unit, s.holder, names.get(s.officer_id, ""),
                         s.budget, s.started_at, s.due_at, s.done_at,
                         s.result(now, lateness), s.overrun_minutes(calendar, now))
                for s in found]
