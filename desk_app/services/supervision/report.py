"""The statistics report for a period (FORMATS.md "report", form 06/VPCP/KSTT) and its trend.

Everything is counted by the database with GROUP BY and CASE sums, never by loading dossiers:
one pass for the counters per (procedure version, unit, day of the result), one grouped by the
resolved dossiers' receipt days, one for the ratings. The days are there for the average
processing time: a dossier's working days are index(result day) - index(receipt day), so their
sum only needs how many dossiers were resolved and received on each day. Python adds those
groups (at most a few per procedure and day) up into procedures, fields, units and totals.

Definitions (FORMATS.md): the period runs from `date_from` 00:00 to `date_to` 24:00. A dossier
counts when it was received before the period's end and was neither resolved nor withdrawn
before its start; it was carried over when received before the start. It was resolved in the
period when its `completed_at` (result ready or reasoned refusal) falls before the end: late
when after `due_at`, early when on an earlier day than `due_at`, else on time; withdrawn when
withdrawn before the end; closed (Decree 118 Art. 19(5): the requested additions did not come
in time) when its `closed` event is before the end, and left out altogether when that is before
the start; otherwise in progress, overdue when `due_at` is before the end. The
stored `due_at` is the one that counts: an apology's new appointment does not change it. A
dossier with no due date (its clock was paused) is neither late nor overdue. Units are the
dossier's current unit.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select, text
from sqlalchemy.orm import Session

from desk_app.documents.report_pdf import render_pdf
from desk_app.documents.report_xlsx import render_xlsx
from desk_app.domain.index766 import INDICATORS, IndicatorValue, evaluate
from desk_app.domain.lateness import Lateness, past_due_line
from desk_app.domain.report import (
    COUNTERS,
    DIGITISATION,
    OFFICIAL_COLUMNS,
    RATES,
    MonthPoint,
    Report,
    ReportRow,
    Tally,
    UnitRow,
)
from desk_app.domain.text import fold
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.files import write_atomically
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.digitisation import statistics as digitisation
from desk_app.services.errors import UserError
from desk_app.services.lateness import day_of as _day
from desk_app.services.lateness import lateness_rule, past_due_at
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope
from desk_app.store.models import (
    Dossier,
    DossierEvent,
    Procedure,
    ProcedureVersion,
    Survey,
    Unit,
)

__all__ = [
    "COUNTERS", "DIGITISATION", "INDICATORS", "OFFICIAL_COLUMNS", "RATES", "IndicatorValue",
    "MonthPoint", "Report", "ReportRow", "UnitRow", "build_report", "monthly_trend",
    "report_json", "write_report_pdf", "write_report_xlsx",
]


def _bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    if date_to < date_from:
        raise UserError(
            f"Đến ngày: {date_to:%d/%m/%Y} trước Từ ngày {date_from:%d/%m/%Y}")
    return datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1),
                                                                  time())


def _as_date(value) -> date:
    """SQLite answers a day as text, PostgreSQL as a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _scanned(session: Session, column):
    """`column` as the report's filters read it.

    The report reads a large share of the register: one pass over the table is several times
    faster than walking an index and fetching each row from it, which SQLite's planner
    prefers for these ranges (8.9 s against 2.2 s for a year of a million dossiers). On
    SQLite the filtered columns are therefore wrapped in an expression no index answers;
    PostgreSQL's planner weighs the two itself.
    """
    if session.get_bind().dialect.name == "sqlite":
        return func.coalesce(column, column)
    return column


def _counted(session: Session, start: datetime, end: datetime):
    """Received before the end, neither resolved nor withdrawn before the start."""
    completed = _scanned(session, Dossier.completed_at)
    withdrawn = _scanned(session, Dossier.withdrawn_at)
    return and_(
        _scanned(session, Dossier.received_at) < end,
        or_(completed.is_(None), completed >= start),
        or_(withdrawn.is_(None), withdrawn >= start),
    )


def _groups(session: Session) -> tuple:
    """(procedure version, unit): the groups of the passes over the register; on SQLite in
    a form that keeps the planner from walking an index for their order (see _scanned)."""
    return (_scanned(session, Dossier.procedure_version_id).label("version_id"),
            _scanned(session, Dossier.unit_id).label("unit_id"))


