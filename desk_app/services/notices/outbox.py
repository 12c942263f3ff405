"""The outbox: notices written in the transaction of the event that causes them, so that a
crash or a dead network never loses one and never holds up the counter; and the applicant's
consent, without which none is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.citizen_notices import (
    check_consent,
    default_template,
    international_phone,
    render,
)
from desk_app.domain.validation import ValidationError
from desk_app.services import audit
from desk_app.services.actors import Actor, require
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, UserError
from desk_app.services.notices.settings import Channels, zalo_templates
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, Letter, Notice, NoticeConsent

MOMENT = "%H:%M ngày %d/%m/%Y"
# What `notify list` and the screens call a notice a sender holds right now.
SHOWN_STATUS = {"pending": "pending", "sending": "pending", "sent": "sent", "failed": "failed"}


def save_consent(session: Session, dossier: Dossier, channels: tuple[str, ...], actor: Actor,
                 at: datetime) -> tuple[str, ...]:
    """Record (or change) the channels in the caller's transaction; checked against the
    dossier's contacts."""
    try:
        channels = check_consent(channels, email=dossier.email, phone=dossier.phone)
    except ValidationError as exc:
        raise UserError(str(exc)) from exc
    consent = session.get(NoticeConsent, dossier.id)
    if consent is None:
        consent = NoticeConsent(dossier_id=dossier.id)
        session.add(consent)
    consent.channels, consent.given_at, consent.given_by_id = ";".join(channels), at, \
        actor.user_id
    return channels


def consent_of(session: Session, dossier_id: int) -> tuple[str, ...]:
    consent = session.get(NoticeConsent, dossier_id)
    return tuple(c for c in consent.channels.split(";") if c) if consent else ()


@retrying
def change_consent(desk: Desk, code: str, channels: tuple[str, ...]) -> tuple[str, ...]:
    """The applicant changed their mind (at the desk, on the phone): noted in the audit."""
    require(desk.user, "dossier.receive")
    with session_scope(desk.url) as session:
        dossier = session.execute(select(Dossier).where(Dossier.code == code)).scalar_one_or_none()
        if dossier is None:
            raise NotFound(f"Mã hồ sơ: không có hồ sơ '{code}'")
        before = consent_of(session, dossier.id)
        after = save_consent(session, dossier, channels, desk.user, desk.now())
        audit.record(session, desk.user, desk.now(), "dossier.notice_consent", "dossier", code,
                     {"notify": list(before)}, {"notify": list(after)})
        return after


def _fields(settings: dict[str, str], dossier: Dossier, extra: dict[str, str]) -> dict[str, str]:
    due = dossier.due_at
    return {
        "office": settings["agency_name"], "code": dossier.code,
        "procedure": dossier.version.procedure.name, "name": dossier.applicant_name,
        "appointment": f"{due:{MOMENT}}" if due else "", "place": settings["agency_name"],
        **extra,
    }


def enqueue(session: Session, dossier: Dossier, event: str, at: datetime, *,
            attachment: str = "", settings: dict[str, str] | None = None,
            **extra: str) -> list[Notice]:
    """The notices of one event, in the caller's transaction: one per channel the applicant
    agreed to and the office can send through (a channel not set up sends nothing, rather than
    a stale notice weeks later). `extra` fills the template (reason, missing, new
    appointment); `settings`, when the caller read them already."""
    channels = consent_of(session, dossier.id)
    if not channels:
        return []
    settings = settings or read_settings(session)
    able = Channels.of(settings)
    fields = _fields(settings, dossier, extra)
    written = []
    for channel in channels:
        if not able.configured(channel):
            continue
        if channel == "zalo" and event not in zalo_templates(settings["notify_zalo_templates"]):
            continue
        # The office's wording of this channel, else of the event, else the program's.
        template = (settings.get(f"notify_text_{event}_{channel}")
                    or settings[f"notify_text_{event}"] or default_template(event, channel))
        text = render(event, template, fields)
        recipient = dossier.email if channel == "email" else international_phone(dossier.phone)
        notice = Notice(dossier_id=dossier.id, event=event, channel=channel, recipient=recipient,
                        subject=text.subject, body=text.body,
                        attachment=attachment if channel == "email" else "",
                        status="pending", attempts=0, last_error="", created_at=at,
                        next_attempt_at=at)
        session.add(notice)
        written.append(notice)
    return written


@dataclass(frozen=True)
class NoticeRow:
    id: int
    code: str
    event: str
    channel: str
    to: str
    status: str
    attempts: int
    last_error: str
    sent_at: datetime | None
    created_at: datetime


