from datetime import date, datetime, time

import pytest

from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.work_calendar import (
    CalendarDay,
    DayOverride,
    WorkCalendar,
)

# One statutory calendar for the read-only tests: building it is the slow part.
CAL = WorkCalendar()


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


# -- office hours -----------------------------------------------------------------------------


def test_default_office_hours_format():
    assert OfficeHours.default().format() == "Mon-Fri 07:30-11:30,13:30-17:00"
    assert OfficeHours.parse("Mon-Fri 07:30-11:30,13:30-17:00") == OfficeHours.default()


def test_office_hours_round_trip_with_short_friday():
    text = "Mon-Thu 07:30-11:30,13:30-17:00; Fri 07:30-11:30,13:30-16:30"
    hours = OfficeHours.parse(text)
    assert hours.format() == text
    assert hours.intervals(4) == ((time(7, 30), time(11, 30)), (time(13, 30), time(16, 30)))
    assert hours.intervals(5) == ()


def test_office_hours_parse_is_lenient_on_spacing_case_and_dashes():
    hours = OfficeHours.parse(" mon–fri 07:30-11:30, 13:30-17:00 ;")
    assert hours == OfficeHours.default()


def test_office_hours_day_lists_and_saturday():
    hours = OfficeHours.parse("Mon,Wed-Fri 08:00-12:00; Sat 08:00-11:00")
    assert hours.format() == "Mon 08:00-12:00; Wed-Fri 08:00-12:00; Sat 08:00-11:00"
    assert hours.intervals(1) == ()


def test_make_up_day_uses_standard_hours():
    hours = OfficeHours.parse("Mon-Thu 07:00-11:00,13:00-17:00; Fri 07:00-11:00")
    assert hours.workday_intervals(5) == hours.intervals(0)
    assert hours.workday_intervals(4) == ((time(7), time(11)),)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "chuỗi trống"),
        ("Mon-Fri", "thiếu khoảng giờ"),
        ("Mox-Fri 07:30-11:30", "tên ngày 'Mox'"),
        ("Fri-Mon 07:30-11:30", "dải ngày"),
        ("Mon-Fri 7h30-11:30", "HH:MM"),
        ("Mon-Fri 07:30", "HH:MM-HH:MM"),
        ("Mon-Fri 25:00-26:00", "không tồn tại"),
        ("Mon-Fri 11:30-07:30", "bắt đầu trước khi kết thúc"),
        ("Mon-Fri 07:30-12:00,11:30-17:00", "chồng lấn"),
        ("Mon-Fri 13:30-17:00,07:30-11:30", "chồng lấn"),
        ("Mon-Fri 07:30-11:30; Fri 13:30-17:00", "Fri được khai báo hai lần"),
    ],
)
def test_office_hours_parse_errors(text, problem):
    with pytest.raises(ValueError, match="Giờ làm việc không hợp lệ") as error:
        OfficeHours.parse(text)
    assert problem in str(error.value)


def test_office_hours_need_one_open_day():
    with pytest.raises(ValueError, match="không có ngày nào"):
        OfficeHours(((),) * 7)


# -- statutory calendar -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-01-02",
     "2026-08-31", "2026-09-01", "2026-09-02", "2025-05-02", "2025-04-30", "2025-01-01"],
)
def test_statutory_days_off(day):
    assert not CAL.is_working_day(date.fromisoformat(day))


@pytest.mark.parametrize("day", ["2026-08-22", "2025-04-26", "2026-01-10"])
def test_official_make_up_saturdays_are_working_days(day):
    d = date.fromisoformat(day)
    assert CAL.is_working_day(d)
    assert CAL.hours_for(d) == OfficeHours.default().intervals(0)


def test_weekends_and_ordinary_days():
    assert CAL.is_working_day(date(2026, 2, 13))
    assert not CAL.is_working_day(date(2026, 2, 14))
    assert not CAL.is_working_day(date(2026, 2, 15))
    assert CAL.is_working_day(date(2026, 2, 23))


