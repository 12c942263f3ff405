"""Delivering the outbox: claim a batch, send it, record each answer.

A claim is its own short transaction (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so several
counters' senders never take the same notice; SQLite has one writer at a time anyway), and each
answer is recorded at once after its send, so a crash can repeat at most the one send it
interrupted: that notice's claim runs out after CLAIM_TIMEOUT and it goes again with the same
idempotency key (the gateways and mail readers see the same message). Failures are retried
with exponential backoff up to the office's limit, then the notice is `failed` and shown to the
supervisor with its last error.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from desk_app.domain.citizen_notices import backoff_seconds, idempotency_key, sms_text
from desk_app.senders.errors import SendFailed
from desk_app.senders.http_gateway import HttpSender, SmsGateway, sms_request, zns_request
from desk_app.senders.mail import Attachment, MailSender, SmtpAccount, message
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.notices.settings import secret, zalo_templates
from desk_app.services.office import read_settings
from desk_app.services.processing import letters
from desk_app.services.reception import receipts
from desk_app.services.supervision import step_warnings
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, Notice

# A claim older than this belongs to a sender that died: its notices go again.
CLAIM_TIMEOUT = timedelta(minutes=10)
BATCH = 200


@dataclass
class SendSummary:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Claimed:
    id: int
    code: str
    event: str
    channel: str
    recipient: str
    subject: str
    body: str
    attachment: str
    attempts: int


@retrying
def _claim(desk: Desk, now: datetime, batch: int) -> list[_Claimed]:
    with session_scope(desk.url) as session:
        due = or_(and_(Notice.status == "pending", Notice.next_attempt_at <= now),
                  and_(Notice.status == "sending", Notice.claimed_at < now - CLAIM_TIMEOUT))
        notices = session.execute(
            select(Notice).where(due).order_by(Notice.id).limit(batch)
            .with_for_update(skip_locked=True)).scalars().all()
        codes = dict(session.execute(select(Dossier.id, Dossier.code).where(
            Dossier.id.in_({n.dossier_id for n in notices}))).all())
        claimed = []
        for notice in notices:
            notice.status, notice.claimed_at = "sending", now
            claimed.append(_Claimed(notice.id, codes[notice.dossier_id], notice.event,
                                    notice.channel, notice.recipient, notice.subject,
                                    notice.body, notice.attachment, notice.attempts))
        return claimed


@retrying
def _record(desk: Desk, notice_id: int, error: str | None, now: datetime,
            max_attempts: int) -> str:
    with session_scope(desk.url) as session:
        notice = session.get(Notice, notice_id)
        if error is None:
            notice.status, notice.sent_at, notice.last_error = "sent", now, ""
        else:
            notice.attempts += 1
            notice.last_error = error[:2000]
            if notice.attempts >= max_attempts:
                notice.status = "failed"
            else:
                notice.status = "pending"
                notice.next_attempt_at = now + timedelta(seconds=backoff_seconds(
                    notice.attempts))
        notice.claimed_at = None
        return notice.status


def _attachment(desk: Desk, code: str, what: str) -> tuple[Attachment, ...]:
    if not what:
        return ()
    target = io.BytesIO()
    if what == "receipt":
        receipts.write_receipt(desk, code, target)
        name = f"bien-nhan-{code}.pdf"
    elif what == "supplement_request":
        letters.write_supplement_request(desk, code, target)
        name = f"yeu-cau-bo-sung-{code}.pdf"
    elif what.startswith("apology:"):
        letters.write_apology_pdf(desk, int(what.partition(":")[2]), target)
        name = f"thu-xin-loi-{code}.pdf"
    else:
        raise ValueError(f"unknown attachment {what!r}")
    return (Attachment(name, target.getvalue()),)


class _Channels:
    """The batch's open doors, each opened on first use and closed at the end."""

    def __init__(self, desk: Desk, settings: dict[str, str], stack: ExitStack):
        self.desk, self.settings, self.stack = desk, settings, stack
        self._mail: MailSender | None = None
        self._http: HttpSender | None = None
        self.office = settings["agency_code"] or settings["agency_name"]
        # A channel whose server could not be reached: the batch's other notices on it fail
        # with the same error instead of trying again one by one.
        self.down: dict[str, str] = {}

    def mail(self) -> MailSender:
        if self._mail is None:
            url = self.settings["notify_smtp_url"]
            if not url:
                raise SendFailed("chưa đặt máy chủ thư: desk-admin office set notify_smtp_url")
            account = SmtpAccount.from_url(url, secret("smtp"))
            try:
                self._mail = self.stack.enter_context(MailSender(account))
            except SendFailed as exc:
                self.down["email"] = str(exc)
                raise
        return self._mail

    def http(self) -> HttpSender:
        if self._http is None:
            self._http = self.stack.enter_context(HttpSender())
        return self._http

    def send(self, notice: _Claimed) -> None:
        key = idempotency_key(notice.id, self.office)
        if notice.channel == "email":
            mail = message(self.settings["notify_mail_from"], notice.recipient, notice.subject,
                           notice.body, f"<{key}@desk-app>",
                           _attachment(self.desk, notice.code, notice.attachment))
            self.mail().send(mail)
        elif notice.channel == "sms":
            text = sms_text(notice.body,
                            unicode_allowed=self.settings["notify_sms_unicode"] == "yes")
            gateway = SmsGateway(self.settings["notify_sms_url"],
                                 self.settings["notify_sms_body"], secret("sms"))
            self.http().send(sms_request(gateway, notice.recipient, text, key))
        else:
            template_id = zalo_templates(self.settings["notify_zalo_templates"])[notice.event]
            data = {"ma_ho_so": notice.code, "noi_dung": notice.body}
            self.http().send(zns_request(self.settings["notify_zalo_url"], secret("zalo"),
                                         notice.recipient, template_id, data, key), zns=True)


def send_pending(desk: Desk, *, now: Callable[[], datetime] | None = None,
                 batch: int = BATCH, rounds: int | None = None) -> SendSummary:
    """Sends every notice that is due, batch after batch, until none is left (or `rounds`
    batches). A channel whose server cannot be reached fails its notices for this round; they
    wait their backoff. The internal notices of steps past due are written first."""
    require(desk.user, "notify.send")
    clock = now or desk.now
    summary = SendSummary()
    step_warnings.enqueue_overdue(desk, clock())
    with read_scope(desk.url) as session:
        settings = read_settings(session)
    max_attempts = int(settings["notify_max_attempts"])
    done = 0
    while rounds is None or done < rounds:
        claimed = _claim(desk, clock(), batch)
        if not claimed:
            break
        done += 1
        with ExitStack() as stack:
            channels = _Channels(desk, settings, stack)
            for notice in claimed:
                error = channels.down.get(notice.channel)
                if error is None:
                    try:
                        channels.send(notice)
                    except (SendFailed, UserError) as exc:
                        error = str(exc)
                status = _record(desk, notice.id, error, clock(), max_attempts)
                if status == "sent":
                    summary.sent += 1
                else:
                    summary.errors.append(f"{notice.code} {notice.channel}: {error}")
                    if status == "failed":
                        summary.failed += 1
                    else:
                        summary.retried += 1
    return summary
