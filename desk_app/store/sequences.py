"""Gap-free counters that never hand out the same number twice, even across counters."""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk_app.store.models import DailySequence


def next_number(session: Session, scope: str, day: date) -> int:
    """Increment and return the counter of (scope, day) in the caller's transaction: the row
    lock (PostgreSQL) or the write lock (SQLite) is held until it commits, so a rolled-back
    intake gives its number back instead of leaving a gap."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(DailySequence)
        .values(scope=scope, day=day, last=1)
        .on_conflict_do_update(
            index_elements=[DailySequence.scope, DailySequence.day],
            set_={"last": DailySequence.last + 1},
        )
        .returning(DailySequence.last)
    )
    return session.execute(statement).scalar_one()
