"""`due-date`: the appointment a procedure gives for a receipt moment, with its reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.domain.deadlines import compute_due
from desk_app.services.clock import load_calendar, rule_of
from desk_app.services.desk import Desk
from desk_app.services.rules.catalog import procedure_at
from desk_app.store.db import read_scope


@dataclass(frozen=True)
class DueAnswer:
    procedure: str
    received_at: datetime
    due_at: datetime
    time_limit: str
    explanation: str


def due_date(desk: Desk, procedure_code: str, received_at: datetime) -> DueAnswer:
    with read_scope(desk.url) as session:
        _, version = procedure_at(session, procedure_code, received_at)
        calendar = load_calendar(session)
        result = compute_due(rule_of(version), calendar, received_at)
        return DueAnswer(procedure_code, received_at, result.due_at, version.time_limit,
                         result.explanation)
