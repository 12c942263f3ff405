"""Engines and sessions: one session per user action (SQLAlchemy's advice for GUI programs)."""

from __future__ import annotations

import functools
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.store.errors import DatabaseBusy

# The longest a person waits for a database another program holds: every lock wait and every
# retry of one action together. Another counter's intake holds the lock for milliseconds; a
# program that holds it for seconds is stuck, and the clerk is told instead of kept waiting.
BUSY_LIMIT = 5.0
SQLITE_BUSY_TIMEOUT_MS = int(BUSY_LIMIT * 1000)
SORT_THREADS = min(4, os.cpu_count() or 1)

# A write that meets a lock or a serialization conflict is run again from the start, a few
# times, after a growing random pause: enough to ride out another counter's burst of intakes,
# bounded (in attempts and by BUSY_LIMIT) so that a database held by a stuck program is
# reported instead of waited on.
RETRY_ATTEMPTS = 6
RETRY_FIRST_DELAY = 0.05
RETRY_MAX_DELAY = 2.0
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
# PostgreSQL: serialization_failure, deadlock_detected, lock_not_available (lock_timeout).
_PG_RETRY_STATES = frozenset({"40001", "40P01", "55P03"})

_log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


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
        # Large sorts (the report's groups over a year of the register) on the other cores
        # too: a fifth to a third off a one-year report on two cores.
        cursor.execute(f"PRAGMA threads={SORT_THREADS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # The wait for the lock is what is left of the action's BUSY_LIMIT (the pool hands
        # the connection on with whatever the previous transaction set).
        connection.exec_driver_sql(f"PRAGMA busy_timeout={lock_wait_ms()}")
        # IMMEDIATE takes the write lock at the start, so two counters never both read the
        # same daily sequence or audit hash and then collide at commit. A read (read_scope)
        # begins deferred: in WAL mode it takes no lock, so a search at one counter neither
        # waits for nor holds up another counter's intake.
        if connection.get_execution_options().get(_READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            _watch_commits(connection.engine.url.database)
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # A row or table lock held by another session would otherwise be waited on for ever.
        # lock_timeout, not statement_timeout: a long import or report that waits on nobody
        # must not be cut short. LOCAL: it ends with the transaction. Reads skip it: only a
        # migration's exclusive lock holds them up.
        if not connection.get_execution_options().get(_READ_ONLY):
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {lock_wait_ms()}")


_READ_ONLY = "desk_app_read_only"
_engines: dict[str, Engine] = {}
_factories: dict[str, sessionmaker[Session]] = {}
_read_factories: dict[str, sessionmaker[Session]] = {}
_dispose_hooks: list[Callable[[str], None]] = []


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
            engine = create_engine(real_url, pool_pre_ping=True,
                                   connect_args={"application_name": application_name(url)})
            _configure_postgresql(engine)
        _engines[url] = engine
    return engine


def application_name(url: str) -> str:
    """What the program's PostgreSQL sessions are called in pg_stat_activity: with the URL's
    options, which name the office's schema when several offices share one database, so a
    restore counts the sessions on its own office and no other."""
    options = make_url(url).query.get("options", "")
    if isinstance(options, tuple):
        options = " ".join(options)
    # PostgreSQL keeps the first 63 bytes of the name.
    return f"desk_app {options}".strip().encode()[:63].decode(errors="ignore")


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


def _read_factory(url: str) -> sessionmaker[Session]:
    factory = _read_factories.get(url)
    if factory is None:
        engine = get_engine(url)
        options: dict = {_READ_ONLY: True}
        if not is_sqlite(engine):
            # SQLite's deferred transaction already reads one snapshot throughout.
            options |= {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        engine = engine.execution_options(**options)
        factory = _read_factories[url] = sessionmaker(engine, expire_on_commit=False)
    return factory


@contextmanager
def read_scope(url: str) -> Iterator[Session]:
    """A transaction that only reads: one consistent snapshot of the database, taking no
    write lock on SQLite. Rolled back when the block ends, so nothing written in it would
    stay; the services that only look (search, lists, reports) use it."""
    session = _read_factory(url)()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def is_transient(error: BaseException) -> bool:
    """Whether running the same transaction again may succeed: SQLite busy/locked,
    PostgreSQL serialization failure or deadlock. Nothing else is retried."""
    if not isinstance(error, DBAPIError):
        return False
    original = error.orig
    sqlite_code = getattr(original, "sqlite_errorcode", None)
    if sqlite_code is not None:
        # Extended codes (SQLITE_BUSY_SNAPSHOT...) keep the primary code in the low byte.
        return sqlite_code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return getattr(original, "sqlstate", None) in _PG_RETRY_STATES


def retry_delay(attempt: int) -> float:
    """Exponential back-off with full jitter, so that writers that collided do not collide
    again in step."""
    return random.uniform(0, min(RETRY_MAX_DELAY, RETRY_FIRST_DELAY * 2**attempt))


# When the action running in this thread must have its answer (time.monotonic()); unset
# outside `retrying`, where each transaction may wait BUSY_LIMIT.
_deadline = threading.local()


def lock_wait_ms() -> int:
    """How long the transaction beginning now may wait for a lock, in milliseconds: what is
    left of the current action's BUSY_LIMIT (at least 1, as 0 would mean no limit)."""
    deadline = getattr(_deadline, "at", None)
    if deadline is None:
        return SQLITE_BUSY_TIMEOUT_MS
    return max(1, int((deadline - time.monotonic()) * 1000))


def _commit_stamp(path: str) -> tuple[int, int] | None:
    """Changes whenever a connection commits: every commit appends to the WAL file (or, once
    the WAL was checkpointed away, rewrites the database file)."""
    for name in (f"{path}-wal", path):
        try:
            stat = os.stat(name)
        except OSError:
            continue
        return stat.st_size, stat.st_mtime_ns
    return None


def _watch_commits(path: str | None) -> None:
    # Only the writes of a `retrying` action are watched, and only on a file database.
    if getattr(_deadline, "at", None) is not None and path and path != ":memory:":
        _deadline.watch = (path, _commit_stamp(path))


def _others_committed() -> bool:
    """Whether another connection committed while this attempt waited for SQLite's lock: the
    database is in use by other counters (SQLite's waiters poll, so one of them may lose
    for seconds in a burst), not held by a stuck program."""
    watch = getattr(_deadline, "watch", None)
    return watch is not None and _commit_stamp(watch[0]) != watch[1]


def retrying(function: Callable[P, R]) -> Callable[P, R]:
    """Run a service's write (its whole `session_scope` block) again when it meets a lock or
    a serialization conflict; raise `DatabaseBusy` after RETRY_ATTEMPTS, or when BUSY_LIMIT
    passed without another connection committing (a database held, not one in use). The
    failed attempt was rolled back, so running it again cannot write anything twice."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        # A retrying service called by another keeps the outer one's deadline.
        outermost = getattr(_deadline, "at", None) is None
        if outermost:
            _deadline.at = time.monotonic() + BUSY_LIMIT
        try:
            attempt = 0
            while True:
                try:
                    return function(*args, **kwargs)
                except DBAPIError as exc:
                    if not is_transient(exc):
                        raise
                    attempt += 1
                    delay = retry_delay(attempt - 1)
                    if attempt == RETRY_ATTEMPTS:
                        raise DatabaseBusy() from exc
                    if time.monotonic() + delay >= _deadline.at:
                        if not _others_committed():
                            raise DatabaseBusy() from exc
                        # Other counters got through meanwhile: it is our turn soon.
                        _deadline.at = time.monotonic() + delay + BUSY_LIMIT
                    _log.info("%s: database busy, attempt %d", function.__qualname__, attempt)
                    time.sleep(delay)
        finally:
            if outermost:
                _deadline.at = _deadline.watch = None

    return wrapper


def on_dispose(hook: Callable[[str], None]) -> None:
    """Have `dispose(url)` call `hook(url)` first: a module that keeps connections of its own
    beside the pool (store.direct) registers here, so this module needs not know it."""
    _dispose_hooks.append(hook)


def dispose(url: str) -> None:
    """Close the pooled connections and forget the engine (before a restore replaces the
    file, or when a test drops its database)."""
    for hook in _dispose_hooks:
        hook(url)
    _factories.pop(url, None)
    _read_factories.pop(url, None)
    engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()
