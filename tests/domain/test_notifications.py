"""When the tray tells the desk about due and overdue dossiers: pure rules, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from desk_app.domain.notifications import Notice, describe, in_office_hours, notice_for
from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.work_calendar import DayOverride, WorkCalendar


@dataclass(frozen=True)
class Counts:
    due_today: int
    overdue: int


@pytest.fixture(scope="module")
def calendar():
    """Default office hours (Mon-Fri 07:30-11:30, 13:30-17:00) and one storm day off."""
    storm = DayOverride(datetime(2025, 6, 12).date(), "day-off", "Bão")
    return WorkCalendar(overrides=(storm,), hours=OfficeHours.default())


TUESDAY = datetime(2025, 6, 10, 7, 31)


def test_first_check_of_the_working_day_always_notifies(calendar):
    notice = notice_for(None, Counts(3, 2), TUESDAY, calendar, last_shown=None)
    assert notice == Notice("Hồ sơ cần xử lý hôm nay",
                            "Đến hạn hôm nay: 3 hồ sơ. Quá hạn: 2 hồ sơ.")
    # Shown yesterday with the same counts: today's first check still notifies.
    yesterday = datetime(2025, 6, 9, 16, 0)
    assert notice_for(Counts(3, 2), Counts(3, 2), TUESDAY, calendar, yesterday).title == (
        "Hồ sơ cần xử lý hôm nay")
    quiet = notice_for(None, Counts(0, 0), TUESDAY, calendar, None)
    assert quiet.message == "Không có hồ sơ đến hạn hôm nay hoặc quá hạn."


def test_changes_notify_and_unchanged_counts_do_not(calendar):
    shown = datetime(2025, 6, 10, 7, 31)
    later = datetime(2025, 6, 10, 9, 15)
    assert notice_for(Counts(3, 2), Counts(3, 2), later, calendar, shown) is None
    changed = notice_for(Counts(3, 2), Counts(2, 3), later, calendar, shown)
    assert changed.title == "Số hồ sơ đến hạn, quá hạn đã thay đổi"
    assert changed.message == "Đến hạn hôm nay: 2 hồ sơ (-1). Quá hạn: 3 hồ sơ (+1)."
    assert notice_for(Counts(3, 2), Counts(3, 0), later, calendar, shown).message == (
        "Đến hạn hôm nay: 3 hồ sơ. Quá hạn: 0 hồ sơ (-2).")


@pytest.mark.parametrize("moment", [
    datetime(2025, 6, 10, 7, 29),   # before opening
    datetime(2025, 6, 10, 11, 30),  # the lunch break starts
    datetime(2025, 6, 10, 12, 45),
    datetime(2025, 6, 10, 17, 0),   # closing time
    datetime(2025, 6, 10, 22, 0),
    datetime(2025, 6, 14, 9, 0),    # Saturday
    datetime(2025, 6, 12, 9, 0),    # the office's storm day off
    datetime(2025, 9, 2, 9, 0),     # National Day
])
def test_never_outside_office_hours(calendar, moment):
    assert not in_office_hours(moment, calendar)
    assert notice_for(None, Counts(5, 5), moment, calendar, None) is None
    assert notice_for(Counts(1, 1), Counts(5, 5), moment, calendar, TUESDAY) is None


def test_a_change_in_the_lunch_break_is_told_after_it(calendar):
    shown = datetime(2025, 6, 10, 11, 0)
    assert notice_for(Counts(1, 0), Counts(1, 1), datetime(2025, 6, 10, 12, 0), calendar,
                      shown) is None
    after = notice_for(Counts(1, 0), Counts(1, 1), datetime(2025, 6, 10, 13, 30), calendar,
                       shown)
    assert after.message == "Đến hạn hôm nay: 1 hồ sơ. Quá hạn: 1 hồ sơ (+1)."


def test_make_up_saturday_is_a_working_day():
    calendar = WorkCalendar()
    saturday = datetime(2025, 4, 26, 8, 0)  # worked in exchange for Friday 02/05
    assert in_office_hours(saturday, calendar)
    assert notice_for(None, Counts(0, 1), saturday, calendar, None) is not None
    assert describe(Counts(0, 1)) == "Đến hạn hôm nay: 0 hồ sơ. Quá hạn: 1 hồ sơ."
