"""Apology letters (form 04): the suggested new appointment, which new appointments are
acceptable, the signer's block, and whether a new appointment was kept.

Decided here, where the rules are silent:
- The suggested new appointment is EXTENSION_WORKING_DAYS working days after the later of the
  missed appointment and now, at the missed appointment's time of day on the half-hour grid,
  moved into office hours (the opening without one): far enough to
  finish the work, near enough that the applicant is not made to wait longer than the delay
  itself. It is only a suggestion; the signer may choose any acceptable moment.
- An acceptable new appointment is a future moment inside the office hours of a working day,
  after the appointment it replaces (a "new" appointment before the old one extends nothing).
- The new appointment never replaces the dossier's due date: lateness is still counted
  against the original appointment; whether the new one was kept is reported beside it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime, time

from desk_app.domain.lateness import Lateness, is_past_due
from desk_app.domain.text import nfc
from desk_app.domain.work_calendar import WorkCalendar

EXTENSION_WORKING_DAYS = 3
# Minutes between the times an appointment may be given at.
GRID_MINUTES = 30

# The errors (sai sót) local rules name most often, offered as ready-made lines and printed
# as they stand. Asking for supplements more than once breaks the rule that a desk says
# everything that is missing at once.
COMMON_ERRORS = (
    "Kết quả giải quyết hồ sơ có sai sót",
    "Làm mất giấy tờ trong hồ sơ",
    "Làm hư hỏng giấy tờ trong hồ sơ",
    "Yêu cầu bổ sung hồ sơ quá một lần",
)

# How the signer's authority is written before the title (Decree 30/2020, Art. 13 and Annex I).
AUTHORITY_PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
MAX_TITLE_LINES = 3

NEW_DUE_FIELD = "Ngày hẹn mới"
SIGNER_FIELD = "Người ký"


class ApologyRuleError(ValueError):
    """An input that breaks a rule of the apology letter; the message names the field."""


def suggest_new_due(calendar: WorkCalendar, due_at: datetime | None, now: datetime) -> datetime:
    """EXTENSION_WORKING_DAYS working days after the later of the missed appointment and now,
    on the office's time grid: at the missed appointment's time of day rounded up to the
    half hour (a letter promises "09 giờ 00", not the "08 giờ 38" of the moment it was
    written), fitted into the office hours of the day reached; without an appointment, at
    that day's opening."""
    base = max(due_at, now) if due_at is not None else now
    day = calendar.add_working_days(base.date(), EXTENSION_WORKING_DAYS)
    if due_at is None:
        return calendar.opening(day)
    minute = -(-(due_at.hour * 60 + due_at.minute) // GRID_MINUTES) * GRID_MINUTES
    at = time(minute // 60, minute % 60) if minute < 24 * 60 else time(23, 59)
    return calendar.fit_into_day(day, at)


def _moment_vi(moment: datetime) -> str:
    return f"{moment:%H:%M} ngày {moment:%d/%m/%Y}"


def check_new_due(calendar: WorkCalendar, new_due: datetime, now: datetime,
                  replaces: datetime | None) -> None:
    """Raise ApologyRuleError unless `new_due` is a future moment in the office hours of a
    working day, after the appointment it `replaces` (when there is one)."""
    if new_due <= now:
        raise ApologyRuleError(
            f"{NEW_DUE_FIELD}: {_moment_vi(new_due)} đã qua (bây giờ là {_moment_vi(now)})")
    try:
        working = calendar.is_working_day(new_due.date())
        reason = None if working else calendar.day_off_reason(new_due.date())
        in_hours = working and calendar.last_office_moment(new_due) == new_due
    except ValueError as exc:
        raise ApologyRuleError(f"{NEW_DUE_FIELD}: {exc}") from exc
    if not working:
        raise ApologyRuleError(
            f"{NEW_DUE_FIELD}: ngày {new_due:%d/%m/%Y} không phải ngày làm việc ({reason})")
    if not in_hours:
        hours = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in calendar.hours_for(new_due.date()))
        raise ApologyRuleError(
            f"{NEW_DUE_FIELD}: {new_due:%H:%M} ngoài giờ làm việc của ngày "
            f"{new_due:%d/%m/%Y} ({hours})")
    if replaces is not None and new_due <= replaces:
        raise ApologyRuleError(
            f"{NEW_DUE_FIELD}: phải sau ngày hẹn đang thay thế ({_moment_vi(replaces)})")


def parse_signer(lines: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """(title lines, name) from the signer's lines, the name last: e.g. ["KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"] or ["GIÁM ĐỐC", "Nguyễn Văn An"].

    A line giving an authority (KT., TM., ...) must be followed by the signer's own title, as
    the deputy who signs for the director writes "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC".
    """
    parts = [nfc(line) for line in lines]
    parts = [" ".join(part.split()) for part in parts if part]
    if len(parts) < 2:
        raise ApologyRuleError(
            f"{SIGNER_FIELD}: cần chức vụ và họ tên người ký (ví dụ: KT. GIÁM ĐỐC, PHÓ GIÁM "
            "ĐỐC, Nguyễn Văn An; hoặc GIÁM ĐỐC, Nguyễn Văn An)")
    *titles, name = parts
    if len(titles) > MAX_TITLE_LINES:
        raise ApologyRuleError(f"{SIGNER_FIELD}: chức vụ tối đa {MAX_TITLE_LINES} dòng")
    last = titles[-1].upper()
    if any(last.startswith(prefix + " ") or last == prefix for prefix in AUTHORITY_PREFIXES):
        raise ApologyRuleError(
            f"{SIGNER_FIELD}: sau dòng thẩm quyền '{titles[-1]}' cần chức vụ của người ký "
            "(ví dụ PHÓ GIÁM ĐỐC)")
    return tuple(titles), name


def abbreviation(agency_name: str) -> str:
    """Initials of the agency's name in capitals, without tone marks as abbreviations are
    written ("Ủy ban nhân dân" -> "UBND"; Đ stays a letter of its own): the agency part of a
    letter number when the office has not set its own."""
    initials = "".join(word[0] for word in nfc(agency_name).split() if word[0].isalnum())
    bare = unicodedata.normalize("NFD", initials.upper())
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def appointment_state(new_due: datetime | None, completed_at: datetime | None,
                      withdrawn_at: datetime | None, now: datetime, *,
                      lateness: Lateness) -> str:
    """Whether the latest new appointment was kept: "none" (no new appointment), "kept"
    (resolved by it), "missed" (resolved after it, or still open once it passed), "pending"
    (still open, not yet passed), "withdrawn" (the applicant withdrew first). "After" by the
    office's lateness rule (domain/lateness.py)."""
    if new_due is None:
        return "none"
    if completed_at is not None:
        return "missed" if is_past_due(new_due, completed_at, lateness) else "kept"
    if withdrawn_at is not None:
        return "withdrawn"
    return "missed" if is_past_due(new_due, now, lateness) else "pending"
