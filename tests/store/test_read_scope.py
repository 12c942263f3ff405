"""Reads (store.db.read_scope): a search or a report running at one counter neither holds up
another counter's intake nor sees half of it; what it reads is one moment's register."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier
from tests.conftest import as_admin

NOW = datetime(2025, 6, 10, 9, 0)


@pytest.fixture
def office_url(db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    intake.receive(as_admin(db_url), IntakeRequest("1.004873", "Người nộp đầu tiên"),
                   received_at=NOW)
    return db_url


def _count(session) -> int:
    return session.execute(select(func.count()).select_from(Dossier)).scalar_one()


def test_a_read_sees_one_moment_while_an_intake_is_saved(office_url):
    with read_scope(office_url) as session:
        assert _count(session) == 1
        # Another counter's intake, committed while the read is open.
        intake.receive(as_admin(office_url), IntakeRequest("1.004873", "Người nộp thứ hai"),
                       received_at=NOW)
        assert _count(session) == 1
    with read_scope(office_url) as session:
        assert _count(session) == 2


def test_a_read_takes_no_write_lock_on_sqlite(office_url):
    if not office_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's reads never lock out writers")
    with read_scope(office_url) as session:
        assert _count(session) == 1
        # A writer that would not wait a moment for a lock still gets it.
        other = sqlite3.connect(office_url.removeprefix("sqlite:///"), timeout=0,
                                isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()


def test_nothing_written_in_a_read_stays(office_url):
    def write(session) -> None:
        session.add(Dossier(code="GHI-NHAM", procedure_version_id=1, applicant_name="X",
                            received_at=NOW, status="received", search_key="x"))
        session.flush()

    if office_url.startswith("sqlite"):
        with read_scope(office_url) as session:
            write(session)  # rolled back at the end of the block
    else:
        with pytest.raises(DBAPIError, match="read-only"), read_scope(office_url) as session:
            write(session)
    with read_scope(office_url) as session:
        assert session.execute(select(Dossier.id).where(Dossier.code == "GHI-NHAM")).all() == []
