"""E-mail through the office's SMTP account (the standard library's smtplib and email)."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate
from types import TracebackType
from urllib.parse import unquote, urlsplit

from desk_app.senders.errors import SendFailed

TIMEOUT_S = 20


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    user: str
    password: str
    # smtps://: TLS from the first byte (port 465); smtp://: STARTTLS when the server offers it.
    implicit_tls: bool

    @classmethod
    def from_url(cls, url: str, password: str = "") -> SmtpAccount:
        """`smtp://user@host:port` or `smtps://user@host:port`; the password never in it."""
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("cần dạng smtp://tên@máy:cổng hoặc smtps://tên@máy:cổng")
        if parts.password:
            raise ValueError("không ghi mật khẩu trong địa chỉ (dùng DESK_APP_SMTP_PASSWORD "
                             "hoặc kho mật khẩu của hệ điều hành)")
        implicit = parts.scheme == "smtps"
        return cls(parts.hostname, parts.port or (465 if implicit else 587),
                   unquote(parts.username or ""), password, implicit)


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    mime: str = "application/pdf"


def message(sender: str, to: str, subject: str, body: str, message_id: str,
            attachments: tuple[Attachment, ...] = ()) -> Message:
    """Built with the compat32 classes: Python 3.11's newer folding drops the space where it
    cuts a long Vietnamese subject between two encoded words ("tiếp nhận" arrives as
    "tiếpnhận"); `Header` keeps it inside the words."""
    mail = MIMEMultipart() if attachments else MIMEText(body, "plain", "utf-8")
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = Header(subject, "utf-8")
    mail["Date"] = formatdate(localtime=True)
    # Fixed per notice: a mail sent again after a crash carries the same Message-ID, so the
    # receiving side can tell it is the same message.
    mail["Message-ID"] = message_id
    if attachments:
        mail.attach(MIMEText(body, "plain", "utf-8"))
        for attachment in attachments:
            part = MIMEApplication(attachment.data, attachment.mime.split("/")[1])
            part.add_header("Content-Disposition", "attachment", filename=attachment.name)
            mail.attach(part)
    return mail


class MailSender:
    """One connection for a batch of mails: `with MailSender(account) as sender: ...`."""

    def __init__(self, account: SmtpAccount):
        self.account = account
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> MailSender:
        account = self.account
        try:
            if account.implicit_tls:
                smtp = smtplib.SMTP_SSL(account.host, account.port, timeout=TIMEOUT_S,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(account.host, account.port, timeout=TIMEOUT_S)
                smtp.ehlo()
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
            if account.user:
                smtp.login(account.user, account.password)
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailed(f"SMTP {account.host}:{account.port}: {exc}") from exc
        self._smtp = smtp
        return self

    def send(self, mail: Message) -> None:
        if self._smtp is None:
            raise RuntimeError("MailSender used outside its with-block")
        try:
            refused = self._smtp.send_message(mail)
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailed(f"SMTP: {exc}") from exc
        if refused:
            raise SendFailed(f"SMTP từ chối người nhận: {', '.join(refused)}")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                # The mails are sent or recorded as failed already; a connection that breaks
                # while saying goodbye changes nothing about them.
                self._smtp.close()
            self._smtp = None
