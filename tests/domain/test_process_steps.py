"""Internal process steps: budgets, and each step's due moment from the dossier's events.

The calendar around the cases (2026, bundled official data): Saturday 22/08 is a make-up
working day for Monday 31/08, Tuesday 01/09 and Wednesday 02/09 are the National Day holiday,
so Friday 28/08 is followed by Thursday 03/09. Office hours 07:30–11:30, 13:30–17:00 (450
minutes; half a day 225). Every due moment in the comments was worked out by hand.
"""

from datetime import datetime

import pytest

from desk_app.domain.deadlines import ClockRule, TimeLimit, compute_due
from desk_app.domain.process_steps import (
    EXTRA_STEP_NAME,
    IMPLICIT_STEP_NAME,
    StepBudget,
    StepEvent,
    budget_mismatch,
    format_steps,
    most_overrun,
    parse_steps,
    replay_steps,
)
from desk_app.domain.work_calendar import WorkCalendar

DESK, TP, LD = "Bộ phận Một cửa", "Phòng Tư pháp", "Lãnh đạo UBND"
STEPS = parse_steps(f"Tiếp nhận|{DESK}|0.5d; Thẩm định|{TP}|3d; Ký duyệt|{LD}|1d; "
                    f"Trả kết quả|{DESK}|0.5d")
CAL = WorkCalendar()
RECEIVED = datetime(2026, 8, 27, 9, 0)  # Thursday


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m %H:%M").replace(year=2026)


def replay(events, rule="restart", steps=STEPS):
    clock = ClockRule(TimeLimit("days", 5), None, rule)
    due = None
    return replay_steps(steps, clock, CAL, [StepEvent("received", RECEIVED), *events], due, DESK)


def dues(steps):
    return [s.due_at for s in steps]


def test_budgets_read_halves_and_hours_and_refuse_slips_naming_the_step():
    assert [str(s.budget) for s in STEPS] == ["0.5d", "3d", "1d", "0.5d"]
    assert StepBudget.parse("1,5d") == StepBudget(halves=3)
    assert StepBudget.parse("4h") == StepBudget(hours=4)
    assert StepBudget.parse("2d").describe_vi() == "2 ngày làm việc"
    assert StepBudget.parse("0.5d").describe_vi() == "0,5 ngày làm việc"
    assert format_steps(STEPS).startswith(f"Tiếp nhận|{DESK}|0.5d; Thẩm định|{TP}|3d")
    for text, words in (("A|B|0.3d", "bước 1: thời gian '0.3d'"), ("A|B", "bước 1 'A|B'"),
                        ("A|B|1d; |C|1d", "bước 2: thiếu tên bước"), ("A|B|0d", "từ 0.5")):
        with pytest.raises(ValueError, match=words):
            parse_steps(text)


def test_budgets_that_do_not_add_up_are_said_with_both_figures():
    assert budget_mismatch(STEPS, TimeLimit("days", 5), 450) is None
    said = budget_mismatch(STEPS, TimeLimit("days", 4), 450)
    assert said == ("tổng thời gian các bước (5 ngày làm việc) khác thời hạn giải quyết "
                    "(4 ngày làm việc)")
    hours = parse_steps("A|B|4h; C|D|4h")
    assert budget_mismatch(hours, TimeLimit("hours", 8), 450) is None
    assert "(7.75 giờ làm việc)" in budget_mismatch(parse_steps("A|B|4h; C|D|0.5d"),
                                        TimeLimit("hours", 8), 450)
    assert budget_mismatch(STEPS, TimeLimit("calendar-days", 15), 450) is None


def test_the_plan_at_receipt_straddles_the_weekend_and_the_holiday():
    steps = replay([])
    # 0.5d: 09:00 + 225 min = 14:45; 3d: Fri 28/08, Thu 03/09, Fri 04/09; 1d: Mon 07/09;
    # 0.5d from 14:45: 135 min that day, 90 the next morning.
    assert dues(steps) == [at("27/08 14:45"), at("04/09 14:45"), at("07/09 14:45"),
                           at("08/09 09:00")]
    # The last step ends where the engine puts the dossier's own due moment.
    assert steps[-1].due_at == compute_due(ClockRule(TimeLimit("days", 5)), CAL, RECEIVED).due_at
    assert [s.started_at for s in steps] == [RECEIVED, None, None, None]
    assert steps[0].holder == DESK and steps[1].holder == ""
    assert [s.result(at("27/08 15:00"), "minute") for s in steps] == [
        "overdue", "open", "open", "open"]


