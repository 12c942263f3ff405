"""Files the user saves: the same permissions whatever their kind (those a plain open() gives
under the user's umask), and a write that fails leaves neither a partial file nor a temporary
one beside it."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime

import pytest

from desk_app.cli.output import write_answer
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.report import Report, ReportRow, Tally
from desk_app.files import write_atomically
from desk_app.services import office
from desk_app.services.processing import control_sheet
from desk_app.services.reception import intake, receipts
from desk_app.services.supervision import register
from desk_app.services.supervision.report import write_report_pdf, write_report_xlsx
from tests.conftest import as_admin

UMASK = 0o027


@pytest.fixture
def umask():
    previous = os.umask(UMASK)
    yield UMASK
    os.umask(previous)


def empty_report() -> Report:
    return Report(date(2025, 6, 2), date(2025, 6, 8), [], ReportRow.of(Tally()), [],
                  agency_name="Trung tâm Phục vụ hành chính công", place_name="Quảng Nam",
                  made_at=datetime(2025, 6, 9, 8, 0))


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="Windows files have no permission bits")
def test_a_pdf_a_report_sheet_and_a_csv_answer_get_the_same_mode(tmp_path, umask):
    pdf, xlsx, csv = tmp_path / "report.pdf", tmp_path / "report.xlsx", tmp_path / "answer.csv"
    write_report_pdf(empty_report(), pdf)
    write_report_xlsx(empty_report(), xlsx)
    write_answer(csv, "code,name\r\nA,B", "csv")
    assert pdf.read_bytes()[:5] == b"%PDF-" and xlsx.read_bytes()[:2] == b"PK"
    assert mode(pdf) == mode(xlsx) == mode(csv) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answer.csv", "report.pdf",
                                                         "report.xlsx"]


def test_a_failing_write_leaves_the_old_file_and_nothing_beside_it(tmp_path):
    target = tmp_path / "overdue.xlsx"
    target.write_bytes(b"the earlier export")

    def fails_half_way(temporary):
        temporary.write_bytes(b"half of it")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, fails_half_way)
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["overdue.xlsx"]


class Cancelled(Exception):
    pass


def test_a_cancel_at_the_last_moment_leaves_no_file(tmp_path):
    target = tmp_path / "report.pdf"

    def cancelled(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        write_atomically(target, lambda temporary: temporary.write_bytes(b"%PDF-"), cancelled)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="Windows files have no permission bits")
def test_a_receipt_a_control_sheet_and_a_register_go_through_the_same_writer(db_url, tmp_path,
                                                                            umask):
    desk = as_admin(db_url)
    for key, value in {"agency_code": "000.00.00.H49", "place_name": "Quảng Nam",
                       "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
                       "agency_name": "Trung tâm Phục vụ hành chính công tỉnh"}.items():
        office.set_value(desk, key, value)
    code = intake.receive(desk, IntakeRequest("1.001193", "Lê Văn Tám"),
                          received_at=datetime(2025, 6, 10, 9, 0)).code
    folder = tmp_path / "saved"
    folder.mkdir()
    receipt, sheet, book = folder / "receipt.pdf", folder / "sheet.pdf", folder / "register.xlsx"
    receipts.write_receipt(desk, code, receipt)
    control_sheet.write_control_sheet(desk, code, sheet)
    register.write_register(desk, date(2025, 6, 1), date(2025, 6, 30), book)
    assert receipt.read_bytes()[:5] == sheet.read_bytes()[:5] == b"%PDF-"
    assert book.read_bytes()[:2] == b"PK"
    assert mode(receipt) == mode(sheet) == mode(book) == 0o666 & ~umask
    assert sorted(p.name for p in folder.iterdir()) == ["receipt.pdf", "register.xlsx",
                                                        "sheet.pdf"]
