"""What is late, and what is about to be: the supervisor's overdue list (FORMATS.md "overdue").

The list is historical: "open at `as_of`" is read from the milestone columns (`completed_at`,
`withdrawn_at`), so a dossier resolved after the as-of moment still counts as open then. The
due date is the stored, derived `due_at` (an apology's new appointment does not change it); a
dossier whose clock is paused (no due date) is never overdue.

The database picks the rows (three index-friendly parts, see `_open_at`); the working days
overdue are counted in Python for the returned rows only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk_app.documents.overdue_xlsx import write_overdue_xlsx
from desk_app.domain.deadlines import overdue_working_days
from desk_app.domain.lateness import past_due_line
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.text import nfc
from desk_app.files import write_atomically
from desk_app.services import exports
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar_direct
from desk_app.services.desk import Desk
from desk_app.services.lateness import lateness_rule_direct
from desk_app.store.direct import DirectReader, direct_reader

URGENCIES = ("overdue", "due_today", "due_soon")
OPEN = tuple(sorted(OPEN_STATUSES))
# Ids per details query: well under SQLite's and PostgreSQL's limits on bound parameters.
DETAIL_CHUNK = 900
GROUPINGS = ("unit", "procedure", "step")
# The steps whose note says why a dossier runs late: a supplement asked for, a stop (both
# paused its clock for a while), the apology's reason.
REASON_KINDS = ("supplement_requested", "stopped", "lateness_notice", "apology_issued")


@dataclass(frozen=True)
class OverdueRow:
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    received_at: datetime
    due_at: datetime
    # Working days after the due day up to and including the as-of day; 0 unless overdue.
    overdue_working_days: int
    unit: str
    officer: str
    apology_issued: bool
    urgency: str  # "overdue" | "due_today" | "due_soon"
    # Who holds the dossier: the officer, else the unit of the latest hand-over; "" while it
    # is still at the desk.
    holder: str = ""
    # The latest reason recorded for the delay (one of REASON_KINDS) and its words.
    reason_kind: str = ""
    reason: str = ""
    # The internal process step in progress at the as-of moment (services/dossier_steps.py)
    # and the unit performing it; "" when none (not yet replayed, or resolved by then).
    step_name: str = ""
    step_unit: str = ""


@dataclass(frozen=True)
class OverdueGroup:
    key: str
    total: int
    overdue: int
    due_soon: int  # due today or by the end of the next working day
    without_apology: int


def _open_at(inclusive: bool, filters: str, first: int | None) -> str:
    """SQL for (id, due_at, received_at) of the dossiers received by the as-of moment,
    neither resolved nor withdrawn then, with a due date before the bound (or at it when
    `inclusive`); its parameters are `_open_at_params`. With `first`, only the first rows of
    each part in the list's order, so that a page sorts a few hundred rows, not the forty
    thousand overdue on a big register.

    Written as disjoint parts so each can use an index: open now, one part per open status
    (status, due_at: read in the list's order, which an IN over the statuses would not be on
    PostgreSQL); resolved after as-of (completed_at); withdrawn after as-of (withdrawn_at).
    The last two are short ranges unless as-of lies far back. SQLite's planner, which cannot
    tell how short a range is, would rather walk the status/due_at index over every resolved
    dossier: in those two parts the other columns are wrapped in coalesce(x, x), which no
    index answers, leaving only the milestone column to one.
    """
    before = "<=" if inclusive else "<"
    open_now = ("SELECT id, due_at, received_at FROM dossier WHERE status = ? "
                f"AND received_at <= ? AND due_at IS NOT NULL AND due_at {before} ?{filters}")
    rest = (f"coalesce(received_at, received_at) <= ? AND coalesce(due_at, due_at) IS NOT NULL "
            f"AND coalesce(due_at, due_at) {before} ?{filters}")
    resolved_later = (
        "SELECT id, due_at, received_at FROM dossier WHERE completed_at > ? AND "
        "(coalesce(withdrawn_at, withdrawn_at) IS NULL OR coalesce(withdrawn_at, withdrawn_at) "
        f"> ?) AND {rest}")
    withdrawn_later = (
        "SELECT id, due_at, received_at FROM dossier WHERE withdrawn_at > ? AND "
        f"coalesce(completed_at, completed_at) IS NULL AND {rest}")
    parts = [open_now] * len(OPEN) + [resolved_later, withdrawn_later]
    if first is not None:
        # A part's ORDER BY and LIMIT must sit in a subquery of its own in a compound select.
        parts = [f"SELECT * FROM ({part} ORDER BY due_at, received_at, id LIMIT {first:d}) "
                 f"AS part_{n}" for n, part in enumerate(parts)]
    return " UNION ALL ".join(parts)


def _open_at_params(as_of: datetime, due_before: datetime, filters: tuple) -> list:
    open_now = [param for status in OPEN for param in (status, as_of, due_before, *filters)]
    return [*open_now,
            as_of, as_of, as_of, due_before, *filters,
            as_of, as_of, due_before, *filters]


def _filters(reader: DirectReader, unit: str,
             procedure_code: str) -> tuple[str, tuple] | None:
    """SQL conditions and their parameters for a unit name and a procedure code; None when
    either names nothing."""
    sql, params = "", []
    if unit:
        found = reader.rows("SELECT id FROM unit WHERE name = ?", (nfc(unit),))
        if not found:
            return None
        sql += " AND unit_id = ?"
        params.append(found[0][0])
    if procedure_code:
        versions = [v for (v,) in reader.rows(
            "SELECT v.id FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id "
            "WHERE p.code = ?", (procedure_code.strip(),))]
        if not versions:
            return None
        sql += f" AND procedure_version_id IN ({', '.join('?' * len(versions))})"
        params += versions
    return sql, tuple(params)


def overdue(desk: Desk, as_of: datetime | None = None, include_due_soon: bool = False,
            unit: str = "", procedure_code: str = "",
            offset: int = 0, limit: int | None = None) -> list[OverdueRow]:
    """The dossiers overdue at `as_of` (default now), most overdue first (earliest due date,
    then the earlier received); with `include_due_soon` also those open ones due today or by
    the closing of the next working day, after the overdue ones. `unit` (a unit name) and
    `procedure_code` filter; `offset`/`limit` page through the list.

    The page is chosen from the ids and dates alone; names, the officer and the apology are
    then read for the rows of the page only. Read on the driver (store/direct.py): the
    overdue screen asks for its first page at every refresh."""
    require(desk.user, "overdue.read")
    as_of = (as_of or desk.now()).replace(second=0, microsecond=0)
    with direct_reader(desk.url) as reader:
        calendar = load_calendar_direct(reader)
        lateness = lateness_rule_direct(reader)
        past_due = past_due_line(as_of, lateness)
        filters = _filters(reader, unit, procedure_code)
        if filters is None:
            return []
        condition, filter_params = filters
        if include_due_soon:
            due_before = calendar.closing(calendar.next_working_day(as_of.date()))
        else:
            due_before = past_due
        first = None if limit is None else offset + limit
        page = (f"SELECT id FROM ({_open_at(include_due_soon, condition, first)}) "
                f"AS found ORDER BY due_at, received_at, id")
        if limit is not None:
            page += f" LIMIT {limit:d} OFFSET {offset:d}"
        elif offset:
            page += f" LIMIT -1 OFFSET {offset:d}" if reader.sqlite else f" OFFSET {offset:d}"
        ids = [i for (i,) in reader.rows(page, _open_at_params(as_of, due_before, filter_params))]
        # The details by explicit ids, a chunk at a time: joined to the page as a subquery,
        # PostgreSQL (which cannot tell that open dossiers are the recent ones) expects ten
        # times the rows and merges them with the whole primary key.
        details = {}
        for chunk in range(0, len(ids), DETAIL_CHUNK):
            part = ids[chunk:chunk + DETAIL_CHUNK]
            for row in reader.rows(_details(reader, len(part)),
                                   (as_of,) * DETAIL_MOMENTS + tuple(part)):
                details[row[0]] = row[1:]
    end_of_day = datetime.combine(as_of.date() + timedelta(days=1), time())
    # Rows come by due date, so most share theirs with the row before: each due day's
    # working days late are counted once.
    days_late: dict[date, int] = {}
    result = []
    for dossier_id in ids:
        (code, procedure, name, applicant, received_at, due_at, unit_name, officer_name,
         apology, handed_to, reason_kind, reason, step_name, step_unit) = details[dossier_id]
        received_at, due_at = reader.moment(received_at), reader.moment(due_at)
        if due_at < past_due:
            late = days_late.get(due_at.date())
            if late is None:
                late = days_late[due_at.date()] = overdue_working_days(
                    due_at, as_of, calendar, lateness=lateness)
        else:
            late = 0
        result.append(OverdueRow(
            code, procedure, name, applicant, received_at, due_at, late, unit_name or "",
            officer_name or "", bool(apology), _urgency(due_at, past_due, end_of_day),
            officer_name or handed_to or "", reason_kind or "", reason or "",
            step_name or "", step_unit or "",
        ))
    return result


# The as-of moments `_details` binds before the ids.
DETAIL_MOMENTS = 8


def _details(reader: DirectReader, ids: int) -> str:
    """SQL for what a row shows as it stood at the as-of moment (DETAIL_MOMENTS
    parameters), for `ids` dossier ids: the officer named on the dossier, else the receiver
    of the latest hand-over; an apology letter or its event; the unit the latest hand-over
    went to; the kind and note of the latest step of REASON_KINDS; the process step in
    progress then (started by then, not done by then: for an as-of moment now, the
    dossier's own `step_position`) and the unit that held it."""
    transfer = ("FROM dossier_event e WHERE e.dossier_id = d.id AND e.kind = 'transferred' "
                "AND e.at <= ? ORDER BY e.id DESC LIMIT 1")
    receiver = f"(SELECT {reader.json_text('e.data', 'receiver')} {transfer})"
    to_unit = (f"(SELECT coalesce({reader.json_text('e.data', 'to_unit')}, tu.name) "
               f"{transfer.replace('WHERE', 'LEFT JOIN unit tu ON tu.id = e.unit_id WHERE')})")
    kinds = ", ".join(f"'{kind}'" for kind in REASON_KINDS)
    reason = ("FROM dossier_event r WHERE r.dossier_id = d.id AND r.at <= ? "
              f"AND r.kind IN ({kinds}) ORDER BY r.id DESC LIMIT 1")
    # One search of the dossier's steps, the step's row then by its key.
    step = ("(SELECT t.id FROM dossier_step t WHERE t.dossier_id = d.id AND t.started_at <= ? "
            "AND (t.done_at IS NULL OR t.done_at > ?) ORDER BY t.position DESC LIMIT 1)")
    return (
        f"SELECT d.id, d.code, p.code, p.name, d.applicant_name, d.received_at, d.due_at, "
        f"u.name, coalesce(o.full_name, {receiver}, ''), "
        "(EXISTS (SELECT 1 FROM letter l WHERE l.dossier_id = d.id AND l.kind = 'apology' "
        "AND l.issued_at <= ?) OR EXISTS (SELECT 1 FROM dossier_event a WHERE "
        "a.dossier_id = d.id AND a.kind = 'apology_issued' AND a.at <= ?)), "
        f"{to_unit}, (SELECT r.kind {reason}), (SELECT r.note {reason}), "
        "s.name, coalesce(su.name, s.unit) "
        "FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id "
        "JOIN procedure p ON p.id = v.procedure_id LEFT JOIN unit u ON u.id = d.unit_id "
        "LEFT JOIN app_user o ON o.id = d.officer_id "
        f"LEFT JOIN dossier_step s ON s.id = {step} "
        "LEFT JOIN unit su ON su.id = s.holder_unit_id "
        f"WHERE d.id IN ({', '.join('?' * ids)})")


def _urgency(due_at: datetime, past_due: datetime, end_of_day: datetime) -> str:
    if due_at < past_due:
        return "overdue"
    return "due_today" if due_at < end_of_day else "due_soon"


def step_key(row: OverdueRow) -> str:
    """The group of `by="step"`: the step in progress and the unit holding it, as
    "Thẩm định, xử lý – Phòng Kinh tế"; "" when the row has no step in progress."""
    if not row.step_name:
        return ""
    return f"{row.step_name} – {row.step_unit}" if row.step_unit else row.step_name


_GROUP_KEYS: dict[str, Callable[[OverdueRow], str]] = {
    "unit": lambda row: row.unit,
    "procedure": lambda row: row.procedure_code,
    "step": step_key,
}


def group_overdue(rows: Iterable[OverdueRow], by: str) -> list[OverdueGroup]:
    """Counts per unit (`by="unit"`), per procedure code (`by="procedure"`) or per step in
    progress and the unit holding it (`by="step"`, keys from `step_key`), the groups with
    the most overdue first; "due soon" covers both due today and due by the next working
    day's end."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {GROUPINGS}, not {by!r}")
    group_key = _GROUP_KEYS[by]
    counts: dict[str, list[int]] = {}
    for row in rows:
        key = group_key(row)
        total, late, soon, bare = counts.setdefault(key, [0, 0, 0, 0])
        counts[key] = [total + 1, late + (row.urgency == "overdue"),
                       soon + (row.urgency != "overdue"), bare + (not row.apology_issued)]
    groups = [OverdueGroup(key, *values) for key, values in counts.items()]
    return sorted(groups, key=lambda g: (-g.overdue, -g.total, g.key))


def overdue_json(row: OverdueRow) -> dict:
    """One row as FORMATS.md "overdue" prints it, with the extra keys the screen shows."""
    return {
        "code": row.code,
        "procedure_code": row.procedure_code,
        "applicant_name": row.applicant_name,
        "received_at": row.received_at,
        "due_at": row.due_at,
        "overdue_working_days": row.overdue_working_days,
        "unit": row.unit,
        "apology_issued": row.apology_issued,
        "procedure_name": row.procedure_name,
        "officer": row.officer,
        "urgency": row.urgency,
        "step_name": row.step_name,
        "step_unit": row.step_unit,
    }


def group_json(group: OverdueGroup) -> dict:
    """One group as `overdue --group` prints it."""
    return {"group": group.key, "total": group.total, "overdue": group.overdue,
            "due_soon": group.due_soon, "without_apology": group.without_apology}


def export_rows(desk: Desk, rows: Sequence[OverdueRow], path: str,
                as_of: datetime, progress: Callable[[int, int], None]) -> str:
    """Runs in a pool thread: the spreadsheet, written whole or not at all, once the export
    of these applicants' names is authorised and audited. `progress` may raise to cancel,
    up to the moment the file takes its place."""
    exports.record_export(desk, "overdue list (xlsx)", len(rows))

    def write(temporary: str) -> None:
        write_overdue_xlsx(rows, temporary, as_of, progress)
        # The last moment to stop: a task's progress callback raises once cancelled.
        progress(0, 0)

    write_atomically(path, write)
    return path
