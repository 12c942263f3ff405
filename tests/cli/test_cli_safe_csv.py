"""Issue 15, formula injection in CSV: an answer opened in Excel shows a name typed as
`=HYPERLINK(...)` as that text (a `'` before it, OWASP's advice); `--raw` gives a script the
value bare."""

import csv
import io
import json
from datetime import datetime

import pytest

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
# (applicant's name, unit in charge): received 02/06, due 05/06, overdue at the tests' now.
HOSTILE = [
    ('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0"),
    ("-1+2", "@SUM(A1)"),
]


@pytest.fixture
def run(capsys, db_url):
    desk = as_admin(db_url)
    for key, value in OFFICE.items():
        office.set_value(desk, key, value)
    for name, unit in HOSTILE:
        code = intake.receive(desk, IntakeRequest("1.001612", name),
                              received_at=datetime(2025, 6, 2, 9, 0)).code
        lifecycle.record_event(desk, code, "transferred", at=datetime(2025, 6, 2, 10, 0),
                               unit=unit)

    def invoke(*argv):
        status = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        assert status == 0, captured.err
        return captured.out

    return invoke


def _cells(text: str, *columns: str) -> set[tuple[str, ...]]:
    return {tuple(row[c] for c in columns) for row in csv.DictReader(io.StringIO(text))}


def test_csv_answers_put_a_quote_before_what_excel_would_run(run):
    listed = run("dossier", "list", "--format", "csv")
    assert _cells(listed, "applicant_name") == {("'" + name,) for name, _ in HOSTILE}
    late = run("overdue", "--format", "csv")
    assert _cells(late, "applicant_name", "unit") == {
        ("'" + name, "'" + unit) for name, unit in HOSTILE}


def test_a_csv_file_for_excel_carries_the_quote(run, tmp_path):
    target = tmp_path / "qua-han.csv"
    run("overdue", "--format", "csv", "-o", str(target))
    text = target.read_text(encoding="utf-8-sig")
    assert _cells(text, "applicant_name") == {("'" + name,) for name, _ in HOSTILE}


def test_raw_gives_scripts_the_values_bare(run):
    listed = run("dossier", "list", "--format", "csv", "--raw")
    assert _cells(listed, "applicant_name") == {(name,) for name, _ in HOSTILE}
    late = run("overdue", "--format", "csv", "--raw")
    assert _cells(late, "applicant_name", "unit") == set(HOSTILE)


def test_json_and_the_programs_own_numbers_are_untouched(run):
    """JSON is not opened by a spreadsheet; a count the program wrote is never quoted."""
    listed = json.loads(run("dossier", "list", "--format", "json"))
    assert {d["applicant_name"] for d in listed} == {name for name, _ in HOSTILE}
    late = run("overdue", "--format", "csv")
    assert {row["overdue_working_days"] for row in csv.DictReader(io.StringIO(late))} == {"3"}
