import csv
from datetime import date, datetime, time
from pathlib import Path

import pytest

from desk_app.domain.deadlines import (
    ClockEvent,
    ClockRule,
    DueResult,
    TimeLimit,
    advance,
    classify_open,
    classify_resolved,
    compute_due,
    due_moment,
    overdue_working_days,
)
from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.work_calendar import DayOverride, WorkCalendar

CASES = Path(__file__).with_name("deadline-cases.csv")
# One statutory calendar for every test without overrides: building it is the slow part.
CAL = WorkCalendar()


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def rule(limit: str, cutoff: str | None = None, supplement: str = "restart") -> ClockRule:
    return ClockRule(
        TimeLimit.parse(limit), time.fromisoformat(cutoff) if cutoff else None, supplement
    )


def due(limit: str, received: str, cutoff: str | None = None, calendar=CAL) -> datetime:
    result = compute_due(rule(limit, cutoff), calendar, dt(received))
    assert result.due_at == due_moment(rule(limit, cutoff), calendar, dt(received))
    return result.due_at


def _csv_rows() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _csv_rows(), ids=lambda row: row["case"])
def test_csv_case(row):
    overrides = []
    for item in filter(None, row["overrides"].split(";")):
        day, kind = item.split(":")
        overrides.append(DayOverride(date.fromisoformat(day), kind, "Quyết định của cơ quan"))
    calendar = WorkCalendar(tuple(overrides)) if overrides else CAL
    expected = dt(row["expected_due_at"])
    assert due(row["time_limit"], row["received_at"], row["cutoff"] or None, calendar) == expected


# -- time limits and rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "amount", "vi"),
    [
        ("3d", "days", 3, "3 ngày làm việc"),
        ("4h", "hours", 4, "4 giờ làm việc"),
        ("same-day", "same-day", 1, "trong ngày"),
        ("15cd", "calendar-days", 15, "15 ngày"),
        ("60d", "days", 60, "60 ngày làm việc"),
    ],
)
def test_time_limit_parse(text, kind, amount, vi):
    limit = TimeLimit.parse(text)
    assert (limit.kind, limit.amount) == (kind, amount)
    assert str(limit) == text
    assert limit.describe_vi() == vi


def test_time_limit_parse_tolerates_case_and_spaces():
    assert TimeLimit.parse(" 3D ") == TimeLimit("days", 3)
    assert TimeLimit.parse("Same-Day") == TimeLimit("same-day")


@pytest.mark.parametrize("text", ["", "0d", "-1d", "3", "d", "3x", "3 d", "same day", "1.5h"])
def test_time_limit_parse_errors(text):
    with pytest.raises(ValueError, match="Thời hạn không hợp lệ"):
        TimeLimit.parse(text)


def test_time_limit_values_are_checked():
    with pytest.raises(ValueError, match="từ 1 trở lên"):
        TimeLimit("days", 0)
    with pytest.raises(ValueError, match="Loại thời hạn"):
        TimeLimit("weeks", 2)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="trong ngày"):
        TimeLimit("same-day", 2)


def test_effective_cutoff():
    assert rule("same-day").effective_cutoff == time(15, 0)
    assert rule("same-day", "11:00").effective_cutoff == time(11, 0)
    assert rule("3d").effective_cutoff is None
    assert rule("3d", "16:00").effective_cutoff == time(16, 0)


def test_rule_and_event_values_are_checked():
    with pytest.raises(ValueError, match="Quy tắc bổ sung"):
        rule("3d", supplement="extend")
    with pytest.raises(ValueError, match="returned"):
        ClockEvent("returned", dt("2025-06-10 09:00"))  # type: ignore[arg-type]


# -- each rule by hand ------------------------------------------------------------------------


def test_days_receipt_before_opening_is_due_at_opening():
    assert due("1d", "2025-06-10 06:45") == dt("2025-06-11 07:30")


def test_days_receipt_at_the_end_of_the_morning_keeps_its_time():
    assert due("1d", "2025-06-10 11:30") == dt("2025-06-11 11:30")


def test_days_cutoff_exactly_is_not_after_it():
    assert due("3d", "2025-06-09 15:00", "15:00") == dt("2025-06-12 15:00")


def test_days_cutoff_ignores_seconds():
    assert due("3d", "2025-06-09 15:00:59", "15:00") == dt("2025-06-12 15:00")


def test_days_on_a_short_friday():
    short_friday = WorkCalendar(
        hours=OfficeHours.parse("Mon-Thu 07:30-11:30,13:30-17:00; Fri 07:30-11:30,13:30-16:30")
    )
    assert due("1d", "2025-06-12 16:45", calendar=short_friday) == dt("2025-06-13 16:30")


