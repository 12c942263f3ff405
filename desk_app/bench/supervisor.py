"""Supervisor screens' speed on a big register (a benchmark, not a test).

    python -m desk_app.bench.supervisor [--dossiers 1000000] [--db URL] [--keep]

Fills a register with N dossiers in bulk over the two years before the clock (95 % resolved or
withdrawn, 5 % open: four in five received in the last four days, the others up to two months
before and overdue),
spread over 20 procedures and 5 units, with a rating for one returned dossier in ten. Then
times: the overdue list's first page (what the screen shows first), the whole overdue list
with the dossiers due soon, the overdue list as of six months ago, the one-year report and
the one-year monthly trend. Prints median and spread.

`--keep` reuses a database already filled by an earlier run with the same `--db`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, text

from desk_app.bench.kit import Samples, bench_desk, timed
from desk_app.services import office
from desk_app.services.demo.sample import DEMO_OFFICE, FAMILY, GIVEN, MIDDLE, UNITS
from desk_app.services.desk import Desk
from desk_app.services.reception.intake import search_key
from desk_app.services.setup import init_database
from desk_app.services.supervision import overdue, report
from desk_app.store.db import get_engine, session_scope
from desk_app.store.models import Dossier, DossierEvent, ProcedureVersion, Survey, Unit

BATCH = 10_000
DAYS = 730
NOW = datetime(2025, 6, 10, 9, 0)


def _ids(url: str) -> tuple[list[int], list[int]]:
    with session_scope(url) as session:
        versions = list(session.execute(
            select(ProcedureVersion.id).order_by(ProcedureVersion.id).limit(20)).scalars())
        session.execute(insert(Unit), [{"name": name, "active": True} for name in UNITS])
        units = list(session.execute(select(Unit.id).order_by(Unit.id)).scalars())
    return versions, units


def _dossier(rng: random.Random, i: int, versions: list[int], units: list[int]) -> dict:
    """One row: received over the last two years, due four days later; resolved (10 % late),
    withdrawn (2 %) or, 5 % of the time, still open."""
    open_ = rng.random() < 0.05
    if open_:
        recent = rng.random() < 0.8
        received = NOW - timedelta(minutes=rng.randint(60, 4 * 24 * 60) if recent
                                   else rng.randint(4 * 24 * 60, 60 * 24 * 60))
    else:
        received = NOW - timedelta(minutes=rng.randint(60, DAYS * 24 * 60))
    due = received + timedelta(days=4)
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    phone = f"09{rng.randint(0, 99_999_999):08d}"
    code = f"BENCH-{i:07d}"
    row = dict(
        code=code, procedure_version_id=rng.choice(versions), applicant_name=name, phone=phone,
        channel=rng.choices(["direct", "online", "postal"], [6, 3, 1])[0],
        received_at=received, due_at=due, status="in_progress", completed_at=None,
        returned_at=None, withdrawn_at=None, unit_id=rng.choice(units),
        search_key=search_key(code, name, phone, ""),
    )
    if open_:
        return row
    if rng.random() < 0.02:
        withdrawn = received + timedelta(hours=rng.randint(1, 72))
        return row | dict(status="withdrawn", withdrawn_at=min(withdrawn, NOW))
    late = rng.random() < 0.1
    completed = due + timedelta(hours=rng.randint(1, 72)) if late else (
        received + timedelta(hours=rng.randint(1, 96)))
    completed = min(completed, NOW)
    returned = min(completed + timedelta(hours=rng.randint(1, 48)), NOW)
    return row | dict(status="returned", completed_at=completed, returned_at=returned)


def fill(url: str, count: int) -> None:
    versions, units = _ids(url)
    rng = random.Random(6)
    made = 0
    while made < count:
        with session_scope(url) as session:
            last = session.execute(select(Dossier.id).order_by(Dossier.id.desc())
                                   .limit(1)).scalar_one_or_none() or 0
            rows, events, surveys = [], [], []
            for i in range(min(BATCH, count - made)):
                row = _dossier(rng, made + i, versions, units) | {"id": last + 1 + i}
                rows.append(row)
                events.append(dict(dossier_id=row["id"], kind="received",
                                   at=row["received_at"], data={}))
                if row["returned_at"] and rng.random() < 0.1:
                    surveys.append(dict(dossier_id=row["id"], at=row["returned_at"], scale=5,
                                        score=rng.choices([1, 2, 3, 4, 5], [1, 1, 3, 8, 12])[0],
                                        criteria={}, comment=""))
            session.execute(insert(Dossier), rows)
            session.execute(insert(DossierEvent), events)
            if surveys:
                session.execute(insert(Survey), surveys)
        made += len(rows)
    engine = get_engine(url)
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def line(name: str, samples: Samples, size: int | None = None) -> str:
    times = samples.wall
    q = statistics.quantiles(times, n=10) if len(times) > 1 else [times[0], times[0]]
    rows = f"   ({size} rows)" if size is not None else ""
    return (f"{name:<40} {statistics.median(times):9.1f} ms   p10 {q[0]:8.1f}   "
            f"p90 {q[-1]:8.1f}{rows}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--db")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    if not args.keep:
        init_database(Desk(url))
        for key, value in DEMO_OFFICE.items():
            office.set_value(bench_desk(url), key, value)
        started = time.perf_counter()
        fill(url, args.dossiers)
        print(f"filled {args.dossiers} dossiers in {time.perf_counter() - started:.1f} s "
              f"({url})")
    year = (NOW.date() - timedelta(days=364), NOW.date())
    past = NOW - timedelta(days=182)
    # Warm-up: the first calendar of a process loads the holidays package.
    overdue.overdue(bench_desk(url), as_of=NOW, limit=1)
    sizes = {
        "overdue": len(overdue.overdue(bench_desk(url), as_of=NOW)),
        "soon": len(overdue.overdue(bench_desk(url), as_of=NOW, include_due_soon=True)),
        "past": len(overdue.overdue(bench_desk(url), as_of=past)),
    }
    results = [
        line("overdue: first 100 rows", timed(
            lambda: overdue.overdue(bench_desk(url), as_of=NOW,
                                    limit=100), args.repeat, warm=0), 100),
        line("overdue: whole list", timed(
            lambda: overdue.overdue(bench_desk(url),
                                    as_of=NOW), args.repeat, warm=0), sizes["overdue"]),
        line("overdue + due soon: whole list", timed(
            lambda: overdue.overdue(bench_desk(url), as_of=NOW,
                                    include_due_soon=True), args.repeat, warm=0),
            sizes["soon"]),
        line("overdue as of 6 months ago: first 100", timed(
            lambda: overdue.overdue(bench_desk(url), as_of=past,
                                    limit=100), args.repeat, warm=0), 100),
        line("report: one year", timed(
            lambda: report.build_report(bench_desk(url), *year), args.repeat, warm=0)),
        line("monthly trend: one year", timed(
            lambda: report.monthly_trend(bench_desk(url), *year), args.repeat, warm=0)),
        line("report: one month", timed(lambda: report.build_report(
            bench_desk(url), date(2025, 5, 1), date(2025, 5, 31)), args.repeat, warm=0)),
    ]
    print(f"(overdue as of 6 months ago: {sizes['past']} rows in all)")
    print("\n".join(results))


if __name__ == "__main__":
    main()
