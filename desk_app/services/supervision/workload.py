"""Who handles and who holds the dossiers: per unit and per officer, the steps handled in a
period (early, on time, late; median office time) and the steps held now (and overdue now).

A step is handled by the unit (and officer) that performed it, counted in the period its
hand-over falls in; it is held by the unit it is with now. Steps at the desk count for the desk
("Bộ phận Một cửa"); a step whose receiver was no known user counts for its unit only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median

from sqlalchemy import select

from desk_app.documents.workload_xlsx import write_workload_xlsx as _write_xlsx
from desk_app.domain.deadlines import classify_resolved
from desk_app.domain.lateness import is_past_due
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.dossier_steps import DESK_NAME
from desk_app.services.errors import UserError
from desk_app.services.lateness import lateness_rule
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier, DossierStep, Unit, User


@dataclass
class WorkloadRow:
    unit: str
    officer: str | None  # None on the unit's own row
    handled: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    holding: int = 0
    holding_overdue: int = 0
    median_minutes: int | None = None  # office minutes per handled step
    _durations: list[int] = field(default_factory=list, repr=False)

    def as_json(self) -> dict:
        return {"unit": self.unit, "officer": self.officer, "handled": self.handled,
                "early": self.early, "on_time": self.on_time, "late": self.late,
                "holding": self.holding, "holding_overdue": self.holding_overdue,
                "median_minutes": self.median_minutes}


def workload(desk: Desk, unit: str | None = None, start: date | None = None,
             end: date | None = None, now: datetime | None = None) -> list[WorkloadRow]:
    """One row per unit (officer None) followed by one per officer of it, units by name;
    `start`..`end` (whole days, both optional) bound the hand-overs counted as handled."""
    require(desk.user, "overdue.read")
    if start and end and end < start:
        raise UserError("Đến ngày: trước Từ ngày")
    now = now or desk.now()
    lo = datetime.combine(start, time()) if start else None
    hi = datetime.combine(end + timedelta(days=1), time()) if end else None
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
        lateness = lateness_rule(session)
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        officers = dict(session.execute(select(User.id, User.full_name)).all())
        rows: dict[tuple[str, str | None], WorkloadRow] = {}

        def bump(unit_id: int | None, officer_id: int | None) -> list[WorkloadRow]:
            name = units.get(unit_id, DESK_NAME) if unit_id else DESK_NAME
            keys = [(name, None)]
            if officer_id is not None:
                keys.append((name, officers.get(officer_id, str(officer_id))))
            return [rows.setdefault(k, WorkloadRow(*k)) for k in keys]

        done = select(DossierStep.holder_unit_id, DossierStep.officer_id,
                      DossierStep.started_at, DossierStep.due_at, DossierStep.done_at).where(
            DossierStep.done_at.is_not(None), DossierStep.started_at.is_not(None))
        if lo:
            done = done.where(DossierStep.done_at >= lo)
        if hi:
            done = done.where(DossierStep.done_at < hi)
        for holder, officer, started, due, finished in session.execute(done).yield_per(5000):
            result = classify_resolved(due, finished, lateness=lateness) if due else "on_time"
            minutes = calendar.office_minutes_between(started, finished)
            for row in bump(holder, officer):
                row.handled += 1
                setattr(row, result, getattr(row, result) + 1)
                row._durations.append(minutes)
        held = (select(DossierStep.holder_unit_id, DossierStep.officer_id, DossierStep.due_at)
                .join(Dossier, Dossier.id == DossierStep.dossier_id)
                .where(Dossier.status.in_(OPEN_STATUSES), DossierStep.started_at.is_not(None),
                       DossierStep.done_at.is_(None)))
        for holder, officer, due in session.execute(held).yield_per(5000):
            late = due is not None and is_past_due(due, now, lateness)
            for row in bump(holder, officer):
                row.holding += 1
                row.holding_overdue += late
    chosen = [r for r in rows.values() if unit is None or r.unit == unit]
    if unit is not None and not chosen and unit not in units.values() and unit != DESK_NAME:
        raise UserError(f"Đơn vị: không có đơn vị '{unit}'")
    for row in chosen:
        row.median_minutes = round(median(row._durations)) if row._durations else None
    return sorted(chosen, key=lambda r: (r.unit, r.officer is not None, r.officer or ""))


def write_workload_xlsx(rows: Sequence[WorkloadRow], path: str | os.PathLike[str],
                        start: date | None, end: date | None, as_of: datetime,
                        unit: str | None = None) -> None:
    """The rows `workload` gave, as the workbook a supervisor files (Vietnamese headings)."""
    _write_xlsx(rows, path, start, end, as_of, unit)
