"""The overdue list grouped by the step in progress and the unit holding the dossier."""

from datetime import datetime

from desk_app.services.dossier_steps import DESK_NAME
from desk_app.services.supervision import overdue
from tests.conftest import as_admin
from tests.stepped_dossiers import (
    EXAMINE,
    RECEIPT,
    REVIEW,
    REVIEW_STARTS,
    TAX,
    make_stepped_dossiers,
)


def test_each_late_dossier_names_its_step_in_progress_and_the_unit_holding_it(db_url):
    codes = make_stepped_dossiers(db_url)
    rows = {r.code: r for r in overdue.overdue(as_admin(db_url))}
    assert set(rows) == set(codes.values())
    assert (rows[codes["examined"]].step_name, rows[codes["examined"]].step_unit) == (
        "Thẩm định, xử lý", TAX)
    assert rows[codes["reviewed"]].step_name == "Lãnh đạo phòng xem xét"
    assert (rows[codes["at_desk"]].step_name, rows[codes["at_desk"]].step_unit) == (
        "Tiếp nhận hồ sơ", DESK_NAME)


def test_grouped_by_step_and_unit_most_overdue_first(db_url):
    make_stepped_dossiers(db_url)
    groups = overdue.group_overdue(overdue.overdue(as_admin(db_url)), "step")
    assert [(g.key, g.total, g.overdue, g.without_apology) for g in groups] == [
        (EXAMINE, 2, 2, 2), (REVIEW, 1, 1, 1), (RECEIPT, 1, 1, 1)]


def test_as_of_a_past_moment_the_step_is_the_one_in_progress_then(db_url):
    codes = make_stepped_dossiers(db_url)
    # Thursday 05/06 at noon all four were overdue; the head's review had begun on the 4th.
    noon = datetime(2025, 6, 5, 12, 0)
    before = {r.code: r.step_name for r in overdue.overdue(
        as_admin(db_url), as_of=REVIEW_STARTS.replace(hour=8), include_due_soon=True)}
    assert before[codes["reviewed"]] == "Thẩm định, xử lý"
    after = {r.code: r.step_name for r in overdue.overdue(as_admin(db_url), as_of=noon)}
    assert after[codes["reviewed"]] == "Lãnh đạo phòng xem xét"


def test_a_dossier_resolved_since_has_no_step_now_but_had_one_then(db_url):
    from desk_app.services.processing import lifecycle

    codes = make_stepped_dossiers(db_url)
    lifecycle.record_event(as_admin(db_url), codes["examined_too"], "result_ready",
                           at=datetime(2025, 6, 9, 10, 0))
    now = {r.code for r in overdue.overdue(as_admin(db_url))}
    assert codes["examined_too"] not in now
    then = {r.code: r.step_name for r in overdue.overdue(
        as_admin(db_url), as_of=datetime(2025, 6, 6, 9, 0))}
    assert then[codes["examined_too"]] == "Thẩm định, xử lý"
