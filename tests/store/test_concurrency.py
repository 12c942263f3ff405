"""Four counters receiving at the same moment on one database: every intake gets its own code
and number, none is lost, and no "database is locked" reaches the clerk."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from desk_app.services import office
from desk_app.store.db import session_scope
from desk_app.store.models import DailySequence, Dossier
from tests.conftest import as_admin

WORKER = Path(__file__).with_name("intake_worker.py")
PROCESSES, INTAKES = 4, 250


def _office(url: str) -> None:
    for key, value in {"agency_code": "000.00.00.H49", "parent_agency_name": "UBND tỉnh",
                       "agency_name": "Trung tâm Phục vụ hành chính công",
                       "place_name": "Quảng Nam"}.items():
        office.set_value(as_admin(url), key, value)


def start_workers(url: str, count: int, processes: int) -> list[subprocess.Popen]:
    """Workers started and imported, waiting for the word to go."""
    workers = [
        subprocess.Popen([sys.executable, str(WORKER), url, str(count), f"Quầy {n}"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, encoding="utf-8")
        for n in range(1, processes + 1)
    ]
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    return workers


def test_four_counters_at_once_get_a_gap_free_sequence(db_url):
    _office(db_url)
    workers = start_workers(db_url, INTAKES, PROCESSES)
    started = time.monotonic()
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    codes, errors = [], []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        codes += out.split()
        errors.append((worker.returncode, err))
    elapsed = time.monotonic() - started

    assert errors == [(0, "")] * PROCESSES
    assert len(codes) == len(set(codes)) == PROCESSES * INTAKES
    assert sorted(int(code.rsplit("-", 1)[1]) for code in codes) == list(
        range(1, PROCESSES * INTAKES + 1))
    assert all(code.startswith("000.00.00.H49-250610-") for code in codes)
    with session_scope(db_url) as session:
        assert session.execute(select(func.count()).select_from(Dossier)).scalar_one() == 1000
        numbers = session.execute(select(Dossier.register_number)).scalars().all()
        assert sorted(numbers) == list(range(1, 1001))
        assert session.execute(
            select(DailySequence.last).where(DailySequence.scope == "000.00.00.H49")
        ).scalar_one() == 1000
    assert elapsed < 60
