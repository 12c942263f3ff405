"""Dossier search through the text index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL)
finds what LIKE '%word%' on the folded search key finds, in the same order."""

from datetime import datetime

import pytest
from sqlalchemy import select, text

from desk_app.domain.intake import IntakeRequest
from desk_app.domain.text import fold
from desk_app.services import dossiers
from desk_app.services.demo import bulk_demo
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.store import fulltext
from desk_app.store.db import get_engine, session_scope
from desk_app.store.models import Dossier
from tests.conftest import as_admin

SPECIAL = [
    ("Đặng Thị Đào", "0905123456"),
    ("Nguye\u0302\u0303n Văn An", "0912000111"),  # decomposed, as Unikey may send it
    ("Lê Văn A", "0388777666"),
    ("Trần 100% Hưng_Phát", "0977000999"),
    ('Phạm "Bé" Ngọc', "0866555444"),
]


@pytest.fixture
def register(db_url):
    bulk_demo.generate(as_admin(db_url), 1500, years=1, seed=3)
    codes = [intake.receive(as_admin(db_url), IntakeRequest("1.001193", name, phone=phone),
                            received_at=datetime(2025, 6, 10, 8, 30)).code
             for name, phone in SPECIAL]
    return db_url, codes


def _like(url: str, typed: str) -> list[str]:
    """The codes the plain LIKE search finds, newest first."""
    statement = select(Dossier.code)
    for word in fold(typed).split():
        statement = statement.where(Dossier.search_key.contains(word, autoescape=True))
    with session_scope(url) as session:
        return list(session.execute(
            statement.order_by(Dossier.received_at.desc(), Dossier.id.desc())).scalars())


def _all_pages(url: str, typed: str) -> list[str]:
    """Every match, page after page as the dossier list scrolls (keyset paging)."""
    query, codes, after = dossiers.DossierQuery(text=typed), [], None
    while True:
        page = dossiers.search(Desk(url), query, limit=100, after=after)
        codes += [row.code for row in page]
        if len(page) < 100:
            return codes
        after = (page[-1].received_at, page[-1].dossier_id)


QUERIES = ["nguyen thi", "Nguyễn Thị", "NGUYEN", "dang thi dao", "Đặng", "đào", "le van a",
           "an", "u", "0912", "09", "100%", "hung_phat", '"be"', "thi anh tuyet", "xyz qqq",
           "-0001", "h49-25"]


@pytest.mark.parametrize("probe", [fulltext.PROBE, 20])
def test_the_index_finds_what_like_finds_in_the_same_order(register, monkeypatch, probe):
    """Also with a tiny probe, so that common words take the walk instead of the list."""
    url, _ = register
    monkeypatch.setattr(fulltext, "PROBE", probe)
    for typed in QUERIES:
        expected = _like(url, typed)
        assert _all_pages(url, typed) == expected, typed
        assert dossiers.count(as_admin(url),
                              dossiers.DossierQuery(text=typed)) == len(expected), typed


def test_diacritics_and_d_are_ignored_and_a_whole_code_is_found_by_its_index(register):
    url, codes = register
    found = dossiers.search(Desk(url), dossiers.DossierQuery(text="dang thi dao"))
    assert [row.applicant_name for row in found] == ["Đặng Thị Đào"]
    found = dossiers.search(Desk(url), dossiers.DossierQuery(text="nguyen van an"))
    assert codes[1] in {row.code for row in found}
    for typed in (codes[2], codes[2].lower(), f"  {codes[2]} "):
        rows = dossiers.search(Desk(url), dossiers.DossierQuery(text=typed))
        assert [row.code for row in rows] == [codes[2]]
    assert dossiers.count(as_admin(url),
                          dossiers.DossierQuery(text=codes[2], status="returned")) == 0


def test_the_index_follows_new_changed_and_removed_dossiers(register):
    url, codes = register
    query = dossiers.DossierQuery(text="hung phat")
    assert dossiers.count(as_admin(url), query) == 1
    with session_scope(url) as session:
        session.execute(text("UPDATE dossier SET search_key = :key WHERE code = :code"),
                        {"key": fold(f"{codes[3]} Trần Minh Khôi"), "code": codes[3]})
    assert dossiers.count(as_admin(url), query) == 0
    assert dossiers.count(as_admin(url), dossiers.DossierQuery(text="minh khoi")) == len(
        _like(url, "minh khoi")) >= 1
    with session_scope(url) as session:
        session.execute(text("DELETE FROM dossier_document WHERE dossier_id IN "
                             "(SELECT id FROM dossier WHERE code = :code)"), {"code": codes[4]})
        session.execute(text("DELETE FROM dossier_event WHERE dossier_id IN "
                             "(SELECT id FROM dossier WHERE code = :code)"), {"code": codes[4]})
        session.execute(text("DELETE FROM dossier_step WHERE dossier_id IN "
                             "(SELECT id FROM dossier WHERE code = :code)"), {"code": codes[4]})
        session.execute(text("DELETE FROM dossier WHERE code = :code"), {"code": codes[4]})
    assert dossiers.count(as_admin(url), dossiers.DossierQuery(text="pham be ngoc")) == 0


def test_the_text_index_exists_at_the_newest_schema(db_url):
    engine = get_engine(db_url)
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            names = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'dossier_fts%'").scalars())
            assert {"dossier_fts", "dossier_fts_ai", "dossier_fts_ad", "dossier_fts_au"} <= names
            plan = " ".join(str(row) for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH 'abc'"))
            assert "VIRTUAL TABLE INDEX" in plan
        else:
            definition = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
                (fulltext.TRIGRAM_INDEX,)).scalar()
            assert "gin" in definition and "gin_trgm_ops" in definition
