"""desk-admin overdue | report | rate: the FORMATS.md JSON shapes, exit codes, files."""

from __future__ import annotations

import json
from datetime import datetime

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
OVERDUE_KEYS = {"code", "procedure_code", "applicant_name", "received_at", "due_at",
                "overdue_working_days", "unit", "apology_issued"}
COUNTERS = {"carried_over", "received_online", "received_direct_postal", "received_total",
            "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
            "in_progress_total", "in_progress_within", "in_progress_overdue", "withdrawn"}


@pytest.fixture
def run(capsys, db_url):
    """desk-admin in-process on an office with three dossiers of 1.004873 (3 working days):
    late (open), resolved on Friday 06/06 after being overdue, and early then returned."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    codes = []
    for name, received in (("Lê Văn Tám", datetime(2025, 6, 2, 9, 0)),
                           ("Trần Thị Bích", datetime(2025, 6, 2, 10, 0)),
                           ("Phạm Văn Đồng", datetime(2025, 6, 3, 8, 0))):
        codes.append(intake.receive(as_admin(db_url), IntakeRequest(
            "1.004873", name, channel="online" if "Bích" in name else "direct",
            unit="Phòng Tư pháp"), received_at=received).code)
    lifecycle.record_event(as_admin(db_url), codes[1], "result_ready",
                           at=datetime(2025, 6, 6, 10, 0))
    lifecycle.record_event(as_admin(db_url), codes[2], "result_ready",
                           at=datetime(2025, 6, 5, 9, 0))
    lifecycle.record_event(as_admin(db_url), codes[2], "returned", at=datetime(2025, 6, 5, 10, 0))

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    invoke.codes = codes
    return invoke


def test_overdue_json_now_and_as_of(run):
    first, second, _ = run.codes
    code, out, _ = run("overdue", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["code"] for r in rows] == [first]
    assert set(rows[0]) >= OVERDUE_KEYS
    assert {k: rows[0][k] for k in OVERDUE_KEYS} == {
        "code": first, "procedure_code": "1.004873", "applicant_name": "Lê Văn Tám",
        "received_at": "2025-06-02T09:00", "due_at": "2025-06-05T09:00",
        "overdue_working_days": 3, "unit": "Phòng Tư pháp", "apology_issued": False,
    }
    # Thursday 05/06 at noon both were overdue: the second was resolved only on Friday.
    code, out, _ = run("overdue", "--as-of", "2025-06-05 12:00", "--format", "json")
    assert [(r["code"], r["overdue_working_days"]) for r in json.loads(out)] == [
        (first, 0), (second, 0)]
    code, out, _ = run("overdue", "--as-of", "2025-06-06 08:00", "--format", "csv")
    lines = out.splitlines()
    assert lines[0].startswith("code,procedure_code,applicant_name,received_at,due_at,"
                               "overdue_working_days,unit,apology_issued")
    assert lines[1].startswith(f"{first},1.004873,Lê Văn Tám,2025-06-02 09:00,2025-06-05 09:00,1,")
    code, out, _ = run("overdue")
    assert code == 0 and "Lê Văn Tám" in out and "overdue_working_days" in out.splitlines()[0]


def test_overdue_bad_as_of(run):
    code, out, err = run("overdue", "--as-of", "05/06/2025")
    assert code == 2 and out == "" and "--as-of" in err


def test_report_json_and_table(run):
    code, out, _ = run("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format",
                       "json")
    assert code == 0
    whole = json.loads(out)
    assert {"from", "to", "rows", "totals"} <= set(whole)
    assert (whole["from"], whole["to"]) == ("2025-06-01", "2025-06-30")
    (row,) = whole["rows"]
    assert {"field", "procedure_code"} | COUNTERS <= set(row)
    assert (row["field"], row["procedure_code"]) == ("Hộ tịch", "1.004873")
    assert {k: whole["totals"][k] for k in COUNTERS} == {
        "carried_over": 0, "received_online": 1, "received_direct_postal": 2,
        "received_total": 3, "resolved_total": 2, "resolved_early": 1,
        "resolved_on_time": 0, "resolved_late": 1, "in_progress_total": 1,
        "in_progress_within": 0, "in_progress_overdue": 1, "withdrawn": 0,
    }
    assert whole["totals"]["on_time_rate"] == 0.5
    code, out, _ = run("report", "--from", "2025-06-01", "--to", "2025-06-30")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("procedure_code")
    assert "Tổng cộng" in lines[-1]
    code, out, _ = run("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format",
                       "csv")
    assert out.splitlines()[0].startswith("field,procedure_code,procedure_name,carried_over")


def test_report_files(run, tmp_path):
    xlsx, pdf = tmp_path / "thang6.xlsx", tmp_path / "thang6.pdf"
    code, out, _ = run("report", "--from", "2025-06-01", "--to", "2025-06-30", "-o", str(xlsx))
    assert code == 0 and str(xlsx) in out
    sheet = openpyxl.load_workbook(xlsx).active
    total = next(r for r in sheet.iter_rows(values_only=True) if r[1] == "Tổng cộng")
    # Form 06's columns: total, carried over, online, direct/postal, resolved, in progress.
    assert total[2:13] == (3, 0, 1, 2, 2, 1, 0, 1, 1, 0, 1)
    code, _, _ = run("report", "--from", "2025-06-01", "--to", "2025-06-30", "-o", str(pdf))
    assert code == 0
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert "Kỳ báo cáo: từ ngày 01/06/2025 đến ngày 30/06/2025" in pages[0]
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1]
    assert "Số hồ sơ theo tháng" in pages[-1] and "06/2025" in pages[-1]  # the trend chart


@pytest.mark.parametrize("argv, field", [
    (["--from", "2025-06-30", "--to", "2025-06-01", "-o", "r.xlsx"], "Đến ngày"),
    (["--from", "2025-13-01", "--to", "2025-06-01", "-o", "r.pdf"], "--from"),
    (["--to", "2025-06-01", "-o", "r.xlsx"], "--from"),
    (["--from", "2025-06-01", "--to", "2025-06-30", "-o", "r.docx"], "Tệp xuất"),
])
def test_report_bad_input_writes_nothing(run, tmp_path, argv, field):
    folder = tmp_path / "out"
    folder.mkdir()
    argv = [str(folder / a) if a.startswith("r.") else a for a in argv]
    code, out, err = run("report", *argv)
    assert code == 2 and out == "" and field in err
    assert list(folder.iterdir()) == []


def test_rate(run):
    returned = run.codes[2]
    code, out, _ = run("rate", returned, "--score", "5", "--criterion", "officer=5",
                       "--criterion", "result=4", "--comment", "Nhanh")
    assert code == 0 and returned in out
    code, _, err = run("rate", returned, "--score", "4")
    assert code == 2 and "đã được đánh giá" in err
    code, _, err = run("rate", run.codes[0], "--score", "4")
    assert code == 2 and "chưa trả kết quả" in err
    code, _, err = run("rate", returned, "--score", "4", "--criterion", "officer:5")
    assert code == 2 and "Tiêu chí đánh giá" in err
    code, out, _ = run("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format",
                       "json")
    assert json.loads(out)["totals"]["satisfaction_rate"] == 1.0


def test_overdue_files_are_recorded_exports(run, db_url):
    run("overdue")
    run("overdue", "--format", "csv")
    with session_scope(db_url) as session:
        entries = session.execute(select(AuditEntry.after).where(
            AuditEntry.action == "export")).scalars().all()
    assert entries == [{"what": "overdue list (csv)", "count": 1}]
