"""Validators for what clerks type and what imported files carry.

Each validator NFC-normalises its input, returns the value in its canonical form and raises
`ValidationError` naming the field in Vietnamese when the value cannot be right. The field label
is a parameter so that a form, an import row or a CLI option can each report it in its own words.
"""

import re
import unicodedata
from datetime import date, datetime

from desk_app.domain.text import nfc


class ValidationError(ValueError):
    """A value that cannot be accepted; `str()` is "<field>: <message>" in Vietnamese."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# Province part of the citizen ID: "0" + the statistics office code of the 63 provinces and
# cities as they stood when the scheme was set (Circular 07/2016/TT-BCA, kept by 59/2021). The
# 2025 mergers did not renumber cards already issued, so every one of these stays valid.
# fmt: off
CCCD_PROVINCE_CODES = frozenset(
    f"{n:03d}"
    for n in (
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35,
        36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70,
        72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
    )
)
# fmt: on

_DIGITS_12 = re.compile(r"[0-9]{12}")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_MOBILE = re.compile(r"0[35789][0-9]{8}")
_LANDLINE = re.compile(r"02[0-9]{9}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_AGENCY_CODE = re.compile(r"[0-9A-Z.]{1,35}")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})")
_TAX_CODE = re.compile(r"([0-9]{10})(?:-?([0-9]{3}))?")
_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


# Bidirectional embeddings, overrides and isolates: invisible, yet they make a printed name or
# code read differently from what is stored (U+202E turns "exe.pdf" into "fdp.exe").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\t")
_SPACING = re.compile(r"[\t\r\n]+")
_WINDOWS_LINE_END = re.compile(r"\r\n?")
# Moments the working calendar can count from, with room for the longest limits after them;
# an old register from before one-stop desks existed (2003) still fits.
EARLIEST_YEAR, LATEST_YEAR = 1990, 2090


def clean_text(value: str | None, field: str, max_length: int = 255,
               multiline: bool = False) -> str:
    """Free text as typed or imported: NFC, trimmed, at most `max_length` characters.

    Control characters (NUL, escape, ...) and bidirectional overrides are refused rather than
    silently dropped, so that what is stored is exactly what the clerk saw. Line breaks and
    tabs are white space, not controls: kept in multi-line fields (notes, with Windows line
    ends made plain), one space elsewhere (an address pasted from a spreadsheet cell).
    """
    text = nfc(value or "")
    text = _WINDOWS_LINE_END.sub("\n", text) if multiline else _SPACING.sub(" ", text)
    for position, char in enumerate(text, start=1):
        if multiline and char in _LINE_BREAKS:
            continue
        if unicodedata.category(char) in ("Cc", "Cs") or char in _BIDI_CONTROLS:
            raise ValidationError(
                field, f"có ký tự điều khiển không in được (U+{ord(char):04X}) ở vị trí "
                f"{position}; hãy gõ lại phần này")
    if len(text) > max_length:
        raise ValidationError(field, f"dài {len(text)} ký tự, tối đa {max_length}")
    return text


def require_text(value: str | None, field: str, max_length: int = 255) -> str:
    """The text, normalised and checked as `clean_text`; refused when empty."""
    text = clean_text(value, field, max_length)
    if not text:
        raise ValidationError(field, "không được để trống")
    return text


def check_moment(moment: datetime, field: str) -> datetime:
    """A moment in the years the register and its calendar cover."""
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValidationError(
            field, f"năm {moment.year} nằm ngoài khoảng {EARLIEST_YEAR}–{LATEST_YEAR}")
    return moment


def check_not_after(moment: datetime, latest: datetime, field: str) -> datetime:
    """A moment no later than `latest` (a receipt cannot be a day ahead of the clock)."""
    if moment > latest:
        raise ValidationError(
            field, f"{moment:%d/%m/%Y %H:%M} ở tương lai, muộn nhất {latest:%d/%m/%Y %H:%M}")
    return moment


def validate_citizen_id(value: str, field: str = "Số CCCD") -> str:
    """A 12-digit citizen ID (CCCD / số định danh cá nhân), spaces removed."""
    digits = re.sub(r"\s", "", nfc(value))
    if not _DIGITS_12.fullmatch(digits):
        raise ValidationError(field, "phải gồm đúng 12 chữ số")
    if digits[:3] not in CCCD_PROVINCE_CODES:
        raise ValidationError(
            field,
            f"3 chữ số đầu '{digits[:3]}' không phải mã tỉnh, thành phố nơi đăng ký khai sinh",
        )
    # The 4th digit codes gender and century of birth; every digit 0-9 is assigned (0/1 for the
    # 20th century up to 8/9 for the 24th), so the 12-digit check above already covers it.
    return digits


def tax_code_check_digit(first_nine: str) -> int | None:
    """The check digit of a tax code (Circular 105/2020/TT-BTC scheme), None when none exists.

    Weighted sum of the first nine digits with 31, 29, 23, 19, 17, 13, 7, 5, 3; the check digit is
    10 minus the sum modulo 11. A result of 10 cannot be written as one digit: no tax code is
    issued with such a prefix.
    """
    total = sum(w * int(d) for w, d in zip(_TAX_WEIGHTS, first_nine, strict=True))
    check = 10 - total % 11
    return None if check == 10 else check


def validate_tax_code(value: str, field: str = "Mã số thuế") -> str:
    """A 10-digit tax code, or 13 digits for a branch, returned as `NNNNNNNNNN[-NNN]`."""
    text = re.sub(r"[\s.]", "", nfc(value))
    match = _TAX_CODE.fullmatch(text)
    if not match:
        raise ValidationError(field, "phải gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số")
    main, branch = match.groups()
    if main[2:9] == "0000000":
        raise ValidationError(field, "chữ số thứ 3 đến thứ 9 không được đều bằng 0")
    if branch == "000":
        raise ValidationError(field, "3 chữ số đơn vị phụ thuộc phải từ 001 đến 999")
    if tax_code_check_digit(main[:9]) != int(main[9]):
        raise ValidationError(field, "sai chữ số kiểm tra (chữ số thứ 10), hãy xem lại từng chữ số")
    return f"{main}-{branch}" if branch else main


def validate_phone(value: str, field: str = "Số điện thoại") -> str:
    """A Vietnamese mobile or landline number, as bare digits starting with 0.

    Mobile: 10 digits starting 03, 05, 07, 08 or 09. Landline: 0 + a two-digit area code starting
    with 2 + 8 digits. The country prefix +84 or 84 may replace the leading 0.
    """
    text = _PHONE_SEPARATORS.sub("", nfc(value))
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) in (11, 12):
        text = "0" + text[2:]
    if not (_MOBILE.fullmatch(text) or _LANDLINE.fullmatch(text)):
        raise ValidationError(
            field,
            "không phải số điện thoại Việt Nam (di động 10 chữ số bắt đầu 03, 05, 07, 08, 09; "
            "cố định 11 chữ số bắt đầu 02)",
        )
    return text


def validate_email(value: str, field: str = "Email") -> str:
    """A plausible e-mail address: one @, no spaces, a dotted domain; the domain lower-cased."""
    text = nfc(value)
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise ValidationError(field, f"'{text}' không phải địa chỉ email hợp lệ")
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def validate_agency_code(value: str, field: str = "Mã cơ quan") -> str:
    """An agency identifier of the national scheme, e.g. `000.00.00.H49`, upper-cased."""
    text = nfc(value).upper()
    if not _AGENCY_CODE.fullmatch(text):
        raise ValidationError(
            field, "chỉ gồm chữ số, chữ in hoa không dấu và dấu chấm, tối đa 35 ký tự"
        )
    return text


def parse_date(value: str, field: str = "Ngày") -> date:
    """A `YYYY-MM-DD` date."""
    text = nfc(value)
    match = _DATE.fullmatch(text)
    if not match:
        raise ValidationError(field, f"'{text}' không đúng dạng YYYY-MM-DD (ví dụ 2025-07-01)")
    year, month, day = (int(g) for g in match.groups())
    return _build(field, text, lambda: date(year, month, day))


def parse_datetime(value: str, field: str = "Thời điểm") -> datetime:
    """A `YYYY-MM-DD HH:MM` moment (a `T` between date and time is accepted too)."""
    text = nfc(value)
    match = _DATETIME.fullmatch(text)
    if not match:
        raise ValidationError(
            field, f"'{text}' không đúng dạng YYYY-MM-DD HH:MM (ví dụ 2025-07-01 08:30)"
        )
    year, month, day, hour, minute = (int(g) for g in match.groups())
    if hour > 23 or minute > 59:
        raise ValidationError(field, f"'{text}': giờ phút không tồn tại")
    return _build(field, text, lambda: datetime(year, month, day, hour, minute))


def _build(field: str, text: str, make):
    """Construct a date or datetime, turning an impossible calendar day into a field error."""
    try:
        return make()
    except ValueError as exc:
        raise ValidationError(field, f"'{text}': ngày không tồn tại") from exc
