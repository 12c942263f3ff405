"""The QR code on the chip citizen ID card (CCCD) as a scanner types it.

The card's QR holds seven fields separated by `|`: the 12-digit ID, the old 9-digit ID (CMND;
empty when the person never had one), the full name, the date of birth (ddmmyyyy), the sex, the
place of residence and the issue date (ddmmyyyy):
`001190012345|123456789|Nguyễn Thị Ánh Tuyết|15041990|Nữ|Số 1 Tràng Tiền, Hà Nội|20082021`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desk_app.domain.text import visible
from desk_app.domain.validation import ValidationError, validate_citizen_id

FIELD = "Mã QR trên CCCD"
FIELD_COUNT = 7
# Old CMND numbers: 9 digits, or the 12-digit ones issued 2012-2016.
_OLD_ID = re.compile(r"[0-9]{9}|[0-9]{12}")
_DAY = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")
SEXES = ("Nam", "Nữ")


@dataclass(frozen=True)
class CitizenCard:
    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date
    sex: str
    address: str
    issue_date: date


def looks_like_card(text: str) -> bool:
    """Whether `text` is meant as a card's QR: twelve digits, then a `|`. A typed ID number or
    a dossier code never has the bar."""
    return re.match(r"\s*[0-9]{12}\|", text) is not None


def _day(text: str, what: str) -> date:
    found = _DAY.fullmatch(text.strip())
    if found is None:
        raise ValidationError(FIELD, f"{what} '{text}' không đúng dạng ngàythángnăm (ddmmyyyy)")
    day, month, year = (int(part) for part in found.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValidationError(FIELD, f"{what} '{text}': ngày không tồn tại") from exc


def parse_card(text: str) -> CitizenCard:
    """The card's fields, checked; ValidationError naming the part at fault otherwise."""
    fields = visible(text).split("|")
    # Some scanners add a trailing bar or an empty field at the end.
    while len(fields) > FIELD_COUNT and not fields[-1].strip():
        fields.pop()
    if len(fields) != FIELD_COUNT:
        raise ValidationError(FIELD, f"cần {FIELD_COUNT} phần ngăn bởi '|', có {len(fields)} "
                                     "(quét lại mã)")
    id_number, old_id, name, born, sex, address, issued = (f.strip() for f in fields)
    id_number = validate_citizen_id(id_number, f"{FIELD} (số CCCD)")
    if old_id and not _OLD_ID.fullmatch(old_id):
        raise ValidationError(FIELD, f"số CMND cũ '{old_id}' phải gồm 9 hoặc 12 chữ số")
    if not name:
        raise ValidationError(FIELD, "thiếu họ tên")
    if sex not in SEXES:
        raise ValidationError(FIELD, f"giới tính '{sex}' phải là Nam hoặc Nữ")
    birth_date = _day(born, "ngày sinh")
    issue_date = _day(issued, "ngày cấp")
    if issue_date < birth_date:
        raise ValidationError(FIELD, "ngày cấp trước ngày sinh")
    return CitizenCard(id_number, old_id, name, birth_date, sex, address, issue_date)
