"""Decree 118/2025's clocks beside the due date (domain.processing_clocks): the acceptance of an
online dossier within 8 working hours, the applicant's 15 days to complete a dossier (then the
dossier is closed with its notice), and the unit's written notice of expected lateness, which
the apology takes its reason and proposed date from.

Decided here, where the rules are silent:
- The lateness notice is an event (`lateness_notice`, data: reason, proposed date, the unit);
  recording another replaces nothing: the latest is the one in force.
- A dossier is closed only when the supplement clock has run out, by a person, who is offered
  it on the warnings; the closing notice is a numbered letter ("NN/TB-…", as a stop notice).
- A dossier without a notice (or an apology) is warned about from the opening of the working
  day before its due day until its due moment (after that it is overdue, which the overdue
  list says).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from desk_app.documents.closing_notice import ClosingNoticeDocument, render_closing_notice
from desk_app.domain import processing_clocks as clocks
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.processing_clocks import LatenessNotice
from desk_app.domain.text import nfc
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.files import save
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.document_qr import dossier_qr
from desk_app.services.dossiers import _load
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.services.processing.letters import (
    _lateness_notice,
    _letter,
    _titles,
    latest_letter_id,
    number_text,
)
from desk_app.services.processing.lifecycle import (
    ActionResult,
    _audit,
    _current_unit,
    _moment,
    _result,
    append_event,
    check_allowed,
    issue_letter,
)
from desk_app.services.reception.receipts import office_header
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, Letter


@dataclass(frozen=True)
class DossierClocks:
    """One dossier's Decree 118 clocks at a moment (None / "" where one does not apply)."""

    acceptance_due_at: datetime | None
    accepted_at: datetime | None
    # within | due_soon | overdue while the online dossier awaits acceptance, else "".
    acceptance_class: str
    supplement_due_at: datetime | None
    supplement_expired: bool
    lateness_notice: LatenessNotice | None
    # Open, due from the next working day on, and no notice of lateness recorded.
    lateness_unannounced: bool


def _supplement_request(dossier: Dossier):
    requests = [e for e in dossier.events if e.kind == "supplement_requested"]
    return requests[-1] if requests else None


def _clocks(dossier: Dossier, calendar: WorkCalendar, settings: dict[str, str],
            now: datetime) -> DossierClocks:
    events = sorted(dossier.events, key=lambda e: e.id)
    acceptance = clocks.acceptance_due(dossier.channel, dossier.received_at, calendar)
    accepted = clocks.accepted_at((e.kind, e.at) for e in events)
    waiting = acceptance is not None and accepted is None and dossier.status == "received"
    supplement_due = None
    request = _supplement_request(dossier)
    if dossier.status == "supplement_requested" and request is not None:
        supplement_due = clocks.supplement_deadline(
            request.at, int(settings["supplement_days"]), calendar)
    notice = _lateness_notice(dossier)
    # An apology already issued tells the applicant: nothing is left to announce.
    apologised = any(e.kind == "apology_issued" for e in events)
    unannounced = (dossier.status in OPEN_STATUSES and dossier.due_at is not None
                   and notice is None and not apologised and now <= dossier.due_at
                   and clocks.lateness_warning_from(dossier.due_at, calendar) <= now)
    return DossierClocks(
        acceptance_due_at=acceptance, accepted_at=accepted,
        acceptance_class=clocks.clock_class(acceptance, now, calendar) if waiting else "",
        supplement_due_at=supplement_due,
        supplement_expired=supplement_due is not None and supplement_due < now,
        lateness_notice=notice, lateness_unannounced=unannounced)


