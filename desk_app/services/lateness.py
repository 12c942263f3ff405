"""The office's lateness rule (domain/lateness.py) as the services read and query it."""

from __future__ import annotations

from sqlalchemy import Date, cast, func
from sqlalchemy.orm import Session

from desk_app.domain.lateness import DEFAULT_LATENESS, Lateness
from desk_app.services.office import read_settings
from desk_app.store.direct import DirectReader


def lateness_rule(session: Session) -> Lateness:
    """`minute` or `day`: the office setting `lateness`."""
    return read_settings(session)["lateness"]  # type: ignore[return-value]


def day_of(session: Session, column):
    """The calendar day of a timestamp, comparable and groupable on both databases."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column)
    return cast(column, Date)


def past_due_at(session: Session, due, moment, rule: Lateness):
    """SQL for domain.lateness.is_past_due(due, moment, rule), `moment` a column: the due
    date before the moment by the minute, on an earlier day by the day."""
    if rule == "day":
        return day_of(session, due) < day_of(session, moment)
    return due < moment



def lateness_rule_direct(reader: DirectReader) -> Lateness:
    """The same setting read on the driver (store/direct.py), for the reads that bypass a
    session."""
    found = reader.rows("SELECT value FROM office_setting WHERE \"key\" = 'lateness'")
    return found[0][0] if found else DEFAULT_LATENESS
