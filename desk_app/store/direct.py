"""Reads on the driver's own connection, without the ORM.

For the few reads a screen repeats all day where SQLAlchemy's own work (building the
statement, its cache key, the result's row objects, the pool's check-out) costs many times
what the database does: a receipt's code scanned at the counter and the overdue screen's
first page. Elsewhere the ORM's clarity is worth its cost.

Statements are written with `?` placeholders and run unchanged on SQLite; for PostgreSQL
(psycopg) they become `%s`. Moments are bound and read as the ORM stores them: on SQLite
text `YYYY-MM-DD HH:MM:SS.ffffff` (compared as text, so the microseconds must be written out),
on PostgreSQL timestamps. Each statement reads a consistent snapshot of its own.

On an SQLite file the main thread (the window's, where the counter's scans are looked up)
keeps one read-only connection of its own: a pool check-out per read would cost more than the
read. Between statements it holds no transaction, so it keeps no old snapshot alive and never
blocks a checkpoint. `release` closes it when the database is let go (store.db.dispose: before
a restore replaces the file). Other threads (workers, which come and go) and PostgreSQL take a
connection from the engine's pool and give it back, which ends PostgreSQL's transaction.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from desk_app.store.db import SQLITE_BUSY_TIMEOUT_MS, get_engine, on_dispose

_held_lock = threading.Lock()
# url -> the main thread's connection to the url's SQLite file.
_held: dict[str, sqlite3.Connection] = {}


class DirectReader:
    def __init__(self, dbapi_connection, sqlite: bool):
        self._connection = dbapi_connection
        self.sqlite = sqlite

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        if not self.sqlite:
            sql = sql.replace("?", "%s")
        cursor = self._connection.cursor()
        try:
            cursor.execute(sql, [self._bound(p) for p in params])
            return cursor.fetchall()
        finally:
            cursor.close()

    def _bound(self, value: Any) -> Any:
        if self.sqlite and isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    def moment(self, value: str | datetime | None) -> datetime | None:
        """A stored moment as the ORM would return it."""
        if value is None or isinstance(value, datetime):
            return value
        return datetime.fromisoformat(value)

    def day(self, value: str | date) -> date:
        return value if isinstance(value, date) else date.fromisoformat(value)

    def json_text(self, column: str, key: str) -> str:
        """SQL for one text value of a JSON column (the key a fixed identifier)."""
        if self.sqlite:
            return f"json_extract({column}, '$.{key}')"
        return f"({column} ->> '{key}')"


class direct_reader:  # noqa: N801 - used as a function: `with direct_reader(url) as r`
    """A DirectReader for the url's database for the length of a `with` block. A class
    rather than a generator: the counter's lookup by code is a few microseconds of database
    work, and a generator-based context manager would cost as much again."""

    def __init__(self, url: str):
        self._url = url
        self._pooled = None

    def __enter__(self) -> DirectReader:
        engine = get_engine(self._url)
        sqlite = engine.dialect.name == "sqlite"
        path = engine.url.database if sqlite else None
        if path and path != ":memory:" and threading.current_thread() is threading.main_thread():
            return DirectReader(_sqlite_connection(self._url, path), sqlite=True)
        # PostgreSQL, a worker thread, or an in-memory SQLite database that only the pool's
        # connection sees.
        self._pooled = engine.raw_connection()
        return DirectReader(self._pooled.driver_connection, sqlite)

    def __exit__(self, *_exc) -> None:
        if self._pooled is not None:
            self._pooled.close()
            self._pooled = None


def _sqlite_connection(url: str, path: str) -> sqlite3.Connection:
    connection = _held.get(url)
    if connection is None:
        # check_same_thread off only so that `release` may close it from another thread.
        connection = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA query_only=1")
        with _held_lock:
            _held[url] = connection
    return connection


def release(url: str) -> None:
    """Close the main thread's connection to the url's SQLite file, if it has one."""
    with _held_lock:
        connection = _held.pop(url, None)
    if connection is not None:
        connection.close()


on_dispose(release)
