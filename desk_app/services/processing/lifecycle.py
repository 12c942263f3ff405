"""Recording what happens to a dossier after intake: each step is an event, and the stored
due date and status are recomputed from all events in the same transaction.

One function per action at the desk or in a processing unit. Each is one transaction: the
event (with what the action needs in its data), the numbered letter when the action issues one
(form 02 supplement request, form 03 refusal, form 05 stop notice), the derived due date and
status, and the audit entry. An action the dossier's state does not allow changes nothing.

Decided here, where the rules are silent:
- A supplement arrives at the desk (a clerk) or at the unit (an officer): either may record it.
- A refusal after processing is printed on form 03 with the dossier code, numbered with the
  refusals issued at the counter.
- A return in person needs the collector's name and the number of the ID paper shown; a return
  by post needs the tracking number.
- When a result is ready or refused after an apology gave a new appointment, the event records
  whether that appointment was kept (the statistics still count against the original one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.apology import ApologyRuleError, abbreviation, parse_signer
from desk_app.domain.lateness import is_past_due
from desk_app.domain.lifecycle import IllegalTransition, next_status
from desk_app.domain.text import nfc
from desk_app.services import audit
from desk_app.services import dossier_steps as steps
from desk_app.services.actors import Actor, require
from desk_app.services.clock import DerivedState, apply_derived, derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.dossiers import _load
from desk_app.services.errors import UserError
from desk_app.services.lateness import lateness_rule
from desk_app.services.notices import outbox
from desk_app.services.office import read_settings, require_settings
from desk_app.services.units import unit_id
from desk_app.store.db import retrying, session_scope
from desk_app.store.models import Dossier, DossierEvent, Letter, Unit
from desk_app.store.sequences import next_number

PERMISSION_FOR = {
    "transferred": "dossier.transfer",
    "returned": "dossier.return",
    "withdrawn": "dossier.return",
    "apology_issued": "dossier.apology",
}
DESK_NAME = steps.DESK_NAME
MAX_TEXT = 2000


@dataclass(frozen=True)
class ActionResult:
    """What an action left behind: the dossier's new status and due date, and the numbered
    letter it issued, if any."""

    code: str
    kind: str
    status: str
    due_at: datetime | None
    letter_id: int | None = None
    letter_number: int | None = None


def _required(value: str, field: str) -> str:
    text = " ".join(nfc(value).split())
    if not text:
        raise UserError(f"{field}: không được để trống")
    if len(text) > MAX_TEXT:
        raise UserError(f"{field}: dài quá {MAX_TEXT} ký tự")
    return text


def _moment(at: datetime | None) -> datetime:
    return (at or config.now()).replace(second=0, microsecond=0)


def check_allowed(dossier: Dossier, kind: str) -> None:
    """UserError (in Vietnamese) when the dossier's state does not allow that event."""
    try:
        next_status(dossier.status, kind)
    except IllegalTransition as exc:
        raise UserError(str(exc)) from exc


def append_event(session: Session, dossier: Dossier, kind: str, actor: Actor, at: datetime,
                 unit: str = "", note: str = "", data: dict | None = None
                 ) -> tuple[dict, DerivedState]:
    """Append one event in the caller's transaction and recompute the derived copies;
    returns (the state before, the state after). An illegal step raises UserError first."""
    check_allowed(dossier, kind)
    last = max((e.at for e in dossier.events), default=at)
    if at < last:
        raise UserError(f"Thời điểm: {at:%H:%M %d/%m/%Y} trước sự kiện gần nhất của hồ sơ")
    before = {"status": dossier.status, "due_at": dossier.due_at}
    event = DossierEvent(kind=kind, at=at, actor_id=actor.user_id,
                         unit_id=unit_id(session, nfc(unit)), note=nfc(note), data=data or {})
    dossier.events.append(event)
    if kind == "transferred" and event.unit_id and _first_unit(dossier, event):
        # The lead unit (the report's, the overdue list's, the control sheet's) is the first
        # the desk sent the dossier to; the holder of each step is kept with the steps.
        dossier.unit_id = event.unit_id
    session.flush()
    calendar = load_calendar(session)
    state = derive(dossier.version, calendar, list(dossier.events))
    apply_derived(dossier, state)
    steps.refresh(session, dossier, calendar)
    outbox.on_event(session, dossier, kind, at, nfc(note), event.data)
    return before, state


