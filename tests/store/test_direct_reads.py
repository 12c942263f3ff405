"""Reads on the driver (store/direct.py): the lookup of a whole code gives what the general
search gives, and a database that is let go and replaced is read afresh."""

from __future__ import annotations

import os
import random
import shutil
import threading
from datetime import datetime

import pytest
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.services import dossiers, office
from desk_app.services.actors import Actor
from desk_app.services.demo import bulk_demo
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.store import direct
from desk_app.store.db import dispose, session_scope
from desk_app.store.direct import direct_reader
from desk_app.store.models import Dossier
from tests.conftest import as_admin

NOW = datetime(2025, 6, 10, 9, 0)  # the fixed clock of the tests
SUPERVISOR = Actor(1, "Giám sát", "supervisor")


def test_a_whole_code_finds_what_the_general_search_finds(db_url):
    bulk_demo.generate(as_admin(db_url), 600, years=1, seed=4, now=NOW)
    with session_scope(db_url) as session:
        found = session.execute(select(Dossier.code, Dossier.status)).all()
    sample = random.Random(2).sample(found, 40)
    assert {status in OPEN_STATUSES for _, status in sample} == {True, False}
    for code, status in sample:
        for typed, actor in ((code, None), (f"  {code.lower()} ", SUPERVISOR)):
            quick = dossiers.search(Desk(db_url, actor), dossiers.DossierQuery(text=typed))
            # A status filter takes the general path (the session and the text index).
            general = dossiers.search(Desk(db_url, actor),
                                      dossiers.DossierQuery(text=typed, status=status))
            assert quick == general
            assert [row.code for row in quick] == [code]
    with session_scope(db_url) as session:
        code, id_number = session.execute(select(Dossier.code, Dossier.id_number).where(
            Dossier.id_number != "").limit(1)).one()
    masked = dossiers.search(Desk(db_url), dossiers.DossierQuery(text=code))[0]
    full = dossiers.search(Desk(db_url, SUPERVISOR), dossiers.DossierQuery(text=code))[0]
    assert full.id_number == id_number
    assert "*" in masked.id_number and masked.id_number != id_number


def test_text_that_is_no_code_is_searched_as_words(db_url):
    bulk_demo.generate(as_admin(db_url), 300, years=1, seed=4, now=NOW)
    with session_scope(db_url) as session:
        code = session.execute(select(Dossier.code).limit(1)).scalar_one()
    # A fragment of a code is no whole code: the text index answers it.
    fragment = code[-6:]
    rows = dossiers.search(Desk(db_url), dossiers.DossierQuery(text=fragment))
    assert rows and all(fragment.lower() in row.code.lower() for row in rows)
    assert dossiers.search(Desk(db_url), dossiers.DossierQuery(text="KHONG-CO-MA-NAY")) == []


@pytest.fixture
def two_files(tmp_path, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("the held connections are SQLite's")
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    intake.receive(as_admin(db_url), IntakeRequest("1.004873", "Người nộp thứ nhất"),
                   received_at=NOW)
    first_copy = tmp_path / "first.sqlite3"
    dispose(db_url)
    shutil.copyfile(db_url.removeprefix("sqlite:///"), first_copy)
    intake.receive(as_admin(db_url), IntakeRequest("1.004873", "Người nộp thứ hai"),
                   received_at=NOW)
    return db_url, first_copy


def test_a_replaced_file_is_read_afresh_after_dispose(two_files):
    url, first_copy = two_files
    with direct_reader(url) as reader:
        assert reader.rows("SELECT count(*) FROM dossier") == [(2,)]
    dispose(url)
    # As a restore does: a new file takes the old one's name.
    os.replace(first_copy, url.removeprefix("sqlite:///"))
    with direct_reader(url) as reader:
        assert reader.rows("SELECT count(*) FROM dossier") == [(1,)]


def test_the_held_connection_cannot_write(two_files):
    url, _ = two_files
    with direct_reader(url) as reader, pytest.raises(Exception, match="readonly"):
        reader.rows("DELETE FROM dossier")
    with session_scope(url) as session:
        assert session.execute(select(Dossier.id)).all()


def test_worker_threads_borrow_from_the_pool_and_keep_nothing(two_files):
    url, _ = two_files
    counted = []

    def work() -> None:
        with direct_reader(url) as reader:
            counted.append(reader.rows("SELECT count(*) FROM dossier"))

    workers = [threading.Thread(target=work) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert counted == [[(2,)]] * 3
    # Threads come and go (Qt's pool ends idle ones): none left a connection open behind it.
    assert url not in direct._held
    with direct_reader(url) as reader:
        reader.rows("SELECT 1")
    assert url in direct._held