def test_days_off_and_makeups_2026():
    listed = CAL.days_off_and_makeups(2026)
    assert [(d.day.isoformat(), d.kind) for d in listed] == [
        ("2026-01-01", "day-off"),
        ("2026-01-02", "day-off"),
        ("2026-01-10", "workday"),
        ("2026-02-16", "day-off"),
        ("2026-02-17", "day-off"),
        ("2026-02-18", "day-off"),
        ("2026-02-19", "day-off"),
        ("2026-02-20", "day-off"),
        ("2026-04-27", "day-off"),
        ("2026-04-30", "day-off"),
        ("2026-05-01", "day-off"),
        ("2026-08-22", "workday"),
        ("2026-08-31", "day-off"),
        ("2026-09-01", "day-off"),
        ("2026-09-02", "day-off"),
        ("2026-11-24", "day-off"),
    ]
    by_day = {d.day: d for d in listed}
    # 24/11 is listed as pending: announced, not yet law.
    assert by_day[date(2026, 11, 24)].status == "pending"
    assert "80-NQ/TW" in by_day[date(2026, 11, 24)].source
    assert by_day[date(2026, 1, 10)] == CalendarDay(
        date(2026, 1, 10), "workday", "Làm bù cho ngày nghỉ 02/01/2026",
        "Thông báo của Bộ Nội vụ (Chính phủ đồng ý ngày 25/12/2025): nghỉ thứ Sáu 02/01/2026,"
        " làm bù thứ Bảy 10/01/2026", "official",
    )
    assert by_day[date(2026, 2, 17)].source.startswith("Thông báo của Bộ Nội vụ")
    assert by_day[date(2026, 1, 1)].source == "Bộ luật Lao động 2019, Điều 112 khoản 1"
    assert {d.status for d in listed} == {"official", "pending"}


def test_weekend_holidays_are_not_listed():
    # Hùng Kings' Day 2026 is a Sunday; the listed day off is the Monday after it.
    days = {d.day for d in CAL.days_off_and_makeups(2026)}
    assert date(2026, 4, 26) not in days
    assert CAL.day_off_reason(date(2026, 4, 26)) == "Ngày Giỗ Tổ Hùng Vương"


def test_day_off_reason():
    assert CAL.day_off_reason(date(2026, 2, 17)) == "Tết Nguyên Đán"
    assert CAL.day_off_reason(date(2026, 2, 21)) == "Thứ Bảy"
    assert CAL.day_off_reason(date(2026, 2, 22)) == "Chủ nhật"
    assert CAL.day_off_reason(date(2026, 2, 23)) is None


# -- overrides --------------------------------------------------------------------------------


def test_overrides_win_over_statutory_calendar():
    cal = WorkCalendar((
        DayOverride(date(2025, 10, 27), "day-off", "Bão số 12", "Quyết định 45/QĐ-UBND"),
        DayOverride(date(2025, 11, 1), "workday", "Làm bù ngày bão"),
        DayOverride(date(2026, 8, 22), "day-off", "Bầu cử"),
        DayOverride(date(2026, 11, 24), "workday", "Trực tiếp nhận hồ sơ"),
    ))
    assert not cal.is_working_day(date(2025, 10, 27))
    assert cal.day_off_reason(date(2025, 10, 27)) == "Bão số 12"
    assert cal.is_working_day(date(2025, 11, 1))
    assert cal.closing(date(2025, 11, 1)) == dt("2025-11-01 17:00")
    assert not cal.is_working_day(date(2026, 8, 22))
    assert cal.is_working_day(date(2026, 11, 24))
    listed = cal.days_off_and_makeups(2025)
    assert CalendarDay(
        date(2025, 10, 27), "day-off", "Bão số 12", "Quyết định 45/QĐ-UBND", "office"
    ) in listed
    assert CalendarDay(date(2026, 8, 22), "day-off", "Bầu cử", "", "office") in (
        cal.days_off_and_makeups(2026)
    )


def test_override_twice_on_one_day_is_refused():
    twice = (DayOverride(date(2025, 1, 2), "day-off", "a"),
             DayOverride(date(2025, 1, 2), "workday", "b"))
    with pytest.raises(ValueError, match="02/01/2025"):
        WorkCalendar(twice)


def test_override_kind_is_checked():
    with pytest.raises(ValueError, match="Loại ngày"):
        DayOverride(date(2025, 1, 2), "holiday", "x")  # type: ignore[arg-type]


def test_office_with_saturday_hours_works_saturdays_but_not_holidays():
    cal = WorkCalendar(hours=OfficeHours.parse("Mon-Fri 07:30-17:00; Sat 07:30-11:30"))
    assert cal.is_working_day(date(2025, 6, 14))
    assert cal.hours_for(date(2025, 6, 14)) == ((time(7, 30), time(11, 30)),)
    # Mùng bốn Tết 2025 is a Saturday: closed there too, and listed since it costs a day.
    assert not cal.is_working_day(date(2025, 2, 1))
    assert date(2025, 2, 1) in {d.day for d in cal.days_off_and_makeups(2025)}


