"""The bundled official calendar: every year 2018–2027 with its instruments and statuses, the
January 2026 swap, Tết 2026 as decided, pending and estimated days."""

from datetime import date, datetime, time

import pytest

from desk_app.domain.deadlines import ClockRule, TimeLimit, compute_due
from desk_app.domain.official_calendar import (
    STATUSES,
    bundled_year,
    bundled_years,
    parse_year,
    statutory,
)
from desk_app.domain.work_calendar import DayOverride, WorkCalendar

CAL = WorkCalendar()


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def due(limit: str, received: str, cutoff: str | None = None, calendar=CAL) -> datetime:
    rule = ClockRule(TimeLimit.parse(limit), time.fromisoformat(cutoff) if cutoff else None,
                     "restart")
    return compute_due(rule, calendar, dt(received)).due_at


def test_every_year_2018_to_2027_is_bundled_with_a_source_and_a_status_per_day():
    assert set(range(2018, 2028)) <= set(bundled_years())
    for year in range(2018, 2028):
        days = bundled_year(year)
        assert days, year
        assert all(d.source.strip() and d.status in STATUSES for d in days), year
        # Every year has New Year's Day, Tết, 30/4, 1/5 and 2/9.
        assert {date(year, 1, 1), date(year, 4, 30), date(year, 5, 1), date(year, 9, 2)} <= {
            d.day for d in days}
        assert sum("Tết Nguyên Đán" in d.reason for d in days) >= 4


def test_a_bundled_day_without_a_source_is_refused():
    text = "date,kind,name,status,source\n2026-01-01,day-off,Tết Dương lịch,official,\n"
    with pytest.raises(ValueError, match="dòng 2"):
        parse_year(2026, text, "2026.csv")
    with pytest.raises(ValueError, match="trạng thái"):
        parse_year(2026, text.replace("official,", "decided,BLLĐ"), "2026.csv")


def test_january_2026_swap_friday_off_saturday_worked():
    assert not CAL.is_working_day(date(2026, 1, 2))
    assert CAL.is_working_day(date(2026, 1, 10))
    assert CAL.hours_for(date(2026, 1, 10)) == CAL.hours_for(date(2026, 1, 9))
    assert "10/01/2026" in CAL.day_off_reason(date(2026, 1, 2))


def test_january_2026_swap_in_day_limits():
    # The case: 30 working days from Monday 5/1 end on Friday 13/02 (the make-up
    # Saturday counts; Tết 16–20/02 is after it). Without the swap it was 23/02.
    assert due("30d", "2026-01-05 10:00") == dt("2026-02-13 10:00")
    assert due("1d", "2025-12-31 10:00") == dt("2026-01-05 10:00")
    assert due("1d", "2026-01-09 10:00") == dt("2026-01-10 10:00")
    assert due("2d", "2026-01-09 10:00") == dt("2026-01-12 10:00")


def test_january_2026_swap_in_hour_limits():
    assert due("4h", "2025-12-31 15:00") == dt("2026-01-05 09:30")
    # Friday 9/1 13:30 + 8 office hours: 3.5 h that afternoon, 4.5 h on Saturday 10/1.
    assert due("8h", "2026-01-09 13:30") == dt("2026-01-10 14:00")


def test_january_2026_swap_in_same_day_limits():
    # Received on the day off: the next working day is Monday 5/1.
    assert due("same-day", "2026-01-02 09:00").date() == date(2026, 1, 5)
    assert due("same-day", "2026-01-10 09:00").date() == date(2026, 1, 10)
    # After the 15:00 cut-off on Friday 9/1 the make-up Saturday is the next working day.
    assert due("same-day", "2026-01-09 16:00").date() == date(2026, 1, 10)


def test_tet_2026_as_decided_nine_days_14_to_22_february():
    off = [date(2026, 2, d) for d in range(14, 23)]
    assert not any(CAL.is_working_day(d) for d in off)
    assert CAL.is_working_day(date(2026, 2, 13)) and CAL.is_working_day(date(2026, 2, 23))
    assert {d.status for d in bundled_year(2026) if "Tết Nguyên Đán" in d.reason} == {"official"}


def test_a_pending_day_changes_nothing_until_decided():
    day = date(2026, 11, 24)
    assert CAL.is_working_day(day)
    assert due("1d", "2026-11-23 09:00") == dt("2026-11-24 09:00")
    listed = {d.day: d for d in CAL.days_off_and_makeups(2026)}
    assert listed[day].status == "pending"
    decided = WorkCalendar((DayOverride(day, "day-off", "Ngày Văn hóa Việt Nam", "QĐ"),))
    assert not decided.is_working_day(day)
    assert due("1d", "2026-11-23 09:00", calendar=decided) == dt("2026-11-25 09:00")


def test_estimated_days_are_the_ones_without_a_decision():
    estimated = CAL.estimated_between(date(2026, 12, 31), date(2027, 12, 31))
    assert [d.day for d in estimated] == [
        date(2027, 2, 4), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9),
        date(2027, 2, 10), date(2027, 9, 3)]
    assert CAL.estimated_between(date(2025, 12, 31), date(2026, 12, 31)) == []
    # An office decision on an estimated day replaces the estimate.
    decided = WorkCalendar((DayOverride(date(2027, 2, 4), "day-off", "Tết", "QĐ",
                                        "official"),))
    assert date(2027, 2, 4) not in {
        d.day for d in decided.estimated_between(date(2027, 1, 1), date(2027, 3, 1))}


def test_years_outside_the_bundle_are_the_packages_estimate_without_pending_days():
    days = statutory(2030, 2030)
    assert days.off and all(d.status == "estimated" for d in days.off.values())
    assert date(2030, 11, 24).toordinal() in days.pending
    assert CAL.is_working_day(date(2031, 11, 24))  # a Monday


def test_the_administrator_is_told_of_next_years_estimates_from_1_november():
    from desk_app.domain.calendar_notices import upcoming_notices

    october = upcoming_notices(CAL, date(2026, 10, 31))
    assert [(n.year, len(n.estimated), [d.day for d in n.pending]) for n in october] == [
        (2026, 0, [date(2026, 11, 24)])]
    november = upcoming_notices(CAL, date(2026, 11, 1))
    assert [(n.year, len(n.estimated), [d.day for d in n.pending]) for n in november] == [
        (2026, 0, [date(2026, 11, 24)]), (2027, 6, [date(2027, 11, 24)])]
    # Once 24/11/2026 has passed, only the next year is left to announce.
    assert [n.year for n in upcoming_notices(CAL, date(2026, 12, 3))] == [2027]
