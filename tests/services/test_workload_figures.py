"""The workload per unit and officer on a constructed set (tests/late_steps.py): every figure
exact, through the service and through the workbook read back."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from desk_app.services.supervision import workload
from tests.conftest import as_admin
from tests.late_steps import KT, PERIOD, VP, workload_set

DESK = "Bộ phận Một cửa"
NOW = datetime(2025, 6, 10, 9, 0)
# (unit, officer, handled, early, on_time, late, holding, holding_overdue, median_minutes)
IN_PERIOD = [
    (DESK, None, 2, 0, 2, 0, 1, 1, 45),
    (KT, None, 2, 1, 0, 1, 1, 0, 1125),
    (KT, "Phạm Thị Dung", 1, 1, 0, 0, 0, 0, 450),
    (KT, "Trần Văn Bình", 1, 0, 0, 1, 1, 0, 1800),
    (VP, None, 1, 0, 1, 0, 1, 1, 90),
    (VP, "Lê Văn Cường", 1, 0, 1, 0, 1, 1, 90),
]


def _figures(rows):
    return [(r.unit, r.officer, r.handled, r.early, r.on_time, r.late, r.holding,
             r.holding_overdue, r.median_minutes) for r in rows]


@pytest.fixture
def constructed(office_db):
    workload_set(office_db)
    return office_db


def test_the_period_bounds_the_steps_handled_not_those_held(constructed):
    desk = as_admin(constructed)
    assert _figures(workload.workload(desk, None, *PERIOD, NOW)) == IN_PERIOD
    every = _figures(workload.workload(desk, None, None, None, NOW))
    # D3's desk step (Monday 09/06, 60 minutes) joins the desk's: 30, 60, 60.
    assert every[0] == (DESK, None, 3, 0, 3, 0, 1, 1, 60)
    assert every[1:] == IN_PERIOD[1:]


def test_one_unit_and_its_officers(constructed):
    rows = workload.workload(as_admin(constructed), KT, *PERIOD, NOW)
    assert _figures(rows) == IN_PERIOD[1:4]


def test_the_workbook_says_the_same_figures_under_vietnamese_headings(constructed, tmp_path):
    rows = workload.workload(as_admin(constructed), None, *PERIOD, NOW)
    path = tmp_path / "workload.xlsx"
    workload.write_workload_xlsx(rows, path, *PERIOD, NOW)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ VÀ CÁN BỘ"
    assert sheet["A2"].value == ("Bước hoàn thành từ ngày 02/06/2025 đến ngày 06/06/2025; "
                                 "hồ sơ đang giữ tính đến 09:00 ngày 10/06/2025")
    assert [c.value for c in sheet[4]] == [
        "Đơn vị", "Cán bộ", "Số bước đã xử lý", "Trước hạn", "Đúng hạn", "Trễ hạn",
        "Thời gian xử lý trung vị mỗi bước (giờ làm việc)", "Đang giữ", "Đang giữ quá hạn"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    assert values == [
        [unit, officer or "Cả đơn vị", handled, early, on_time, late,
         round(median / 60, 1), holding, overdue]
        for unit, officer, handled, early, on_time, late, holding, overdue, median
        in IN_PERIOD]
    assert sheet["A5"].font.bold and not sheet["A7"].font.bold
    assert sheet["G5"].number_format == "0.0"
