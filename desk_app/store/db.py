"""Engines and sessions: one session per user action (SQLAlchemy's advice for GUI programs)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 15_000


def _normalise_url(url: str) -> str:
    """Plain `postgresql://` URLs go through psycopg 3, the driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # IMMEDIATE takes the write lock at the start, so two counters never both read the
        # same daily sequence or audit hash and then collide at commit.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


_engines: dict[str, Engine] = {}
_factories: dict[str, sessionmaker[Session]] = {}


def get_engine(url: str) -> Engine:
    """One engine (and connection pool) per database for the whole process."""
    engine = _engines.get(url)
    if engine is None:
        real_url = _normalise_url(url)
        if real_url.startswith("sqlite"):
            engine = create_engine(
                real_url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
            )
            _configure_sqlite(engine)
        else:
            engine = create_engine(real_url, pool_pre_ping=True)
        _engines[url] = engine
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _session_factory(url: str) -> sessionmaker[Session]:
    factory = _factories.get(url)
    if factory is None:
        factory = _factories[url] = sessionmaker(get_engine(url), expire_on_commit=False)
    return factory


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A transaction: committed when the block ends normally, rolled back on any error."""
    session = _session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def dispose(url: str) -> None:
    """Close the pooled connections and forget the engine (before a restore replaces the
    file, or when a test drops its database)."""
    _factories.pop(url, None)
    engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()
