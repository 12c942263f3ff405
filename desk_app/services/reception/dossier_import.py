"""`dossier import`: bulk intake and old registers moved in, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desk_app import config
from desk_app.domain.catalog import DocumentLine, missing_required, stored_documents
from desk_app.domain.intake import IntakeRequest, validate_intake
from desk_app.domain.lifecycle import IllegalTransition, replay
from desk_app.domain.validation import (
    ValidationError,
    check_moment,
    check_not_after,
    clean_text,
    parse_datetime,
)
from desk_app.services import audit
from desk_app.services import dossier_steps as steps
from desk_app.services.actors import Actor, require
from desk_app.services.clock import apply_derived, derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.notices import outbox
from desk_app.services.office import read_settings, require_settings
from desk_app.services.reception.intake import (
    allocate_code,
    handed_in,
    register_entry,
    search_key,
)
from desk_app.services.rules.catalog import procedure_at
from desk_app.services.rules.tabular import read_rows
from desk_app.services.units import unit_id
from desk_app.store.db import retrying, session_scope
from desk_app.store.models import Dossier, DossierEvent

REQUIRED = ("procedure_code", "applicant_name", "received_at")
# How far ahead of the clock a receipt may be: a PC whose clock is a little behind the one that
# wrote the file, never a date typed with the wrong year (2080).
RECEIVED_AHEAD = timedelta(days=1)
# Every column of a dossier file (FORMATS.md): another is a misspelling ("adress"), refused
# rather than its values dropped.
COLUMNS = frozenset(REQUIRED + (
    "code", "applicant_kind", "id_number", "phone", "email", "address", "channel", "due_at",
    "completed_at", "returned_at", "withdrawn_at", "status", "unit", "note", "documents",
    "notify"))
# Where a request field is checked under another name in the file.
FIELD_COLUMNS = {
    "Họ tên người nộp": "applicant_name", "Loại người nộp": "applicant_kind",
    "Số CCCD": "id_number", "Mã số thuế": "id_number", "Số điện thoại": "phone",
    "Email": "email", "Hình thức nộp": "channel", "Thủ tục": "procedure_code",
    "Địa chỉ": "address", "Ghi chú": "note", "Đơn vị xử lý": "unit",
    "Nhận thông báo qua": "notify",
}


class RowError(UserError):
    def __init__(self, row: int, column: str, reason: str):
        super().__init__(f"Dòng {row}, cột {column}: {reason}")


@dataclass(frozen=True)
class _Row:
    number: int
    code: str
    request: IntakeRequest
    received_at: datetime
    events: tuple[tuple[str, datetime], ...]
    due_at: datetime | None
    # The checklist positions handed in (1-based); None: the column absent or the cell empty,
    # the procedure's required papers.
    documents: tuple[int, ...] | None


def _moment(row: dict[str, str], column: str, number: int) -> datetime | None:
    text = (row.get(column) or "").strip()
    if not text:
        return None
    try:
        return check_moment(parse_datetime(text, column), column)
    except ValidationError as exc:
        raise RowError(number, column, exc.message) from exc


def _events(row: dict[str, str], number: int, received_at: datetime):
    events: list[tuple[str, datetime]] = []
    status = (row.get("status") or "").strip()
    if row.get("unit", "").strip():
        events.append(("transferred", received_at))
    if status in ("supplement_requested", "stopped"):
        events.append((status, received_at))
    completed = _moment(row, "completed_at", number)
    if completed:
        events.append(("refused" if status == "refused" else "result_ready", completed))
    returned = _moment(row, "returned_at", number)
    if returned:
        events.append(("returned", returned))
    withdrawn = _moment(row, "withdrawn_at", number)
    if withdrawn:
        events.append(("withdrawn", withdrawn))
    for kind, at in events:
        if at < received_at:
            column = {"result_ready": "completed_at", "refused": "completed_at"}.get(
                kind, f"{kind}_at")
            raise RowError(number, column, "trước thời điểm tiếp nhận")
    try:
        derived = replay([("received", received_at), *events]).status
    except IllegalTransition as exc:
        raise RowError(number, "status", f"các mốc thời gian mâu thuẫn ({exc})") from exc
    if status and status != derived and not (status == "in_progress" and derived == "received"):
        raise RowError(number, "status",
                       f"'{status}' không khớp với các mốc thời gian (suy ra '{derived}')")
    if status == "in_progress" and not events:
        events.append(("transferred", received_at))
    return tuple(events)


def _positions(row: dict[str, str], number: int) -> tuple[int, ...] | None:
    text = (row.get("documents") or "").strip()
    if not text:
        return None
    positions = []
    for item in (i.strip() for i in text.split(";")):
        if not item:
            continue
        if not item.isdigit() or int(item) < 1:
            raise RowError(number, "documents", f"'{item}' không phải số thứ tự giấy tờ "
                           "(dùng các số 1, 2, 3… cách nhau bằng dấu ;)")
        if int(item) in positions:
            raise RowError(number, "documents", f"giấy tờ thứ {item} ghi hai lần")
        positions.append(int(item))
    return tuple(sorted(positions))


def _documents(row: _Row, listed: tuple[DocumentLine, ...]) -> list[DocumentLine]:
    """The papers the row says were handed in, all the required ones among them."""
    if row.documents is None:
        return [d for d in listed if not d.optional]
    beyond = [p for p in row.documents if p > len(listed)]
    if beyond:
        raise RowError(row.number, "documents", f"giấy tờ thứ {beyond[0]} không có: thủ tục "
                       f"{row.request.procedure_code} có {len(listed)} giấy tờ")
    lines = [listed[p - 1] for p in row.documents]
    missing = missing_required(listed, lines)
    if missing:
        position = listed.index(missing[0]) + 1
        raise RowError(row.number, "documents", f"thiếu giấy tờ bắt buộc thứ {position} "
                       f"'{missing[0].name}'; hồ sơ thiếu giấy tờ không được tiếp nhận")
    return lines


def parse_rows(rows: list[dict[str, str]], now: datetime) -> list[_Row]:
    parsed = []
    seen_codes: dict[str, int] = {}
    for index, row in enumerate(rows):
        number = index + 2
        if not any((v or "").strip() for v in row.values()):
            continue
        for column in REQUIRED:
            if not (row.get(column) or "").strip():
                raise RowError(number, column, "bắt buộc, đang để trống")
        request = IntakeRequest(
            procedure_code=row["procedure_code"].strip(),
            applicant_name=row["applicant_name"],
            applicant_kind=(row.get("applicant_kind") or "person").strip(),
            id_number=row.get("id_number") or "", phone=row.get("phone") or "",
            email=row.get("email") or "", address=row.get("address") or "",
            channel=(row.get("channel") or "direct").strip(), note=row.get("note") or "",
            unit=row.get("unit") or "",
            notify=tuple(part.strip().lower() for part in (row.get("notify") or "").split(";")
                         if part.strip()),
        )
        try:
            request = validate_intake(request)
        except ValidationError as exc:
            raise RowError(number, FIELD_COLUMNS.get(exc.field, exc.field), exc.message) from exc
        received_at = _moment(row, "received_at", number)
        try:
            check_not_after(received_at, now + RECEIVED_AHEAD, "received_at")
        except ValidationError as exc:
            raise RowError(number, "received_at", exc.message) from exc
        due_at = _moment(row, "due_at", number)
        if due_at is not None and due_at < received_at:
            raise RowError(number, "due_at", "trước thời điểm tiếp nhận")
        try:
            code = clean_text(row.get("code"), "code", max_length=64)
        except ValidationError as exc:
            raise RowError(number, "code", exc.message) from exc
        if code in seen_codes:
            raise RowError(number, "code", f"'{code}' trùng với dòng {seen_codes[code]}")
        if code:
            seen_codes[code] = number
        parsed.append(_Row(number, code, request, received_at,
                           _events(row, number, received_at), due_at,
                           _positions(row, number)))
    if not parsed:
        raise UserError("Tệp không có dòng hồ sơ nào")
    return parsed


@retrying
def import_file(desk: Desk, path: Path) -> list[str]:
    """Create every dossier of the file, or none; returns the codes in file order."""
    require(desk.user, "dossier.receive")
    try:
        rows = parse_rows(read_rows(path, COLUMNS), desk.now())
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    codes = []
    with session_scope(desk.url) as session:
        settings = read_settings(session)
        require_settings(settings, "agency_code")
        calendar = load_calendar(session)
        for row in rows:
            codes.append(_create(session, settings, calendar, row, desk.user))
    return codes


def _create(session, settings, calendar, row: _Row, actor: Actor) -> str:
    try:
        procedure, version = procedure_at(session, row.request.procedure_code, row.received_at)
    except UserError as exc:
        raise RowError(row.number, "procedure_code", str(exc)) from exc
    documents = _documents(row, stored_documents(version.documents))
    if row.code:
        if session.execute(select(Dossier.id).where(Dossier.code == row.code)).first():
            raise RowError(row.number, "code", f"'{row.code}' đã có trong sổ")
        code = row.code
    else:
        code = allocate_code(session, settings, row.received_at, procedure.agency_code)
    book, number = register_entry(session, settings, row.received_at)
    request = row.request
    dossier = Dossier(
        code=code, version=version, applicant_kind=request.applicant_kind,
        applicant_name=request.applicant_name, id_number=request.id_number,
        phone=request.phone, email=request.email, address=request.address,
        channel=request.channel, fee=version.fee, note=request.note,
        received_at=row.received_at, unit_id=unit_id(session, request.unit),
        received_by_id=actor.user_id, register_book=book, register_number=number,
        search_key=search_key(code, request.applicant_name, request.phone, request.id_number),
    )
    dossier.documents = handed_in(documents)
    fixed = {"due_at": row.due_at.isoformat(timespec="minutes")} if row.due_at else {}
    dossier.events.append(DossierEvent(kind="received", at=row.received_at,
                                       actor_id=actor.user_id, data={**fixed, "import": True}))
    for kind, at in row.events:
        dossier.events.append(DossierEvent(kind=kind, at=at, actor_id=actor.user_id,
                                           unit_id=dossier.unit_id, data={"import": True}))
    session.add(dossier)
    session.flush()
    if request.notify:
        # The consent only: an imported register's past steps notify nobody, its next ones do.
        outbox.save_consent(session, dossier, request.notify, actor, row.received_at)
    try:
        state = derive(version, calendar, list(dossier.events))
    except ValueError as exc:
        raise RowError(row.number, "status", str(exc)) from exc
    apply_derived(dossier, state)
    steps.refresh(session, dossier, calendar)
    audit.record(session, actor, config.now(), "dossier.import", "dossier", code, None,
                 {"procedure": procedure.code, "received_at": row.received_at,
                  "status": state.status, "due_at": state.due_at})
    return code