# -- working-day arithmetic -------------------------------------------------------------------


def test_next_and_on_or_after():
    assert CAL.next_working_day(date(2026, 2, 13)) == date(2026, 2, 23)
    assert CAL.next_working_day(date(2026, 2, 12)) == date(2026, 2, 13)
    assert CAL.working_day_on_or_after(date(2026, 2, 13)) == date(2026, 2, 13)
    assert CAL.working_day_on_or_after(date(2026, 2, 14)) == date(2026, 2, 23)


def test_add_working_days():
    assert CAL.add_working_days(date(2026, 2, 13), 3) == date(2026, 2, 25)
    assert CAL.add_working_days(date(2026, 2, 14), 1) == date(2026, 2, 23)
    assert CAL.add_working_days(date(2026, 8, 21), 1) == date(2026, 8, 22)
    assert CAL.add_working_days(date(2026, 2, 25), -3) == date(2026, 2, 13)
    assert CAL.add_working_days(date(2026, 2, 21), -1) == date(2026, 2, 13)
    assert CAL.add_working_days(date(2026, 2, 21), 0) == date(2026, 2, 21)


def test_working_days_between():
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 25)) == 3
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 13)) == 0
    assert CAL.working_days_between(date(2026, 2, 25), date(2026, 2, 13)) == -3
    # 261 weekdays, 13 of them off (24/11 pending counts as worked), two make-up Saturdays.
    assert CAL.working_days_between(date(2026, 1, 1), date(2026, 12, 31)) == 250


def test_hours_opening_closing():
    assert CAL.hours_for(date(2026, 2, 16)) == ()
    assert CAL.opening(date(2026, 2, 23)) == dt("2026-02-23 07:30")
    assert CAL.closing(date(2026, 2, 23)) == dt("2026-02-23 17:00")
    with pytest.raises(ValueError, match="không phải ngày làm việc"):
        CAL.closing(date(2026, 2, 16))


def test_calendar_extends_itself_past_its_years():
    cal = WorkCalendar(first_year=2024, last_year=2025)
    assert cal.add_working_days(date(2025, 12, 30), 5) == date(2026, 1, 8)
    assert cal.last_year >= 2026
    assert cal.is_working_day(date(2010, 2, 27))  # an official make-up Saturday
    assert cal.first_year <= 2010


def test_calendar_refuses_years_it_cannot_know():
    with pytest.raises(ValueError, match="ngoài phạm vi"):
        CAL.is_working_day(date(1850, 1, 1))
    with pytest.raises(ValueError, match="Khoảng năm"):
        WorkCalendar(first_year=2030, last_year=2020)


# -- office time ------------------------------------------------------------------------------


def test_add_office_minutes_ends_on_interval_ends():
    assert CAL.add_office_minutes(dt("2025-06-09 16:00"), 60) == dt("2025-06-09 17:00")
    assert CAL.add_office_minutes(dt("2025-06-09 10:30"), 60) == dt("2025-06-09 11:30")
    assert CAL.add_office_minutes(dt("2025-06-09 10:30"), 61) == dt("2025-06-09 13:31")
    assert CAL.add_office_minutes(dt("2025-06-09 16:00"), 61) == dt("2025-06-10 07:31")


def test_add_office_minutes_from_outside_office_hours():
    assert CAL.add_office_minutes(dt("2025-06-14 09:00"), 60) == dt("2025-06-16 08:30")
    assert CAL.add_office_minutes(dt("2025-06-10 12:00"), 30) == dt("2025-06-10 14:00")
    assert CAL.add_office_minutes(dt("2025-06-10 05:00"), 30) == dt("2025-06-10 08:00")
    assert CAL.add_office_minutes(dt("2025-06-10 12:00"), 0) == dt("2025-06-10 12:00")


def test_add_office_minutes_backwards():
    # 07:30 and the closing before it are one office position: the closing is answered.
    assert CAL.add_office_minutes(dt("2025-06-10 08:00"), -30) == dt("2025-06-09 17:00")
    assert CAL.add_office_minutes(dt("2025-06-10 08:00"), -31) == dt("2025-06-09 16:59")
    assert CAL.add_office_minutes(dt("2025-06-10 14:00"), -30) == dt("2025-06-10 11:30")