def test_each_hand_over_ends_a_step_and_starts_the_next_from_its_moment():
    steps = replay([StepEvent("transferred", at("27/08 14:00"), TP, 7)])
    assert steps[0].done_at == at("27/08 14:00") and steps[0].result(at("01/09 9:00"),
                                                                     "minute") == "on_time"
    assert steps[1].started_at == at("27/08 14:00") and steps[1].holder == TP
    assert steps[1].officer_id == 7
    assert dues(steps)[1:] == [at("04/09 14:00"), at("07/09 14:00"), at("08/09 08:15")]


SUPPLEMENT = [StepEvent("transferred", at("27/08 14:00"), TP),
              StepEvent("supplement_requested", at("28/08 10:00")),
              StepEvent("supplement_received", at("03/09 10:00"))]


def test_a_supplement_in_step_2_restarts_its_budget_and_moves_the_steps_after_it():
    steps = replay(SUPPLEMENT, "restart")
    # 3d again from Thu 03/09 10:00: Fri 04, Mon 07, Tue 08; then 1d; then 90 + 135 minutes.
    assert dues(steps) == [at("27/08 14:45"), at("08/09 10:00"), at("09/09 10:00"),
                           at("09/09 15:45")]


def test_a_supplement_in_step_2_pauses_it_under_the_pause_rule():
    steps = replay(SUPPLEMENT, "pause")
    # 1,020 office minutes were left at the request; from Thu 03/09 10:00: 300 + 450 + 270.
    assert dues(steps) == [at("27/08 14:45"), at("07/09 14:00"), at("08/09 14:00"),
                           at("09/09 08:15")]


def test_while_the_supplement_is_awaited_the_step_has_no_due_moment_nor_do_those_after():
    steps = replay(SUPPLEMENT[:2])
    assert dues(steps)[1:] == [None, None, None]
    assert steps[1].result(at("10/09 10:00"), "minute") == "open"


def test_a_hand_over_while_the_clock_stands_still_starts_the_next_step_paused():
    steps = replay([*SUPPLEMENT[:2], StepEvent("transferred", at("28/08 11:00"), LD),
                    StepEvent("supplement_received", at("03/09 10:00"))], "pause")
    # Step 3 starts paused at 28/08 11:00 and gets its whole day from 03/09 10:00.
    assert steps[2].started_at == at("28/08 11:00") and steps[2].due_at == at("04/09 10:00")


def test_the_result_ends_the_step_in_progress_and_drops_the_steps_that_never_happened():
    steps = replay([StepEvent("transferred", at("27/08 14:00"), TP),
                    StepEvent("result_ready", at("07/09 15:00"))])
    assert len(steps) == 2 and steps[1].done_at == at("07/09 15:00")
    assert steps[1].result(at("10/09 9:00"), "minute") == "late"
    # Due Friday 04/09 14:00: 180 minutes that afternoon, 240 + 90 on Monday until 15:00.
    assert steps[1].overrun_minutes(CAL, at("10/09 9:00")) == 180 + 240 + 90
    assert most_overrun(steps, CAL, at("10/09 9:00")) == steps[1]


def test_hand_overs_beyond_the_published_steps_are_due_with_the_dossier():
    four = [StepEvent("transferred", at(t), u) for t, u in (
        ("27/08 14:00", TP), ("28/08 09:00", LD), ("28/08 10:00", TP), ("28/08 11:00", DESK))]
    steps = replay_steps(STEPS, ClockRule(TimeLimit("days", 5)), CAL,
                         [StepEvent("received", RECEIVED), *four,
                          StepEvent("transferred", at("28/08 15:00"), LD)],
                         at("08/09 09:00"), DESK)
    assert [s.name for s in steps][-3:] == ["Trả kết quả", EXTRA_STEP_NAME, EXTRA_STEP_NAME]
    assert steps[-1].due_at == at("08/09 09:00") and steps[-1].holder == LD


def test_without_published_steps_one_implicit_step_is_the_whole_limit():
    steps = replay_steps((), ClockRule(TimeLimit("days", 5)), CAL,
                         [StepEvent("received", RECEIVED),
                          StepEvent("transferred", at("27/08 14:00"), TP)],
                         at("08/09 09:00"), DESK)
    assert [(s.name, s.holder, s.due_at) for s in steps] == [
        (IMPLICIT_STEP_NAME, DESK, at("08/09 09:00")), (IMPLICIT_STEP_NAME, TP, at("08/09 09:00"))]


def test_hours_budgets_count_office_hours_across_the_holiday():
    steps = replay_steps(parse_steps(f"Tiếp nhận|{DESK}|2h; Xử lý|{TP}|6h"),
                         ClockRule(TimeLimit("hours", 8), None), CAL,
                         [StepEvent("received", at("28/08 16:00"))], None, DESK)
    # 16:00 + 2 h: 60 minutes on Friday, 60 on Thursday 03/09 (the holiday between); then
    # 6 h: 180 minutes until 11:30, 180 after lunch.
    assert dues(steps) == [at("03/09 08:30"), at("03/09 16:30")]
