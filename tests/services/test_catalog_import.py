import csv
from datetime import datetime

import openpyxl
import pytest
from sqlalchemy import func, select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from desk_app.store.db import session_scope
from desk_app.store.models import Dossier, Procedure, ProcedureVersion
from tests.conftest import as_admin

HEADER = ["code", "name", "field", "level", "agency", "time_limit", "cutoff",
          "supplement_rule", "fee", "documents", "effective_from"]
NEW = ["9.000001", "Thủ tục thử nghiệm", "Thử nghiệm", "xã", "UBND xã", "5d", "", "pause",
       "10.000 đ", "Đơn đề nghị|bản chính|1;Bản sao CCCD|bản sao|2", "2025-01-01"]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _version_count(url):
    with session_scope(url) as s:
        return s.execute(select(func.count()).select_from(ProcedureVersion)).scalar_one()


@pytest.mark.parametrize("writer", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_import_adds_procedures_from_csv_and_xlsx(db_url, tmp_path, writer):
    suffix = ".csv" if writer is write_csv else ".xlsx"
    summary = catalog.import_file(as_admin(db_url), writer(tmp_path / f"c{suffix}", [NEW]))
    assert summary.added == ("9.000001",)
    info = catalog.get_procedure(as_admin(db_url), "9.000001")
    assert info.time_limit == "5d" and info.supplement_rule == "pause"
    assert [(d.name, d.form, d.count) for d in info.documents] == [
        ("Đơn đề nghị", "bản chính", 1), ("Bản sao CCCD", "bản sao", 2)]
    assert catalog.list_procedures(as_admin(db_url), "thu nghiem")[0].code == "9.000001"


def test_reimporting_a_changed_procedure_creates_a_version_and_dossiers_keep_theirs(
        db_url, tmp_path):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    catalog.import_file(as_admin(db_url), write_csv(tmp_path / "a.csv", [NEW]))
    received = intake.receive(as_admin(db_url), IntakeRequest("9.000001", "Lê Văn Tám"),
                              received_at=datetime(2025, 6, 10, 9, 0))
    changed = NEW[:5] + ["7d"] + NEW[6:10] + ["2025-07-01"]
    summary = catalog.import_file(as_admin(db_url), write_csv(tmp_path / "b.csv", [changed]))
    assert summary.new_versions == ("9.000001",)
    assert catalog.get_procedure(as_admin(db_url), "9.000001",
                                 datetime(2025, 6, 30, 9)).time_limit == "5d"
    assert catalog.get_procedure(as_admin(db_url), "9.000001",
                                 datetime(2025, 7, 1, 9)).time_limit == "7d"
    with session_scope(db_url) as s:
        dossier = s.execute(select(Dossier).where(Dossier.code == received.code)).scalar_one()
        assert dossier.version.time_limit == "5d"
    # The same file again changes nothing.
    again = catalog.import_file(as_admin(db_url), write_csv(tmp_path / "c.csv", [changed]))
    assert again.unchanged == ("9.000001",) and again.new_versions == ()


@pytest.mark.parametrize("writer", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_one_bad_row_refuses_the_whole_file_naming_row_and_column(db_url, tmp_path, writer):
    suffix = ".csv" if writer is write_csv else ".xlsx"
    bad = NEW[:5] + ["3 ngày"] + NEW[6:]
    good2 = ["9.000002"] + NEW[1:]
    before = _version_count(db_url)
    with pytest.raises(UserError) as error:
        catalog.import_file(as_admin(db_url), writer(tmp_path / f"bad{suffix}", [good2, bad]))
    message = str(error.value)
    assert "Dòng 3" in message and "time_limit" in message
    assert _version_count(db_url) == before
    with session_scope(db_url) as s:
        assert s.execute(select(Procedure).where(Procedure.code == "9.000002")).first() is None
