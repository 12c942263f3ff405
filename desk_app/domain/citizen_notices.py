"""Notices to the applicant (Decree 118/2025 Art. 17(2), 19(6)): which channels they agreed to,
what each event says on each channel, and the shapes the gateways take (pure rules).

A notice's text is fixed when its event happens (the dates it names are the dossier's at that
moment); the sender only delivers it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from string import Formatter

from desk_app.domain.text import nfc
from desk_app.domain.validation import ValidationError

NOTICE_CHANNELS = ("email", "sms", "zalo")
CHANNEL_NAMES_VI = {"email": "thư điện tử", "sms": "tin nhắn SMS", "zalo": "Zalo"}

# The events that concern the applicant, in the order of a dossier's life.
EVENTS = ("received", "supplement_requested", "refused", "result_ready", "late", "returned")
EVENT_NAMES_VI = {
    "received": "tiếp nhận hồ sơ",
    "supplement_requested": "yêu cầu bổ sung hồ sơ",
    "refused": "từ chối giải quyết hồ sơ",
    "result_ready": "có kết quả",
    "late": "xin lỗi và hẹn lại ngày trả kết quả",
    "returned": "đã trả kết quả",
}

# A single GSM-7 segment; longer texts are cut to it unless the office allows more.
SMS_SEGMENT = 160
UNICODE_SEGMENT = 70

# Fields a template may use: what `fields_for` fills.
TEMPLATE_FIELDS = {"office", "code", "procedure", "name", "appointment", "new_appointment",
                   "reason", "missing", "place"}

DEFAULT_TEMPLATES: dict[str, str] = {
    "received": ("{office} đã tiếp nhận hồ sơ {code} ({procedure}) của ông/bà {name}. "
                 "Hẹn trả kết quả: {appointment}."),
    "supplement_requested": ("{office}: hồ sơ {code} ({procedure}) cần bổ sung: {missing}. "
                             "Đề nghị ông/bà {name} bổ sung để hồ sơ được giải quyết."),
    "refused": ("{office}: hồ sơ {code} ({procedure}) không được giải quyết. Lý do: {reason}."),
    "result_ready": ("{office}: hồ sơ {code} ({procedure}) đã có kết quả. Mời ông/bà {name} "
                     "đến nhận tại {place} trong giờ làm việc."),
    "late": ("{office} xin lỗi ông/bà {name}: hồ sơ {code} ({procedure}) chưa có kết quả đúng "
             "hẹn. Lý do: {reason}. Hẹn lại: {new_appointment}."),
    "returned": ("{office}: kết quả hồ sơ {code} ({procedure}) đã được trả. Cảm ơn ông/bà "
                 "{name}."),
}

# The short wording for SMS and Zalo (one 160-character segment once without diacritics); the
# e-mail says it in full.
SHORT_TEMPLATES: dict[str, str] = {
    "received": "Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: {appointment}.",
    "supplement_requested": "Hồ sơ {code} cần bổ sung: {missing}.",
    "refused": "Hồ sơ {code} không được giải quyết. Lý do: {reason}.",
    "result_ready": "Hồ sơ {code} đã có kết quả. Mời ông/bà đến nhận tại {place}.",
    "late": "Xin lỗi: hồ sơ {code} chưa có kết quả đúng hẹn. Hẹn lại: {new_appointment}.",
    "returned": "Kết quả hồ sơ {code} đã được trả. Cảm ơn ông/bà.",
}


def default_template(event: str, channel: str) -> str:
    return DEFAULT_TEMPLATES[event] if channel == "email" else SHORT_TEMPLATES[event]


SUBJECTS = {event: "Hồ sơ {code}: " + name for event, name in EVENT_NAMES_VI.items()}


def parse_consent(text: str, *, email: str, phone: str) -> tuple[str, ...]:
    """`email;sms` as given at intake or in an import, checked against the contacts given:
    no consent to a channel the applicant left no address for."""
    chosen: list[str] = []
    for part in (p.strip().lower() for p in text.replace(",", ";").split(";")):
        if not part:
            continue
        if part not in NOTICE_CHANNELS:
            raise ValidationError("Nhận thông báo qua", f"'{part}' không hợp lệ (chọn "
                                  f"{', '.join(NOTICE_CHANNELS)})")
        if part not in chosen:
            chosen.append(part)
    return check_consent(tuple(chosen), email=email, phone=phone)


def check_consent(channels: tuple[str, ...], *, email: str, phone: str) -> tuple[str, ...]:
    for channel in channels:
        if channel not in NOTICE_CHANNELS:
            raise ValidationError("Nhận thông báo qua", f"'{channel}' không hợp lệ")
        if channel == "email" and not email:
            raise ValidationError("Nhận thông báo qua", "thư điện tử cần địa chỉ thư điện tử")
        if channel in ("sms", "zalo") and not phone:
            raise ValidationError("Nhận thông báo qua",
                                  f"{CHANNEL_NAMES_VI[channel]} cần số điện thoại")
    return tuple(channel for channel in NOTICE_CHANNELS if channel in channels)


def international_phone(phone: str) -> str:
    """A Vietnamese number as the gateways take it: 84 and the number without its 0."""
    digits = re.sub(r"[^0-9]", "", phone)
    if digits.startswith("84"):
        return digits
    if digits.startswith("0"):
        return "84" + digits[1:]
    raise ValidationError("Số điện thoại", f"'{phone}' không phải số Việt Nam")


def without_diacritics(text: str) -> str:
    """Vietnamese without its marks (đ as d): SMS in the GSM alphabet, one segment of 160."""
    replaced = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", replaced)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sms_text(text: str, *, unicode_allowed: bool = False, limit: int = 0) -> str:
    """The text as one SMS: without diacritics unless the office allows Unicode, shortened
    to the segment (or the gateway's `limit`) with an ellipsis."""
    body = nfc(text) if unicode_allowed else without_diacritics(text)
    body = " ".join(body.split())
    limit = limit or (UNICODE_SEGMENT if unicode_allowed else SMS_SEGMENT)
    if len(body) <= limit:
        return body
    return body[:limit - 3].rstrip() + "..."


def check_template(event: str, template: str) -> str:
    """A template the office typed: only known fields, braces balanced."""
    try:
        used = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise ValidationError(f"Mẫu thông báo {EVENT_NAMES_VI[event]}",
                              f"dấu ngoặc {{ }} không cân ({exc})") from exc
    unknown = sorted(used - TEMPLATE_FIELDS)
    if unknown:
        raise ValidationError(f"Mẫu thông báo {EVENT_NAMES_VI[event]}",
                              f"không có trường {', '.join(unknown)}; dùng "
                              f"{', '.join(sorted(TEMPLATE_FIELDS))}")
    return template


@dataclass(frozen=True)
class NoticeText:
    subject: str
    body: str


def render(event: str, template: str, fields: dict[str, str]) -> NoticeText:
    values = {name: fields.get(name, "") for name in TEMPLATE_FIELDS}
    return NoticeText(SUBJECTS[event].format(**values), nfc(template.format(**values)))


def idempotency_key(notice_id: int, office: str) -> str:
    """Sent with the notice to every gateway (ZNS tracking_id, the mail's Message-ID): a
    retry after a crash between sending and recording is the same message to them."""
    safe = re.sub(r"[^0-9A-Za-z.]", "", office) or "desk"
    return f"desk-{safe}-{notice_id}"


def backoff_seconds(attempts: int) -> int:
    """After the n-th failed attempt: 1, 2, 4 ... minutes, at most 2 hours."""
    return min(60 * 2 ** max(attempts - 1, 0), 7200)
