"""The overdue list's rows off the GUI thread: one refresh's snapshot, and the arrangement
(filters and order) the table shows them in, worked out with one sort key per row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from desk_app import config
from desk_app.domain.text import name_key
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.supervision import overdue

CODE, PROCEDURE, APPLICANT, UNIT, HOLDER, REASON, RECEIVED, DUE, DAYS, APOLOGY = range(10)


# The columns shown as the row's own words; the model shows them, the keys sort by them.
TEXTS = {
    CODE: lambda r: r.code,
    PROCEDURE: lambda r: f"{r.procedure_code} – {r.procedure_name}",
    APPLICANT: lambda r: r.applicant_name,
    UNIT: lambda r: r.unit,
    HOLDER: lambda r: r.holder,
    REASON: lambda r: r.reason,
}
# Overdue today (0 days) still ranks above due today, which ranks above due soon.
_URGENCY_RANK = {"overdue": 2, "due_today": 1}
_KEYS = {
    RECEIVED: lambda r: r.received_at,
    DUE: lambda r: r.due_at,
    DAYS: lambda r: r.overdue_working_days * 3 + _URGENCY_RANK.get(r.urgency, 0),
    APOLOGY: lambda r: r.apology_issued,
} | {column: (lambda r, text=text: name_key(text(r))) for column, text in TEXTS.items()}


@dataclass(frozen=True)
class Arrangement:
    """Which rows the table shows and in which order. Unit None: any unit; "": not yet
    transferred. Step: a key of `overdue.step_key` ("": no step in progress), None: any."""

    unit: str | None = None
    procedure_code: str | None = None
    step: str | None = None
    urgency: str = ""
    without_apology: bool = False
    column: int = DAYS
    descending: bool = True

    def accepts(self, row: overdue.OverdueRow) -> bool:
        return ((self.unit is None or row.unit == self.unit)
                and (self.procedure_code is None or row.procedure_code == self.procedure_code)
                and (self.step is None or overdue.step_key(row) == self.step)
                and (not self.urgency or row.urgency == self.urgency)
                and not (self.without_apology and row.apology_issued))

    def apply(self, rows: Sequence[overdue.OverdueRow]) -> list[overdue.OverdueRow]:
        shown = [r for r in rows if self.accepts(r)]
        # Stable: rows with equal keys keep the service's order (most overdue first).
        shown.sort(key=_KEYS[self.column], reverse=self.descending)
        return shown


@dataclass(frozen=True)
class OverdueSnapshot:
    """One background load: the rows, their groups and the moment they describe."""

    rows: tuple[overdue.OverdueRow, ...]
    by_unit: tuple[overdue.OverdueGroup, ...]
    by_procedure: tuple[overdue.OverdueGroup, ...]
    by_step: tuple[overdue.OverdueGroup, ...]
    as_of: datetime
    refresh_seconds: int
    # False for the first rows only (the most overdue), shown while the rest loads.
    complete: bool = True
    # The rows as `arrangement` shows them, worked out off the GUI thread.
    arrangement: Arrangement = Arrangement()
    shown: tuple[overdue.OverdueRow, ...] = ()
    procedure_names: dict[str, str] = field(default_factory=dict)


def load_snapshot(desk: Desk, limit: int | None = None,
                  arrangement: Arrangement = Arrangement()) -> OverdueSnapshot:  # noqa: B008
    """Runs in a worker: every service call of one refresh, and the rows arranged as the
    table shows them; with `limit`, only the first rows (and no groups) unless that is all."""
    as_of = config.now()
    rows = tuple(overdue.overdue(desk, as_of=as_of, include_due_soon=True,
                                 limit=limit))
    refresh = int(office.show(desk)["overdue_refresh_seconds"])
    shown = tuple(arrangement.apply(rows))
    if limit is not None and len(rows) >= limit:
        return OverdueSnapshot(rows, (), (), (), as_of, refresh, False, arrangement, shown)
    return OverdueSnapshot(rows, tuple(overdue.group_overdue(rows, "unit")),
                           tuple(overdue.group_overdue(rows, "procedure")),
                           tuple(overdue.group_overdue(rows, "step")), as_of, refresh,
                           True, arrangement, shown,
                           {r.procedure_code: r.procedure_name for r in rows})
