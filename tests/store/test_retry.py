"""A write that meets another counter's lock is run again instead of failing the clerk."""

from __future__ import annotations

import sqlite3

import psycopg.errors
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from desk_app.store import db
from desk_app.store.db import DatabaseBusy, retrying, session_scope
from desk_app.store.models import AuditEntry, Dossier
from tests.conftest import as_admin


@pytest.fixture
def no_pause(monkeypatch):
    """Retries without their pauses, so the tests do not wait."""
    monkeypatch.setattr(db.time, "sleep", lambda _seconds: None)


def real_sqlite_lock_error(tmp_path) -> OperationalError:
    """The error SQLite gives a writer when another connection holds the write lock."""
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return OperationalError("BEGIN IMMEDIATE", {}, exc)
    finally:
        other.close()
        holder.close()
    raise AssertionError("the second writer was not refused")


def test_sqlite_lock_and_postgres_conflicts_are_retried_nothing_else(tmp_path):
    assert db.is_transient(real_sqlite_lock_error(tmp_path))
    assert db.is_transient(OperationalError("x", {}, psycopg.errors.SerializationFailure()))
    assert db.is_transient(OperationalError("x", {}, psycopg.errors.DeadlockDetected()))
    assert not db.is_transient(IntegrityError("x", {}, psycopg.errors.UniqueViolation()))
    assert not db.is_transient(OperationalError("x", {}, sqlite3.OperationalError("no table")))
    assert not db.is_transient(ValueError("database is locked"))


def test_back_off_grows_and_is_bounded():
    for attempt in range(10):
        delays = [db.retry_delay(attempt) for _ in range(200)]
        assert min(delays) >= 0 and max(delays) <= min(
            db.RETRY_MAX_DELAY, db.RETRY_FIRST_DELAY * 2**attempt)


def test_gives_up_after_a_few_attempts_with_a_clear_message(tmp_path, no_pause):
    error = real_sqlite_lock_error(tmp_path)
    calls = []

    @retrying
    def always_locked():
        calls.append(1)
        raise error

    with pytest.raises(DatabaseBusy, match="Cơ sở dữ liệu đang bận"):
        always_locked()
    assert len(calls) == db.RETRY_ATTEMPTS


def test_other_errors_are_not_retried(no_pause):
    calls = []

    @retrying
    def duplicate():
        calls.append(1)
        raise IntegrityError("INSERT", {}, psycopg.errors.UniqueViolation())

    with pytest.raises(IntegrityError):
        duplicate()
    assert calls == [1]


def test_intake_meeting_a_lock_is_saved_on_the_next_attempt_without_a_gap(
        db_url, tmp_path, monkeypatch, no_pause):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    error = real_sqlite_lock_error(tmp_path)
    real_next_number = intake.next_number
    failures = [error, error]

    def busy_twice(session, scope, day):
        number = real_next_number(session, scope, day)
        if failures:
            raise failures.pop()
        return number

    monkeypatch.setattr(intake, "next_number", busy_twice)
    received = intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Trần Thị Lan"))
    assert received.code == "000.00.00.H49-250610-0001" and received.register_number == 1
    with session_scope(db_url) as session:
        assert session.execute(select(func.count()).select_from(Dossier)).scalar_one() == 1
        assert session.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "dossier.receive")).scalar_one() == 1


def test_intake_still_locked_after_the_retries_writes_nothing(
        db_url, tmp_path, monkeypatch, no_pause):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    error = real_sqlite_lock_error(tmp_path)

    def always_busy(session, scope, day):
        raise error

    monkeypatch.setattr(intake, "next_number", always_busy)
    with pytest.raises(DatabaseBusy):
        intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Trần Thị Lan"))
    with session_scope(db_url) as session:
        assert session.execute(select(func.count()).select_from(Dossier)).scalar_one() == 0
