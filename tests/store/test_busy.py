"""Another program holding the database: the intake answers within 5 s, writes nothing, and
succeeds once the other program lets go."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.errors import DatabaseBusy
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, DailySequence, Dossier
from tests.conftest import as_admin


@contextmanager
def held_write_lock(url: str) -> Iterator[None]:
    """Another connection, outside the program's pool, holding what an intake must write:
    SQLite's write lock (BEGIN IMMEDIATE), or on PostgreSQL the dossier table (so the
    intake has already taken its register number when it meets the lock)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        holder = sqlite3.connect(parsed.database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.rollback()
            holder.close()
        return
    engine = create_engine(parsed.set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as connection:
            connection.execute(text("LOCK TABLE dossier IN EXCLUSIVE MODE"))
            yield
            connection.rollback()
    finally:
        engine.dispose()


def counts(url: str) -> tuple[int, int, int]:
    with session_scope(url) as session:
        return tuple(session.execute(select(func.count()).select_from(table)).scalar_one()
                     for table in (Dossier, DailySequence, AuditEntry))


def test_a_held_database_answers_busy_within_5_s_and_the_same_intake_succeeds_after(db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    before = counts(db_url)
    request = IntakeRequest("1.001193", "Trần Thị Lan")
    # The lock inside the pool: released first, so a test that fails never hangs on it.
    with ThreadPoolExecutor(1) as pool, held_write_lock(db_url):
        started = time.monotonic()
        # In a thread, so that a wait without a bound fails the test instead of hanging it.
        answer = pool.submit(intake.receive, as_admin(db_url), request)
        with pytest.raises(DatabaseBusy, match="Cơ sở dữ liệu đang bận.*thử lại"):
            answer.result(timeout=6)
        waited = time.monotonic() - started
    assert waited < 6
    assert counts(db_url) == before

    received = intake.receive(as_admin(db_url), request)
    assert received.code == "000.00.00.H49-250610-0001" and received.register_number == 1


def test_printing_and_scanning_never_wait_for_another_programs_write(db_url):
    """The receipt, the scan at the desk, the control sheet and the apology screen only read:
    they answer at once while another program holds the write lock."""
    import io

    from desk_app.services.processing import control_sheet, letters
    from desk_app.services.reception import receipts

    desk = as_admin(db_url)
    for key, value in {"agency_code": "000.00.00.H49", "agency_name": "Trung tâm",
                       "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
                       "place_name": "Quảng Nam"}.items():
        office.set_value(desk, key, value)
    code = intake.receive(desk, IntakeRequest("1.001193", "Trần Thị Lan")).code
    with ThreadPoolExecutor(1) as pool, held_write_lock(db_url):
        started = time.monotonic()

        def read_all() -> None:
            receipts.write_receipt(desk, code, io.BytesIO())
            assert receipts.resolve_scan(desk, code).code == code
            control_sheet.write_control_sheet(desk, code, io.BytesIO())
            letters.apology_status(desk, code)
            letters.suggest_new_date(desk, code)

        pool.submit(read_all).result(timeout=6)
        waited = time.monotonic() - started
    assert waited < 1.5
