"""The dossier's state machine, pair by pair: every (state, event) either leads to the state
written here or raises IllegalTransition. The table is written out, not read from the module,
so that a changed rule shows up as a failing pair."""

from datetime import datetime, timedelta

import pytest

from desk_app.domain.apology import (
    ApologyRuleError,
    abbreviation,
    appointment_state,
    check_new_due,
    parse_signer,
    suggest_new_due,
)
from desk_app.domain.lifecycle import (
    NOTES,
    OPEN_NOTES,
    STATUSES,
    TRANSITIONS,
    IllegalTransition,
    allowed_events,
    next_status,
    replay,
)
from desk_app.domain.work_calendar import WorkCalendar

OPEN = ("received", "in_progress", "supplement_requested", "stopped")
LEGAL = {
    ("received", "transferred"): "in_progress",
    ("in_progress", "transferred"): "in_progress",
    ("received", "supplement_requested"): "supplement_requested",
    ("in_progress", "supplement_requested"): "supplement_requested",
    ("supplement_requested", "supplement_received"): "in_progress",
    ("received", "stopped"): "stopped",
    ("in_progress", "stopped"): "stopped",
    ("stopped", "resumed"): "in_progress",
    ("received", "result_ready"): "result_ready",
    ("in_progress", "result_ready"): "result_ready",
    ("result_ready", "returned"): "returned",
    **{(state, "refused"): "refused" for state in OPEN},
    **{(state, "withdrawn"): "withdrawn" for state in OPEN},
    # Decree 118 Art. 19(5): the additions did not come in time.
    ("supplement_requested", "closed"): "closed",
    # Notes record something without moving the dossier; a withdrawn or closed dossier takes
    # none, and only an open one a notice of lateness.
    **{(state, note): state for state in STATUSES if state not in ("withdrawn", "closed")
       for note in ("apology_issued", "appointment_moved")},
    **{(state, "lateness_notice"): state for state in OPEN},
}
EVENTS = (*TRANSITIONS, *sorted(NOTES | OPEN_NOTES), "received")
PAIRS = [(state, kind) for state in STATUSES for kind in EVENTS]


def test_the_table_covers_every_event_of_the_module():
    assert set(EVENTS) == {kind for _, kind in LEGAL} | {"received"}
    assert len(PAIRS) == len(STATUSES) * 14


@pytest.mark.parametrize(("status", "kind"), PAIRS)
def test_every_pair(status, kind):
    expected = LEGAL.get((status, kind))
    if expected is None:
        with pytest.raises(IllegalTransition) as caught:
            next_status(status, kind)
        assert (caught.value.status, caught.value.kind) == (status, kind)
        assert "Không thể" in str(caught.value)
        assert kind not in allowed_events(status)
    else:
        assert next_status(status, kind) == expected
        assert kind in allowed_events(status)


def test_illegal_messages_name_the_step_and_the_state_in_vietnamese():
    with pytest.raises(IllegalTransition,
                       match="Không thể 'Trả kết quả' khi hồ sơ đang ở trạng thái 'Chờ bổ sung'"):
        next_status("supplement_requested", "returned")


def test_replay_keeps_the_milestones():
    t = datetime(2025, 6, 2, 8, 0)
    events = [("received", t), ("transferred", t + timedelta(hours=1)),
              ("stopped", t + timedelta(days=1)), ("resumed", t + timedelta(days=2)),
              ("apology_issued", t + timedelta(days=3)),
              ("result_ready", t + timedelta(days=4)), ("returned", t + timedelta(days=5))]
    milestones = replay(events)
    assert milestones.status == "returned"
    assert milestones.completed_at == t + timedelta(days=4)
    assert milestones.returned_at == t + timedelta(days=5)
    assert milestones.withdrawn_at is None
    with pytest.raises(IllegalTransition):
        replay([("received", t), ("returned", t)])
    with pytest.raises(ValueError, match="tiếp nhận"):
        replay([("transferred", t)])


CALENDAR = WorkCalendar()
NOW = datetime(2025, 6, 10, 9, 0)  # a Tuesday


