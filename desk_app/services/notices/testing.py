"""A test message through one channel, so that an administrator setting up an SMTP account or
a gateway sees at once whether it works (`desk-admin notify test`)."""

from __future__ import annotations

from contextlib import ExitStack

from desk_app.domain.citizen_notices import international_phone, sms_text
from desk_app.domain.validation import ValidationError
from desk_app.senders.errors import SendFailed
from desk_app.senders.http_gateway import HttpSender, SmsGateway, sms_request, zns_request
from desk_app.senders.mail import MailSender, SmtpAccount, message
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.notices.settings import secret, zalo_templates
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope

TEXT = "Thử gửi thông báo từ Bộ phận Một cửa: nếu nhận được tin này, kênh đã hoạt động."


def send_test(desk: Desk, channel: str, to: str) -> str:
    """Empty when it went through, else what the server answered."""
    require(desk.user, "office.edit")
    with read_scope(desk.url) as session:
        settings = read_settings(session)
    key = f"desk-test-{desk.now():%Y%m%d%H%M%S}"
    try:
        with ExitStack() as stack:
            if channel == "email":
                if not settings["notify_smtp_url"] or not settings["notify_mail_from"]:
                    raise UserError("Chưa đặt notify_smtp_url và notify_mail_from")
                account = SmtpAccount.from_url(settings["notify_smtp_url"], secret("smtp"))
                sender = stack.enter_context(MailSender(account))
                sender.send(message(settings["notify_mail_from"], to, "Thử gửi thông báo",
                                    TEXT, f"<{key}@desk-app>"))
                return ""
            http = stack.enter_context(HttpSender())
            phone = international_phone(to)
            if channel == "sms":
                if not settings["notify_sms_url"]:
                    raise UserError("Chưa đặt notify_sms_url")
                gateway = SmsGateway(settings["notify_sms_url"], settings["notify_sms_body"],
                                     secret("sms"))
                http.send(sms_request(gateway, phone, sms_text(TEXT), key))
                return ""
            templates = zalo_templates(settings["notify_zalo_templates"])
            if not templates:
                raise UserError("Chưa đặt notify_zalo_templates")
            http.send(zns_request(settings["notify_zalo_url"], secret("zalo"), phone,
                                  next(iter(templates.values())), {"noi_dung": TEXT}, key),
                      zns=True)
            return ""
    except ValidationError as exc:
        raise UserError(str(exc)) from exc
    except SendFailed as exc:
        return str(exc)
