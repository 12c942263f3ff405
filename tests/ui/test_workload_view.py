"""The Reports page's Units and officers tab: the figures of the period chosen, one unit's
rows, and the workbook of what is shown."""

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.ui.supervision.reports_page import ReportsPage
from tests.conftest import as_admin
from tests.late_steps import KT, PERIOD, workload_set
from tests.services.conftest import OFFICE
from tests.ui.test_reports_page import SUPERVISOR


def _cells(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_pick_a_period_and_a_unit_then_export(qtbot, db_url, tmp_path):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    workload_set(db_url)
    page = ReportsPage(Desk(db_url, SUPERVISOR))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    view = page.workload
    # Both the report and the tab compute in the background: the test ends after both.
    with qtbot.waitSignals([view.computed, page.computed], timeout=10_000):
        page.show()
    page.tabs.setCurrentWidget(view)
    with qtbot.waitSignals([view.computed, page.computed], timeout=10_000):
        page.set_period(*PERIOD)
    assert _cells(view.model)[:4] == [
        ["Bộ phận Một cửa", "Whole unit", "2", "0", "2", "0", "0.8", "1", "1"],
        [KT, "Whole unit", "2", "1", "0", "1", "18.8", "1", "0"],
        [KT, "Phạm Thị Dung", "1", "1", "0", "0", "7.5", "0", "0"],
        [KT, "Trần Văn Bình", "1", "0", "0", "1", "30.0", "1", "0"],
    ]
    assert view.model.index(1, 0).data(Qt.FontRole).bold()
    # All units, the desk, then Phòng Kinh tế: two steps down the list.
    qtbot.keyClick(view.unit, Qt.Key_Down)
    qtbot.keyClick(view.unit, Qt.Key_Down)
    assert view.unit.currentText() == KT
    assert [row[1] for row in _cells(view.model)] == ["Whole unit", "Phạm Thị Dung",
                                                     "Trần Văn Bình"]
    path = tmp_path / "kt.xlsx"
    assert view.export_button.isEnabled() and view.export(path)
    sheet = load_workbook(path).active
    assert f"đơn vị: {KT}" in sheet["A2"].value
    assert [[c.value for c in row][:6] for row in sheet.iter_rows(min_row=5)] == [
        [KT, "Cả đơn vị", 2, 1, 0, 1], [KT, "Phạm Thị Dung", 1, 1, 0, 0],
        [KT, "Trần Văn Bình", 1, 0, 0, 1]]
    assert view.status_label.text() == "Saved kt.xlsx"
