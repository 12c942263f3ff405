"""The office profile: agency names and code, place, form set, office hours, QR and codes."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.dossier_codes import CODE_AGENCIES
from desk_app.domain.index766 import INDICATORS, Indicator, Scoring, setting_key
from desk_app.domain.lateness import DEFAULT_LATENESS, LATENESS_RULES
from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.validation import ValidationError, clean_text
from desk_app.services import audit
from desk_app.services.actors import Actor, require
from desk_app.services.desk import Desk
from desk_app.services.digitisation import limits as digitisation_limits
from desk_app.services.errors import SettingMissing, UserError
from desk_app.services.notices import settings as notice_settings
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import OfficeSetting

DEFAULT_CODE_PATTERN = "{agency_code}-{yymmdd}-{seq:04d}"
CODE_PATTERN_FIELDS = {"agency_code", "yymmdd", "yyyymmdd", "seq"}

KEY_LABELS_VI = {
    "agency_code": "Mã định danh cơ quan",
    "parent_agency_name": "Tên cơ quan chủ quản",
    "agency_name": "Tên cơ quan / Bộ phận Một cửa",
    "place_name": "Địa danh",
    "form_set": "Bộ biểu mẫu",
    "office_hours": "Giờ làm việc",
    "qr_url_template": "Mẫu địa chỉ tra cứu (QR)",
    "code_pattern": "Mẫu mã hồ sơ",
    "overdue_refresh_seconds": "Chu kỳ làm mới màn hình hồ sơ quá hạn (giây)",
    "idle_lock_minutes": "Khoá màn hình sau khi không dùng (phút)",
    "backup_keep_daily": "Số ngày giữ bản sao lưu hằng ngày",
    "backup_keep_monthly": "Số tháng giữ bản sao lưu hằng tháng",
    "rating_scale": "Thang đánh giá mức độ hài lòng (số mức)",
    "agency_abbreviation": "Tên viết tắt của cơ quan (trong số văn bản)",
    "sign_required": "Bắt buộc ký số bản sao điện tử (1 = có, 0 = không)",
    "sign_tsa_url": "Địa chỉ máy chủ cấp dấu thời gian (TSA) khi ký số",
    "lateness": "Cách tính trễ hạn (minute: theo phút, day: theo ngày)",
    **notice_settings.LABELS_VI,
    "code_agency": "Mã hồ sơ bắt đầu bằng mã cơ quan (settling: cơ quan giải quyết; "
                   "receiving: nơi tiếp nhận)",
    "supplement_days": "Thời hạn bổ sung hồ sơ (ngày)",
    "step_warning_hours": "Báo trước khi bước xử lý đến hạn (giờ làm việc)",
}

DEFAULTS = {
    "agency_code": "",
    "parent_agency_name": "",
    "agency_name": "",
    "place_name": "",
    "form_set": "2025",
    "office_hours": OfficeHours.default().format(),
    "qr_url_template": "{code}",
    "code_pattern": DEFAULT_CODE_PATTERN,
    "overdue_refresh_seconds": "30",
    "idle_lock_minutes": "10",
    "backup_keep_daily": "14",
    "backup_keep_monthly": "12",
    "rating_scale": "5",
    # Empty: letter numbers use the initials of the agency's name.
    "agency_abbreviation": "",
    "sign_required": "0",
    # Empty: signatures carry the signer's clock, without a timestamp.
    "sign_tsa_url": "",
    "lateness": DEFAULT_LATENESS,
    **notice_settings.DEFAULTS,
    # Empty: by the form set (2025: settling, Decree 118 Art. 28(2); 2018: receiving).
    "code_agency": "",
    # Decree 118 Art. 19(5): additions not completed within 15 days close the dossier.
    "supplement_days": "15",
    # Half a working day: the holder of a step hears of it while there is time to act.
    "step_warning_hours": "4",
}

# Not shown nor settable: the key that signs receipt QR codes.
SECRET_KEY = "qr_secret"


def _check_agency_code(value: str) -> str:
    if not re.fullmatch(r"[0-9A-Z.]{1,35}", value):
        raise UserError(
            "Mã định danh cơ quan: chỉ gồm chữ số, chữ in hoa và dấu chấm, tối đa 35 ký tự "
            "(ví dụ 000.00.00.H49)"
        )
    return value


def _check_text(key: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not value:
            raise UserError(f"{KEY_LABELS_VI[key]}: không được để trống")
        return value

    return check


def _check_form_set(value: str) -> str:
    if value not in ("2025", "2018"):
        raise UserError("Bộ biểu mẫu: chỉ nhận 2025 hoặc 2018")
    return value


def _check_office_hours(value: str) -> str:
    try:
        return OfficeHours.parse(value).format()
    except ValueError as exc:
        raise UserError(f"Giờ làm việc: {exc}") from exc


def _check_qr_template(value: str) -> str:
    if value.count("{code}") != 1 or re.search(r"\{(?!code\})", value):
        raise UserError(
            "Mẫu địa chỉ tra cứu (QR): phải chứa đúng một {code} và không trường nào khác"
        )
    return value


def _check_code_pattern(value: str) -> str:
    fields = {m.split(":")[0] for m in re.findall(r"\{([^{}]*)\}", value)}
    if "seq" not in fields or not fields <= CODE_PATTERN_FIELDS:
        raise UserError(
            "Mẫu mã hồ sơ: phải chứa {seq} và chỉ dùng {agency_code}, {yymmdd}, {yyyymmdd}, {seq}"
        )
    if re.search(r"\{[^{}]*:[^{}]*[0-9]{3}", value):
        # Checked before formatting: "{seq:0999999999d}" would build a gigabyte string.
        raise UserError("Mẫu mã hồ sơ: độ rộng của một trường quá lớn (tối đa 2 chữ số)")
    try:
        longest = value.format(agency_code="X" * 35, yymmdd="260101", yyyymmdd="20260101",
                               seq=9999)
    except (ValueError, KeyError, IndexError) as exc:
        raise UserError(f"Mẫu mã hồ sơ: không hợp lệ ({exc})") from exc
    if len(longest) > 64:
        raise UserError("Mẫu mã hồ sơ: mã sinh ra có thể dài quá 64 ký tự")
    return value


def _check_refresh_seconds(value: str) -> str:
    # Under 5 s the screen would query the database without pause; over an hour it is stale.
    if not re.fullmatch(r"[0-9]{1,4}", value.strip()) or not 5 <= int(value) <= 3600:
        raise UserError(f"{KEY_LABELS_VI['overdue_refresh_seconds']}: số nguyên từ 5 đến 3600")
    return str(int(value))


def _check_idle_lock_minutes(value: str) -> str:
    # One minute is the least a person can live with; past a working morning the lock protects
    # nothing.
    if not re.fullmatch(r"[0-9]{1,3}", value.strip()) or not 1 <= int(value) <= 240:
        raise UserError(f"{KEY_LABELS_VI['idle_lock_minutes']}: số nguyên từ 1 đến 240")
    return str(int(value))


def _check_count(key: str, low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not re.fullmatch(r"[0-9]{1,4}", value.strip()) or not low <= int(value) <= high:
            raise UserError(f"{KEY_LABELS_VI[key]}: số nguyên từ {low} đến {high}")
        return str(int(value))

    return check


def _check_rating_scale(value: str) -> str:
    # Desks rate on 3 levels (không hài lòng / bình thường / hài lòng) or SIPAS's 5.
    if value.strip() not in ("3", "5"):
        raise UserError(f"{KEY_LABELS_VI['rating_scale']}: chỉ nhận 3 hoặc 5")
    return value.strip()


def _check_abbreviation(value: str) -> str:
    # As printed after the letter's number: "07/XL-TTPVHCC".
    value = value.strip().upper()
    if value and not re.fullmatch(r"[0-9A-ZĐ-]{1,20}", value):
        raise UserError(f"{KEY_LABELS_VI['agency_abbreviation']}: chỉ gồm chữ in hoa, chữ số và "
                        "dấu gạch ngang, tối đa 20 ký tự (ví dụ TTPVHCC)")
    return value


def _check_sign_required(value: str) -> str:
    if value.strip() not in ("0", "1"):
        raise UserError(f"{KEY_LABELS_VI['sign_required']}: chỉ nhận 1 hoặc 0")
    return value.strip()


def _check_tsa_url(value: str) -> str:
    value = value.strip()
    if value and not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
        raise UserError(f"{KEY_LABELS_VI['sign_tsa_url']}: phải là địa chỉ http:// hoặc "
                        "https:// (ví dụ http://tsa.ca.gov.vn), hoặc để trống")
    return value


def _check_lateness(value: str) -> str:
    if value.strip() not in LATENESS_RULES:
        raise UserError(f"{KEY_LABELS_VI['lateness']}: chỉ nhận minute hoặc day")
    return value.strip()


def _check_code_agency(value: str) -> str:
    if value not in ("", *CODE_AGENCIES):
        raise UserError(f"{KEY_LABELS_VI['code_agency']}: chỉ nhận settling, receiving hoặc để "
                        "trống (theo bộ biểu mẫu)")
    return value


VALIDATORS: dict[str, Callable[[str], str]] = {
    "agency_code": _check_agency_code,
    "parent_agency_name": _check_text("parent_agency_name"),
    "agency_name": _check_text("agency_name"),
    "place_name": _check_text("place_name"),
    "form_set": _check_form_set,
    "office_hours": _check_office_hours,
    "qr_url_template": _check_qr_template,
    "code_pattern": _check_code_pattern,
    "overdue_refresh_seconds": _check_refresh_seconds,
    "idle_lock_minutes": _check_idle_lock_minutes,
    # At least the backup just made stays; monthly copies may be turned off (0).
    "backup_keep_daily": _check_count("backup_keep_daily", 1, 366),
    "backup_keep_monthly": _check_count("backup_keep_monthly", 0, 240),
    "rating_scale": _check_rating_scale,
    "agency_abbreviation": _check_abbreviation,
    "sign_required": _check_sign_required,
    "sign_tsa_url": _check_tsa_url,
    "lateness": _check_lateness,
    **notice_settings.VALIDATORS,
    "code_agency": _check_code_agency,
    "supplement_days": _check_count("supplement_days", 1, 90),
    # Up to two working weeks ahead; at least an hour, else the warning comes too late to act.
    "step_warning_hours": _check_count("step_warning_hours", 1, 80),
}

# Digitisation's settings (issue 18) are declared beside the file store they configure.
KEY_LABELS_VI.update(digitisation_limits.LABELS_VI)
DEFAULTS.update(digitisation_limits.DEFAULTS)
VALIDATORS.update(digitisation_limits.VALIDATORS)


def _check_scoring(indicator: Indicator) -> Callable[[str], str]:
    def check(value: str) -> str:
        try:
            return Scoring.parse(value, KEY_LABELS_VI[setting_key(indicator)]).format()
        except ValueError as exc:
            raise UserError(str(exc)) from exc

    return check


# Decision 766's thresholds and points, one key per indicator (domain/index766.py).
for _indicator in INDICATORS:
    # Short and without a colon: a message starts with the field it names ("…: phải có dạng").
    KEY_LABELS_VI[setting_key(_indicator)] = f"Ngưỡng và điểm chỉ số 766 {_indicator.key}"
    DEFAULTS[setting_key(_indicator)] = _indicator.default_scoring
    VALIDATORS[setting_key(_indicator)] = _check_scoring(_indicator)


def read_settings(session: Session) -> dict[str, str]:
    stored = dict(session.execute(select(OfficeSetting.key, OfficeSetting.value)).all())
    return {**DEFAULTS, **stored}


def show(desk: Desk) -> dict[str, str]:
    with read_scope(desk.url) as session:
        settings = read_settings(session)
    return {key: settings[key] for key in DEFAULTS}


def validate(key: str, value: str) -> str:
    if key not in VALIDATORS:
        known = ", ".join(DEFAULTS)
        # repr: a pasted key may hold control characters that must not reach the terminal.
        raise UserError(f"Khoá: {key[:40]!r} không tồn tại; các khoá: {known}")
    try:
        text = clean_text(value, KEY_LABELS_VI[key], max_length=500)
    except ValidationError as exc:
        raise UserError(str(exc)) from exc
    return VALIDATORS[key](text)


@retrying
def set_value(desk: Desk, key: str, value: str) -> str:
    require(desk.user, "office.edit")
    value = validate(key, value)
    with session_scope(desk.url) as session:
        write_settings(session, {key: value}, desk.user)
    return value


def write_settings(session: Session, values: dict[str, str], actor: Actor) -> None:
    """Store already validated values with one audit entry per changed key."""
    for key, value in values.items():
        row = session.get(OfficeSetting, key)
        before = row.value if row else DEFAULTS.get(key, "")
        if before == value:
            continue
        if row is None:
            session.add(OfficeSetting(key=key, value=value))
        else:
            row.value = value
        audit.record(
            session, actor, config.now(), "office.set", "office_setting", key,
            {"value": before}, {"value": value},
        )


def ensure_secret(session: Session) -> None:
    if session.get(OfficeSetting, SECRET_KEY) is None:
        session.add(OfficeSetting(key=SECRET_KEY, value=secrets.token_hex(32)))


def require_settings(settings: dict[str, str], *keys: str) -> None:
    for key in keys:
        if not settings.get(key):
            raise SettingMissing(
                f"Chưa đặt {KEY_LABELS_VI[key]}: chạy desk-admin office set {key} GIÁ_TRỊ"
            )
