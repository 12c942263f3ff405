from sqlalchemy import inspect

from desk_app.store import migrate
from desk_app.store.db import get_engine
from desk_app.store.models import Base


def test_models_and_migrations_agree(empty_db_url):
    migrate.upgrade(empty_db_url)
    assert migrate.schema_differences(empty_db_url) == []


def test_upgrade_downgrade_upgrade_on_empty_database(empty_db_url):
    migrate.upgrade(empty_db_url)
    assert migrate.current_revision(empty_db_url) == migrate.head_revision()
    migrate.downgrade(empty_db_url, "base")
    tables = set(inspect(get_engine(empty_db_url)).get_table_names()) - {"alembic_version"}
    assert tables == set()
    migrate.upgrade(empty_db_url)
    tables = set(inspect(get_engine(empty_db_url)).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path):
    url = f"sqlite:///{(tmp_path / 'p.sqlite3').as_posix()}"
    with get_engine(url).connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
