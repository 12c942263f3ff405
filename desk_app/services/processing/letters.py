"""Apology letters (form 04) and the printing of every numbered letter of a dossier: the
supplement request (02), the refusal after processing (03), the apology (04, PDF and .docx),
the stop notice (05).

An apology's new appointment is kept on the letter and in the `apology_issued` event; it never
replaces the dossier's due date, so the statistics still count lateness against the original
appointment. `apology_status` says whether the latest new appointment was kept.

Decided here, where the rules are silent:
- A letter that gives a new appointment for the second time (or more) for the same dossier is
  a second extension: it needs a named supervisor (or admin) as the actor and the reason for
  the confirmation, both kept on the letter.
- A delay needs a new appointment; an apology for errors only may give one or not.
- The apology is issued by the unit that caused the delay (Decree 118): by default the unit
  whose step overran its due moment most (domain/process_steps.most_overrun), else, when no
  step overran or the desk's did, the office itself. A unit's letter prints the unit under the
  office's parent agency in its heading and speaks in the unit's name; the number stays the
  office's (its counter and abbreviation), since the desk issues and records every letter.
- Letter numbers are "NN/XL-<agency abbreviation>" (stop notices "NN/TB-…"), counted per
  agency and year; the template is form data, the abbreviation the office setting
  `agency_abbreviation` (else the initials of the agency's name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.documents.apology import ApologyDocument, render_apology
from desk_app.documents.apology_docx import render_apology_docx
from desk_app.documents.forms import UnknownFormError, form_text
from desk_app.documents.intake_slips import (
    MissingDocument,
    RefusalDocument,
    SupplementRequestDocument,
    render_refusal,
    render_supplement_request,
)
from desk_app.documents.stop_notice import StopNoticeDocument, render_stop_notice
from desk_app.domain.apology import (
    ApologyRuleError,
    abbreviation,
    appointment_state,
    check_new_due,
    suggest_new_due,
)
from desk_app.domain.process_steps import most_overrun
from desk_app.domain.processing_clocks import LatenessNotice, latest_notice
from desk_app.domain.text import nfc
from desk_app.files import save
from desk_app.services import audit, dossier_steps
from desk_app.services.actors import Actor, require
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.document_qr import dossier_qr
from desk_app.services.dossiers import DossierDetail, _detail, _load, reads_full_id
from desk_app.services.errors import NotFound, PermissionDenied, UserError
from desk_app.services.office import read_settings
from desk_app.services.processing.lifecycle import (
    append_event,
    check_allowed,
    issue_letter,
    signer_lines,
)
from desk_app.services.reception.receipts import office_header
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, Letter, Unit

KIND_NAMES_VI = {
    "apology": "văn bản xin lỗi",
    "supplement_request": "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    "refusal": "phiếu từ chối giải quyết hồ sơ",
    "stop_notice": "thông báo dừng giải quyết hồ sơ",
    "closing_notice": "thông báo đóng hồ sơ",
}
CONFIRMING_ROLES = ("supervisor", "admin")
MAX_UNIT = 255


@dataclass(frozen=True)
class IssuedApology:
    letter_id: int
    number: int
    number_text: str
    new_due_at: datetime | None
    # How many letters of this dossier have given a new appointment, this one included.
    extensions: int


@dataclass(frozen=True)
class ApologyStatus:
    """The apologies of one dossier and whether the latest new appointment was kept."""

    apologies: int
    extensions: int
    latest_letter_id: int | None
    latest_number_text: str
    new_due_at: datetime | None
    # none | pending | kept | missed | withdrawn (see domain.apology.appointment_state)
    state: str
    due_at: datetime | None
    completed_at: datetime | None


def _apologies(session: Session, dossier_id: int) -> list[Letter]:
    return list(session.execute(
        select(Letter).where(Letter.dossier_id == dossier_id, Letter.kind == "apology")
        .order_by(Letter.id)).scalars())


def _latest_new_due(letters: Sequence[Letter]) -> datetime | None:
    dates = [letter.new_due_at for letter in letters if letter.new_due_at is not None]
    return dates[-1] if dates else None


def number_text(settings: dict[str, str], letter: Letter) -> str:
    """The number as printed ("07/XL-TTPVHCC"), with the abbreviation kept on the letter (the
    office's present one for letters recorded without it); plain digits where the form set
    has no template for that kind."""
    key = letter.kind if letter.kind in ("stop_notice", "closing_notice") else "apology"
    short = ((letter.data or {}).get("abbreviation") or settings.get("agency_abbreviation")
             or abbreviation(settings["agency_name"]))
    try:
        form = form_text(settings["form_set"], key)
        return form.text("number_format", number=letter.number, abbreviation=short)
    except UnknownFormError:
        return f"{letter.number:02d}"


def suggest_new_date(desk: Desk, code: str, now: datetime | None = None) -> datetime:
    """The new appointment to offer: domain.apology.EXTENSION_WORKING_DAYS working days after
    the later of now and the appointment it replaces (the last new one, else the due date)."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        dossier = _load(session, code)
        replaces = _latest_new_due(_apologies(session, dossier.id)) or dossier.due_at
        return suggest_new_due(load_calendar(session), replaces, now)


def _delaying_unit(session: Session, dossier: Dossier, now: datetime) -> str:
    """The unit whose step overran most, or the office (its agency name) when none did or
    the desk's did."""
    calendar = load_calendar(session)
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    steps = dossier_steps.replay(dossier.version, calendar, dossier.events, names)
    worst = most_overrun(steps, calendar, now)
    unit = (worst.holder or worst.unit) if worst is not None else ""
    if not unit or unit == dossier_steps.DESK_NAME:
        return read_settings(session)["agency_name"]
    return unit


def apology_unit(desk: Desk, code: str, now: datetime | None = None) -> str:
    """The unit that issues the dossier's apology unless the leader chooses another."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        return _delaying_unit(session, _load(session, code), now)


def _signer(signer_title: str, signer_name: str) -> tuple[tuple[str, ...], str]:
    titles = [line for part in signer_title.splitlines() for line in part.split("|")]
    return signer_lines([*titles, signer_name])


@retrying
def issue_apology(desk: Desk, code: str, reason: str, new_due_at: datetime | None,
                  signer_title: str, signer_name: str,
                  errors: Sequence[str] = (), confirmation_reason: str = "",
                  at: datetime | None = None,
                  issuing_unit: str | None = None) -> IssuedApology:
    """Issue a numbered apology (form 04) for a delay (`reason`, with `new_due_at`) and/or
    for `errors`. `signer_title` holds the authority and title lines ("KT. GIÁM ĐỐC" and
    "PHÓ GIÁM ĐỐC", separated by a new line or "|"). `issuing_unit` None or blank: the unit
    that caused the delay (`apology_unit`)."""
    require(desk.user, "dossier.apology")
    reason = " ".join(nfc(reason).split())
    errors = [" ".join(nfc(error).split()) for error in errors]
    errors = [error for error in errors if error]
    if not reason and not errors and new_due_at is None:
        # Decree 118 Art. 19(6): the unit's written notice gives the reason and the date.
        with read_scope(desk.url) as session:
            notice = _lateness_notice(_load(session, code))
        if notice is not None:
            reason, new_due_at = notice.reason, notice.proposed_due_at
    if not reason and not errors:
        raise UserError("Lý do: cần lý do chậm trễ hoặc ít nhất một sai sót")
    if reason and new_due_at is None:
        raise UserError("Ngày hẹn mới: cần có khi xin lỗi vì trễ hẹn")
    signer = _signer(signer_title, signer_name)
    confirmation_reason = " ".join(nfc(confirmation_reason).split())
    issuing_unit = " ".join(nfc(issuing_unit or "").split())
    if len(issuing_unit) > MAX_UNIT:
        raise UserError(f"Đơn vị xin lỗi: dài quá {MAX_UNIT} ký tự")
    now = desk.now()
    at = (at or now).replace(second=0, microsecond=0)
    if new_due_at is not None:
        new_due_at = new_due_at.replace(second=0, microsecond=0)
    with session_scope(desk.url) as session:
        # The letter is printed at once: an office that cannot print it must not number it.
        office_header(read_settings(session))
        dossier = _load(session, code)
        check_allowed(dossier, "apology_issued")
        earlier = _apologies(session, dossier.id)
        extensions = sum(letter.new_due_at is not None for letter in earlier)
        if new_due_at is not None:
            replaces = _latest_new_due(earlier) or dossier.due_at
            try:
                check_new_due(load_calendar(session), new_due_at, now, replaces)
            except ApologyRuleError as exc:
                raise UserError(str(exc)) from exc
            extensions += 1
            if extensions > 1:
                _check_confirmation(desk.user, confirmation_reason)
        data = {
            "issuing_unit": issuing_unit or _delaying_unit(session, dossier, at),
            "errors": errors,
            "missed_due_at": dossier.due_at.isoformat(timespec="minutes")
            if dossier.due_at else None,
            "extension": extensions if new_due_at is not None else 0,
        }
        if new_due_at is not None and extensions > 1:
            data |= {"confirmation_reason": confirmation_reason,
                     "confirmed_by": desk.user.full_name or desk.user.username}
        letter = issue_letter(session, dossier, "apology", at, desk.user, reason, signer,
                              new_due_at, data)
        event_data = {"letter_id": letter.id, "number": letter.number,
                      "new_due_at": new_due_at.isoformat(timespec="minutes")
                      if new_due_at else None}
        before, state = append_event(session, dossier, "apology_issued", desk.user, at,
                                     note=reason or "; ".join(errors), data=event_data)
        audit.record(session, desk.user, now, "dossier.apology_issued", "dossier", code, before,
                     {"status": state.status, "due_at": state.due_at, **event_data,
                      "reason": reason, "errors": errors,
                      "issuing_unit": data["issuing_unit"], **{
                          k: v for k, v in data.items() if k.startswith("confirm")}})
        return IssuedApology(letter.id, letter.number,
                             number_text(read_settings(session), letter),
                             new_due_at, extensions if new_due_at is not None else 0)


def _lateness_notice(dossier: Dossier) -> LatenessNotice | None:
    return latest_notice((e.kind, e.at, e.data or {})
                         for e in sorted(dossier.events, key=lambda e: e.id))


def _check_confirmation(actor: Actor, confirmation_reason: str) -> None:
    """A second extension is confirmed by a named leader, with the reason for it."""
    if actor.role not in CONFIRMING_ROLES or actor.user_id is None:
        raise PermissionDenied(
            "Gia hạn lần thứ hai: cần lãnh đạo xác nhận (đăng nhập bằng tài khoản lãnh đạo; "
            "trên dòng lệnh: desk-admin --user TÊN_LÃNH_ĐẠO … --confirm-reason LÝ_DO)")
    if not confirmation_reason:
        raise UserError("Lý do xác nhận gia hạn lần thứ hai: không được để trống")


def apology_status(desk: Desk, code: str, now: datetime | None = None) -> ApologyStatus:
    now = now or desk.now()
    with read_scope(desk.url) as session:
        return _apology_status(session, _load(session, code), now)


def _apology_status(session: Session, dossier: Dossier, now: datetime) -> ApologyStatus:
    letters = _apologies(session, dossier.id)
    new_due = _latest_new_due(letters)
    latest = letters[-1] if letters else None
    settings = read_settings(session)
    return ApologyStatus(
        apologies=len(letters),
        extensions=sum(letter.new_due_at is not None for letter in letters),
        latest_letter_id=latest.id if latest else None,
        latest_number_text=number_text(settings, latest) if latest else "",
        new_due_at=new_due,
        state=appointment_state(new_due, dossier.completed_at, dossier.withdrawn_at, now,
                                lateness=settings["lateness"]),
        due_at=dossier.due_at, completed_at=dossier.completed_at,
    )


@dataclass(frozen=True)
class DossierView:
    """What the dossier window shows, from one snapshot."""

    detail: DossierDetail
    apology: ApologyStatus
    # The latest letter id of each kind the dossier has: what its window offers to print.
    letters: dict[str, int]


def dossier_view(desk: Desk, code: str, now: datetime | None = None) -> DossierView:
    """The dossier, its apology status and its latest letters, read in one transaction. Here
    rather than in services/dossiers.py, on which the letters build."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        dossier = _load(session, code)
        rows = session.execute(
            select(Letter.kind, Letter.id).where(Letter.dossier_id == dossier.id)
            .order_by(Letter.id)).all()
        return DossierView(_detail(session, dossier, now, reads_full_id(desk)),
                           _apology_status(session, dossier, now),
                           {kind: letter_id for kind, letter_id in rows})


def last_signer(desk: Desk) -> tuple[str, ...]:
    """The signer lines (titles, then name) of the office's latest apology: the same leader
    usually signs the next one."""
    with read_scope(desk.url) as session:
        letter = session.execute(
            select(Letter).where(Letter.kind == "apology").order_by(Letter.id.desc()).limit(1)
        ).scalar_one_or_none()
        if letter is None:
            return ()
        return (*letter.signer_title.splitlines(), letter.signer_name)


def latest_letter_id(desk: Desk, code: str, kind: str) -> int:
    """The dossier's latest letter of that kind; NotFound naming the kind when none."""
    with read_scope(desk.url) as session:
        dossier = _load(session, code)
        letter_id = session.execute(
            select(Letter.id).where(Letter.dossier_id == dossier.id, Letter.kind == kind)
            .order_by(Letter.id.desc()).limit(1)).scalar_one_or_none()
        if letter_id is None:
            raise NotFound(f"Mã hồ sơ: hồ sơ '{code}' chưa có {KIND_NAMES_VI.get(kind, kind)}")
        return letter_id


def _letter(session: Session, letter_id: int, kind: str) -> tuple[Letter, Dossier]:
    letter = session.get(Letter, letter_id)
    if letter is None or letter.kind != kind or letter.dossier_id is None:
        raise NotFound(f"{KIND_NAMES_VI[kind].capitalize()} số {letter_id}: không có")
    return letter, session.get(Dossier, letter.dossier_id)


def _titles(letter: Letter) -> tuple[str, ...]:
    return tuple(line for line in letter.signer_title.splitlines() if line)


def apology_document(desk: Desk, letter_id: int) -> ApologyDocument:
    with read_scope(desk.url) as session:
        letter, dossier = _letter(session, letter_id, "apology")
        settings = read_settings(session)
        data = letter.data or {}
        # Letters recorded without it (bulk demo data) missed the dossier's due date.
        missed = data.get("missed_due_at", dossier.due_at and dossier.due_at.isoformat())
        header = office_header(settings)
        # Letters recorded before the issuing unit was kept were the office's own.
        unit = data.get("issuing_unit") or header.agency_name
        return ApologyDocument(
            header=replace(header, agency_name=unit), number=number_text(settings, letter),
            received_by=header.agency_name,
            issued_on=letter.issued_at.date(), applicant_name=dossier.applicant_name,
            code=dossier.code, received_at=dossier.received_at,
            missed_due=datetime.fromisoformat(missed) if missed else None,
            delay_reason=letter.reason, errors=tuple(data.get("errors", ())),
            new_due=letter.new_due_at, signer_titles=_titles(letter),
            signer_name=letter.signer_name,
            qr_payload=dossier_qr(session, settings, dossier, "apology", letter.issued_at),
        )


def write_apology_pdf(desk: Desk, letter_id: int, target: Path | BinaryIO, copies: int = 1
                      ) -> None:
    document = apology_document(desk, letter_id)
    save(target, lambda out: render_apology(document, out, copies))


def write_apology_docx(desk: Desk, letter_id: int, target: Path | BinaryIO) -> None:
    document = apology_document(desk, letter_id)
    save(target, lambda out: render_apology_docx(document, out))


def write_stop_notice(desk: Desk, code: str, target: Path | BinaryIO, copies: int = 1) -> None:
    """The dossier's latest stop notice (form 05); the 2018 form set has none to print."""
    letter_id = latest_letter_id(desk, code, "stop_notice")
    with read_scope(desk.url) as session:
        letter, dossier = _letter(session, letter_id, "stop_notice")
        settings = read_settings(session)
        header = office_header(settings)
        try:
            form_text(header.form_set, "stop_notice")
        except UnknownFormError as exc:
            raise UserError(
                f"Bộ biểu mẫu {header.form_set} không có mẫu Thông báo dừng giải quyết hồ sơ "
                "(chỉ bộ 2025 có mẫu số 05); đổi bộ biểu mẫu: desk-admin office set form_set "
                "2025") from exc
        document = StopNoticeDocument(
            header=header, number=number_text(settings, letter),
            issued_on=letter.issued_at.date(), applicant_name=dossier.applicant_name,
            code=dossier.code, received_at=dossier.received_at, reason=letter.reason,
            signer_titles=_titles(letter), signer_name=letter.signer_name,
            legal_basis=(letter.data or {}).get("legal_basis", ""),
            qr_payload=dossier_qr(session, settings, dossier, "stop_notice", letter.issued_at),
        )
    save(target, lambda out: render_stop_notice(document, out, copies))


def _slip_fields(session: Session, letter: Letter, dossier: Dossier) -> dict:
    settings = read_settings(session)
    return dict(
        header=office_header(settings), issued_on=letter.issued_at.date(),
        applicant_name=dossier.applicant_name, applicant_address=dossier.address,
        applicant_phone=dossier.phone, applicant_email=dossier.email,
        procedure_code=dossier.version.procedure.code,
        procedure_name=dossier.version.procedure.name, clerk_name=letter.signer_name,
        code=dossier.code,
        qr_payload=dossier_qr(session, settings, dossier, letter.kind, letter.issued_at),
    )


def write_supplement_request(desk: Desk, code: str, target: Path | BinaryIO,
                             copies: int = 1) -> None:
    """The dossier's latest request for supplements, on form 02 with the dossier code."""
    letter_id = latest_letter_id(desk, code, "supplement_request")
    with read_scope(desk.url) as session:
        letter, dossier = _letter(session, letter_id, "supplement_request")
        document = SupplementRequestDocument(
            **_slip_fields(session, letter, dossier),
            items=tuple(MissingDocument(name, detail) for name, detail in letter.data["lines"]),
            reason=letter.reason)
    save(target, lambda out: render_supplement_request(document, out, copies))


def write_refusal(desk: Desk, code: str, target: Path | BinaryIO, copies: int = 1) -> None:
    """The dossier's refusal after processing, on form 03 with the dossier code."""
    letter_id = latest_letter_id(desk, code, "refusal")
    with read_scope(desk.url) as session:
        letter, dossier = _letter(session, letter_id, "refusal")
        document = RefusalDocument(
            **_slip_fields(session, letter, dossier),
            reasons=tuple(reason for reason, _ in letter.data["lines"]),
            legal_basis=letter.reason)
    save(target, lambda out: render_refusal(document, out, copies))
