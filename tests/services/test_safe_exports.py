"""Issue 15, formula injection: what an applicant or a catalogue typed reaches every workbook
the program writes as the text typed, never as a formula Excel would run on opening (or on
the supervisor's next edit of the cell)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desk_app.documents.sheets import as_data
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.supervision import overdue, register, report
from desk_app.store.db import session_scope
from desk_app.store.models import Procedure
from tests.conftest import as_admin

HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "+cmd|' /C calc'!A0"
ARITHMETIC = "-1+2"
FUNCTION = "@SUM(A1)"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROCEDURE = "1.001612"
OFFICE = {
    "agency_code": "000.00.00.H49",
    # The administrator's words too: the register's title block starts with this name.
    "parent_agency_name": HYPERLINK,
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
START, END = date(2025, 6, 2), date(2025, 6, 6)


@pytest.fixture
def hostile(db_url):
    """A dossier whose every free text an applicant, a clerk or a catalogue fills starts like
    a formula: received 02/06, due 05/06, still open at the tests' now (10/06): overdue."""
    desk = as_admin(db_url)
    for key, value in OFFICE.items():
        office.set_value(desk, key, value)
    request = IntakeRequest(PROCEDURE, HYPERLINK, address=ARITHMETIC, note=DDE)
    code = intake.receive(desk, request, received_at=datetime(2025, 6, 2, 9, 0)).code
    lifecycle.record_event(desk, code, "transferred", at=datetime(2025, 6, 2, 10, 0),
                           unit=DDE, note=FUNCTION)
    # A catalogue imported from a hostile file: the procedure's name is a formula.
    with session_scope(db_url) as session:
        procedure = session.execute(
            select(Procedure).where(Procedure.code == PROCEDURE)).scalar_one()
        procedure.name = FUNCTION
    return desk


def _cells(path: Path):
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def _assert_data_only(path: Path, expected: set[str]) -> None:
    """No formula anywhere; every text that starts like one is marked as text (the quote
    prefix Excel itself sets for a typed `'=`), so it shows and stays as typed."""
    cells = _cells(path)
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    risky = [c for c in cells if isinstance(c.value, str) and c.value.startswith(FORMULA_STARTS)]
    assert [(c.coordinate, c.value) for c in risky if not c.quotePrefix] == []
    assert expected <= {c.value for c in risky}


def test_register_workbook_holds_the_typed_text(hostile, tmp_path):
    target = tmp_path / "so.xlsx"
    register.write_register_xlsx(hostile, START, END, target)
    _assert_data_only(target, {HYPERLINK, ARITHMETIC, DDE, FUNCTION})


def test_overdue_workbook_holds_the_typed_text(hostile, tmp_path):
    as_of = datetime(2025, 6, 10, 9, 0)
    rows = overdue.overdue(hostile, as_of)
    assert [r.applicant_name for r in rows] == [HYPERLINK]
    target = tmp_path / "qua-han.xlsx"
    overdue.export_rows(hostile, rows, str(target), as_of, lambda done, total: None)
    _assert_data_only(target, {HYPERLINK, DDE, FUNCTION})


def test_report_workbook_holds_the_typed_text(hostile, tmp_path):
    target = tmp_path / "bao-cao.xlsx"
    report.write_report_xlsx(report.build_report(hostile, START, END), target)
    _assert_data_only(target, {FUNCTION, DDE})



@pytest.mark.parametrize("start", ["\t", "\r"])
def test_a_leading_tab_or_carriage_return_is_kept_as_text(start, tmp_path):
    """Intake strips them from a name; a workbook still never relies on that."""
    book = openpyxl.Workbook()
    cell = as_data(book.active.cell(1, 1, f"{start}=1+1"))
    book.save(tmp_path / "t.xlsx")
    loaded = openpyxl.load_workbook(tmp_path / "t.xlsx").active["A1"]
    assert (cell.data_type, loaded.data_type, loaded.quotePrefix) == ("s", "s", True)
