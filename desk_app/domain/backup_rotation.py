"""Which backups to keep: the newest of each of the last N days that have one, and the newest of
each of the last M months that have one (grandfather-father rotation).

Counting days *with a backup* rather than calendar days means a desk closed for Tết does not
come back to find its pre-holiday backups rotated away by the calendar alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

BACKUP_PREFIX = "desk_app-"
STAMP_FORMAT = "%Y%m%d-%H%M"
_NAME = re.compile(re.escape(BACKUP_PREFIX) + r"([0-9]{8}-[0-9]{4})(\.[A-Za-z0-9]+)")


def backup_name(taken_at: datetime, suffix: str) -> str:
    """`desk_app-YYYYMMDD-HHMM<suffix>`, e.g. desk_app-20250610-0900.sqlite3."""
    return f"{BACKUP_PREFIX}{taken_at:{STAMP_FORMAT}}{suffix}"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(moment, suffix) of a name the program gave, None for any other file (never touched)."""
    match = _NAME.fullmatch(name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT), match.group(2)
    except ValueError:
        # Digits in the right places that are no date (20251399-...): not one of ours.
        return None


def to_keep(moments: Iterable[datetime], keep_daily: int, keep_monthly: int) -> set[datetime]:
    """The moments whose backups stay; every other one may be deleted."""
    newest_of_day: dict = {}
    newest_of_month: dict = {}
    for moment in moments:
        day, month = moment.date(), (moment.year, moment.month)
        newest_of_day[day] = max(moment, newest_of_day.get(day, moment))
        newest_of_month[month] = max(moment, newest_of_month.get(month, moment))
    days = sorted(newest_of_day, reverse=True)[:max(keep_daily, 0)]
    months = sorted(newest_of_month, reverse=True)[:max(keep_monthly, 0)]
    return {newest_of_day[d] for d in days} | {newest_of_month[m] for m in months}
