"""The return counter's list: results ready and not yet handed over, on the register of
conftest.py, oldest result first."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.domain.intake import IntakeRequest
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied
from desk_app.services.processing import lifecycle, returns
from tests.conftest import as_admin
from tests.dossier_steps import ready_at_desk

CLERK = Actor(user_id=None, username="tiepnhan", role="clerk", full_name="Cán bộ tiếp nhận")


def labels(rows, codes):
    by_code = {code: label for label, code in codes.items()}
    return [by_code[r.code] for r in rows]


def test_results_waiting_oldest_first_with_their_lateness(register):
    url, codes = register
    rows = returns.awaiting_return(Desk(url, CLERK))
    # result_ready and no return: X3, C1-C3, C8, C9, C12, N1, N2, N4, N10-N12, N15, by the
    # moment the result was ready. Returned ones (X1, C4, N3, N14) and open ones are not here.
    assert labels(rows, codes) == ["X3", "C1", "C2", "C3", "N10", "N15", "N11", "N1", "N12",
                                   "N2", "C12", "N4", "C8", "C9"]
    late = {label for label, row in zip(labels(rows, codes), rows, strict=True) if row.late}
    # Ready after the appointment (conftest.py's comments): C3 (a minute), C8, C9, C12, N4,
    # N12; C2 and N2 at or before it.
    assert late == {"C3", "C8", "C9", "C12", "N4", "N12"}
    c3 = rows[3]
    assert (c3.applicant_name, c3.procedure_code, c3.ready_at, c3.due_at) == (
        "Người nộp C3", "1.004873", datetime(2025, 6, 2, 9, 1), datetime(2025, 6, 2, 9, 0))


def test_a_result_handed_over_leaves_the_list(register):
    url, codes = register
    lifecycle.return_result(as_admin(url), codes["C3"], collector_name="Người nộp C3",
                            collector_id="001190012345")
    rows = returns.awaiting_return(Desk(url, CLERK))
    assert codes["C3"] not in {r.code for r in rows}
    assert len(rows) == 13


def test_the_filter_ignores_diacritics_and_finds_codes_phones_and_id_numbers(office_db):
    ready = datetime(2025, 6, 9, 10, 0)
    code = ready_at_desk(office_db, IntakeRequest("1.001612", "Đặng Thị Ánh", phone="0905123456",
                                                  id_number="079190000111"),
                         datetime(2025, 6, 5, 9, 0), ready)
    other = ready_at_desk(office_db, IntakeRequest("1.001612", "Nguyễn Văn Bình"),
                          datetime(2025, 6, 5, 9, 30), ready)
    rows = returns.awaiting_return(Desk(office_db, CLERK))
    assert rows[0].phone == "0905123456"

    def found(text):
        return [r.code for r in returns.matching(rows, text)]
    assert found("dang thi anh") == [code]
    assert found("ĐẶNG  ánh") == [code]
    assert found("123456") == [code]
    assert found("079190000111") == [code]
    assert found(code.lower()) == [code]
    assert found("") == [code, other]
    assert found("tran") == []


def test_every_role_that_reads_dossiers_sees_the_list(register):
    url, _ = register
    officer = Actor(user_id=None, username="cv", role="officer")
    assert returns.awaiting_return(Desk(url, officer))
    with pytest.raises(PermissionDenied):
        returns.awaiting_return(Desk(url, Actor(user_id=None, username="x", role="guest")))