def test_hours_with_cutoff_start_next_morning():
    assert due("4h", "2025-06-09 16:00", "15:00") == dt("2025-06-10 11:30")
    assert due("4h", "2025-06-09 14:00", "15:00") == dt("2025-06-10 08:30")


def test_hours_from_before_opening_and_lunch():
    assert due("2h", "2025-06-10 06:00") == dt("2025-06-10 09:30")
    assert due("2h", "2025-06-10 12:00") == dt("2025-06-10 15:30")


def test_hours_over_tet_2026():
    assert due("4h", "2026-02-13 16:00") == dt("2026-02-23 10:30")


def test_saturday_intake_for_hours():
    assert due("4h", "2025-06-14 10:00") == dt("2025-06-16 11:30")
    # The cut-off is for working days: Saturday afternoon still starts on Monday's opening.
    assert due("4h", "2025-06-14 16:00", "15:00") == dt("2025-06-16 11:30")


def test_saturday_intake_for_same_day():
    assert due("same-day", "2025-06-14 09:00") == dt("2025-06-16 17:00")
    assert due("same-day", "2025-06-14 16:00") == dt("2025-06-16 17:00")


def test_saturday_intake_for_days():
    assert due("3d", "2025-06-14 16:00", "15:00") == dt("2025-06-18 16:00")


def test_saturday_intake_for_calendar_days():
    assert due("10cd", "2025-06-14 09:00") == dt("2025-06-24 09:00")
    # Day 8 is a Sunday: due the Monday after.
    assert due("8cd", "2025-06-14 09:00") == dt("2025-06-23 09:00")


def test_same_day_with_own_cutoff():
    assert due("same-day", "2025-06-10 10:59", "11:00") == dt("2025-06-10 17:00")
    assert due("same-day", "2025-06-10 11:30", "11:00") == dt("2025-06-11 17:00")


def test_same_day_before_tet_2026():
    assert due("same-day", "2026-02-13 15:30") == dt("2026-02-23 17:00")


def test_calendar_days_lunch_receipt_and_cutoff():
    assert due("3cd", "2025-06-10 12:10") == dt("2025-06-13 13:30")
    assert due("15cd", "2025-06-09 16:00", "15:00") == dt("2025-06-25 16:00")


def test_tet_2026():
    result = compute_due(rule("3d"), CAL, dt("2026-02-13 10:00"))
    assert result.due_at == dt("2026-02-25 10:00")
    assert result.explanation.startswith(
        "3 ngày làm việc kể từ 13/02/2026; nghỉ Tết Nguyên Đán 16–20/02"
    )


def test_culture_day_24_november_2026_is_pending_until_the_office_decides():
    result = compute_due(rule("1d"), CAL, dt("2026-11-23 09:00"))
    assert result.due_at == dt("2026-11-24 09:00")
    assert "Văn hóa" not in result.explanation
    decided = WorkCalendar((DayOverride(date(2026, 11, 24), "day-off", "Ngày Văn hóa Việt Nam",
                                        "Quyết định của cơ quan"),))
    result = compute_due(rule("1d"), decided, dt("2026-11-23 09:00"))
    assert result.due_at == dt("2026-11-25 09:00")
    assert "nghỉ Ngày Văn hóa Việt Nam 24/11" in result.explanation


def test_make_up_saturday_22_august_2026():
    result = compute_due(rule("1d"), CAL, dt("2026-08-21 10:00"))
    assert result.due_at == dt("2026-08-22 10:00")
    assert "làm bù thứ Bảy 22/08" in result.explanation
    assert due("2d", "2026-08-21 10:00") == dt("2026-08-24 10:00")


def test_national_day_2026_with_its_swap():
    result = compute_due(rule("2d"), CAL, dt("2026-08-28 10:00"))
    assert result.due_at == dt("2026-09-04 10:00")
    assert "nghỉ ngày nghỉ hoán đổi 31/08, Quốc khánh 01–02/09" in result.explanation


# -- explanations -----------------------------------------------------------------------------


def test_explanation_names_the_cutoff_move():
    text = compute_due(rule("3d", "15:00"), CAL, dt("2025-06-09 16:00")).explanation
    assert "nhận sau 15:00 nên tính từ ngày làm việc tiếp theo (10/06/2025)" in text
    assert text.endswith("hẹn 16:00 13/06/2025")


