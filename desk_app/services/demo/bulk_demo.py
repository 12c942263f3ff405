"""A big demo register in minutes: `desk-admin demo --dossiers N`, for trying the program at
the scale of a provincial centre and for measuring it (desk_app/bench/).

The dossiers are generated in the order a centre would have received them over several years
and written through the driver's bulk path (SQLite: `executemany` in one transaction per
chunk, with bulk-load pragmas on a connection of its own; PostgreSQL: COPY), not one service
call per dossier. Every derived copy comes from the functions the services use: the due date
from `compute_due` over the office calendar and the dossier's clock events, status and
milestones from `replay`, search keys from `intake.search_key`, codes from the office's code
pattern with a daily sequence. So `services.clock.derive` on the stored events gives the
stored values back, and the numbering continues where the demo stopped.

Decided here, where the brief is silent:
- Only a database without dossiers is filled: demo rows mixed into a real register could not
  be told apart from it. A failure removes the rows already written.
- Volumes follow a centre's week (Mondays busiest, a few Saturday mornings) and grow 8% a
  year; procedures are weighted by field, certification and civil status first.
- Fates: most dossiers are resolved early or on time, about 8% late; some are refused or
  withdrawn; supplement requests and stops pause the clock; a backlog keeps about 5% open,
  most of it recent. Two thirds of late dossiers get an apology letter (numbered per year like
  the intake slips) with a new appointment three working days on (`domain.apology`).
- A quarter of returned results are rated on the office's scale, criteria from SIPAS's
  factors; the rating stores no identity.
- Internal processes (demo/processes.py): the typical five steps are published on the
  procedures without steps, the units get their staff, and each dossier's hand-overs follow
  its steps (desk, officer, the unit's head, the committee's leadership, back to the desk),
  timed by the step budgets with each step taking from less than half to one and a half of
  its share, one in eight three times that. A hand-over names its receiver (and their user
  id, as `lifecycle.transfer` matches a unit's user); the dossier's `unit_id` is the lead
  unit, the first one the desk sent it to, as there. Its steps (`dossier_step`) and the
  copies of the step in progress come from `domain.process_steps.replay_steps` over the
  same events, as `dossier_steps.store` writes them. Users that exist are used as the clerks
  and officers who act, else none is named.
- One audit entry records the generation (who, how many, the seed), not one per row.
"""

from __future__ import annotations

import random
import time as wall_clock
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.domain.catalog import stored_documents
from desk_app.domain.deadlines import ClockRule, TimeLimit
from desk_app.domain.process_steps import stored_steps
from desk_app.services import audit, office
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar
from desk_app.services.demo.generator import Counters, Generator
from desk_app.services.demo.processes import ensure_staff, publish_steps, staff_of
from desk_app.services.demo.sample import DEMO_OFFICE, UNITS
from desk_app.services.demo.volumes import CatalogProcedure, CatalogVersion, daily_counts
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.setup import init_database
from desk_app.services.units import unit_id
from desk_app.store.bulk_load import PostgresWriter, Rows, SqliteWriter, first_ids, remove_after
from desk_app.store.db import get_engine, session_scope
from desk_app.store.models import (
    DailySequence,
    Dossier,
    Procedure,
    ProcedureVersion,
    User,
)

CHUNK = 25_000  # dossiers per transaction
MAX_DOSSIERS = 10_000_000
MAX_YEARS = 20


@dataclass(frozen=True)
class DemoSummary:
    dossiers: int
    events: int
    documents: int
    letters: int
    surveys: int
    first_received: datetime | None
    last_received: datetime | None
    seconds: float
    statuses: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)


def _load_procedures(session: Session) -> list[CatalogProcedure]:
    procedures: dict[int, CatalogProcedure] = {}
    rows = session.execute(
        select(Procedure, ProcedureVersion)
        .join(ProcedureVersion, ProcedureVersion.procedure_id == Procedure.id)
        .order_by(Procedure.code, ProcedureVersion.effective_from)
    ).all()
    for procedure, version in rows:
        entry = procedures.setdefault(procedure.id, CatalogProcedure(
            procedure.code, procedure.name, procedure.field, []))
        cutoff = time.fromisoformat(version.cutoff) if version.cutoff else None
        limit = TimeLimit.parse(version.time_limit)
        entry.versions.append(CatalogVersion(
            version.id, version.effective_from,
            ClockRule(limit, cutoff, version.supplement_rule),
            limit.kind in ("same-day", "hours"),
            stored_documents(version.documents),
            version.fee,
            stored_steps(version.steps),
        ))
    return list(procedures.values())


def _prepare(desk: Desk) -> dict[str, str]:
    """Schema, catalogue and office ready; refuse a database that already has dossiers."""
    init_database(desk)
    with session_scope(desk.url) as session:
        existing = session.execute(select(func.count()).select_from(Dossier)).scalar_one()
        if existing:
            raise UserError(
                f"Cơ sở dữ liệu: đã có {existing} hồ sơ; chỉ tạo dữ liệu mẫu trên cơ sở dữ liệu "
                "chưa có hồ sơ nào")
        settings = office.read_settings(session)
        missing = {key: office.validate(key, value) for key, value in DEMO_OFFICE.items()
                   if not settings.get(key)}
        if missing:
            office.write_settings(session, missing, desk.user)
        publish_steps(session)
        step_units = {spec.unit for steps in session.execute(select(ProcedureVersion.steps))
                      .scalars() for spec in stored_steps(steps)}
        for name in [*UNITS, *sorted(step_units - set(UNITS))]:
            unit_id(session, name)
    ensure_staff(desk)
    with session_scope(desk.url) as session:
        return office.read_settings(session)


