"""The official report on a register built for it through the services under a fixed clock:
form 06/VPCP/KSTT's sheet cell by cell, the withdrawn left out, Decision 766's figures, the
PDF's page numbers and chart."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.errors import UserError
from desk_app.services.processing import lifecycle, ratings
from desk_app.services.reception import intake
from desk_app.services.supervision import report
from tests.conftest import as_admin

WEEK = (date(2025, 6, 2), date(2025, 6, 6))
A, C = "1.004873", "1.001612"  # Hộ tịch, 3 working days; hộ kinh doanh, 3 working days
HOTICH, BUSINESS = "Hộ tịch", "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)"

# label: (procedure, channel, received, [(event, at)]); due dates worked out by hand.
BOOK = {
    "K1": (A, "direct", "2025-05-30 09:00", [("result_ready", "2025-06-03 10:00")]),  # due 04/06
    "K2": (A, "direct", "2025-05-30 09:00", [("withdrawn", "2025-06-03 10:00")]),
    "O1": (A, "online", "2025-06-02 09:00", [("result_ready", "2025-06-05 09:00")]),  # due 05/06
    # Due 05/06 09:00, resolved 11:00 the same day: late by the minute, on time by the day.
    "O2": (A, "online", "2025-06-02 09:00", [("result_ready", "2025-06-05 11:00")]),
    "D1": (A, "direct", "2025-06-03 09:00", []),  # due 06/06 09:00: overdue at the end
    "D2": (A, "postal", "2025-06-05 09:00", []),  # due 10/06 09:00: within
    "D3": (A, "direct", "2025-06-04 09:00", [("withdrawn", "2025-06-05 09:00")]),
    "E1": (C, "online", "2025-06-04 09:00", []),  # due 09/06 09:00: within
    "E2": (C, "direct", "2025-06-02 09:00", [("result_ready", "2025-06-03 09:00"),  # early
                                              ("returned", "2025-06-04 09:00")]),
}

# Form 06/VPCP/KSTT as the form prints it: (upper heading, lower heading) per column.
RECEIVED = "Số hồ sơ nhận giải quyết"
RESOLVED = "Số hồ sơ đã giải quyết"
IN_PROGRESS = "Số hồ sơ đang giải quyết"
FORM_06 = [
    ("STT", None), ("Lĩnh vực giải quyết", None),
    (RECEIVED, "Tổng số"), (RECEIVED, "Số kỳ trước chuyển qua"),
    (RECEIVED, "Số mới tiếp nhận trực tuyến"),
    (RECEIVED, "Số mới tiếp nhận trực tiếp hoặc dịch vụ bưu chính"),
    (RESOLVED, "Tổng số"), (RESOLVED, "Trả trước hạn"), (RESOLVED, "Trả đúng hạn"),
    (RESOLVED, "Trả quá hạn"),
    (IN_PROGRESS, "Tổng số"), (IN_PROGRESS, "Chưa đến hạn"), (IN_PROGRESS, "Quá hạn"),
]
FORM_06_MERGED = {"A7:A8", "B7:B8", "C7:F7", "G7:J7", "K7:M7"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def book(office_db, monkeypatch) -> tuple[str, dict[str, str]]:
    url = office_db
    codes = {}
    for label, (procedure, channel, received, events) in BOOK.items():
        request = IntakeRequest(procedure, f"Người nộp {label}", channel=channel)
        codes[label] = intake.receive(as_admin(url), request, received_at=at(received)).code
        for kind, moment in events:
            lifecycle.record_event(as_admin(url), codes[label], kind, at=at(moment))
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-04 10:00")
    ratings.record_rating(as_admin(url), codes["E2"], 1)  # "không hài lòng" on 5 levels
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 09:00")
    return url, codes


def test_sheet_one_is_form_06_cell_by_cell(book, tmp_path):
    url, _ = book
    path = tmp_path / "bao-cao.xlsx"
    report.write_report_xlsx(report.build_report(as_admin(url), *WEEK), path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Biểu 06", "Phụ lục"]
    sheet = workbook["Biểu 06"]
    assert sheet.max_column == 13
    merged = {str(r) for r in sheet.merged_cells.ranges if r.min_row in (7, 8)}
    assert merged == FORM_06_MERGED
    for column, (upper, lower) in enumerate(FORM_06, start=1):
        top = sheet.cell(7, column).value
        if top is None:  # inside a merged group: the group's first cell holds the words
            top = next(sheet.cell(7, c).value for c in range(column, 0, -1)
                       if sheet.cell(7, c).value is not None)
        assert (top, sheet.cell(8, column).value) == (upper, lower), column
    assert [sheet.cell(9, c).value for c in range(1, 14)] == [f"({n})" for n in range(1, 14)]
    body = [[sheet.cell(r, c).value for c in range(1, 14)] for r in range(10, 13)]
    # Withdrawn K2 and D3 are in no column; received (3) = resolved (7) + in progress (11).
    assert body == [
        ["1", HOTICH, 5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1],
        ["2", BUSINESS, 2, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0],
        [None, "Tổng cộng", 7, 1, 3, 3, 4, 2, 1, 1, 3, 2, 1],
    ]
    for row in body:
        assert row[2] == row[3] + row[4] + row[5] == row[6] + row[10]
    note = " ".join(str(c.value) for r in sheet.iter_rows(min_row=13) for c in r if c.value)
    assert "quá hạn tại thời điểm cuối kỳ báo cáo (24 giờ ngày 06/06/2025)" in note
    assert "màn hình Hồ sơ quá hạn" in note


def test_the_annex_has_the_withdrawn_and_the_766_indicators(book, tmp_path):
    url, _ = book
    path = tmp_path / "bao-cao.xlsx"
    report.write_report_xlsx(report.build_report(as_admin(url), *WEEK), path)
    sheet = openpyxl.load_workbook(path)["Phụ lục"]
    rows = list(sheet.iter_rows(values_only=True))
    by_code = {row[2]: row for row in rows if row[2] in (A, C)}
    # received (no withdrawn), withdrawn, closed, average days, rated satisfied, then the
    # indicators.
    assert by_code[A][3:6] == (5, 2, 0)
    # No rating; on time 2 of 3; 100 % - 1 late of 3; online 2 of 4.
    assert by_code[A][7:11] == (None, 2 / 3, 1 - 1 / 3, 0.5)
    assert by_code[C][3:6] == (2, 0, 0)
    indicator_rows = {row[1]: row for row in rows
                      if row[1] and str(row[1]).startswith(("Tỷ lệ hồ sơ", "Mức độ hài lòng"))}
    assert indicator_rows["Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"][3:7] == (
        0.75, 1.0, 20, 15)


def test_json_gains_the_official_total_and_the_766_figures_are_exact(book):
    url, _ = book
    whole = json.loads(json.dumps(report.report_json(report.build_report(as_admin(url),
                                                                          *WEEK))))
    totals = whole["totals"]
    assert (totals["received_total"], totals["withdrawn"]) == (9, 2)
    assert totals["official_received_total"] == 7
    assert totals["official_received_total"] == (totals["resolved_total"]
                                                 + totals["in_progress_total"])
    indicators = {i["key"]: i for i in whole["indicators"]}
    # On time: (early 2 + on time 1) / resolved 4.
    assert indicators["on_time_rate"]["value"] == 0.75
    # 100 % - (late 1 + disliked 1) / resolved 4.
    assert indicators["handling_satisfaction"]["value"] == 0.5
    # Online among the new dossiers not withdrawn: O1 O2 E1 of O1 O2 D1 D2 E1 E2.
    assert indicators["online_rate"]["value"] == 0.5
    # Points: full at the threshold, in proportion below it (defaults 100:20, 90:18, 100:12).
    assert [indicators[k]["points"] for k in ("on_time_rate", "handling_satisfaction",
                                              "online_rate")] == [15, 10, 6]
    office.set_value(as_admin(url), "index766_online_rate", "50:12")
    again = report.report_json(report.build_report(as_admin(url), *WEEK))
    assert {i["key"]: i["points"] for i in again["indicators"]}["online_rate"] == 12


def test_scoring_settings_are_checked(book):
    url, _ = book
    with pytest.raises(UserError, match="Ngưỡng và điểm chỉ số 766 online_rate"):
        office.set_value(as_admin(url), "index766_online_rate", "150:12")
    with pytest.raises(UserError, match="NGƯỠNG:ĐIỂM"):
        office.set_value(as_admin(url), "index766_on_time_rate", "hai mươi")
    with pytest.raises(UserError, match="Cách tính trễ hạn"):
        office.set_value(as_admin(url), "lateness", "hour")


def test_the_pdf_numbers_its_pages_and_draws_the_charts(book, tmp_path):
    url, _ = book
    desk = as_admin(url)
    result = report.build_report(desk, *WEEK)
    trend = report.monthly_trend(desk, date(2025, 1, 1), WEEK[1])
    path = tmp_path / "bao-cao.pdf"
    report.write_report_pdf(result, path, trend)
    if keep := os.environ.get("DESK_APP_KEEP_REPORT"):  # to look at the pages (pdftoppm)
        shutil.copy(path, keep)
    reader = PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Trang {number}/{len(pages)}" in text
    assert "Biểu số 06/VPCP/KSTT" in pages[0] and "Tổng cộng" in pages[0]
    whole = " ".join(pages)
    assert "PHỤ LỤC KÈM THEO BIỂU SỐ 06/VPCP/KSTT" in whole
    charts = pages[-1]
    for label in ("Số hồ sơ theo tháng", "Tiếp nhận", "Đã giải quyết", "06/2025",
                  "Tỷ lệ giải quyết trước và đúng hạn theo đơn vị xử lý (%)"):
        assert label in charts
    assert "75,0 % · Chưa chuyển đơn vị xử lý" in charts
