"""Rows written in bulk on the driver, past the ORM (the demo register: a million dossiers in
minutes). SQLite: `executemany` in one transaction per chunk on a connection of its own with
bulk-load pragmas; PostgreSQL: COPY."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk_app.store.db import get_engine, session_scope
from desk_app.store.fulltext import FTS_INSERT_TRIGGER, FTS_TABLE

DOSSIER_COLUMNS = (
    "id", "code", "procedure_version_id", "applicant_kind", "applicant_name", "id_number",
    "phone", "email", "address", "channel", "delivery", "sets", "fee", "note", "received_at",
    "due_at", "status", "completed_at", "returned_at", "withdrawn_at", "unit_id", "officer_id",
    "received_by_id", "register_book", "register_number", "step_due_at", "step_position",
    "step_unit_id", "search_key",
)
DOCUMENT_COLUMNS = ("id", "dossier_id", "position", "name", "form", "count")
EVENT_COLUMNS = ("id", "dossier_id", "kind", "at", "actor_id", "unit_id", "note", "data")
LETTER_COLUMNS = ("id", "dossier_id", "kind", "agency", "year", "number", "issued_at", "reason",
                  "new_due_at", "signer_title", "signer_name", "data")
STEP_COLUMNS = ("id", "dossier_id", "position", "name", "unit", "budget", "holder_unit_id",
                "officer_id", "started_at", "due_at", "done_at")
SURVEY_COLUMNS = ("id", "dossier_id", "officer_id", "at", "scale", "score", "criteria",
                  "comment")
# The search key last in a dossier's row: the SQLite writer adds it to the text index.
TABLES = (("dossier", DOSSIER_COLUMNS), ("dossier_step", STEP_COLUMNS),
          ("dossier_document", DOCUMENT_COLUMNS),
          ("dossier_event", EVENT_COLUMNS), ("letter", LETTER_COLUMNS),
          ("survey", SURVEY_COLUMNS))


@dataclass
class Rows:
    dossier: list[tuple] = field(default_factory=list)
    dossier_step: list[tuple] = field(default_factory=list)
    dossier_document: list[tuple] = field(default_factory=list)
    dossier_event: list[tuple] = field(default_factory=list)
    letter: list[tuple] = field(default_factory=list)
    survey: list[tuple] = field(default_factory=list)


def _sqlite_stamp(moment: datetime | None) -> str | None:
    """How SQLAlchemy's DateTime stores a moment in SQLite (compared as text there)."""
    return None if moment is None else moment.isoformat(" ") + ".000000"


def _same(moment):
    return moment


class SqliteWriter:
    """A connection of its own with bulk-load pragmas: nothing else shares its settings.

    Within each chunk's transaction the text index's insert trigger is set aside and the
    chunk's keys are added to the index in one statement, then the trigger is put back as it
    was: a trigger firing per row costs more than the rest of the dossier's insert. Others
    never see the table without it (the write lock is held, and DDL is transactional).
    """

    stamp = staticmethod(_sqlite_stamp)

    def __init__(self, url: str):
        import sqlite3

        self.connection = sqlite3.connect(make_url(url).database, isolation_level=None,
                                          timeout=15)
        for pragma in ("journal_mode=WAL", "synchronous=OFF", "cache_size=-262144",
                       "temp_store=MEMORY", "foreign_keys=OFF"):
            self.connection.execute(f"PRAGMA {pragma}")

    def write(self, rows: Rows) -> None:
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            trigger = connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                (FTS_INSERT_TRIGGER,)).fetchone()
            if trigger is not None:
                connection.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
            for table, columns in TABLES:
                batch = getattr(rows, table)
                if batch:
                    marks = ", ".join("?" * len(columns))
                    connection.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", batch)
            if trigger is not None:
                connection.executemany(
                    f"INSERT INTO {FTS_TABLE} (rowid, search_key) VALUES (?, ?)",
                    ((row[0], row[-1]) for row in rows.dossier))
                connection.execute(trigger[0])
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def finish(self) -> None:
        # Statistics for the planner (a few seconds for a million; sampled ones misled it).
        self.connection.execute("ANALYZE")
        self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.connection.close()


class PostgresWriter:
    """COPY through psycopg on a raw connection of the engine."""

    stamp = staticmethod(_same)

    def __init__(self, url: str):
        self.raw = get_engine(url).raw_connection()
        self.connection = self.raw.driver_connection

    def write(self, rows: Rows) -> None:
        connection = self.connection
        try:
            with connection.cursor() as cursor:
                for table, columns in TABLES:
                    batch = getattr(rows, table)
                    if batch:
                        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                            for row in batch:
                                copy.write_row(row)
            connection.commit()
        except BaseException:
            connection.rollback()
            raise

    def finish(self) -> None:
        with self.connection.cursor() as cursor:
            for table, _ in TABLES:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)")
            cursor.execute("ANALYZE")
        self.connection.commit()

    def close(self) -> None:
        self.raw.close()


def first_ids(session: Session) -> dict[str, int]:
    return {table: session.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar_one()
            for table, _ in TABLES}


def remove_after(url: str, start_ids: dict[str, int]) -> None:
    """Undo a generation that failed half-way: its rows have the ids above those it found."""
    with session_scope(url) as session:
        for table, _ in reversed(TABLES):
            session.execute(text(f"DELETE FROM {table} WHERE id > :first"),
                            {"first": start_ids[table]})