def _count(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


Key = tuple[int, int | None]  # (procedure version id, unit id)


def _tallies(session: Session, start: datetime, end: datetime,
             date_from: date, rule: Lateness) -> dict[Key, Tally]:
    resolved = Dossier.completed_at < end
    withdrawn = and_(or_(Dossier.completed_at.is_(None), Dossier.completed_at >= end),
                     Dossier.withdrawn_at < end)
    open_at_end = and_(or_(Dossier.completed_at.is_(None), Dossier.completed_at >= end),
                       or_(Dossier.withdrawn_at.is_(None), Dossier.withdrawn_at >= end))
    new = Dossier.received_at >= start
    online = Dossier.channel == "online"
    late = and_(resolved, past_due_at(session, Dossier.due_at, Dossier.completed_at, rule))
    early = and_(resolved, _day(session, Dossier.completed_at) < _day(session, Dossier.due_at))
    carried = Dossier.received_at < start
    # Grouped by the result's day too, so that this one pass also gives the first half of the
    # working-day sum (see _day_index).
    resolved_day = case((resolved, _day(session, Dossier.completed_at))).label("resolved_day")
    group = _groups(session)
    statement = (
        select(
            *group, resolved_day,
            _count(carried),
            _count(and_(new, online)),
            _count(and_(new, ~online)),
            _count(resolved),
            _count(early),
            _count(late),
            _count(withdrawn),
            _count(open_at_end),
            _count(and_(open_at_end, Dossier.due_at < past_due_line(end, rule))),
        )
        .where(_counted(session, start, end))
        # By name: the CASE carries bound parameters, which PostgreSQL would not match
        # between the select list and a repeated GROUP BY expression.
        .group_by(*group, text("resolved_day"))
    )
    index = _day_index(load_calendar(session), date_from)
    # A group per (version, unit) and result day: tens of thousands of rows for a year,
    # summed with plain lists before they become tallies.
    sums: dict[Key, list[int]] = {}
    working_days: dict[Key, int] = {}
    for version, unit, day, *counts in session.execute(statement):
        key = (version, unit)
        found = sums.get(key)
        if found is None:
            sums[key] = counts
            working_days[key] = 0
        else:
            for i, value in enumerate(counts):
                found[i] += value
        if day is not None:
            working_days[key] += index(day) * counts[3]
    tallies: dict[Key, Tally] = {}
    for key, (carried_n, online_n, direct, resolved_n, early_n, late_n, withdrawn_n, open_n,
              overdue_n) in sums.items():
        tallies[key] = Tally(
            carried_over=carried_n, received_online=online_n, received_direct_postal=direct,
            resolved_early=early_n, resolved_on_time=resolved_n - early_n - late_n,
            resolved_late=late_n, in_progress_within=open_n - overdue_n,
            in_progress_overdue=overdue_n, withdrawn=withdrawn_n,
            working_days=working_days[key],
        )
    _subtract_receipt_days(session, start, end, index, tallies)
    _split_withdrawn(session, start, end, tallies)
    _take_out_closed(session, start, end, rule, tallies)
    _add_ratings(session, start, end, tallies)
    digitisation.add_figures(session, start, end, tallies)
    return tallies


def _split_withdrawn(session: Session, start: datetime, end: datetime,
                     tallies: dict[Key, Tally]) -> None:
    """How the dossiers withdrawn in the period were received, to leave them out of the
    official form's columns. A pass of its own over the few withdrawn in the period (the
    withdrawn_at index): three more sums in the main pass cost a year's report half again."""
    carried = case((Dossier.received_at < start, 1), else_=0).label("carried")
    online = case((Dossier.channel == "online", 1), else_=0).label("online")
    statement = (
        select(Dossier.procedure_version_id, Dossier.unit_id, carried, online, func.count())
        .where(Dossier.withdrawn_at >= start, Dossier.withdrawn_at < end,
               or_(Dossier.completed_at.is_(None), Dossier.completed_at >= end))
        .group_by(Dossier.procedure_version_id, Dossier.unit_id, text("carried"),
                  text("online"))
    )
    for version, unit, was_carried, was_online, number in session.execute(statement):
        tally = tallies[(version, unit)]
        if was_carried:
            tally.withdrawn_carried_over += number
        elif was_online:
            tally.withdrawn_online += number
        else:
            tally.withdrawn_direct_postal += number


def _take_out_closed(session: Session, start: datetime, end: datetime, rule: Lateness,
                     tallies: dict[Key, Tally]) -> None:
    """Move the closed dossiers out of the in-progress counters of the main pass.

    A closing has no milestone column (only its `closed` event says when), so the main pass
    counted every closed dossier as open. This pass reads the few closed ones (status is
    terminal, the status index finds them) with their event: closed before the start, the
    dossier leaves the report as a dossier resolved before it would; closed in the period, it
    stays in received_total and goes to `closed`, out of form 06's columns as a withdrawn one.
    """
    closed_at = DossierEvent.at
    before = case((closed_at < start, 1), else_=0).label("before")
    carried = case((Dossier.received_at < start, 1), else_=0).label("carried")
    online = case((Dossier.channel == "online", 1), else_=0).label("online")
    # The main pass's overdue test, to take each one from the counter it was added to.
    overdue = case((Dossier.due_at < past_due_line(end, rule), 1), else_=0).label("overdue")
    statement = (
        select(Dossier.procedure_version_id, Dossier.unit_id, before, carried, online, overdue,
               func.count())
        .join(DossierEvent, and_(DossierEvent.dossier_id == Dossier.id,
                                 DossierEvent.kind == "closed"))
        .where(Dossier.status == "closed", Dossier.received_at < end, closed_at < end)
        .group_by(Dossier.procedure_version_id, Dossier.unit_id, text("before"),
                  text("carried"), text("online"), text("overdue"))
    )
    for version, unit, was_before, was_carried, was_online, was_overdue, number in \
            session.execute(statement):
        tally = tallies[(version, unit)]
        if was_overdue:
            tally.in_progress_overdue -= number
        else:
            tally.in_progress_within -= number
        if was_before:
            tally.carried_over -= number
            continue
        tally.closed += number
        if was_carried:
            tally.closed_carried_over += number
        elif was_online:
            tally.closed_online += number
        else:
            tally.closed_direct_postal += number
    for key in [key for key, tally in tallies.items() if tally.is_empty()]:
        del tallies[key]


def _day_index(calendar: WorkCalendar, origin: date) -> Callable[[object], int]:
    """Working days from `origin` to a day (negative before it), remembered per day: a
    dossier's working days are index(result's day) - index(receipt day)."""
    known: dict[object, int] = {}

    def index(value) -> int:
        found = known.get(value)
        if found is None:
            found = known[value] = calendar.working_days_between(origin, _as_date(value))
        return found

    return index


def _subtract_receipt_days(session: Session, start: datetime, end: datetime,
                           index: Callable[[object], int], tallies: dict[Key, Tally]) -> None:
    """The second half of the working-day sum: the resolved dossiers' receipt days."""
    day = _day(session, Dossier.received_at)
    group = _groups(session)
    statement = (
        select(*group, day, func.count())
        .where(_counted(session, start, end), _scanned(session, Dossier.completed_at) < end)
        .group_by(*group, day)
    )
    for version, unit, value, number in session.execute(statement):
        tallies[(version, unit)].working_days -= index(value) * number


def _add_ratings(session: Session, start: datetime, end: datetime,
                 tallies: dict[Key, Tally]) -> None:
    """Ratings given in the period, against the rated dossier's procedure and unit."""
    group = (Dossier.procedure_version_id, Dossier.unit_id)
    statement = (
        select(*group, func.count(), _count(Survey.score * 2 > Survey.scale + 1),
               _count(Survey.score * 2 < Survey.scale + 1))
        .join(Dossier, Survey.dossier_id == Dossier.id)
        .where(Survey.at >= start, Survey.at < end)
        .group_by(*group)
    )
    for version, unit, number, satisfied, disliked in session.execute(statement):
        tally = tallies.setdefault((version, unit), Tally())
        tally.ratings += number
        tally.satisfied += satisfied
        tally.disliked += disliked


def build_report(desk: Desk, date_from: date, date_to: date) -> Report:
    """Form 06/VPCP/KSTT's numbers for the period: per procedure (by field, then code), per
    field, per unit and in total."""
    require(desk.user, "report.read")
    start, end = _bounds(date_from, date_to)
    with read_scope(desk.url) as session:
        rule = lateness_rule(session)
        tallies = _tallies(session, start, end, date_from, rule)
        versions = {v for v, _ in tallies}
        procedures = {
            version: (code, name, field)
            for version, code, name, field in session.execute(
                select(ProcedureVersion.id, Procedure.code, Procedure.name, Procedure.field)
                .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
                .where(ProcedureVersion.id.in_(versions))
            )
        } if versions else {}
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        settings = read_settings(session)
    by_procedure: dict[tuple[str, str, str], Tally] = {}
    by_field: dict[str, Tally] = {}
    by_unit: dict[str, Tally] = {}
    total = Tally()
    for (version, unit), tally in tallies.items():
        code, name, field = procedures[version]
        by_procedure.setdefault((field, code, name), Tally()).add(tally)
        by_field.setdefault(field, Tally()).add(tally)
        by_unit.setdefault(units.get(unit, ""), Tally()).add(tally)
        total.add(tally)
    order = sorted(by_procedure, key=lambda k: (fold(k[0]), k[0], k[1]))
    rows = [ReportRow.of(by_procedure[k], *k) for k in order]
    fields_in_order = list(dict.fromkeys(k[0] for k in order))
    totals = ReportRow.of(total)
    return Report(
        date_from=date_from, date_to=date_to, rows=rows, totals=totals,
        by_unit=[UnitRow.of(by_unit[u], u)
                 for u in sorted(by_unit, key=lambda u: (u == "", fold(u), u))],
        agency_name=settings["agency_name"], parent_agency_name=settings["parent_agency_name"],
        place_name=settings["place_name"], made_at=desk.now(),
        field_totals=[ReportRow.of(by_field[f], f) for f in fields_in_order],
        indicators=evaluate(totals, settings), lateness=rule,
    )


def _values(row) -> dict:
    return {name: getattr(row, name) for name in COUNTERS + RATES + DIGITISATION}


def report_json(report: Report) -> dict:
    """The report as FORMATS.md prints it: {"from", "to", "rows", "totals"}, plus "by_unit",
    each procedure's name, the lateness rule and Decision 766's indicators."""
    return {
        "from": report.date_from.isoformat(),
        "to": report.date_to.isoformat(),
        "rows": [
            {"field": r.field, "procedure_code": r.procedure_code,
             "procedure_name": r.procedure_name, **_values(r)}
            for r in report.rows
        ],
        "totals": _values(report.totals),
        "by_unit": [{"unit": u.unit, **_values(u)} for u in report.by_unit],
        "lateness": report.lateness,
        "indicators": [
            {"key": v.indicator.key, "name": v.indicator.name_vi, "value": v.value,
             "threshold": v.scoring.threshold, "points_max": v.scoring.points,
             "points": v.points}
            for v in report.indicators
        ],
    }


def _month_key(session: Session, column):
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def _months(date_from: date, date_to: date) -> list[date]:
    months, month = [], date_from.replace(day=1)
    while month <= date_to:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def monthly_trend(desk: Desk, date_from: date, date_to: date) -> list[MonthPoint]:
    """Per calendar month of the period (cut to the period at both ends): dossiers received,
    resolved, and the share of the resolved that were on time or early.

    One pass grouped by (month received, month resolved), each NULL outside the period: at
    most a few hundred groups, added up here."""
    require(desk.user, "report.read")
    start, end = _bounds(date_from, date_to)
    received = {}
    resolved = {}
    with read_scope(desk.url) as session:
        received_at = _scanned(session, Dossier.received_at)
        completed_at = _scanned(session, Dossier.completed_at)
        in_period = and_(received_at >= start, received_at < end)
        done_in_period = and_(completed_at >= start, completed_at < end)
        late = past_due_at(session, Dossier.due_at, Dossier.completed_at, lateness_rule(session))
        statement = (
            select(case((in_period, _month_key(session, Dossier.received_at))).label("rm"),
                   case((done_in_period, _month_key(session, Dossier.completed_at)))
                   .label("cm"),
                   func.count(), _count(late))
            .where(or_(in_period, done_in_period))
            .group_by(text("rm"), text("cm"))
        )
        for received_month, resolved_month, number, late in session.execute(statement):
            if received_month is not None:
                received[received_month] = received.get(received_month, 0) + number
            if resolved_month is not None:
                total, lateness = resolved.get(resolved_month, (0, 0))
                resolved[resolved_month] = (total + number, lateness + late)
    points = []
    for month in _months(date_from, date_to):
        key = f"{month:%Y-%m}"
        number, late = resolved.get(key, (0, 0))
        points.append(MonthPoint(month, received.get(key, 0), number,
                                 (number - late) / number if number else None))
    return points


def write_report_xlsx(report: Report, path: str | os.PathLike[str]) -> None:
    """The report as an Excel workbook: sheet 1 form 06/VPCP/KSTT bare, sheet 2 its annex
    (procedures, units, Decision 766's indicators)."""
    write_atomically(path, lambda p: render_xlsx(report, str(p)))


def write_report_pdf(report: Report, path: str | os.PathLike[str],
                     trend: Sequence[MonthPoint] = ()) -> None:
    """The report as an A4 landscape PDF in Vietnamese: form 06/VPCP/KSTT, its annex, the
    charts of the screen (the monthly trend when given, see `monthly_trend`), "Trang x/y"."""
    write_atomically(path, lambda p: render_pdf(report, str(p), trend))