def _existing_counters(session: Session, agency: str) -> Counters:
    counters = Counters()
    for scope, day, last in session.execute(select(DailySequence.scope, DailySequence.day,
                                                   DailySequence.last)):
        if scope == agency:
            counters.daily[day] = last
        elif scope == f"register:{agency}":
            counters.register[day.year] = last
        elif scope.startswith("letter:") and scope.endswith(f":{agency}"):
            counters.letters[(scope.split(":")[1], day.year)] = last
    return counters


def _save_counters(session: Session, agency: str, counters: Counters) -> None:
    """The numbers handed out, so that the next intake, register entry and letter continue."""
    wanted = {(agency, day): last for day, last in counters.daily.items()}
    wanted |= {(f"register:{agency}", date(year, 1, 1)): last
               for year, last in counters.register.items()}
    wanted |= {(f"letter:{kind}:{agency}", date(year, 1, 1)): last
               for (kind, year), last in counters.letters.items()}
    stored = {(row.scope, row.day): row for row in session.execute(
        select(DailySequence).where(DailySequence.scope.in_({s for s, _ in wanted}))
    ).scalars()}
    for (scope, day), last in wanted.items():
        row = stored.get((scope, day))
        if row is None:
            session.add(DailySequence(scope=scope, day=day, last=last))
        else:
            row.last = max(row.last, last)


def _chunks(days: list[tuple[date, int]]) -> Iterator[list[tuple[date, int]]]:
    chunk: list[tuple[date, int]] = []
    size = 0
    for day, count in days:
        chunk.append((day, count))
        size += count
        if size >= CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def generate(desk: Desk, dossiers: int, years: int = 3, seed: int = 7,
             now: datetime | None = None,
             progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill an initialised database without dossiers with `dossiers` dossiers received over
    the last `years` years up to now, their whole histories, letters and ratings."""
    require(desk.user, "office.edit")
    if not 1 <= dossiers <= MAX_DOSSIERS:
        raise UserError(f"Số hồ sơ: từ 1 đến {MAX_DOSSIERS:,}".replace(",", "."))
    if not 1 <= years <= MAX_YEARS:
        raise UserError(f"Số năm: từ 1 đến {MAX_YEARS}")
    started = wall_clock.perf_counter()
    now = (now or desk.now()).replace(second=0, microsecond=0)
    settings = _prepare(desk)
    with session_scope(desk.url) as session:
        calendar = load_calendar(session)
        procedures = _load_procedures(session)
        units = dict(session.execute(text("SELECT name, id FROM unit")).all())
        people = session.execute(select(User.id, User.role).where(User.active)).all()
        names = dict(session.execute(select(User.id, User.full_name)).all())
        staff = staff_of(session)
        ids = first_ids(session)
        counters = _existing_counters(session, settings["agency_code"])
    clerks = [i for i, role in people if role == "clerk"] or [None]
    officers = [i for i, role in people if role == "officer"] or [None]
    dialect = get_engine(desk.url).dialect.name
    writer = SqliteWriter(desk.url) if dialect == "sqlite" else PostgresWriter(desk.url)
    rng = random.Random(seed)
    generator = Generator(rng, calendar, now, settings, procedures, units, clerks, officers,
                          writer.stamp, _rating_scale(settings), staff, names)
    first_day = now.date() - timedelta(days=round(365.25 * years))
    days = daily_counts(calendar, first_day, now, dossiers, rng)
    start_ids = dict(ids)
    made = 0
    try:
        for chunk in _chunks(days):
            rows = Rows()
            next_id = ids["dossier"] + 1
            for day, count in chunk:
                next_id = generator.day(day, count, next_id, ids, counters, rows)
            ids["dossier"] = next_id - 1
            writer.write(rows)
            made += len(rows.dossier)
            if progress is not None:
                progress(made, dossiers)
        with session_scope(desk.url) as session:
            _save_counters(session, settings["agency_code"], counters)
            audit.record(session, desk.user, desk.now(), "demo.generate", "dossier", "",
                         None, {"dossiers": made, "years": years, "seed": seed})
        writer.finish()
    except BaseException:
        remove_after(desk.url, start_ids)
        raise
    finally:
        writer.close()
    first = days[0][0] if days else None
    return DemoSummary(
        dossiers=made, events=ids["dossier_event"] - start_ids["dossier_event"],
        documents=ids["dossier_document"] - start_ids["dossier_document"],
        letters=ids["letter"] - start_ids["letter"], surveys=ids["survey"] - start_ids["survey"],
        first_received=datetime.combine(first, time()) if first else None, last_received=now,
        seconds=wall_clock.perf_counter() - started,
        statuses=dict(generator.statuses), classes=dict(generator.classes),
    )


def _rating_scale(settings: dict[str, str]) -> int:
    value = settings.get("rating_scale", "5")
    return 3 if value == "3" else 5