def test_the_suggested_new_appointment_is_three_working_days_after_the_later_moment():
    # Due Thursday 12/06 10:00: three working days later is Tuesday 17/06 at the same hour.
    assert suggest_new_due(CALENDAR, datetime(2025, 6, 12, 10, 0), NOW) == datetime(
        2025, 6, 17, 10, 0)
    # Long overdue: counted from now, at the missed appointment's time of day. Friday 29/08
    # + 3 skips the 2/9 holidays (1 and 2/9).
    assert suggest_new_due(CALENDAR, datetime(2025, 6, 1, 8, 0),
                           datetime(2025, 8, 29, 16, 0)) == datetime(2025, 9, 5, 8, 0)
    # On the office's grid: 08:38 is offered as 09:00, never to the minute.
    assert suggest_new_due(CALENDAR, datetime(2025, 6, 9, 8, 38), NOW) == datetime(
        2025, 6, 13, 9, 0)
    # A time in the lunch break moves to the afternoon's opening, after closing to closing.
    assert suggest_new_due(CALENDAR, datetime(2025, 6, 9, 11, 40), NOW) == datetime(
        2025, 6, 13, 13, 30)
    assert suggest_new_due(CALENDAR, datetime(2025, 6, 9, 17, 10), NOW) == datetime(
        2025, 6, 13, 17, 0)
    # No appointment to keep the time of: the day's opening.
    assert suggest_new_due(CALENDAR, None, datetime(2025, 6, 10, 19, 30)) == datetime(
        2025, 6, 13, 7, 30)


@pytest.mark.parametrize(("new_due", "message"), [
    (datetime(2025, 6, 10, 8, 0), "đã qua"),
    (datetime(2025, 6, 14, 9, 0), r"không phải ngày làm việc \(Thứ Bảy\)"),
    (datetime(2025, 9, 2, 9, 0), "không phải ngày làm việc"),
    (datetime(2025, 6, 13, 12, 0), "ngoài giờ làm việc"),
    (datetime(2025, 6, 13, 18, 0), "ngoài giờ làm việc"),
    (datetime(2025, 6, 11, 9, 0), "phải sau ngày hẹn đang thay thế"),
])
def test_a_new_appointment_must_be_a_later_working_moment(new_due, message):
    with pytest.raises(ApologyRuleError, match=message) as caught:
        check_new_due(CALENDAR, new_due, NOW, replaces=datetime(2025, 6, 12, 10, 0))
    assert str(caught.value).startswith("Ngày hẹn mới: ")


def test_closing_time_and_opening_time_are_acceptable_appointments():
    check_new_due(CALENDAR, datetime(2025, 6, 13, 17, 0), NOW, None)
    check_new_due(CALENDAR, datetime(2025, 6, 13, 7, 30), NOW, None)


def test_signer_lines():
    assert parse_signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Minh Tuấn"]) == (
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Lê Minh Tuấn")
    assert parse_signer(["GIÁM ĐỐC", " Lê  Minh Tuấn "]) == (("GIÁM ĐỐC",), "Lê Minh Tuấn")
    with pytest.raises(ApologyRuleError, match="cần chức vụ và họ tên"):
        parse_signer(["Lê Minh Tuấn"])
    with pytest.raises(ApologyRuleError, match="PHÓ GIÁM ĐỐC"):
        parse_signer(["KT. GIÁM ĐỐC", "Lê Minh Tuấn"])


def test_abbreviation_and_appointment_states():
    assert abbreviation("Trung tâm Phục vụ hành chính công") == "TTPVHCC"
    assert abbreviation("Ủy ban nhân dân xã Đông Anh") == "UBNDXĐA"
    due = datetime(2025, 6, 17, 10, 0)

    def state(*args, lateness="minute"):
        return appointment_state(*args, lateness=lateness)

    assert state(None, None, None, NOW) == "none"
    assert state(due, None, None, NOW) == "pending"
    assert state(due, None, None, due + timedelta(minutes=1)) == "missed"
    assert state(due, due, None, NOW) == "kept"
    assert state(due, due + timedelta(hours=1), None, NOW) == "missed"
    assert state(due, None, NOW, NOW) == "withdrawn"
    # By the day, the new appointment's day is kept to its end.
    assert state(due, due + timedelta(hours=1), None, NOW, lateness="day") == "kept"
    assert state(due, None, None, due + timedelta(minutes=1), lateness="day") == "pending"
