"""The integrity check (`desk-admin check`): the file or the tables sound, foreign keys whole,
the schema current, and every dossier's stored due date, status and milestones equal to their
recomputation from its events, and its identifying content equal to the keyed hash its newest
audit entry recorded (a row edited outside the program)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desk_app.services import audit, dossier_steps
from desk_app.services.actors import require
from desk_app.services.clock import derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.digitisation import stored_files
from desk_app.services.errors import UserError
from desk_app.services.safety.sqlite_file import sqlite_path, structure
from desk_app.store import migrate
from desk_app.store.audit_seal import ROW_FIELDS, row_digest
from desk_app.store.db import session_scope
from desk_app.store.models import (
    AuditEntry,
    Base,
    Dossier,
    DossierEvent,
    DossierStep,
    ProcedureVersion,
    Unit,
)

DERIVED_FIELDS = ("due_at", "status", "completed_at", "returned_at", "withdrawn_at")


@dataclass(frozen=True)
class Finding:
    """One thing `check` found wrong: its kind, the dossier code (if any) and what differs."""

    kind: str  # integrity | foreign_key | schema | events | derived | content | file
    code: str
    field: str
    stored: str
    derived: str
    detail: str


@dataclass(frozen=True)
class CheckReport:
    dossiers: int
    problems: int
    findings: tuple[Finding, ...]  # the first ones, at most `limit`

    @property
    def ok(self) -> bool:
        return self.problems == 0


def check(desk: Desk, batch: int = 1000, limit: int = 20, orphans: bool = True) -> CheckReport:
    """Integrity, foreign keys, schema revision, and every dossier's stored due date, status
    and milestones against their recomputation from its events, `batch` dossiers at a time;
    every digitised file's hash, and (`orphans`) the stored files no dossier names.
    Reports the first `limit` findings and how many there are in all."""
    findings: list[Finding] = []
    problems = 0

    def found(finding: Finding) -> None:
        nonlocal problems
        problems += 1
        if len(findings) < limit:
            findings.append(finding)

    path = sqlite_path(desk.url)
    structural = _sqlite_structure(path) if path is not None else _postgres_structure(desk.url)
    for finding in structural:
        found(finding)
    if any(f.kind == "integrity" for f in structural):
        return CheckReport(0, problems, tuple(findings))
    current, head = migrate.current_revision(desk.url), migrate.head_revision()
    if current != head:
        found(Finding("schema", "", "revision", current or "", head or "",
                      "lược đồ chưa cập nhật: chạy desk-admin init"))
        return CheckReport(0, problems, tuple(findings))
    dossiers = 0
    for finding in _derived_findings(desk.url, batch):
        if finding is None:
            dossiers += 1
        else:
            found(finding)
    for problem in stored_files.check(desk.url, orphans):
        found(Finding("file", problem.code, problem.kind, problem.sha256, "", problem.detail))
    return CheckReport(dossiers, problems, tuple(findings))


def edited_dossiers(desk: Desk, batch: int = 1000) -> list[str]:
    """The codes of the dossiers whose content differs from the hash their audit entries
    recorded (what `audit verify` adds to the chain), `batch` dossiers at a time."""
    require(desk.user, "audit.read")
    with session_scope(desk.url) as session:
        if audit.recorded_key_id(session) is None:
            return []
        key = audit.chain_key(session)
    columns = [Dossier.id, *(getattr(Dossier, name) for name in ROW_FIELDS)]
    edited, last_id = [], 0
    while True:
        with session_scope(desk.url) as session:
            rows = session.execute(
                select(*columns).where(Dossier.id > last_id).order_by(Dossier.id).limit(batch)
            ).all()
            if not rows:
                return edited
            recorded = _recorded_row_hashes(session, [row.code for row in rows])
        edited += [row.code for row in rows
                   if row.code in recorded and row_digest(key, row) != recorded[row.code]]
        last_id = rows[-1].id


def _sqlite_structure(path: Path) -> list[Finding]:
    return [Finding(kind, "", "", "", "", message) for kind, message in structure(path)]


def _postgres_structure(url: str) -> list[Finding]:
    """Every table read through (a damaged page fails the read), then rows whose foreign key
    points nowhere (possible when triggers were disabled, e.g. by a careless restore)."""
    findings = []
    with session_scope(url) as session:
        for table in Base.metadata.sorted_tables:
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for constraint in table.foreign_key_constraints:
                element = constraint.elements[0]
                child = element.parent
                # An alias: a table may refer to itself (a reused file to its origin).
                referenced = element.column.table.alias("referenced")
                parent = referenced.c[element.column.name]
                orphans = session.execute(
                    select(func.count()).select_from(
                        table.outerjoin(referenced, child == parent))
                    .where(child.is_not(None), parent.is_(None))
                ).scalar_one()
                if orphans:
                    findings.append(Finding(
                        "foreign_key", "", f"{table.name}.{child.name}", "", "",
                        f"{orphans} dòng trỏ tới {element.column.table.name} không tồn tại"))
    return findings


def _derived_findings(url: str, batch: int) -> Iterator[Finding | None]:
    """None per dossier checked, a Finding per difference; one short transaction per batch
    so that a check of a big database never holds the counters up."""
    with session_scope(url) as session:
        calendar = load_calendar(session)
        versions = {v.id: v for v in session.execute(select(ProcedureVersion)).scalars()}
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        # A database whose trail was never sealed (nothing recorded yet) has no row hashes.
        key, key_problem = None, ""
        if audit.recorded_key_id(session):
            try:
                key = audit.chain_key(session)
            except UserError as exc:
                key_problem = str(exc)
    if key_problem:
        # The rest of the check still means something on a PC without the key.
        yield Finding("content", "", "audit_key", "", "", key_problem)
    names = dict.fromkeys(("id", *ROW_FIELDS, *DERIVED_FIELDS, "step_due_at"))
    columns = [getattr(Dossier, name) for name in names]
    last_id = 0
    while True:
        with session_scope(url) as session:
            rows = session.execute(
                select(*columns).where(Dossier.id > last_id).order_by(Dossier.id).limit(batch)
            ).all()
            if not rows:
                return
            events: dict[int, list[DossierEvent]] = {row.id: [] for row in rows}
            for event in session.execute(
                select(DossierEvent).where(DossierEvent.dossier_id.in_(list(events)))
                .order_by(DossierEvent.dossier_id, DossierEvent.id)
            ).scalars():
                events[event.dossier_id].append(event)
            recorded = _recorded_row_hashes(session, [row.code for row in rows]) if key else {}
            steps = _stored_steps(session, list(events))
            for row in rows:
                yield from _compare(row, versions[row.procedure_version_id], calendar,
                                    events[row.id])
                yield from _compare_steps(row, versions[row.procedure_version_id], calendar,
                                          events[row.id], steps.get(row.id, []), units)
                if key is not None and row.code in recorded:
                    yield from _compare_content(row, key, recorded[row.code])
            last_id = rows[-1].id


def _recorded_row_hashes(session, codes: list[str]) -> dict[str, str]:
    """Each dossier's row hash from its newest entry that recorded one. Dossiers made without
    an entry of their own (the demo generator's) have none and are not compared."""
    newest = (
        select(AuditEntry.entity_key, func.max(AuditEntry.id).label("id"))
        .where(AuditEntry.entity == "dossier", AuditEntry.entity_key.in_(codes),
               AuditEntry.row_hash.is_not(None))
        .group_by(AuditEntry.entity_key).subquery()
    )
    return dict(session.execute(
        select(AuditEntry.entity_key, AuditEntry.row_hash)
        .join(newest, AuditEntry.id == newest.c.id)
    ).all())


def _compare_content(row, key: bytes, recorded: str) -> Iterator[Finding]:
    if row_digest(key, row) != recorded:
        yield Finding("content", row.code, "dossier", "", "",
                      "nội dung hồ sơ (người nộp, giấy tờ tuỳ thân, điện thoại, địa chỉ, thủ "
                      "tục, thời điểm nhận...) bị sửa ngoài chương trình: khác mã băm trong "
                      "nhật ký thay đổi")


def _compare(row, version, calendar, events: list[DossierEvent]) -> Iterator[Finding | None]:
    yield None
    if not events or events[0].kind != "received":
        yield Finding("events", row.code, "events", "", "received",
                      "hồ sơ không có sự kiện tiếp nhận đầu tiên")
        return
    try:
        state = derive(version, calendar, events)
    except ValueError as exc:
        yield Finding("events", row.code, "events", "", "", f"không tính lại được: {exc}")
        return
    for name in DERIVED_FIELDS:
        stored, derived = getattr(row, name), getattr(state, name)
        if stored != derived:
            yield Finding("derived", row.code, name, _text(stored), _text(derived),
                          "giá trị lưu khác giá trị tính lại từ các sự kiện")


def _stored_steps(session, dossier_ids: list[int]) -> dict[int, list[DossierStep]]:
    found: dict[int, list[DossierStep]] = {}
    for step in session.execute(
        select(DossierStep).where(DossierStep.dossier_id.in_(dossier_ids))
        .order_by(DossierStep.dossier_id, DossierStep.position)
    ).scalars():
        found.setdefault(step.dossier_id, []).append(step)
    return found


def _compare_steps(row, version, calendar, events: list[DossierEvent],
                   stored: list[DossierStep], units: dict[int, str]) -> Iterator[Finding]:
    if not events or events[0].kind != "received":
        return
    try:
        derived = dossier_steps.replay(version, calendar, events, units)
    except ValueError:
        return  # _compare has reported why the events cannot be replayed
    ids = {name: id_ for id_, name in units.items()}
    for field, was, now in dossier_steps.compare(stored, derived, row.step_due_at,
                                                 ids):
        yield Finding("derived", row.code, field, _text(was), _text(now),
                      "bước quy trình nội bộ lưu khác giá trị tính lại từ các sự kiện")


def _text(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)