def test_a_thousand_hours_across_tet():
    start = dt("2026-01-05 09:00")
    end = CAL.add_office_minutes(start, 1000 * 60)
    # 360 minutes on the first day, 132 whole days of 450, then the 240 of a morning.
    assert 360 + 132 * 450 + 240 == 1000 * 60
    assert end == datetime.combine(CAL.add_working_days(start.date(), 133), time(11, 30))
    assert CAL.office_minutes_between(start, end) == 1000 * 60
    assert CAL.office_minutes_between(end, start) == -1000 * 60


def test_office_minutes_between():
    assert CAL.office_minutes_between(dt("2025-06-09 10:30"), dt("2025-06-09 16:30")) == 240
    assert CAL.office_minutes_between(dt("2026-02-13 16:00"), dt("2026-02-23 08:00")) == 90
    assert CAL.office_minutes_between(dt("2026-02-14 10:00"), dt("2026-02-15 10:00")) == 0


def test_clamp_into_office():
    assert CAL.clamp_into_office(dt("2025-06-10 09:00")) == dt("2025-06-10 09:00")
    assert CAL.clamp_into_office(dt("2025-06-10 06:00")) == dt("2025-06-10 07:30")
    assert CAL.clamp_into_office(dt("2025-06-10 11:30")) == dt("2025-06-10 13:30")
    assert CAL.clamp_into_office(dt("2025-06-10 17:00")) == dt("2025-06-11 07:30")
    assert CAL.clamp_into_office(dt("2026-02-13 18:00")) == dt("2026-02-23 07:30")


def test_last_office_moment():
    assert CAL.last_office_moment(dt("2025-06-10 09:00")) == dt("2025-06-10 09:00")
    assert CAL.last_office_moment(dt("2025-06-10 13:30")) == dt("2025-06-10 13:30")
    assert CAL.last_office_moment(dt("2025-06-10 12:00")) == dt("2025-06-10 11:30")
    assert CAL.last_office_moment(dt("2025-06-10 06:00")) == dt("2025-06-09 17:00")
    assert CAL.last_office_moment(dt("2026-02-22 06:00")) == dt("2026-02-13 17:00")


def test_fit_into_day():
    day = date(2025, 6, 10)
    assert CAL.fit_into_day(day, time(6, 0)) == dt("2025-06-10 07:30")
    assert CAL.fit_into_day(day, time(11, 30)) == dt("2025-06-10 11:30")
    assert CAL.fit_into_day(day, time(12, 10)) == dt("2025-06-10 13:30")
    assert CAL.fit_into_day(day, time(17, 40)) == dt("2025-06-10 17:00")
    assert CAL.fit_into_day(day, time(9, 5)) == dt("2025-06-10 09:05")


def test_opens_at():
    assert CAL.opens_at(dt("2025-06-10 07:30"))
    assert CAL.opens_at(dt("2025-06-10 13:30"))
    assert not CAL.opens_at(dt("2025-06-10 11:30"))
    assert not CAL.opens_at(dt("2025-06-14 07:30"))


def test_short_friday_office_time():
    cal = WorkCalendar(
        hours=OfficeHours.parse("Mon-Thu 07:30-11:30,13:30-17:00; Fri 07:30-11:30,13:30-16:30")
    )
    assert cal.closing(date(2025, 6, 13)) == dt("2025-06-13 16:30")
    assert cal.add_office_minutes(dt("2025-06-13 16:00"), 60) == dt("2025-06-16 08:00")
    # The make-up Saturday of 2025 works Monday's hours, not Friday's.
    assert cal.closing(date(2025, 4, 26)) == dt("2025-04-26 17:00")


def test_exceptions_in_words():
    assert CAL.exceptions_vi(date(2026, 2, 13), date(2026, 2, 25)) == (
        "nghỉ Tết Nguyên Đán 16–20/02",
    )
    assert CAL.exceptions_vi(date(2025, 4, 24), date(2025, 5, 5)) == (
        "nghỉ Ngày Chiến thắng 30/04, Ngày Quốc tế Lao động 01/05, ngày nghỉ hoán đổi 02/05",
        "làm bù thứ Bảy 26/04",
    )
    assert CAL.exceptions_vi(date(2025, 6, 9), date(2025, 6, 20)) == ()
