"""The statistics report's value objects and arithmetic (FORMATS.md "report", form 06/VPCP/KSTT).

Counting happens in the database (services/report.py); this module holds what the counts mean:
the rows, how rows add up, and the rates derived from the counters.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_app.domain.index766 import IndicatorValue

# The FORMATS.md counters: received_total counts the dossiers withdrawn or closed (Decree 118
# Art. 19(5)) in the period, as the program always has for the withdrawn, so received_total =
# resolved_total + in_progress_total + withdrawn + closed; official_received_total (= resolved
# + in progress) is the official form's total, which leaves both out.
COUNTERS = (
    "carried_over", "received_online", "received_direct_postal", "received_total",
    "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
    "in_progress_total", "in_progress_within", "in_progress_overdue", "withdrawn", "closed",
    "official_received_total",
)
# Form 06/VPCP/KSTT's numbers after STT and the field, in its column order (3)-(13): the
# received ones without the dossiers withdrawn or closed in the period.
OFFICIAL_COLUMNS = (
    "official_received_total", "official_carried_over", "official_received_online",
    "official_received_direct_postal", "resolved_total", "resolved_early", "resolved_on_time",
    "resolved_late", "in_progress_total", "in_progress_within", "in_progress_overdue",
)
RATES = ("on_time_rate", "average_working_days", "online_share", "satisfaction_rate")
# Decision 766/QĐ-TTg's digitisation figures (issue 18): new dossiers received with every
# checklist document digitised (or reused), results digitised, new dossiers received that
# reused at least one earlier digitised copy, and their shares of the new dossiers received
# and of the resolved.
DIGITISATION = ("received_digitised", "results_digitised", "received_digitised_rate",
                "results_digitised_rate", "received_reused", "reuse_rate")


def is_satisfied(score: int, scale: int) -> bool:
    """A rating above the middle of its scale: 4 or 5 of 5 (hài lòng, rất hài lòng), 3 of 3.

    The database applies the same rule as `score * 2 > scale + 1`.
    """
    return score * 2 > scale + 1


def is_disliked(score: int, scale: int) -> bool:
    """A rating below the middle of its scale: 1 or 2 of 5 (không hài lòng), 1 of 3.

    The database applies the same rule as `score * 2 < scale + 1`.
    """
    return score * 2 < scale + 1


@dataclass
class Tally:
    """Counters being summed, plus what the rates need: the working days the resolved
    dossiers took, and the ratings given."""

    carried_over: int = 0
    received_online: int = 0
    received_direct_postal: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    in_progress_within: int = 0
    in_progress_overdue: int = 0
    withdrawn: int = 0
    # The withdrawn ones by how they were received, to take them out of the official form.
    withdrawn_carried_over: int = 0
    withdrawn_online: int = 0
    withdrawn_direct_postal: int = 0
    # Closed in the period for want of the requested additions, left out the same way.
    closed: int = 0
    closed_carried_over: int = 0
    closed_online: int = 0
    closed_direct_postal: int = 0
    working_days: int = 0
    ratings: int = 0
    satisfied: int = 0
    disliked: int = 0
    received_digitised: int = 0
    results_digitised: int = 0
    received_reused: int = 0

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def received_total(self) -> int:
        return self.carried_over + self.received_online + self.received_direct_postal

    @property
    def resolved_total(self) -> int:
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    @property
    def in_progress_total(self) -> int:
        return self.in_progress_within + self.in_progress_overdue

    @property
    def official_carried_over(self) -> int:
        return self.carried_over - self.withdrawn_carried_over - self.closed_carried_over

    @property
    def official_received_online(self) -> int:
        return self.received_online - self.withdrawn_online - self.closed_online

    @property
    def official_received_direct_postal(self) -> int:
        return (self.received_direct_postal - self.withdrawn_direct_postal
                - self.closed_direct_postal)

    @property
    def official_received_total(self) -> int:
        return (self.official_carried_over + self.official_received_online
                + self.official_received_direct_postal)

    def is_empty(self) -> bool:
        return self.received_total == 0 and self.ratings == 0

    def counters(self) -> dict[str, int]:
        return {name: getattr(self, name)
                for name in dict.fromkeys(COUNTERS + OFFICIAL_COLUMNS + ("disliked",))}

    def rates(self) -> dict[str, float | None]:
        resolved = self.resolved_total
        received_new = self.received_online + self.received_direct_postal
        return {
            "on_time_rate": _share(self.resolved_early + self.resolved_on_time, resolved),
            "average_working_days": _share(self.working_days, resolved),
            "online_share": _share(self.received_online, received_new),
            "satisfaction_rate": _share(self.satisfied, self.ratings),
        }


    def digitisation(self) -> dict[str, int | float | None]:
        return {
            "received_digitised": self.received_digitised,
            "results_digitised": self.results_digitised,
            "received_digitised_rate": _share(
                self.received_digitised, self.received_online + self.received_direct_postal),
            "results_digitised_rate": _share(self.results_digitised, self.resolved_total),
            "received_reused": self.received_reused,
            "reuse_rate": _share(
                self.received_reused, self.received_online + self.received_direct_postal),
        }


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, kw_only=True)
class Figures:
    """One line's counters, in the form's order, and the rates derived from them."""

    carried_over: int
    received_online: int
    received_direct_postal: int
    received_total: int
    resolved_total: int
    resolved_early: int
    resolved_on_time: int
    resolved_late: int
    in_progress_total: int
    in_progress_within: int
    in_progress_overdue: int
    withdrawn: int
    # Closed in the period, the requested additions not completed in time (Decree 118 Art.
    # 19(5)): like the withdrawn, in received_total and in none of form 06's columns.
    closed: int
    official_received_total: int
    official_carried_over: int
    official_received_online: int
    official_received_direct_postal: int
    # Ratings given in the period below their scale's middle (see is_disliked).
    disliked: int
    # (early + on time) / resolved; None when nothing was resolved.
    on_time_rate: float | None
    # Mean working days from receipt to result of the resolved: the days after the receipt
    # day up to and including the result's day (a result on the receipt day counts 0).
    average_working_days: float | None
    # received_online / (received_online + received_direct_postal), new dossiers only.
    online_share: float | None
    # Ratings given in the period that are above their scale's middle (see is_satisfied).
    satisfaction_rate: float | None
    # DIGITISATION: received_digitised / (received_online + received_direct_postal),
    # results_digitised / resolved_total, received_reused / (received_online +
    # received_direct_postal).
    received_digitised: int = 0
    results_digitised: int = 0
    received_digitised_rate: float | None = None
    results_digitised_rate: float | None = None
    received_reused: int = 0
    reuse_rate: float | None = None


@dataclass(frozen=True)
class ReportRow(Figures):
    field: str
    procedure_code: str
    procedure_name: str

    @classmethod
    def of(cls, tally: Tally, field_name: str = "", code: str = "", name: str = "") -> ReportRow:
        return cls(field_name, code, name, **tally.counters(), **tally.rates(),
                   **tally.digitisation())


@dataclass(frozen=True)
class UnitRow(Figures):
    unit: str  # "" for dossiers not yet handed to a unit

    @classmethod
    def of(cls, tally: Tally, unit: str) -> UnitRow:
        return cls(unit, **tally.counters(), **tally.rates(), **tally.digitisation())


@dataclass(frozen=True)
class Report:
    date_from: date
    date_to: date
    rows: list[ReportRow]  # by field, then procedure code
    totals: ReportRow  # field, procedure_code and procedure_name empty
    by_unit: list[UnitRow]
    # Who reports and when, for the printed form.
    agency_name: str = ""
    parent_agency_name: str = ""
    place_name: str = ""
    made_at: datetime | None = None
    # One subtotal row per field (procedure_code and procedure_name empty), in the rows' order.
    field_totals: list[ReportRow] = field(default_factory=list)
    # Decision 766's indicators of the totals, with their points (domain/index766.py).
    indicators: list[IndicatorValue] = field(default_factory=list)
    # The office's lateness rule the classes were counted by (domain/lateness.py).
    lateness: str = "minute"

    def rows_of(self, field_name: str) -> list[ReportRow]:
        return [row for row in self.rows if row.field == field_name]


@dataclass(frozen=True)
class MonthPoint:
    month: date  # the first day of the month
    received: int
    resolved: int
    on_time_rate: float | None
