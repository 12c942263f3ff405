"""Dossiers closed for want of their additions (Decree 118/2025 Art. 19(5)) in the report of
June 2025, on a register built through the services under a fixed clock: out of every column
of form 06 as the withdrawn are, counted apart in the annex and in JSON, out of the report
altogether when closed before the period, and out of Decision 766's online rate."""

from __future__ import annotations

import json
from datetime import date, datetime

import openpyxl
import pytest

from desk_app.domain.intake import IntakeRequest
from desk_app.services.processing import decree_clocks, lifecycle
from desk_app.services.reception import intake
from desk_app.services.supervision import report
from tests.conftest import as_admin

JUNE = (date(2025, 6, 1), date(2025, 6, 30))
A = "1.004873"  # Hộ tịch, 3 working days
HOTICH, TP = "Hộ tịch", "Phòng Tư pháp"

# label: (channel, received, [(step, at)]); 15 calendar days from the day after the request.
BOOK = {
    "R1": ("direct", "2025-06-02 09:00", [("result_ready", "2025-06-04 10:00")]),  # early
    # New online, handed to the unit, closed in the period (clock out 18/06 17:00).
    "N1": ("online", "2025-06-02 09:00", [("transfer", "2025-06-02 10:00"),
                                          ("supplement", "2025-06-03 09:00"),
                                          ("close", "2025-06-20 09:00")]),
    # Closed before the period: in no figure of June.
    "B1": ("direct", "2025-05-02 09:00", [("supplement", "2025-05-05 09:00"),
                                          ("close", "2025-05-21 09:00")]),
    # Carried over, closed in the period (clock out 05/06 17:00).
    "P1": ("direct", "2025-05-20 09:00", [("supplement", "2025-05-21 09:00"),
                                          ("close", "2025-06-09 09:00")]),
    # Waiting for its additions at the period's end: in progress.
    "S1": ("online", "2025-06-02 09:00", [("supplement", "2025-06-02 10:00")]),
    # Closed after the period (clock out 26/06 17:00): in progress in June.
    "L1": ("direct", "2025-06-10 09:00", [("supplement", "2025-06-11 09:00"),
                                          ("close", "2025-07-01 09:00")]),
    "W1": ("direct", "2025-06-03 09:00", [("withdrawn", "2025-06-04 09:00")]),
}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _step(url: str, code: str, step: str, moment: datetime) -> None:
    desk = as_admin(url)
    if step == "transfer":
        lifecycle.transfer(desk, code, TP, "Hà Văn Nam", at=moment)
    elif step == "supplement":
        lifecycle.request_supplement(desk, code, [("Bản sao CCCD", "Thiếu")], "Chưa đủ",
                                     at=moment)
    elif step == "close":
        decree_clocks.close_unsupplemented(desk, code, at=moment)
    else:
        lifecycle.record_event(desk, code, step, at=moment)


@pytest.fixture
def june(office_db, monkeypatch) -> str:
    steps = []
    for label, (channel, received, events) in BOOK.items():
        monkeypatch.setenv("DESK_APP_NOW", received)
        request = IntakeRequest(A, f"Người nộp {label}", channel=channel)
        code = intake.receive(as_admin(office_db), request, received_at=at(received)).code
        steps += [(at(moment), code, step) for step, moment in events]
    for moment, code, step in sorted(steps):
        monkeypatch.setenv("DESK_APP_NOW", f"{moment:%Y-%m-%d %H:%M}")
        _step(office_db, code, step, moment)
    monkeypatch.setenv("DESK_APP_NOW", "2025-07-02 09:00")
    return office_db


def test_closed_dossiers_are_in_no_column_of_form_06(june, tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    report.write_report_xlsx(report.build_report(as_admin(june), *JUNE), path)
    sheet = openpyxl.load_workbook(path)["Biểu 06"]
    rows = [[sheet.cell(r, c).value for c in range(1, 14)] for r in (10, 11)]
    # Received R1 S1 L1 (W1 withdrawn, N1 and P1 closed, B1 closed before June): new online
    # S1, new direct R1 L1; resolved R1 early; in progress S1 L1, their clocks paused.
    assert rows == [["1", HOTICH, 3, 0, 1, 2, 1, 1, 0, 0, 2, 2, 0],
                    [None, "Tổng cộng", 3, 0, 1, 2, 1, 1, 0, 0, 2, 2, 0]]


def test_the_annex_counts_the_closed_beside_the_withdrawn(june, tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    report.write_report_xlsx(report.build_report(as_admin(june), *JUNE), path)
    sheet = openpyxl.load_workbook(path)["Phụ lục"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(row for row in rows if row[0] == "STT")
    assert header[4:6] == ("Số hồ sơ rút trong kỳ", "Số hồ sơ đóng do không bổ sung trong kỳ")
    procedure = next(row for row in rows if row[2] == A)
    # Received for processing, withdrawn, closed; the online rate S1 of S1 R1 L1.
    assert procedure[3:6] == (3, 1, 2)
    assert procedure[header.index("Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)")] == pytest.approx(1 / 3)
    titles = [row[0] for row in rows]
    section = rows[titles.index("II. Theo đơn vị xử lý"):titles.index(
        "III. Các chỉ số theo Quyết định 766/QĐ-TTg")]
    units = {row[1]: row[2:5] for row in section if row[0] in ("1", "2")}
    assert units == {TP: (0, 0, 1), "Chưa chuyển đơn vị xử lý": (3, 1, 1)}
    note = " ".join(str(v) for row in rows for v in row if v)
    assert "khoản 5 Điều 19 Nghị định số 118/2025/NĐ-CP" in note


def test_json_counts_the_closed_and_balances(june):
    whole = json.loads(json.dumps(report.report_json(report.build_report(as_admin(june),
                                                                          *JUNE))))
    totals = whole["totals"]
    assert (totals["received_total"], totals["resolved_total"], totals["in_progress_total"],
            totals["withdrawn"], totals["closed"]) == (6, 1, 2, 1, 2)
    assert totals["received_total"] == (totals["resolved_total"] + totals["in_progress_total"]
                                        + totals["withdrawn"] + totals["closed"])
    assert totals["carried_over"] == 1  # P1; B1 was closed before the period
    assert totals["official_received_total"] == 3
    assert [row["closed"] for row in whole["rows"]] == [2]
    assert {u["unit"]: u["closed"] for u in whole["by_unit"]} == {"": 1, TP: 1}
    indicators = {i["key"]: i["value"] for i in whole["indicators"]}
    assert indicators["online_rate"] == pytest.approx(1 / 3)


def test_a_dossier_closed_before_the_period_leaves_no_line(june):
    whole = report.report_json(report.build_report(as_admin(june), date(2025, 6, 1),
                                                   date(2025, 6, 1)))
    # 1 June, a Sunday: P1 is carried over and open (closed on 9 June), B1 counts nowhere.
    assert (whole["totals"]["carried_over"], whole["totals"]["closed"]) == (1, 0)
    may = report.report_json(report.build_report(as_admin(june), date(2025, 5, 1),
                                                 date(2025, 5, 31)))
    assert (may["totals"]["closed"], may["totals"]["in_progress_total"]) == (1, 1)
