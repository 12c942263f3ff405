"""desk-admin overdue --group: counts per unit, procedure, or step in progress and unit."""

import json

import pytest

from desk_app.cli import main
from tests.stepped_dossiers import EXAMINE, RECEIPT, REVIEW, TAX, make_stepped_dossiers


@pytest.fixture
def run(capsys, db_url):
    make_stepped_dossiers(db_url)

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_overdue_grouped_by_step_prints_counts_not_names(run):
    code, out, err = run("overdue", "--group", "step", "--format", "json")
    assert code == 0, err
    assert json.loads(out) == [
        {"group": EXAMINE, "total": 2, "overdue": 2, "due_soon": 0, "without_apology": 2},
        {"group": REVIEW, "total": 1, "overdue": 1, "due_soon": 0, "without_apology": 1},
        {"group": RECEIPT, "total": 1, "overdue": 1, "due_soon": 0, "without_apology": 1},
    ]
    assert "Nguyễn Văn An" not in out


def test_overdue_grouped_by_unit_and_the_rows_name_their_step(run):
    code, out, _ = run("overdue", "--group", "unit", "--format", "json")
    assert code == 0
    assert [(g["group"], g["total"]) for g in json.loads(out)] == [(TAX, 3), ("", 1)]
    code, out, _ = run("overdue", "--format", "json")
    steps = {(r["step_name"], r["step_unit"]) for r in json.loads(out)}
    assert ("Lãnh đạo phòng xem xét", TAX) in steps


def test_overdue_refuses_an_unknown_grouping(run):
    code, _, err = run("overdue", "--group", "officer")
    assert code == 2 and "--group" in err
