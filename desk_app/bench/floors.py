"""The floors: what each measured screen reads, written by hand in one statement through
the raw driver (and a minimal reportlab page for the receipt), measured beside it."""

from __future__ import annotations

import io
from datetime import datetime

from desk_app.bench.kit import OPEN, Raw, driver_moment

LIST_COLUMNS = """d.code, p.code, p.name, d.applicant_name, d.channel, d.received_at, d.due_at,
    d.status, u.name, d.completed_at, d.id_number,
    EXISTS (SELECT 1 FROM letter l WHERE l.dossier_id = d.id AND l.kind = 'apology')"""
LIST_JOINS = """FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id
    JOIN procedure p ON p.id = v.procedure_id LEFT JOIN unit u ON u.id = d.unit_id"""


def floor_name_search(raw: Raw, words: list[str]) -> list[tuple]:
    """The page of a name search as one would write it by hand on the text index."""
    if raw.sqlite:
        match = " AND ".join(f'"{w}"' for w in words)
        # The sort key an expression, so that SQLite sorts the matches rather than walking
        # the received_at index.
        inner = ("SELECT id FROM dossier WHERE id IN (SELECT rowid FROM dossier_fts "
                 "WHERE dossier_fts MATCH ?) ORDER BY coalesce(received_at, received_at) DESC, "
                 "id DESC LIMIT 100")
        params: tuple = (match,)
    else:
        likes = " AND ".join("search_key LIKE ?" for _ in words)
        inner = f"SELECT id FROM dossier WHERE {likes} ORDER BY received_at DESC, id DESC LIMIT 100"
        params = tuple(f"%{w}%" for w in words)
    return raw.rows(f"SELECT {LIST_COLUMNS} {LIST_JOINS} WHERE d.id IN ({inner}) "
                    "ORDER BY d.received_at DESC, d.id DESC", params)


def floor_code(raw: Raw, code: str) -> list[tuple]:
    return raw.rows(f"SELECT {LIST_COLUMNS} {LIST_JOINS} WHERE d.code = ?", (code,))


def floor_overdue(raw: Raw, now: datetime, horizon: datetime) -> list[tuple]:
    """The overdue screen's first rows: open at now, due by the horizon, earliest due first,
    with what each shows: names, the officer (the one assigned, else the receiver of the
    latest hand-over), whether an apology (letter or event) was issued, and the step in
    progress with its unit (the screen's grouping by step)."""
    marks = ", ".join("?" * len(OPEN))
    receiver = ("json_extract(e.data, '$.receiver')" if raw.sqlite
                else "(e.data ->> 'receiver')")
    stamp = driver_moment(raw, now)
    return raw.rows(
        f"SELECT d.code, p.code, p.name, d.applicant_name, d.received_at, d.due_at, u.name, "
        f"coalesce(o.full_name, (SELECT {receiver} FROM dossier_event e WHERE e.dossier_id = "
        f"d.id AND e.kind = 'transferred' AND e.at <= ? ORDER BY e.id DESC LIMIT 1), ''), "
        f"EXISTS (SELECT 1 FROM letter l WHERE l.dossier_id = d.id AND l.kind = 'apology' "
        f"AND l.issued_at <= ?) OR EXISTS (SELECT 1 FROM dossier_event a WHERE "
        f"a.dossier_id = d.id AND a.kind = 'apology_issued' AND a.at <= ?), "
        f"s.name, coalesce(su.name, s.unit) "
        f"{LIST_JOINS} LEFT JOIN app_user o ON o.id = d.officer_id "
        f"LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step_position "
        f"LEFT JOIN unit su ON su.id = s.holder_unit_id "
        f"WHERE d.id IN (SELECT id FROM dossier WHERE status IN ({marks}) AND due_at <= ? "
        f"AND received_at <= ? ORDER BY due_at, received_at, id LIMIT 100) "
        f"ORDER BY d.due_at, d.received_at, d.id",
        (stamp, stamp, stamp, *OPEN, driver_moment(raw, horizon), stamp))


def floor_inbox(raw: Raw, column: str, holder: int, limit: int) -> list[tuple]:
    """An inbox's first rows, those whose step has a due moment (the page is full of them):
    the dossiers whose step in progress `column` (step_unit_id or officer_id) names,
    soonest step due first, with the procedure, the step's name, its unit and officer."""
    if column not in ("step_unit_id", "officer_id"):
        raise ValueError(f"no inbox by {column}")
    return raw.rows(
        "SELECT d.code, p.code, p.name, d.applicant_name, d.status, d.step_position, s.name, "
        "u.name, o.full_name, d.step_due_at, d.due_at "
        "FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id "
        "JOIN procedure p ON p.id = v.procedure_id "
        "LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step_position "
        "LEFT JOIN unit u ON u.id = d.step_unit_id LEFT JOIN app_user o ON o.id = d.officer_id "
        f"WHERE d.{column} = ? AND d.step_position IS NOT NULL AND d.step_due_at IS NOT NULL "
        f"ORDER BY d.step_due_at, d.id LIMIT {limit:d}", (holder,))


def floor_report(raw: Raw, start: datetime, end: datetime) -> list[tuple]:
    """The report's counters per procedure version and unit in one aggregate statement."""
    s, e = driver_moment(raw, start), driver_moment(raw, end)
    day = ("date({})" if raw.sqlite else "CAST({} AS date)")
    return raw.rows(
        "SELECT procedure_version_id, unit_id, "
        "SUM(CASE WHEN received_at < ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN received_at >= ? AND channel = 'online' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN received_at >= ? AND channel <> 'online' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN completed_at < ? THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN completed_at < ? AND {day.format('completed_at')} < "
        f"{day.format('due_at')} THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN completed_at < ? AND completed_at > due_at THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN (completed_at IS NULL OR completed_at >= ?) AND withdrawn_at < ? "
        "THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN (completed_at IS NULL OR completed_at >= ?) AND (withdrawn_at IS NULL "
        "OR withdrawn_at >= ?) THEN 1 ELSE 0 END) "
        "FROM dossier WHERE received_at < ? AND (completed_at IS NULL OR completed_at >= ?) "
        "AND (withdrawn_at IS NULL OR withdrawn_at >= ?) GROUP BY procedure_version_id, unit_id",
        (s, s, s, e, e, e, e, e, e, e, e, s, s))


def floor_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    target = io.BytesIO()
    page = canvas.Canvas(target, pagesize=A4)
    page.setFont("Helvetica", 13)
    page.drawString(100, 700, "Giay tiep nhan ho so va hen tra ket qua")
    page.showPage()
    page.save()
    return target.getvalue()
