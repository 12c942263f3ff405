"""desk-admin print control-sheet|register: files written on success, exit 2 and nothing
written on bad input."""

from datetime import datetime

import openpyxl
import pytest
from pypdf import PdfReader

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


@pytest.fixture
def run(capsys, db_url):
    """desk-admin in-process on an office with one dossier handed to a unit; returns
    (exit code, stdout, stderr)."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def code(db_url, run) -> str:
    received = intake.receive(as_admin(db_url), IntakeRequest("1.001612", "Lê Văn Cường"),
                              received_at=datetime(2025, 6, 10, 8, 0))
    lifecycle.record_event(as_admin(db_url), received.code, "transferred",
                           at=datetime(2025, 6, 10, 9, 0),
                           unit="Phòng Kinh tế")
    return received.code


@pytest.fixture
def out(tmp_path):
    """An empty folder for the command's output, apart from the database file."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_print_control_sheet(run, code, out):
    exit_code, stdout, _ = run("print", "control-sheet", code, "-o", str(out / "ks.pdf"))
    assert exit_code == 0 and "ks.pdf" in stdout
    text = PdfReader(out / "ks.pdf").pages[0].extract_text()
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text and "Phòng Kinh tế" in text


def test_print_control_sheet_of_an_unknown_dossier(run, code, out):
    exit_code, _, stderr = run("print", "control-sheet", "KHONG-CO", "-o", str(out / "ks.pdf"))
    assert exit_code == 2 and "Mã hồ sơ" in stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("name", ["so.xlsx", "so.pdf", "SO.PDF"])
def test_print_register_by_extension(run, code, out, name):
    exit_code, _, _ = run("print", "register", "--from", "2025-06-10", "--to", "2025-06-10",
                          "-o", str(out / name))
    assert exit_code == 0
    if name.endswith(".xlsx"):
        sheet = openpyxl.load_workbook(out / name).active
        assert sheet["B11"].value == code
    else:
        text = "".join(PdfReader(out / name).pages[0].extract_text().split())
        assert code in text


@pytest.mark.parametrize("argv,fragment", [
    (["--from", "2025-06-31", "--to", "2025-06-30"], "Từ ngày"),
    (["--from", "10/06/2025", "--to", "2025-06-30"], "Từ ngày"),
    (["--from", "2025-06-01", "--to", "2025-13-01"], "Đến ngày"),
    (["--from", "2025-06-30", "--to", "2025-06-01"], "Đến ngày"),
    (["--to", "2025-06-30"], "--from"),
])
def test_print_register_bad_dates(run, code, out, argv, fragment):
    exit_code, _, stderr = run("print", "register", *argv, "-o", str(out / "so.xlsx"))
    assert exit_code == 2 and fragment in stderr
    assert list(out.iterdir()) == []


def test_print_register_other_extension(run, code, out):
    exit_code, _, stderr = run("print", "register", "--from", "2025-06-01", "--to",
                               "2025-06-30", "-o", str(out / "so.docx"))
    assert exit_code == 2 and ".xlsx" in stderr
    assert list(out.iterdir()) == []