def test_explanation_of_a_saturday_intake_and_an_out_of_hours_time():
    text = compute_due(rule("4h"), CAL, dt("2025-06-14 10:00")).explanation
    assert "nhận vào ngày nghỉ (Thứ Bảy)" in text
    text = compute_due(rule("3d"), CAL, dt("2025-06-10 12:10")).explanation
    assert text.endswith("hẹn 13:30 13/06/2025 (giờ nhận 12:10 đưa vào giờ làm việc)")


def test_explanation_of_a_calendar_day_move():
    text = compute_due(rule("12cd"), CAL, dt("2025-04-18 09:00")).explanation
    assert "ngày thứ 12 (30/04/2025) không phải ngày làm việc" in text
    assert "Ngày Chiến thắng 30/04" in text


# -- clock events -----------------------------------------------------------------------------


def ev(kind: str, at: str) -> ClockEvent:
    return ClockEvent(kind, dt(at))  # type: ignore[arg-type]


RECEIVED = dt("2025-06-09 09:00")  # 3d: due Thursday 12/06 09:00
SUPPLEMENT = [ev("supplement_requested", "2025-06-10 10:00"),
              ev("supplement_received", "2025-06-16 16:00")]


def test_supplement_request_pauses_the_clock():
    result = compute_due(rule("3d"), CAL, RECEIVED, SUPPLEMENT[:1])
    # Tuesday 10:00-17:00 is 300 minutes, Wednesday 450, Thursday until 09:00 another 90.
    assert (result.due_at, result.paused, result.remaining_minutes) == (None, True, 840)
    assert result.state == "awaiting_supplement"
    assert "yêu cầu bổ sung lúc 10:00 10/06/2025, tạm dừng tính thời hạn" in result.explanation
    assert "còn 14 giờ làm việc" in result.explanation


def test_supplement_restart_counts_afresh_with_cutoff():
    assert compute_due(rule("3d"), CAL, RECEIVED, SUPPLEMENT).due_at == dt("2025-06-19 16:00")
    result = compute_due(rule("3d", "15:00"), CAL, RECEIVED, SUPPLEMENT)
    assert result.due_at == dt("2025-06-20 16:00")
    assert not result.paused and result.remaining_minutes is None
    assert "tính lại từ đầu: 3 ngày làm việc kể từ 16/06/2025" in result.explanation


def test_supplement_pause_resumes_the_remaining_minutes():
    result = compute_due(rule("3d", supplement="pause"), CAL, RECEIVED, SUPPLEMENT)
    # 840 minutes from Monday 16:00: 60 that day, 450 on Tuesday, 330 on Wednesday.
    assert result.due_at == dt("2025-06-18 15:00")
    assert "tính tiếp phần còn lại nên hẹn 15:00 18/06/2025" in result.explanation


def test_stop_and_resume_with_any_supplement_rule():
    events = [ev("stopped", "2025-06-10 10:00"), ev("resumed", "2025-06-16 16:00")]
    stopped = compute_due(rule("3d"), CAL, RECEIVED, events[:1])
    assert stopped.state == "stopped" and stopped.paused
    assert compute_due(rule("3d"), CAL, RECEIVED, events).due_at == dt("2025-06-18 15:00")


def test_resume_outside_office_hours_starts_at_the_next_opening():
    events = [ev("stopped", "2025-06-10 10:00"), ev("resumed", "2025-06-14 09:00")]
    # 840 minutes from Monday 16/06 07:30: 450 on Monday, 390 on Tuesday.
    assert compute_due(rule("3d"), CAL, RECEIVED, events).due_at == dt("2025-06-17 16:00")


def test_pause_when_already_late_keeps_the_lateness():
    events = [ev("stopped", "2025-06-11 09:00"), ev("resumed", "2025-06-13 09:00")]
    paused = compute_due(rule("1d"), CAL, RECEIVED, events[:1])
    assert paused.remaining_minutes == -450
    assert "đã quá hạn 7 giờ 30 phút làm việc" in paused.explanation
    resumed = compute_due(rule("1d"), CAL, RECEIVED, events)
    assert resumed.due_at == dt("2025-06-12 09:00")
    overdue = classify_open(resumed.due_at, dt("2025-06-13 09:00"), CAL, lateness="minute")
    assert overdue == "overdue"


def test_a_due_moment_at_an_opening_stays_at_an_opening():
    events = [ev("stopped", "2025-06-09 09:00"), ev("resumed", "2025-06-11 09:00")]
    assert due("1d", "2025-06-09 07:00") == dt("2025-06-10 07:30")
    result = compute_due(rule("1d"), CAL, dt("2025-06-09 07:00"), events)
    assert result.due_at == dt("2025-06-12 07:30")