def _first_unit(dossier: Dossier, event: DossierEvent) -> bool:
    """Whether this hand-over is the first one to a unit other than the desk."""
    if (event.data or {}).get("to_unit") == DESK_NAME:
        return False
    return not any(e.kind == "transferred" and e is not event
                   and (e.data or {}).get("to_unit") != DESK_NAME for e in dossier.events)


def _audit(session: Session, actor: Actor, kind: str, code: str, before: dict,
           state: DerivedState, **extra) -> None:
    audit.record(session, actor, config.now(), f"dossier.{kind}", "dossier", code, before,
                 {"status": state.status, "due_at": state.due_at, **extra})


@retrying
def record_event(desk: Desk, code: str, kind: str,
                 at: datetime | None = None, unit: str = "", note: str = "",
                 data: dict | None = None) -> str:
    """Append one event and return the new status; an illegal step changes nothing."""
    require(desk.user, PERMISSION_FOR.get(kind, "dossier.process"))
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        before, state = append_event(session, dossier, kind, desk.user, at, unit, note, data)
        _audit(session, desk.user, kind, code, before, state, note=nfc(note))
        return state.status


def signer_lines(signer: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """(title lines, name) of a letter's signer; UserError naming "Người ký" when malformed."""
    try:
        return parse_signer(signer)
    except ApologyRuleError as exc:
        raise UserError(str(exc)) from exc


def issue_letter(session: Session, dossier: Dossier, kind: str, at: datetime, actor: Actor,
                 reason: str = "", signer: tuple[tuple[str, ...], str] | None = None,
                 new_due_at: datetime | None = None, data: dict | None = None) -> Letter:
    """A numbered letter of the dossier, in the caller's transaction.

    Numbers run per kind, agency and year (the counter intake slips use too, so a refusal
    after processing follows the counter's refusals). The agency abbreviation printed in the
    number ("07/XL-TTPVHCC") is kept as it was on the day of issue.
    """
    settings = read_settings(session)
    require_settings(settings, "agency_code")
    agency = settings["agency_code"]
    number = next_number(session, f"letter:{kind}:{agency}", date(at.year, 1, 1))
    titles, name = signer if signer is not None else ((), actor.full_name)
    short = settings.get("agency_abbreviation") or abbreviation(settings["agency_name"])
    letter = Letter(
        dossier_id=dossier.id, kind=kind, agency=agency, year=at.year, number=number,
        issued_at=at, reason=reason, new_due_at=new_due_at, signer_title="\n".join(titles),
        signer_name=name, data={"abbreviation": short, **(data or {})},
    )
    session.add(letter)
    session.flush()
    return letter


def _letter_data(letter: Letter) -> dict:
    return {"letter_id": letter.id, "number": letter.number, "year": letter.year}


def _result(code: str, kind: str, state: DerivedState, letter: Letter | None = None
            ) -> ActionResult:
    return ActionResult(code, kind, state.status, state.due_at,
                        letter.id if letter else None, letter.number if letter else None)


def _current_unit(session: Session, dossier: Dossier) -> str:
    """Where the dossier is now: the unit of its last hand-over, else the desk."""
    transfers = [e for e in dossier.events if e.kind == "transferred"]
    if not transfers:
        return DESK_NAME
    last = transfers[-1]
    if (last.data or {}).get("to_unit"):
        return last.data["to_unit"]
    name = session.execute(select(Unit.name).where(Unit.id == last.unit_id)).scalar_one_or_none()
    return name or DESK_NAME


def _noted_step(desk: Desk, code: str, kind: str, note: str, at: datetime | None,
                facts: Callable[[Session, Dossier, datetime], dict] | None = None
                ) -> ActionResult:
    """A step that carries only a note, plus the `facts` it records about the dossier then;
    the caller has checked the permission."""
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        data = facts(session, dossier, at) if facts else {}
        before, state = append_event(session, dossier, kind, desk.user, at, note=note, data=data)
        _audit(session, desk.user, kind, code, before, state, note=nfc(note), **data)
        return _result(code, kind, state)


@retrying
def transfer(desk: Desk, code: str, to_unit: str, receiver: str, note: str = "",
             at: datetime | None = None) -> ActionResult:
    """Hand the dossier over, desk to unit or unit to unit; the giver is the actor."""
    require(desk.user, "dossier.transfer")
    to_unit = _required(to_unit, "Đơn vị nhận")
    receiver = _required(receiver, "Người nhận")
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        data = {"giver": desk.user.full_name or desk.user.username, "receiver": receiver,
                "from_unit": _current_unit(session, dossier), "to_unit": to_unit}
        officer = steps.receiver_officer(session, to_unit, receiver)
        if officer is not None:
            data["officer_id"] = officer
        before, state = append_event(session, dossier, "transferred", desk.user, at, to_unit, note,
                                     data)
        _audit(session, desk.user, "transferred", code, before, state, **data)
        return _result(code, "transferred", state)


@retrying
def request_supplement(desk: Desk, code: str, missing: Sequence[tuple[str, str]], reason: str,
                       at: datetime | None = None) -> ActionResult:
    """Ask the applicant for missing papers (form 02): the clock pauses until they arrive."""
    require(desk.user, "dossier.process")
    lines = [(nfc(name), nfc(detail)) for name, detail in missing if nfc(name)]
    if not lines:
        raise UserError("Giấy tờ cần bổ sung: cần ít nhất một dòng")
    reason = _required(reason, "Lý do")
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        # The state is checked before a number is taken, so an illegal request wastes none.
        check_allowed(dossier, "supplement_requested")
        letter = issue_letter(session, dossier, "supplement_request", at, desk.user, reason,
                              data={"lines": [list(line) for line in lines]})
        before, state = append_event(session, dossier, "supplement_requested", desk.user, at,
                                     note=reason, data=_letter_data(letter))
        _audit(session, desk.user, "supplement_requested", code, before, state,
               letter_number=letter.number, missing=[name for name, _ in lines])
        return _result(code, "supplement_requested", state, letter)


@retrying
def receive_supplement(desk: Desk, code: str, note: str = "",
                       at: datetime | None = None) -> ActionResult:
    """The requested papers arrived: the clock runs again by the procedure's rule."""
    if not desk.user.may("dossier.receive"):
        require(desk.user, "dossier.process")
    return _noted_step(desk, code, "supplement_received", note, at)


@retrying
def stop(desk: Desk, code: str, reason: str, at: datetime | None = None,
         legal_basis: str = "", signer: Sequence[str] = ()) -> ActionResult:
    """Stop processing with a written notice (form 05 of the 2025 set); the clock pauses.

    `signer`: the notice's signer lines as for an apology ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
    name); without them the notice carries the actor's name only.
    """
    require(desk.user, "dossier.process")
    reason = _required(reason, "Lý do dừng giải quyết")
    signed = signer_lines(signer) if signer else None
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        check_allowed(dossier, "stopped")
        letter = issue_letter(session, dossier, "stop_notice", at, desk.user, reason, signed,
                              data={"legal_basis": nfc(legal_basis)})
        before, state = append_event(session, dossier, "stopped", desk.user, at, note=reason,
                                     data=_letter_data(letter))
        _audit(session, desk.user, "stopped", code, before, state, letter_number=letter.number,
               reason=reason)
        return _result(code, "stopped", state, letter)


@retrying
def resume(desk: Desk, code: str, note: str = "",
           at: datetime | None = None) -> ActionResult:
    """Processing goes on after a stop: the remaining time runs again."""
    require(desk.user, "dossier.process")
    return _noted_step(desk, code, "resumed", note, at)


def _kept(session: Session, dossier: Dossier, at: datetime) -> dict:
    """Whether the latest new appointment given by an apology is met by a result at `at`."""
    new_due = session.execute(
        select(Letter.new_due_at).where(Letter.dossier_id == dossier.id,
                                        Letter.kind == "apology",
                                        Letter.new_due_at.is_not(None))
        .order_by(Letter.id.desc()).limit(1)
    ).scalar_one_or_none()
    if new_due is None:
        return {}
    return {"new_due_at": new_due.isoformat(timespec="minutes"),
            "new_appointment_kept": not is_past_due(new_due, at, lateness_rule(session))}


@retrying
def result_ready(desk: Desk, code: str, note: str = "",
                 at: datetime | None = None, valid_until: date | None = None) -> ActionResult:
    """The result is ready (back at the desk): the moment that counts as resolved.

    `valid_until`: the last day the result is valid, None for a result without a time limit;
    recorded in the event's data (`valid_until`, ISO day or null) for the hand-over slip and
    its QR code (Circular 01/2023 Art. 26: a result carries its validity)."""
    require(desk.user, "dossier.process")
    moment = _moment(at)
    if valid_until is not None and valid_until < moment.date():
        raise UserError(f"Hiệu lực đến ngày: {valid_until:%d/%m/%Y} trước ngày có kết quả "
                        f"{moment:%d/%m/%Y}")

    def facts(session: Session, dossier: Dossier, when: datetime) -> dict:
        validity = valid_until.isoformat() if valid_until is not None else None
        return {**_kept(session, dossier, when), "valid_until": validity}

    return _noted_step(desk, code, "result_ready", note, moment, facts=facts)


@retrying
def refuse(desk: Desk, code: str, reasons: Sequence[str],
           at: datetime | None = None, legal_basis: str = "") -> ActionResult:
    """A reasoned refusal after processing (counts as resolved), printed on form 03."""
    require(desk.user, "dossier.process")
    lines = [" ".join(nfc(reason).split()) for reason in reasons]
    lines = [line for line in lines if line]
    if not lines:
        raise UserError("Lý do từ chối: cần ít nhất một lý do")
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        check_allowed(dossier, "refused")
        letter = issue_letter(session, dossier, "refusal", at, desk.user, nfc(legal_basis),
                              data={"lines": [[line, ""] for line in lines]})
        data = _letter_data(letter) | _kept(session, dossier, at)
        before, state = append_event(session, dossier, "refused", desk.user, at,
                                     note="; ".join(lines), data=data)
        _audit(session, desk.user, "refused", code, before, state, letter_number=letter.number,
               reasons=lines)
        return _result(code, "refused", state, letter)


@retrying
def return_result(desk: Desk, code: str, collector_name: str = "",
                  collector_id: str = "", by_post: bool = False, tracking_number: str = "",
                  at: datetime | None = None, note: str = "") -> ActionResult:
    """Hand the result to the applicant (or whoever collects it, with an ID paper) or post it."""
    require(desk.user, "dossier.return")
    if by_post:
        if nfc(collector_name) or nfc(collector_id):
            raise UserError("Người nhận kết quả: gửi qua bưu chính thì không ghi người nhận "
                            "tại Bộ phận Một cửa")
        data = {"by_post": True, "tracking_number": _required(tracking_number, "Số vận đơn")}
    else:
        if nfc(tracking_number):
            raise UserError("Số vận đơn: chỉ ghi khi gửi kết quả qua bưu chính")
        data = {"by_post": False,
                "collector_name": _required(collector_name, "Người nhận kết quả"),
                "collector_id": _required(collector_id, "Giấy tờ tùy thân của người nhận")}
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        before, state = append_event(session, dossier, "returned", desk.user, at, note=note,
                                     data=data)
        _audit(session, desk.user, "returned", code, before, state, **data)
        return _result(code, "returned", state)


@retrying
def withdraw(desk: Desk, code: str, reason: str,
             at: datetime | None = None) -> ActionResult:
    """The applicant withdraws the dossier (on request, with the reason given)."""
    require(desk.user, "dossier.return")
    reason = _required(reason, "Lý do rút hồ sơ")
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        before, state = append_event(session, dossier, "withdrawn", desk.user, at, note=reason)
        _audit(session, desk.user, "withdrawn", code, before, state, reason=reason)
        return _result(code, "withdrawn", state)
