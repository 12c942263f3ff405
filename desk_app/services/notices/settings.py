"""The office keys of the notices and where their secrets come from.

Passwords and tokens are never office keys (they would land in every backup): the environment
(`DESK_APP_SMTP_PASSWORD`, `DESK_APP_SMS_TOKEN`, `DESK_APP_ZALO_TOKEN`, for a scheduled task)
or the operating system's credential store (Windows Credential Manager, through `keyring`,
service "desk_app", names "smtp", "sms", "zalo")."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError

from desk_app.domain.citizen_notices import (
    CHANNEL_NAMES_VI,
    EVENT_NAMES_VI,
    EVENTS,
    check_template,
)
from desk_app.domain.validation import ValidationError
from desk_app.senders.mail import SmtpAccount
from desk_app.services.errors import UserError

KEYRING_SERVICE = "desk_app"
SECRET_VARIABLES = {"smtp": "DESK_APP_SMTP_PASSWORD", "sms": "DESK_APP_SMS_TOKEN",
                    "zalo": "DESK_APP_ZALO_TOKEN"}

# The channels with a short wording of their own (an e-mail takes the full text).
SHORT_CHANNELS = ("sms", "zalo")

LABELS_VI = {
    "notify_smtp_url": "Máy chủ thư (SMTP) gửi thông báo",
    "notify_mail_from": "Địa chỉ gửi thư thông báo",
    "notify_sms_url": "Địa chỉ cổng tin nhắn SMS",
    "notify_sms_body": "Mẫu nội dung gửi cổng SMS",
    "notify_sms_unicode": "Tin nhắn SMS có dấu (Unicode)",
    "notify_zalo_url": "Địa chỉ dịch vụ Zalo ZNS",
    "notify_zalo_templates": "Mã mẫu Zalo ZNS theo sự kiện",
    "notify_max_attempts": "Số lần gửi thử tối đa của một thông báo",
    **{f"notify_text_{event}": f"Mẫu thông báo {EVENT_NAMES_VI[event]}" for event in EVENTS},
    **{f"notify_text_{event}_{channel}": f"Mẫu {CHANNEL_NAMES_VI[channel]} {EVENT_NAMES_VI[event]}"
       for event in EVENTS for channel in SHORT_CHANNELS},
}

DEFAULTS = {
    "notify_smtp_url": "",
    "notify_mail_from": "",
    "notify_sms_url": "",
    "notify_sms_body": '{"to": "{phone}", "text": "{text}"}',
    "notify_sms_unicode": "no",
    "notify_zalo_url": "",
    "notify_zalo_templates": "",
    "notify_max_attempts": "8",
    # Empty: the program's own wording (domain/citizen_notices.py); `_sms`/`_zalo` ones
    # replace the short wording of those channels.
    **{f"notify_text_{event}": "" for event in EVENTS},
    **{f"notify_text_{event}_{channel}": "" for event in EVENTS for channel in SHORT_CHANNELS},
}


def _check_smtp_url(value: str) -> str:
    if value:
        try:
            SmtpAccount.from_url(value)
        except ValueError as exc:
            raise UserError(f"{LABELS_VI['notify_smtp_url']}: {exc}") from exc
    return value


def _check_http_url(key: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise UserError(f"{LABELS_VI[key]}: cần bắt đầu bằng http:// hoặc https://")
        return value

    return check


def _check_sms_body(value: str) -> str:
    if "{text}" not in value or "{phone}" not in value:
        raise UserError(f"{LABELS_VI['notify_sms_body']}: cần có {{phone}} và {{text}}")
    if value.strip().startswith("{"):
        try:
            json.loads(value)
        except ValueError as exc:
            raise UserError(f"{LABELS_VI['notify_sms_body']}: JSON không hợp lệ ({exc})") from exc
    return value


def zalo_templates(value: str) -> dict[str, str]:
    """`received=123456,result_ready=123457`: the ZNS template id of each event."""
    templates = {}
    for part in (p.strip() for p in value.split(",") if p.strip()):
        event, _, template_id = part.partition("=")
        if event.strip() not in EVENTS or not template_id.strip():
            raise UserError(f"{LABELS_VI['notify_zalo_templates']}: '{part}' cần dạng "
                            f"sự_kiện=mã_mẫu, sự kiện là {', '.join(EVENTS)}")
        templates[event.strip()] = template_id.strip()
    return templates


def _check_zalo_templates(value: str) -> str:
    zalo_templates(value)
    return value


def _check_yes_no(key: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in ("yes", "no"):
            raise UserError(f"{LABELS_VI[key]}: chỉ nhận yes hoặc no")
        return value

    return check


def _check_attempts(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 50:
        raise UserError(f"{LABELS_VI['notify_max_attempts']}: số nguyên từ 1 đến 50")
    return str(int(value))


def _check_text(event: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value:
            try:
                check_template(event, value)
            except ValidationError as exc:
                raise UserError(str(exc)) from exc
        return value

    return check


VALIDATORS: dict[str, Callable[[str], str]] = {
    "notify_smtp_url": _check_smtp_url,
    "notify_mail_from": lambda value: value,
    "notify_sms_url": _check_http_url("notify_sms_url"),
    "notify_sms_body": _check_sms_body,
    "notify_sms_unicode": _check_yes_no("notify_sms_unicode"),
    "notify_zalo_url": _check_http_url("notify_zalo_url"),
    "notify_zalo_templates": _check_zalo_templates,
    "notify_max_attempts": _check_attempts,
    **{f"notify_text_{event}": _check_text(event) for event in EVENTS},
    **{f"notify_text_{event}_{channel}": _check_text(event) for event in EVENTS
       for channel in SHORT_CHANNELS},
}


def secret(name: str) -> str:
    """The SMTP password or a gateway token: the environment first (a scheduled task), then
    the credential store; empty when neither has it."""
    from_environment = os.environ.get(SECRET_VARIABLES[name], "")
    if from_environment:
        return from_environment
    try:
        return keyring.get_password(KEYRING_SERVICE, name) or ""
    except KeyringError:
        # No credential store on this machine (a Linux server without a keyring): the secret
        # can only come from the environment, and there is none.
        return ""


@dataclass(frozen=True)
class Channels:
    """What this office can send through, read from its settings."""

    email: bool
    sms: bool
    zalo: bool

    @classmethod
    def of(cls, settings: dict[str, str]) -> Channels:
        return cls(bool(settings["notify_smtp_url"] and settings["notify_mail_from"]),
                   bool(settings["notify_sms_url"]),
                   bool(settings["notify_zalo_templates"]))

    def configured(self, channel: str) -> bool:
        return getattr(self, channel)
