"""Decision 766's scoring and the lateness rule, as pure functions."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.domain.index766 import INDICATORS, Scoring, evaluate
from desk_app.domain.lateness import is_past_due, past_due_line
from desk_app.domain.report import ReportRow, Tally

DUE = datetime(2025, 6, 5, 9, 0)


@pytest.mark.parametrize("moment, minute, day", [
    ("2025-06-05 09:00", False, False),  # at the appointment
    ("2025-06-05 09:01", True, False),   # a minute after, the same day
    ("2025-06-05 23:59", True, False),
    ("2025-06-06 00:00", True, True),    # the next day
])
def test_late_by_the_minute_or_by_the_day(moment, minute, day):
    at = datetime.fromisoformat(moment)
    assert (is_past_due(DUE, at, "minute"), is_past_due(DUE, at, "day")) == (minute, day)


def test_an_unknown_rule_is_refused():
    with pytest.raises(ValueError, match="Cách tính trễ hạn"):
        past_due_line(DUE, "hour")


@pytest.mark.parametrize("text, threshold, points", [
    ("90:18", 0.9, 18), ("100:20", 1.0, 20), (" 50,5 : 12 ", 0.505, 12)])
def test_scoring_reads_threshold_and_points(text, threshold, points):
    assert Scoring.parse(text, "x") == Scoring(threshold, points)


@pytest.mark.parametrize("text", ["90", "0:18", "101:18", "90:-1", "chín mươi:18", ""])
def test_scoring_refuses_what_is_not_threshold_and_points(text):
    with pytest.raises(ValueError, match="NGƯỠNG:ĐIỂM"):
        Scoring.parse(text, "Chỉ số")


def test_points_are_full_at_the_threshold_and_in_proportion_below():
    scoring = Scoring(0.9, 18)
    assert [scoring.points_for(v) for v in (0.95, 0.9, 0.45, 0.0, None)] == [
        18, 18, 9, 0, None]


def test_the_indicators_of_a_constructed_line():
    # 10 resolved: 3 early, 5 on time, 2 late; 1 disliked; new 6 online of 8 (1 withdrawn
    # online, left out).
    tally = Tally(received_online=7, received_direct_postal=2, resolved_early=3,
                  resolved_on_time=5, resolved_late=2, withdrawn=1, withdrawn_online=1,
                  ratings=4, satisfied=3, disliked=1, carried_over=1)
    row = ReportRow.of(tally)
    values = {v.indicator.key: v for v in evaluate(row, {"index766_online_rate": "50:12"})}
    assert [i.key for i in INDICATORS] == list(values)
    assert values["on_time_rate"].value == 0.8
    assert values["handling_satisfaction"].value == pytest.approx(0.7)  # 1 - (2 + 1) / 10
    assert values["online_rate"].value == 0.75  # 6 / 8
    assert values["on_time_rate"].points == 16  # default 100:20
    assert values["handling_satisfaction"].points == pytest.approx(14)  # 18 * 0.7 / 0.9
    assert values["online_rate"].points == 12  # at or above 50 %
    # Digitisation: 4 of the 9 new dossiers with every document digitised, 5 of 10 results.
    digitised = ReportRow.of(Tally(received_online=7, received_direct_postal=2,
                                   resolved_early=3, resolved_on_time=5, resolved_late=2,
                                   received_digitised=4, results_digitised=5))
    rates = {v.indicator.key: v for v in evaluate(digitised, {})}
    assert rates["received_digitised_rate"].value == pytest.approx(4 / 9)
    assert rates["results_digitised_rate"].value == 0.5
    assert rates["results_digitised_rate"].points == 5  # default 100:10
    nothing = evaluate(ReportRow.of(Tally()), {})
    assert [(v.value, v.points) for v in nothing] == [(None, None)] * len(INDICATORS)
