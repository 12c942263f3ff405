"""Finding and showing dossiers: paged search, one dossier's whole story."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from desk_app.domain.catalog import DocumentLine
from desk_app.domain.deadlines import classify_open, classify_resolved
from desk_app.domain.lateness import Lateness
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.privacy import mask_id
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.clock import derive, load_calendar, load_calendar_direct
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound
from desk_app.services.lateness import lateness_rule, lateness_rule_direct
from desk_app.services.supervision import counts
from desk_app.store.db import read_scope
from desk_app.store.direct import direct_reader
from desk_app.store.fulltext import text_match
from desk_app.store.models import (
    Dossier,
    Letter,
    Procedure,
    ProcedureVersion,
    Unit,
    User,
)


@dataclass(frozen=True)
class DossierQuery:
    text: str = ""
    status: str = ""
    procedure_code: str = ""
    unit: str = ""
    received_from: date | None = None
    received_to: date | None = None
    # One of counts.URGENCY_FILTERS: overdue, due soon or needing an apology now.
    urgency: str = ""


@dataclass(frozen=True)
class DossierRow:
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    channel: str
    received_at: datetime
    due_at: datetime | None
    status: str
    unit: str
    # within | due_soon | overdue | paused for open dossiers; early | on_time | late when
    # resolved; "" when withdrawn.
    deadline_class: str
    apology_issued: bool = False
    # Masked ("0011******45") in lists for roles without "personal.list".
    id_number: str = ""
    # With received_at, the key a next page continues after (`search(after=...)`).
    dossier_id: int = 0


@dataclass(frozen=True)
class EventInfo:
    kind: str
    at: datetime
    actor: str
    unit: str
    note: str
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DossierDetail:
    row: DossierRow
    applicant_kind: str
    id_number: str
    phone: str
    email: str
    address: str
    delivery: str
    sets: int
    fee: str
    note: str
    time_limit: str
    register_book: str
    register_number: int | None
    completed_at: datetime | None
    returned_at: datetime | None
    withdrawn_at: datetime | None
    explanation: str
    documents: tuple[DocumentLine, ...]
    events: tuple[EventInfo, ...]


def deadline_class(status: str, due_at: datetime | None, completed_at: datetime | None,
                   now: datetime, calendar: WorkCalendar | None, lateness: Lateness) -> str:
    """The row's class; the calendar is read only for an open dossier's."""
    if status in OPEN_STATUSES:
        return ("paused" if due_at is None
                else classify_open(due_at, now, calendar, lateness=lateness))
    if completed_at is not None and due_at is not None:
        return classify_resolved(due_at, completed_at, lateness=lateness)
    return ""


def _row_query() -> Select:
    apology = (
        select(func.count()).select_from(Letter)
        .where(Letter.dossier_id == Dossier.id, Letter.kind == "apology")
        .correlate(Dossier).scalar_subquery()
    )
    return (
        select(Dossier, Procedure.code, Procedure.name, Unit.name, apology)
        .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
        .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
        .outerjoin(Unit, Dossier.unit_id == Unit.id)
    )


def _filtered(statement: Select, query: DossierQuery, matching=None,
              now: datetime | None = None, calendar: WorkCalendar | None = None,
              lateness: Lateness | None = None) -> Select:
    """The query's filters; `matching` is the text part (store.fulltext.text_match); `now`
    and `calendar` are needed for an urgency."""
    if query.urgency:
        statement = statement.where(counts.urgency_condition(query.urgency, now, calendar,
                                                             lateness))
    if matching is not None:
        statement = statement.where(matching)
    if query.status:
        statement = statement.where(Dossier.status == query.status)
    if query.procedure_code:
        statement = statement.where(Procedure.code == query.procedure_code)
    if query.unit:
        statement = statement.where(Unit.name == query.unit)
    if query.received_from:
        statement = statement.where(
            Dossier.received_at >= datetime.combine(query.received_from, time()))
    if query.received_to:
        statement = statement.where(
            Dossier.received_at < datetime.combine(query.received_to + timedelta(days=1),
                                                   time()))
    return statement


def _to_row(result, now: datetime, calendar: WorkCalendar, lateness: Lateness,
            full_id: bool) -> DossierRow:
    dossier, procedure_code, procedure_name, unit_name, apologies = result
    return DossierRow(
        dossier.code, procedure_code, procedure_name, dossier.applicant_name, dossier.channel,
        dossier.received_at, dossier.due_at, dossier.status, unit_name or "",
        deadline_class(dossier.status, dossier.due_at, dossier.completed_at, now, calendar,
                       lateness),
        bool(apologies), dossier.id_number if full_id else mask_id(dossier.id_number),
        dossier.id,
    )


def _joined(statement: Select, query: DossierQuery) -> Select:
    """Only the joins the filters need: on a million rows each join is a lookup per row."""
    if query.procedure_code:
        statement = (
            statement.join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
            .join(Procedure, ProcedureVersion.procedure_id == Procedure.id))
    if query.unit:
        statement = statement.join(Unit, Dossier.unit_id == Unit.id)
    return statement


def search(desk: Desk, query: DossierQuery, offset: int = 0, limit: int = 100,
           now: datetime | None = None,
           after: tuple[datetime, int] | None = None) -> list[DossierRow]:
    """One page of matching dossiers, newest first; ID numbers masked unless `actor` may
    see them in full in a list. `after` (a row's received_at and dossier_id) starts the page
    after that row: as quick deep in a million rows as at the top, unlike `offset`."""
    full_id = desk.actor is not None and desk.actor.may("personal.list")
    if query == DossierQuery(text=query.text) and not offset and after is None:
        scanned = _by_code(desk, query.text, now, full_id)
        if scanned:
            return scanned
    now = now or desk.now()
    with read_scope(desk.url) as session:
        match = text_match(session, query.text)
        newest_first = Dossier.received_at
        if match is not None and match.few:
            # Few matches: sorting them beats walking the received_at index through every
            # row (SQLite picks the index for ORDER BY ... LIMIT unless the sort key is an
            # expression). Many: the walk meets a page of them at once.
            newest_first = func.coalesce(Dossier.received_at, Dossier.received_at)
        calendar = load_calendar(session)
        page = _filtered(_joined(select(Dossier.id), query), query, match and match.condition,
                         now, calendar, lateness_rule(session))
        if after is not None:
            received_at, dossier_id = after
            page = page.where(
                Dossier.received_at <= received_at,
                or_(Dossier.received_at < received_at, Dossier.id < dossier_id))
        page = page.order_by(newest_first.desc(), Dossier.id.desc()).offset(offset).limit(limit)
        # The page's ids first, then the rows with their joins and apology count: the
        # candidates a search sorts are read once, not joined.
        ids = list(session.execute(page).scalars())
        statement = _row_query().where(Dossier.id.in_(ids)).order_by(
            func.coalesce(Dossier.received_at, Dossier.received_at).desc(), Dossier.id.desc())
        calendar, lateness = load_calendar(session), lateness_rule(session)
        return [_to_row(r, now, calendar, lateness, full_id)
                for r in session.execute(statement)]


_BY_CODE = (
    "SELECT d.id, d.code, p.code, p.name, d.applicant_name, d.channel, d.received_at, "
    "d.due_at, d.status, u.name, d.completed_at, d.id_number, EXISTS (SELECT 1 FROM letter l "
    "WHERE l.dossier_id = d.id AND l.kind = 'apology') FROM dossier d "
    "JOIN procedure_version v ON v.id = d.procedure_version_id "
    "JOIN procedure p ON p.id = v.procedure_id LEFT JOIN unit u ON u.id = d.unit_id "
    "WHERE d.code ")


def _by_code(desk: Desk, text_: str, now: datetime | None,
             full_id: bool) -> list[DossierRow]:
    """The dossier whose whole code was typed or scanned from a receipt's QR code, as typed
    or in capitals; [] when the text is no code. Read on the driver (store/direct.py): the
    counter does this for every citizen who comes back with a receipt."""
    typed = text_.strip()
    if not typed or " " in typed:
        return []
    with direct_reader(desk.url) as reader:
        if typed == typed.upper():
            found = reader.rows(_BY_CODE + "= ?", (typed,))
        else:
            found = reader.rows(_BY_CODE + "IN (?, ?)", (typed, typed.upper()))
        calendar = None
        lateness = lateness_rule_direct(reader)
        if any(row[8] in OPEN_STATUSES for row in found):
            calendar = load_calendar_direct(reader)
            now = now or desk.now()
    rows = []
    for (dossier_id, code, procedure_code, procedure_name, applicant, channel, received_at,
         due_at, status, unit_name, completed_at, id_number, apology) in found:
        due_at, completed_at = reader.moment(due_at), reader.moment(completed_at)
        rows.append(DossierRow(
            code, procedure_code, procedure_name, applicant, channel,
            reader.moment(received_at), due_at, status, unit_name or "",
            deadline_class(status, due_at, completed_at, now, calendar, lateness),
            bool(apology),
            id_number if full_id else mask_id(id_number), dossier_id))
    if len(rows) > 1:  # the code as typed and in capitals: newest first, as every search
        rows.sort(key=lambda r: (r.received_at, r.dossier_id), reverse=True)
    return rows


def count(desk: Desk, query: DossierQuery, now: datetime | None = None) -> int:
    now = now or desk.now()
    with read_scope(desk.url) as session:
        match = text_match(session, query.text)
        if match is not None and match.total is not None and query == DossierQuery(query.text):
            return session.execute(match.total).scalar_one()
        calendar = load_calendar(session) if query.urgency else None
        lateness = lateness_rule(session) if query.urgency else None
        statement = _filtered(_joined(select(func.count()).select_from(Dossier), query),
                              query, match and match.count_condition, now, calendar, lateness)
        return session.execute(statement).scalar_one()


def _load(session: Session, code: str) -> Dossier:
    dossier = session.execute(
        select(Dossier).where(Dossier.code == code)
        .options(selectinload(Dossier.events), selectinload(Dossier.documents))
    ).scalar_one_or_none()
    if dossier is None:
        raise NotFound(f"Mã hồ sơ: không có hồ sơ '{code}'")
    return dossier


def show(desk: Desk, code: str, now: datetime | None = None) -> DossierDetail:
    """One dossier's record; the ID number masked unless the desk's actor may read it."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        return _detail(session, _load(session, code), now, reads_full_id(desk))


def reads_full_id(desk: Desk) -> bool:
    """Whether one dossier's record shows its ID number whole to the desk's actor."""
    return desk.actor is not None and desk.actor.may("personal.read")


def _detail(session: Session, dossier: Dossier, now: datetime, full_id: bool) -> DossierDetail:
    """The dossier's whole story, in the caller's transaction (`letters.dossier_view` reads
    it with the dossier's letters); `full_id` False masks the ID number."""
    calendar = load_calendar(session)
    result = session.execute(_row_query().where(Dossier.id == dossier.id)).one()
    users = dict(session.execute(select(User.id, User.full_name)).all())
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    state = derive(dossier.version, calendar, list(dossier.events))
    return DossierDetail(
        row=_to_row(result, now, calendar, lateness_rule(session), full_id),
        applicant_kind=dossier.applicant_kind,
        id_number=dossier.id_number if full_id else mask_id(dossier.id_number),
        phone=dossier.phone, email=dossier.email, address=dossier.address,
        delivery=dossier.delivery, sets=dossier.sets, fee=dossier.fee, note=dossier.note,
        time_limit=dossier.version.time_limit, register_book=dossier.register_book,
        register_number=dossier.register_number, completed_at=dossier.completed_at,
        returned_at=dossier.returned_at, withdrawn_at=dossier.withdrawn_at,
        explanation=state.explanation,
        documents=tuple(DocumentLine(d.name, d.form, d.count) for d in dossier.documents),
        events=tuple(
            EventInfo(e.kind, e.at, users.get(e.actor_id, ""), units.get(e.unit_id, ""),
                      e.note, dict(e.data or {}))
            for e in dossier.events
        ),
    )