def list_notices(desk: Desk, status: str | None = None, code: str | None = None,
                 limit: int = 1000) -> list[NoticeRow]:
    """The newest first; `status` pending (claimed ones included), sent or failed."""
    require(desk.user, "notify.read")
    statement = select(Notice, Dossier.code).join(Dossier, Dossier.id == Notice.dossier_id)
    if status is not None:
        if status not in ("pending", "sent", "failed"):
            raise UserError(f"Trạng thái: '{status}' không hợp lệ (pending, sent, failed)")
        wanted = ("pending", "sending") if status == "pending" else (status,)
        statement = statement.where(Notice.status.in_(wanted))
    if code is not None:
        statement = statement.where(Dossier.code == code)
    with read_scope(desk.url) as session:
        rows = session.execute(statement.order_by(Notice.id.desc()).limit(limit)).all()
        return [NoticeRow(n.id, dossier_code, n.event, n.channel, n.recipient,
                          SHOWN_STATUS[n.status], n.attempts, n.last_error, n.sent_at,
                          n.created_at) for n, dossier_code in rows]


def counts(desk: Desk) -> dict[str, int]:
    """How many notices wait and how many failed for good: the supervisor's two figures."""
    require(desk.user, "notify.read")
    with read_scope(desk.url) as session:
        found = dict(session.execute(select(Notice.status, func.count())
                                     .group_by(Notice.status)).all())
    return {"pending": found.get("pending", 0) + found.get("sending", 0),
            "failed": found.get("failed", 0), "sent": found.get("sent", 0)}


# The life-cycle steps that notify (as `on_event` names them; the intake notifies itself).
ON_EVENT = frozenset({"supplement_requested", "refused", "apology_issued", "result_ready",
                      "returned"})


def on_event(session: Session, dossier: Dossier, kind: str, at: datetime, note: str,
             data: dict) -> list[Notice]:
    """The notices of a life-cycle step, from what the step recorded (called by
    `lifecycle.append_event` for every step; the steps the applicant does not hear of write
    none)."""
    if kind not in ON_EVENT or not consent_of(session, dossier.id):
        return []
    if kind == "supplement_requested":
        # With form 02 (the desk's request) its lines say what is missing; a step recorded
        # without the form (a script's `record_event`) has only its note.
        letter = session.get(Letter, data["letter_id"]) if "letter_id" in data else None
        if letter is None:
            return enqueue(session, dossier, kind, at, missing=note, reason=note)
        missing = "; ".join(name for name, _ in letter.data["lines"])
        return enqueue(session, dossier, kind, at, attachment="supplement_request",
                       missing=missing, reason=note)
    if kind == "refused":
        return enqueue(session, dossier, kind, at, reason=note)
    if kind == "apology_issued" and data.get("new_due_at"):
        # An apology for a delay, with its new appointment (one for errors only tells nothing
        # new about the date: the letter is handed over at the desk).
        new_due = datetime.fromisoformat(data["new_due_at"])
        return enqueue(session, dossier, "late", at, attachment=f"apology:{data['letter_id']}",
                       reason=note, new_appointment=f"{new_due:{MOMENT}}")
    if kind in ("result_ready", "returned"):
        return enqueue(session, dossier, kind, at)
    return []


def dossier_notices(desk: Desk, code: str) -> list[NoticeRow]:
    """One dossier's notices for its screen: whoever may read the dossier sees them."""
    require(desk.user, "dossier.read")
    statement = (select(Notice, Dossier.code).join(Dossier, Dossier.id == Notice.dossier_id)
                 .where(Dossier.code == code).order_by(Notice.id))
    with read_scope(desk.url) as session:
        return [NoticeRow(n.id, dossier_code, n.event, n.channel, n.recipient,
                          SHOWN_STATUS[n.status], n.attempts, n.last_error, n.sent_at,
                          n.created_at) for n, dossier_code in session.execute(statement).all()]


@dataclass(frozen=True)
class ConsentView:
    channels: tuple[str, ...]
    # Which channels have a contact to go to: e-mail needs the address, SMS and Zalo a phone.
    reachable: tuple[str, ...]


def consent_view(desk: Desk, code: str) -> ConsentView:
    """The dossier's consent as its screen shows it, with the channels it could have."""
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        dossier = session.execute(select(Dossier).where(Dossier.code == code)).scalar_one_or_none()
        if dossier is None:
            raise NotFound(f"Mã hồ sơ: không có hồ sơ '{code}'")
        reachable = tuple(channel for channel, contact in (
            ("email", dossier.email), ("sms", dossier.phone), ("zalo", dossier.phone))
            if contact)
        return ConsentView(consent_of(session, dossier.id), reachable)