def test_pause_with_nothing_left_resumes_at_the_same_office_position():
    events = [ev("stopped", "2025-06-10 18:00"), ev("resumed", "2025-06-12 18:00")]
    result = compute_due(rule("same-day"), CAL, dt("2025-06-10 09:00"), events)
    assert result.due_at == dt("2025-06-12 17:00")


@pytest.mark.parametrize(
    "events",
    [
        [ev("resumed", "2025-06-10 10:00")],
        [ev("supplement_received", "2025-06-10 10:00")],
        [ev("stopped", "2025-06-10 10:00"), ev("stopped", "2025-06-10 11:00")],
        [ev("stopped", "2025-06-10 10:00"), ev("supplement_received", "2025-06-10 11:00")],
        [ev("supplement_requested", "2025-06-10 10:00"), ev("resumed", "2025-06-10 11:00")],
        [ev("supplement_requested", "2025-06-10 10:00"),
         ev("supplement_requested", "2025-06-10 11:00")],
    ],
)
def test_events_out_of_place_are_refused(events):
    with pytest.raises(ValueError, match=f"Sự kiện không hợp lệ: '{events[-1].kind}'"):
        compute_due(rule("3d"), CAL, RECEIVED, events)


def test_events_out_of_order_are_refused():
    with pytest.raises(ValueError, match="trước mốc 09:00 09/06/2025"):
        compute_due(rule("3d"), CAL, RECEIVED, [ev("stopped", "2025-06-08 10:00")])
    events = [ev("stopped", "2025-06-10 10:00"), ev("resumed", "2025-06-10 09:00")]
    with pytest.raises(ValueError, match="'resumed'"):
        compute_due(rule("3d"), CAL, RECEIVED, events)


def test_incremental_equals_recomputed():
    events = [ev("stopped", "2025-06-10 10:00"), ev("resumed", "2025-06-11 08:00"),
              ev("supplement_requested", "2025-06-11 09:00"),
              ev("supplement_received", "2025-06-13 14:00")]
    for supplement in ("restart", "pause"):
        r = rule("3d", "15:00", supplement)
        step = compute_due(r, CAL, RECEIVED)
        for n, event in enumerate(events, start=1):
            step = advance(r, CAL, step, event)
            assert step == compute_due(r, CAL, RECEIVED, events[:n])


def test_a_hand_made_result_can_take_further_events():
    stored = DueResult(dt("2025-06-12 09:00"), False, None, "Ngày hẹn theo sổ cũ")
    paused = advance(rule("3d"), CAL, stored, ev("stopped", "2025-06-10 10:00"))
    assert paused.remaining_minutes == 840


# -- classes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completed", "expected"),
    [("2025-06-11 16:00", "early"), ("2025-06-12 08:00", "on_time"),
     ("2025-06-12 09:00", "on_time"), ("2025-06-12 09:01", "late"), ("2025-06-13 07:00", "late")],
)
def test_classify_resolved(completed, expected):
    assert classify_resolved(dt("2025-06-12 09:00"), dt(completed), lateness="minute") == expected


@pytest.mark.parametrize(
    ("due_at", "now", "expected"),
    [
        ("2025-06-10 09:00", "2025-06-10 10:00", "overdue"),
        ("2025-06-10 16:00", "2025-06-10 10:00", "due_soon"),
        ("2025-06-11 17:00", "2025-06-10 10:00", "due_soon"),
        ("2025-06-12 07:30", "2025-06-10 10:00", "within"),
        ("2025-06-16 16:00", "2025-06-13 10:00", "due_soon"),
        ("2025-06-17 08:00", "2025-06-13 10:00", "within"),
        ("2026-02-23 16:00", "2026-02-13 10:00", "due_soon"),
        ("2025-06-16 09:00", "2025-06-14 10:00", "due_soon"),
    ],
)
def test_classify_open(due_at, now, expected):
    assert classify_open(dt(due_at), dt(now), CAL, lateness="minute") == expected


@pytest.mark.parametrize(
    ("due_at", "as_of", "expected"),
    [
        ("2026-02-13 10:00", "2026-02-23 08:00", 1),
        ("2026-02-13 10:00", "2026-02-13 11:00", 0),
        ("2026-02-13 10:00", "2026-02-12 11:00", 0),
        ("2025-06-10 09:00", "2025-06-12 10:00", 2),
        ("2025-06-13 09:00", "2025-06-15 10:00", 0),
    ],
)
def test_overdue_working_days(due_at, as_of, expected):
    assert overdue_working_days(dt(due_at), dt(as_of), CAL, lateness="minute") == expected
