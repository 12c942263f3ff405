"""Counter speed on a big register (a benchmark, not a test).

    python -m desk_app.bench.counter [--dossiers 100000] [--db URL]

Fills a register with N dossiers in bulk (rows copied from a template intake with varied
names, dates and codes), then times: one intake saved plus its receipt PDF, and searches by
a name fragment without diacritics, by phone and by code. Prints median and spread.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from desk_app.bench.kit import Samples, bench_desk, timed
from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office
from desk_app.services.demo.sample import DEMO_OFFICE, FAMILY, GIVEN, MIDDLE
from desk_app.services.desk import Desk
from desk_app.services.reception import intake, receipts
from desk_app.services.reception.intake import search_key
from desk_app.services.setup import init_database
from desk_app.store.db import session_scope
from desk_app.store.models import Dossier, DossierEvent

BATCH = 5000


def fill(url: str, count: int, now: datetime) -> None:
    template = intake.receive(bench_desk(url), IntakeRequest("1.004873", "Mẫu"), received_at=now)
    with session_scope(url) as session:
        version_id = session.execute(
            select(Dossier.procedure_version_id).where(Dossier.code == template.code)
        ).scalar_one()
    rng = random.Random(1)
    start = now - timedelta(days=730)
    made = 0
    while made < count:
        rows, events = [], []
        with session_scope(url) as session:
            first_id = session.execute(select(Dossier.id).order_by(Dossier.id.desc())
                                       .limit(1)).scalar_one() + 1
            for i in range(min(BATCH, count - made)):
                received = start + timedelta(minutes=rng.randint(0, 730 * 24 * 60))
                name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                phone = f"09{rng.randint(0, 99_999_999):08d}"
                code = f"BENCH-{made + i:07d}"
                rows.append(dict(
                    id=first_id + i, code=code, procedure_version_id=version_id,
                    applicant_name=name, phone=phone, received_at=received,
                    due_at=received + timedelta(days=4), status="returned",
                    completed_at=received + timedelta(days=3),
                    returned_at=received + timedelta(days=4),
                    search_key=search_key(code, name, phone, ""),
                ))
                events.append(dict(dossier_id=first_id + i, kind="received", at=received,
                                   data={}))
            session.execute(insert(Dossier), rows)
            session.execute(insert(DossierEvent), events)
        made += len(rows)


def report(name: str, samples: Samples) -> str:
    times = samples.wall
    q = statistics.quantiles(times, n=10)
    return f"{name:<34} {statistics.median(times):8.1f} ms   p10 {q[0]:6.1f}   p90 {q[-1]:6.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    init_database(Desk(url))
    for key, value in DEMO_OFFICE.items():
        office.set_value(bench_desk(url), key, value)
    now = datetime(2026, 11, 27, 9, 0)
    started = time.perf_counter()
    fill(url, args.dossiers, now)
    print(f"filled {args.dossiers} dossiers in {time.perf_counter() - started:.1f} s ({url})")

    def save_and_print():
        received = intake.receive(bench_desk(url), IntakeRequest(
            "1.001193", "Nguyễn Thị Ánh Tuyết", phone="0912345678"), received_at=now)
        receipts.write_receipt(bench_desk(url), received.code, io.BytesIO())

    lines = [
        report("intake saved + receipt PDF", timed(save_and_print, 30, warm=0)),
        report("search 'nguyen thi anh' (page 1)", timed(lambda: dossiers.search(
            Desk(url), dossiers.DossierQuery(text="nguyen thi anh"), limit=100), 30, warm=0)),
        report("search by phone", timed(lambda: dossiers.search(
            Desk(url), dossiers.DossierQuery(text="0912345678"), limit=100), 30, warm=0)),
        report("search by code", timed(lambda: dossiers.search(
            Desk(url), dossiers.DossierQuery(text="BENCH-0054321"), limit=100), 30, warm=0)),
        report("count for the same name search", timed(lambda: dossiers.count(
            bench_desk(url), dossiers.DossierQuery(text="nguyen thi anh")), 30, warm=0)),
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
