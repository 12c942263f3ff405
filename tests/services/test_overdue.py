"""The overdue list (FORMATS.md "overdue"): as of now and as of a past moment, on the register
of conftest.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied
from desk_app.services.processing import lifecycle
from desk_app.services.supervision import overdue
from tests.conftest import as_admin


def labels(rows, codes):
    by_code = {code: label for label, code in codes.items()}
    return [by_code[r.code] for r in rows]


def test_overdue_now_most_overdue_first(register):
    url, codes = register
    rows = overdue.overdue(as_admin(url))  # DESK_APP_NOW: Tuesday 10/06/2025 09:00
    # Open now with a due date before 09:00: C6 (29/05), C5 (04/06 09:00), N5 (06/06 09:00),
    # N13 (06/06 17:00), N6 (09/06 09:00). N16 is due at 09:00 exactly: not yet overdue.
    assert labels(rows, codes) == ["C6", "C5", "N5", "N13", "N6"]
    # Working days after the due day up to and including 10/06.
    assert [r.overdue_working_days for r in rows] == [8, 4, 2, 2, 1]
    assert {r.urgency for r in rows} == {"overdue"}
    first = rows[0]
    assert (first.procedure_code, first.unit, first.applicant_name, first.apology_issued) == (
        "1.004873", "Phòng Tư pháp", "Người nộp C6", False)
    assert first.due_at == datetime(2025, 5, 29, 9, 0)
    assert first.received_at == datetime(2025, 5, 26, 9, 0)
    assert first.procedure_name == "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân"


def test_overdue_as_of_a_past_moment_counts_what_was_open_then(register):
    url, codes = register
    as_of = datetime(2025, 6, 4, 12, 0)
    rows = overdue.overdue(as_admin(url), as_of=as_of)
    # C9 was resolved, C11 withdrawn and C12 resolved only later: open at that moment.
    # C8 (due 04/06 17:00) and N12 (due 04/06 17:00) were not yet due.
    assert labels(rows, codes) == ["C6", "C11", "C5", "C9", "C12"]
    assert [r.overdue_working_days for r in rows] == [4, 1, 0, 0, 0]
    # The apology of C12 had been issued on 03/06; one issued later would not count.
    assert [r.apology_issued for r in rows] == [False, False, False, False, True]
    earlier = overdue.overdue(as_admin(url), as_of=datetime(2025, 6, 3, 9, 30))
    assert labels(earlier, codes) == ["C6", "C11"]
    assert not any(r.apology_issued for r in earlier)


def test_due_soon_adds_due_today_and_next_working_day(register):
    url, codes = register
    rows = overdue.overdue(as_admin(url), as_of=datetime(2025, 6, 4, 12, 0), include_due_soon=True)
    # Overdue first, then due today (04/06 17:00), then by Thursday's closing (05/06 09:00).
    assert labels(rows, codes) == ["C6", "C11", "C5", "C9", "C12", "C8", "N12", "N2", "N3",
                                   "N14"]
    assert [r.urgency for r in rows[5:]] == ["due_today"] * 2 + ["due_soon"] * 3
    assert [r.overdue_working_days for r in rows[5:]] == [0] * 5
    # Friday afternoon: the next working day is Monday, so Monday's dossiers are due soon.
    friday = overdue.overdue(as_admin(url), as_of=datetime(2025, 6, 6, 15, 0),
                             include_due_soon=True)
    soon = {label: r.urgency for label, r in zip(labels(friday, codes), friday, strict=True)
            if r.urgency != "overdue"}
    # C8, due Wednesday 17:00 and resolved only at Friday 23:59, is overdue by then; N8 is
    # withdrawn only at Friday 23:59.
    assert soon == {"N13": "due_today", "N6": "due_soon", "N8": "due_soon"}
    assert "C8" in labels(friday, codes)


def test_filters_groups_and_paging(register):
    url, codes = register
    as_of = datetime(2025, 6, 4, 12, 0)
    assert labels(overdue.overdue(as_admin(url), as_of=as_of, unit="Phòng Kinh tế"), codes) == [
        "C11", "C9"]
    assert labels(overdue.overdue(as_admin(url), as_of=as_of, procedure_code="1.004873"),
                  codes) == [
        "C6", "C5", "C12"]
    assert labels(overdue.overdue(as_admin(url), as_of=as_of, offset=1, limit=2),
                  codes) == ["C11", "C5"]
    rows = overdue.overdue(as_admin(url), as_of=as_of, include_due_soon=True)
    by_unit = overdue.group_overdue(rows, "unit")
    assert by_unit == [
        overdue.OverdueGroup("Phòng Tư pháp", total=7, overdue=3, due_soon=4,
                             without_apology=6),
        overdue.OverdueGroup("Phòng Kinh tế", total=3, overdue=2, due_soon=1,
                             without_apology=3),
    ]
    by_procedure = {g.key: g for g in overdue.group_overdue(rows, "procedure")}
    assert (by_procedure["1.001193"].total, by_procedure["1.001193"].due_soon) == (1, 1)
    with pytest.raises(ValueError):
        overdue.group_overdue(rows, "officer")


def test_officer_and_apology_letter(register):
    url, codes = register
    lifecycle.transfer(as_admin(url), codes["C6"], "Phòng Tư pháp", "Trần Văn Bình",
                       at=datetime(2025, 6, 9, 8, 0))
    rows = {r.code: r for r in overdue.overdue(as_admin(url))}
    assert rows[codes["C6"]].officer == "Trần Văn Bình"
    assert rows[codes["C5"]].officer == ""
    # Before the hand-over the officer was not yet known.
    past = {r.code: r for r in overdue.overdue(as_admin(url), as_of=datetime(2025, 6, 6, 10, 0))}
    assert past[codes["C6"]].officer == ""


def test_paused_dossiers_are_never_overdue(register):
    url, codes = register
    everything = overdue.overdue(as_admin(url), as_of=datetime(2025, 7, 1, 9, 0),
                                 include_due_soon=True)
    found = set(labels(everything, codes))
    assert "C10" not in found and "N17" not in found  # supplement requested, stopped
    assert {"X4", "X5", "N7", "N16", "N18"} <= found


def test_permission(register):
    url, _ = register
    with pytest.raises(PermissionDenied):
        overdue.overdue(Desk(url, Actor(3, "saoluu", "backup")))
    assert overdue.overdue(Desk(url, Actor(5, "lanhdao", "supervisor")))
    # The desk and the units read the list too.
    assert overdue.overdue(Desk(url, Actor(3, "tiepnhan", "clerk")))
    assert overdue.overdue(Desk(url, Actor(3, "chuyenvien", "officer")))
