"""The bundled catalogue row by row against the project's reference list of real procedures
(`procedures-reference.csv` beside this file, a copy of the reference rows): every procedure,
every column equal, except the corrections made on purpose, each of which says so in its row."""

import csv
from datetime import datetime, time
from pathlib import Path

import pytest

from desk_app.domain.catalog import parse_catalog
from desk_app.domain.deadlines import ClockRule, TimeLimit, compute_due
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.paths import CATALOG_DIR

REFERENCE = Path(__file__).with_name("procedures-reference.csv")
BUNDLED = CATALOG_DIR / "procedures.csv"

# (code, column): the bundled value, where the bundle corrects the reference.
CORRECTIONS = {
    # Land dispute mediation: 30 is the postal figure; the in-person 40 is the one kept.
    ("1.012812", "time_limit"): "40d",
    # Copy from the original register: same day, the next working day after 15:00.
    ("2.000908", "time_limit"): "same-day",
    ("2.000908", "cutoff"): "15:00",
}
# Rows whose source carries a note after the reference's text (checked, nothing changed).
NOTED = {"1.012812", "2.000806", "2.000908"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_bundle_holds_the_reference_procedures_in_its_order():
    assert [r["code"] for r in _rows(BUNDLED)] == [r["code"] for r in _rows(REFERENCE)]
    assert list(_rows(BUNDLED)[0]) == list(_rows(REFERENCE)[0])


@pytest.mark.parametrize("reference", _rows(REFERENCE), ids=lambda r: r["code"])
def test_each_bundled_row_matches_the_reference_but_for_its_corrections(reference):
    bundled = {r["code"]: r for r in _rows(BUNDLED)}[reference["code"]]
    assert list(bundled) == list(reference)  # no cell spilled into an extra column
    for column, value in reference.items():
        expected = CORRECTIONS.get((reference["code"], column), value)
        if column == "source" and reference["code"] in NOTED:
            assert bundled["source"].startswith(value + " ; ")
            continue
        assert bundled[column] == expected, column
    if any(code == reference["code"] for code, _ in CORRECTIONS):
        # A corrected row says what changed and why.
        assert "(was " in bundled["source"]


def test_the_whole_bundle_parses():
    assert len(parse_catalog(_rows(BUNDLED))) == len(_rows(REFERENCE))


def test_a_copy_from_the_original_register_is_due_the_same_day_or_next_after_15():
    row = next(r for r in _rows(BUNDLED) if r["code"] == "2.000908")
    rule = ClockRule(TimeLimit.parse(row["time_limit"]), time.fromisoformat(row["cutoff"]),
                     "restart")
    calendar = WorkCalendar(first_year=2026, last_year=2026)
    morning = compute_due(rule, calendar, datetime(2026, 1, 9, 10, 0)).due_at
    late = compute_due(rule, calendar, datetime(2026, 1, 9, 15, 30)).due_at
    assert morning.date() == datetime(2026, 1, 9).date()
    # Friday after 15:00: the make-up Saturday 10/1/2026 is the next working day.
    assert late.date() == datetime(2026, 1, 10).date()
