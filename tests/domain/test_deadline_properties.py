from datetime import date, datetime, time, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desk_app.domain.deadlines import (
    ClockEvent,
    ClockRule,
    TimeLimit,
    advance,
    compute_due,
    due_moment,
)
from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.work_calendar import DayOverride, WorkCalendar

# Built once: the tables are the slow part, and the tests only read them.
CAL = WorkCalendar(first_year=2023, last_year=2030)
# Unequal days, Saturday mornings and office overrides, for the properties that allow them.
ODD = WorkCalendar(
    (
        DayOverride(date(2025, 10, 27), "day-off", "Bão"),
        DayOverride(date(2026, 3, 8), "workday", "Làm bù Chủ nhật"),
        DayOverride(date(2027, 2, 5), "day-off", "Tổng vệ sinh"),
    ),
    OfficeHours.parse(
        "Mon-Thu 07:00-11:30,13:00-17:00; Fri 07:00-11:30,13:00-16:00; Sat 08:00-11:00"
    ),
    first_year=2023,
    last_year=2030,
)
START = datetime(2024, 1, 1)
FIVE_YEARS = 5 * 365 * 24 * 60
PROPERTY = settings(max_examples=1000, deadline=None)

moments = st.integers(0, FIVE_YEARS).map(lambda m: START + timedelta(minutes=m))
calendars = st.sampled_from([CAL, ODD])
cutoffs = st.none() | st.builds(time, st.integers(6, 18), st.sampled_from([0, 15, 30, 45]))
limits = st.one_of(
    st.builds(TimeLimit, st.just("days"), st.integers(1, 60)),
    st.builds(TimeLimit, st.just("hours"), st.integers(1, 300)),
    st.just(TimeLimit("same-day")),
    st.builds(TimeLimit, st.just("calendar-days"), st.integers(1, 90)),
)
rules = st.builds(ClockRule, limits, cutoffs, st.sampled_from(["restart", "pause"]))
gaps = st.integers(0, 20 * 24 * 60).map(lambda m: timedelta(minutes=m))


def assert_in_office(calendar: WorkCalendar, due: datetime) -> None:
    intervals = calendar.hours_for(due.date())
    assert intervals, f"{due} is not on a working day"
    assert any(start <= due.time() <= end for start, end in intervals), f"{due} is out of hours"


@PROPERTY
@given(rules, calendars, moments)
def test_due_moment_is_a_working_moment_in_office_hours(rule, calendar, received):
    assert_in_office(calendar, due_moment(rule, calendar, received))


@PROPERTY
@given(
    st.sampled_from(["days", "hours", "calendar-days"]), st.integers(1, 60), st.integers(1, 60),
    cutoffs, calendars, moments,
)
def test_due_never_decreases_when_the_limit_grows(kind, a, b, cutoff, calendar, received):
    shorter, longer = sorted((a, b))
    due_shorter = due_moment(ClockRule(TimeLimit(kind, shorter), cutoff), calendar, received)
    due_longer = due_moment(ClockRule(TimeLimit(kind, longer), cutoff), calendar, received)
    assert due_shorter <= due_longer


@PROPERTY
@given(
    rules, moments, st.integers(0, 30), st.integers(0, 24 * 60 - 1), st.integers(1, 40),
)
def test_a_pause_of_k_working_days_moves_the_due_day_by_k(rule, received, day, minute, k):
    stop_day = CAL.add_working_days(CAL.working_day_on_or_after(received.date()), day)
    clock = time(minute // 60, minute % 60)
    stop = datetime.combine(stop_day, clock)
    assume(stop >= received)
    resume = datetime.combine(CAL.add_working_days(stop_day, k), clock)
    before = due_moment(rule, CAL, received)
    events = [ClockEvent("stopped", stop), ClockEvent("resumed", resume)]
    after = compute_due(rule, CAL, received, events).due_at
    assert after == datetime.combine(CAL.add_working_days(before.date(), k), before.time())


@PROPERTY
@given(rules, calendars, moments, gaps, gaps)
def test_restart_equals_a_fresh_receipt(rule, calendar, received, wait, answer):
    rule = ClockRule(rule.time_limit, rule.cutoff, "restart")
    requested = received + wait
    supplied = requested + answer
    events = [ClockEvent("supplement_requested", requested),
              ClockEvent("supplement_received", supplied)]
    assert compute_due(rule, calendar, received, events).due_at == due_moment(
        rule, calendar, supplied
    )


def legal_events(received: datetime, choices: list[tuple[bool, timedelta]]) -> list[ClockEvent]:
    """A lifecycle-legal sequence: each pause is followed by its own end; `supplement` picks
    which kind of pause starts from a running clock."""
    events: list[ClockEvent] = []
    at = received
    pending = None
    for supplement, gap in choices:
        at += gap
        if pending:
            events.append(ClockEvent(pending, at))
            pending = None
        elif supplement:
            events.append(ClockEvent("supplement_requested", at))
            pending = "supplement_received"
        else:
            events.append(ClockEvent("stopped", at))
            pending = "resumed"
    return events


@PROPERTY
@given(rules, calendars, moments, st.lists(st.tuples(st.booleans(), gaps), max_size=8))
def test_incremental_equals_recomputed_from_the_events(rule, calendar, received, choices):
    events = legal_events(received, choices)
    step = compute_due(rule, calendar, received)
    for n, event in enumerate(events, start=1):
        step = advance(rule, calendar, step, event)
        recomputed = compute_due(rule, calendar, received, events[:n])
        assert step == recomputed
        assert step.paused == (recomputed.due_at is None)
        if recomputed.due_at is not None:
            assert_in_office(calendar, recomputed.due_at)
