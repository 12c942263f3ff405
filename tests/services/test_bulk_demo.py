"""The bulk demo register: what `desk-admin check` and a clerk would find in it."""

from collections import Counter
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk_app import config
from desk_app.domain.intake import IntakeRequest, dossier_code
from desk_app.domain.lifecycle import STATUSES
from desk_app.services import dossiers, office
from desk_app.services.clock import load_calendar
from desk_app.services.demo import bulk_demo
from desk_app.services.demo.sample import DEMO_OFFICE
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.services.safety import integrity
from desk_app.store.db import session_scope
from desk_app.store.models import (
    DailySequence,
    Dossier,
    DossierDocument,
    DossierEvent,
    Letter,
    ProcedureVersion,
    Survey,
)
from tests.conftest import as_admin

N = 2000
# A seed whose 2,000 dossiers hold every status and class (a million always do; this small
# sample keeps the test quick).
SEED = 8
NOW = datetime(2025, 6, 10, 9, 0)  # the fixed clock of the tests


@pytest.fixture
def demo_db(db_url):
    summary = bulk_demo.generate(as_admin(db_url), N, years=3, seed=SEED)
    assert summary.dossiers == N
    return db_url


def _dossiers(url):
    with session_scope(url) as session:
        return session.execute(
            select(Dossier.id, Dossier.code, Dossier.received_at, Dossier.status, Dossier.due_at,
                   Dossier.completed_at, Dossier.register_book, Dossier.register_number,
                   Dossier.applicant_name, Dossier.phone, Dossier.id_number,
                   Dossier.search_key)
            .order_by(Dossier.id)
        ).all()


def test_the_check_finds_every_due_date_and_status_equal_to_its_events(demo_db):
    report = integrity.check(as_admin(demo_db))
    assert report.ok, report.findings
    assert report.dossiers == N


def test_every_status_and_deadline_class_over_three_years(demo_db):
    rows = _dossiers(demo_db)
    assert {r.status for r in rows} == set(STATUSES)
    with session_scope(demo_db) as session:
        calendar = load_calendar(session)
    classes = Counter(dossiers.deadline_class(r.status, r.due_at, r.completed_at, NOW, calendar,
                                              "minute")
                      for r in rows)
    assert {"early", "on_time", "late", "within", "due_soon", "overdue", "paused"} <= set(classes)
    # Mostly resolved, a few percent still open, most of the resolved in time.
    assert classes["early"] + classes["on_time"] > 8 * classes["late"]
    open_share = sum(classes[c] for c in ("within", "due_soon", "overdue", "paused")) / N
    assert 0.02 < open_share < 0.08
    received = [r.received_at for r in rows]
    assert min(received) < NOW - timedelta(days=3 * 365 - 10) and max(received) <= NOW
    # Received on working days, and a few Saturday mornings; never on a Sunday.
    assert all(r.weekday() != 6 for r in received)
    assert sum(r.weekday() == 5 for r in received) < N * 0.05


def test_codes_registers_and_search_keys_are_those_intake_makes(demo_db):
    rows = _dossiers(demo_db)
    settings = office.show(Desk(demo_db))
    assert settings["agency_code"] == DEMO_OFFICE["agency_code"]
    by_day: dict = {}
    by_year: dict = {}
    for row in sorted(rows, key=lambda r: (r.received_at, r.id)):
        day, year = row.received_at.date(), row.received_at.year
        by_day[day] = by_day.get(day, 0) + 1
        by_year[year] = by_year.get(year, 0) + 1
        assert row.code == dossier_code(settings["code_pattern"], settings["agency_code"],
                                        row.received_at, by_day[day])
        assert (row.register_book, row.register_number) == (str(year), by_year[year])
        assert row.search_key == intake.search_key(row.code, row.applicant_name, row.phone,
                                                   row.id_number)
    with session_scope(demo_db) as session:
        sequences = dict(session.execute(
            select(DailySequence.day, DailySequence.last)
            .where(DailySequence.scope == settings["agency_code"])).all())
        listed = dict(session.execute(
            select(ProcedureVersion.id, ProcedureVersion.documents)).all())
        documents = session.execute(
            select(Dossier.procedure_version_id, func.count(DossierDocument.id))
            .outerjoin(DossierDocument, DossierDocument.dossier_id == Dossier.id)
            .group_by(Dossier.id, Dossier.procedure_version_id)).all()
    assert sequences == by_day
    assert all(count == len(listed[version]) for version, count in documents)


def test_apologies_and_ratings_belong_to_late_and_returned_dossiers(demo_db):
    with session_scope(demo_db) as session:
        apologies = session.execute(
            select(Letter.id, Letter.dossier_id, Letter.issued_at, Letter.new_due_at,
                   Dossier.due_at)
            .join(Dossier, Letter.dossier_id == Dossier.id).where(Letter.kind == "apology")
        ).all()
        events = session.execute(
            select(DossierEvent.dossier_id, DossierEvent.at, DossierEvent.data)
            .where(DossierEvent.kind == "apology_issued")).all()
        ratings = session.execute(
            select(Survey.at, Survey.scale, Survey.score, Dossier.returned_at)
            .join(Dossier, Survey.dossier_id == Dossier.id)).all()
        slips = session.execute(select(func.count()).select_from(Letter)
                                .where(Letter.dossier_id.is_(None))).scalar_one()
    assert apologies and ratings and slips
    assert {(e.dossier_id, e.at, e.data["letter_id"]) for e in events} == {
        (a.dossier_id, a.issued_at, a.id) for a in apologies}
    # A new appointment after the one missed; the due date itself is never moved.
    assert all(a.new_due_at > a.due_at for a in apologies)
    assert all(r.at == r.returned_at and 1 <= r.score <= r.scale == 5 for r in ratings)


def test_a_following_intake_continues_the_numbering(demo_db):
    rows = _dossiers(demo_db)
    today = [r for r in rows if r.received_at.date() == NOW.date()]
    this_year = [r for r in rows if r.received_at.year == NOW.year]
    received = intake.receive(as_admin(demo_db), IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết"),
                              received_at=config.now())
    assert received.code.endswith(f"-{len(today) + 1:04d}")
    assert received.register_number == len(this_year) + 1
    found = dossiers.search(Desk(demo_db), dossiers.DossierQuery(text="anh tuyet"))
    assert received.code in {row.code for row in found}


def test_the_demo_fills_only_a_register_without_dossiers(demo_db):
    with pytest.raises(UserError, match="đã có 2000 hồ sơ"):
        bulk_demo.generate(as_admin(demo_db), 10)
    with pytest.raises(UserError, match="Số hồ sơ"):
        bulk_demo.generate(as_admin(demo_db), 0)
    assert len(_dossiers(demo_db)) == N
