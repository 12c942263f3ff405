"""The office's lateness rule (`lateness` = minute | day) decides alike in every statistic and
screen: a dossier resolved two hours after its appointment on the appointment's day is late by
the minute and on time by the day; an open one due this morning is overdue by the minute and
due today by the day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office
from desk_app.services.processing import control_sheet, lifecycle, returns
from desk_app.services.reception import intake
from desk_app.services.supervision import counts as desk_counts
from desk_app.services.supervision import overdue, register, report
from tests.conftest import as_admin

A = "1.004873"  # 3 working days
WEEK = (date(2025, 6, 2), date(2025, 6, 6))
MORNING_AFTER = datetime(2025, 6, 6, 11, 0)  # two hours after OPEN's appointment


@pytest.fixture
def two(office_db) -> tuple[str, str, str]:
    url = office_db
    desk = as_admin(url)
    # Due Thu 05/06 09:00, result at 11:00 that day.
    same_day = intake.receive(desk, IntakeRequest(A, "Trễ Trong Ngày", channel="online"),
                              received_at=datetime(2025, 6, 2, 9, 0)).code
    lifecycle.record_event(desk, same_day, "transferred", at=datetime(2025, 6, 2, 10, 0),
                           unit="Phòng Tư pháp")
    lifecycle.record_event(desk, same_day, "result_ready", at=datetime(2025, 6, 5, 11, 0))
    # Due Fri 06/06 09:00, still open.
    still_open = intake.receive(desk, IntakeRequest(A, "Còn Mở"),
                                received_at=datetime(2025, 6, 3, 9, 0)).code
    return url, same_day, still_open


def everywhere(url: str, same_day: str, still_open: str) -> dict[str, object]:
    """What each place says of the two dossiers."""
    desk = as_admin(url)
    totals = report.build_report(desk, *WEEK).totals
    trend = report.monthly_trend(desk, date(2025, 6, 1), date(2025, 6, 30))[0]
    lines = {r.code: r.lateness for r in register.register_rows(desk, *WEEK, now=MORNING_AFTER)}
    sheet = control_sheet.control_sheet_document(desk, same_day)
    waiting = {r.code: r.late for r in returns.awaiting_return(desk)}
    listed = overdue.overdue(desk, as_of=MORNING_AFTER, include_due_soon=True)
    counts = desk_counts.day_counts(desk, now=MORNING_AFTER)
    return {
        "report": (totals.resolved_on_time, totals.resolved_late),
        "trend": trend.on_time_rate,
        "dossier list": dossiers.show(desk, same_day).row.deadline_class,
        "dossier list, open": dossiers.show(desk, still_open, now=MORNING_AFTER)
        .row.deadline_class,
        "register": (lines[same_day], lines[still_open]),
        "control sheet": [s.result for s in sheet.steps if s.result][-1],
        "return desk": waiting[same_day],
        "overdue screen": [(r.code == still_open, r.urgency, r.overdue_working_days)
                           for r in listed],
        "status bar": (counts.overdue, counts.due_today),
    }


def test_by_the_minute_by_default(two):
    url, same_day, still_open = two
    assert everywhere(url, same_day, still_open) == {
        "report": (0, 1), "trend": 0.0, "dossier list": "late",
        "dossier list, open": "overdue", "register": ("late", "overdue"),
        "control sheet": "late", "return desk": True,
        "overdue screen": [(True, "overdue", 0)], "status bar": (1, 0),
    }


def test_by_the_day_the_same_day_is_on_time_everywhere(two):
    url, same_day, still_open = two
    office.set_value(as_admin(url), "lateness", "day")
    assert everywhere(url, same_day, still_open) == {
        "report": (1, 0), "trend": 1.0, "dossier list": "on_time",
        "dossier list, open": "due_soon", "register": ("", ""),
        "control sheet": "on_time", "return desk": False,
        "overdue screen": [(True, "due_today", 0)], "status bar": (0, 1),
    }
    # The next day it is overdue by the day too, one working day.
    monday = datetime(2025, 6, 9, 8, 0)
    (row,) = overdue.overdue(as_admin(url), as_of=monday)
    assert (row.code, row.urgency, row.overdue_working_days) == (still_open, "overdue", 1)
    assert report.report_json(report.build_report(as_admin(url), *WEEK))["lateness"] == "day"