def dossier_clocks(desk: Desk, code: str, now: datetime | None = None) -> DossierClocks:
    """Read as `dossiers.show` reads: the dossier window shows it to whoever may open it."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        return _clocks(_load(session, code), load_calendar(session), read_settings(session),
                       now)


@dataclass(frozen=True)
class ClockWarning:
    """A dossier one of the clocks warns about: `kind` is `acceptance` (an online dossier to
    accept, due soon or overdue), `supplement_expired` (to close, with its notice) or
    `lateness_unannounced` (due from the next working day, no notice of lateness)."""

    code: str
    applicant_name: str
    kind: str
    due_at: datetime
    status: str


def warnings(desk: Desk, now: datetime | None = None) -> list[ClockWarning]:
    """Every warning of the three clocks at `now`, the earliest deadline first."""
    require(desk.user, "dossier.read")
    now = now or desk.now()
    found: list[ClockWarning] = []
    with read_scope(desk.url) as session:
        calendar = load_calendar(session)
        settings = read_settings(session)
        horizon = calendar.closing(calendar.next_working_day(now.date()))
        candidates = session.execute(select(Dossier).where(
            ((Dossier.status == "received") & (Dossier.channel == "online"))
            | (Dossier.status == "supplement_requested")
            | (Dossier.status.in_(OPEN_STATUSES) & (Dossier.due_at <= horizon)
               & (Dossier.due_at >= now)))).scalars()
        for dossier in candidates:
            state = _clocks(dossier, calendar, settings, now)
            for kind, due, warned in (
                    ("acceptance", state.acceptance_due_at,
                     state.acceptance_class in ("due_soon", "overdue")),
                    ("supplement_expired", state.supplement_due_at, state.supplement_expired),
                    ("lateness_unannounced", dossier.due_at, state.lateness_unannounced)):
                if warned:
                    found.append(ClockWarning(dossier.code, dossier.applicant_name, kind, due,
                                              dossier.status))
    return sorted(found, key=lambda w: (w.due_at, w.code, w.kind))


@retrying
def record_lateness_notice(desk: Desk, code: str, reason: str, proposed_due_at: datetime,
                           at: datetime | None = None) -> LatenessNotice:
    """The processing unit's written notice that the dossier will be late (Art. 19(6))."""
    require(desk.user, "dossier.process")
    reason = " ".join(nfc(reason).split())
    if not reason:
        raise UserError("Lý do dự kiến trễ hạn: không được để trống")
    at = _moment(at)
    proposed_due_at = proposed_due_at.replace(second=0, microsecond=0)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        check_allowed(dossier, "lateness_notice")
        if dossier.due_at is not None and proposed_due_at <= dossier.due_at:
            raise UserError(f"Ngày hẹn đề nghị: phải sau ngày hẹn {dossier.due_at:%H:%M %d/%m/%Y}")
        unit = _current_unit(session, dossier)
        data = {"reason": reason, "unit": unit,
                "proposed_due_at": proposed_due_at.isoformat(timespec="minutes")}
        before, state = append_event(session, dossier, "lateness_notice", desk.user, at,
                                     note=reason, data=data)
        _audit(session, desk.user, "lateness_notice", code, before, state, **data)
        return LatenessNotice(at, reason, proposed_due_at, unit)


def apology_defaults(desk: Desk, code: str) -> LatenessNotice | None:
    """The notice an apology takes its reason and proposed date from, if the unit sent one."""
    with read_scope(desk.url) as session:
        return _lateness_notice(_load(session, code))


@retrying
def close_unsupplemented(desk: Desk, code: str, at: datetime | None = None) -> ActionResult:
    """Close the dossier whose supplement clock ran out, numbering its closing notice."""
    require(desk.user, "dossier.process")
    at = _moment(at)
    with session_scope(desk.url) as session:
        dossier = _load(session, code)
        check_allowed(dossier, "closed")
        state = _clocks(dossier, load_calendar(session), read_settings(session), at)
        if not state.supplement_expired:
            raise UserError(f"Đóng hồ sơ: thời hạn bổ sung còn đến "
                            f"{state.supplement_due_at:%H:%M %d/%m/%Y}")
        request = _supplement_request(dossier)
        data = {"supplement_requested_at": request.at.isoformat(timespec="minutes"),
                "request_letter_id": (request.data or {}).get("letter_id"),
                "deadline": state.supplement_due_at.isoformat(timespec="minutes"),
                "days": int(read_settings(session)["supplement_days"])}
        letter = issue_letter(session, dossier, "closing_notice", at, desk.user,
                              data=data)
        before, derived = append_event(session, dossier, "closed", desk.user, at,
                                       data={"letter_id": letter.id, "number": letter.number})
        _audit(session, desk.user, "closed", code, before, derived, letter_number=letter.number)
        return _result(code, "closed", derived, letter)


def write_closing_notice(desk: Desk, code: str, target: Path | BinaryIO, copies: int = 1
                         ) -> None:
    letter_id = latest_letter_id(desk, code, "closing_notice")
    with session_scope(desk.url) as session:
        letter, dossier = _letter(session, letter_id, "closing_notice")
        settings = read_settings(session)
        data = letter.data or {}
        request = session.get(Letter, data["request_letter_id"]) \
            if data.get("request_letter_id") else None
        requested_at = datetime.fromisoformat(data["supplement_requested_at"])
        document = ClosingNoticeDocument(
            header=office_header(settings), number=number_text(settings, letter),
            issued_on=letter.issued_at.date(), applicant_name=dossier.applicant_name,
            code=dossier.code, received_at=dossier.received_at,
            requested_on=requested_at.date(),
            request_number=f"{request.number:02d}" if request else "",
            deadline=datetime.fromisoformat(data["deadline"]).date(),
            days=int(data["days"]),
            signer_titles=_titles(letter), signer_name=letter.signer_name,
            qr_payload=dossier_qr(session, settings, dossier, "closing_notice",
                                  letter.issued_at))
    save(target, lambda out: render_closing_notice(document, out, copies))
