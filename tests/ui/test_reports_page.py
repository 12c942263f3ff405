from datetime import date, datetime

import pypdf
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QToolTip

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.processing import decree_clocks, lifecycle, ratings
from desk_app.services.reception import intake
from desk_app.ui.supervision.reports_page import ReportsPage
from tests.conftest import as_admin

SUPERVISOR = Actor(user_id=None, username="lanhdao", role="supervisor", full_name="Lãnh đạo")
HOUSEHOLD = "1.001612"  # 3 working days
TAX = "Phòng Tài chính - Kế hoạch"


def set_up_office(url: str) -> None:
    for key, value in (("agency_code", "000.00.00.H49"), ("parent_agency_name", "UBND TỈNH"),
                       ("agency_name", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
                       ("place_name", "Quảng Nam")):
        office.set_value(as_admin(url), key, value)


def receive(url: str, name: str, at: datetime, channel: str = "direct") -> str:
    return intake.receive(as_admin(url), IntakeRequest(HOUSEHOLD, name, channel=channel),
                          received_at=at).code


def june_dossiers(url: str) -> None:
    """Five dossiers in June 2025, one of each class the totals row counts."""
    set_up_office(url)
    # Carried over from May (due Fri 23/05), resolved late on 03/06.
    carried = receive(url, "Nguyễn Văn An", datetime(2025, 5, 20, 8, 0))
    lifecycle.record_event(as_admin(url), carried, "transferred", at=datetime(2025, 5, 20, 9, 0),
                           unit=TAX)
    lifecycle.record_event(as_admin(url), carried, "result_ready", at=datetime(2025, 6, 3, 10, 0))
    # Due Thu 05/06, resolved early on 04/06, returned and rated "very satisfied".
    early = receive(url, "Trần Thị Bình", datetime(2025, 6, 2, 8, 0))
    lifecycle.record_event(as_admin(url), early, "transferred", at=datetime(2025, 6, 2, 9, 0),
                           unit=TAX)
    lifecycle.record_event(as_admin(url), early, "result_ready", at=datetime(2025, 6, 4, 10, 0))
    lifecycle.record_event(as_admin(url), early, "returned", at=datetime(2025, 6, 5, 8, 0))
    ratings.record_rating(as_admin(url), early, 5)
    # Online, still open and overdue (due Thu 05/06).
    receive(url, "Lê Văn Cường", datetime(2025, 6, 2, 9, 0), channel="online")
    # Withdrawn.
    withdrawn = receive(url, "Phạm Thị Dung", datetime(2025, 6, 9, 8, 0))
    lifecycle.record_event(as_admin(url), withdrawn, "withdrawn", at=datetime(2025, 6, 9, 10, 0))
    # Closed on 02/06, its additions asked for on 13/05 never having come (Decree 118).
    closed = receive(url, "Võ Văn Em", datetime(2025, 5, 12, 8, 0))
    lifecycle.request_supplement(as_admin(url), closed, [("Tờ khai", "Thiếu chữ ký")], "Thiếu",
                                 at=datetime(2025, 5, 13, 9, 0))
    decree_clocks.close_unsupplemented(as_admin(url), closed, at=datetime(2025, 6, 2, 9, 0))


def make_page(qtbot, url: str) -> ReportsPage:
    page = ReportsPage(Desk(url, SUPERVISOR))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.show()
    return page


# The screen's columns after the name: form 06's eleven, then the withdrawn and the closed.
FORM_COLUMNS = ("received_total", "carried_over", "received_online", "received_direct_postal",
                "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
                "in_progress_total", "in_progress_within", "in_progress_overdue", "withdrawn",
                "closed")


def totals_row(model) -> dict[str, str]:
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Grand total"
    return {name: model.index(last, column).data()
            for column, name in enumerate(FORM_COLUMNS, start=1)}


def test_the_page_opens_on_this_month_and_shows_the_totals(qtbot, db_url):
    june_dossiers(db_url)
    page = make_page(qtbot, db_url)
    assert page.period() == (date(2025, 6, 1), date(2025, 6, 10))
    totals = totals_row(page.model)
    # As form 06 counts them: the withdrawn and the closed dossiers are beside the received,
    # not in them.
    assert totals == {
        "carried_over": "1", "received_online": "1", "received_direct_postal": "1",
        "received_total": "3", "resolved_total": "2", "resolved_early": "1",
        "resolved_on_time": "0", "resolved_late": "1", "in_progress_total": "1",
        "in_progress_within": "0", "in_progress_overdue": "1", "withdrawn": "1", "closed": "1",
    }
    assert page.model.headerData(11, Qt.Horizontal) == "Overdue at period end"
    assert "overdue now" in page.model.headerData(11, Qt.Horizontal, Qt.ToolTipRole)
    assert page.model.headerData(13, Qt.Horizontal) == "Closed"
    assert "Decree 118" in page.model.headerData(13, Qt.Horizontal, Qt.ToolTipRole)
    last = page.model.rowCount() - 1
    # On time, satisfaction in handling (766), online, average days, satisfied ratings.
    rates = [page.model.index(last, c).data() for c in range(14, 19)]
    assert [r.split()[0].replace(",", ".") for r in rates[:3]] == ["50.0", "50.0", "50.0"]
    assert rates[4].startswith("100") and rates[4].endswith("%")
    # A field row with its subtotal, then the procedure.
    assert page.model.row_at(0)[0] == "field"
    assert page.model.index(1, 0).data().strip().startswith(HOUSEHOLD)
    assert "received 3" in page.summary.text()
    assert "closed besides 1" in page.summary.text()
    assert "overdue at period end 1" in page.summary.text()
    units = {page.unit_model.index(r, 0).data(): page.unit_model.index(r, 1).data()
             for r in range(page.unit_model.rowCount())}
    assert units[TAX] == "2" and units["(not transferred)"] == "1" and units["Grand total"] == "3"


def test_the_decision_766_tab_shows_each_indicator_with_its_points(qtbot, db_url):
    june_dossiers(db_url)
    page = make_page(qtbot, db_url)
    tab = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "Decision 766")
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(tab).center())
    assert page.tabs.currentWidget() is page.index_table and page.index_table.isVisible()
    model = page.index_model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
            for r in range(model.rowCount())}
    assert list(rows) == ["Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn",
                          "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC",
                          "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                          "Tỷ lệ số hóa hồ sơ TTHC",
                          "Tỷ lệ số hóa kết quả giải quyết TTHC",
                          "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa"]
    # Nothing digitised in June: 0 % of the new dossiers, 0 points.
    assert rows["Tỷ lệ số hóa hồ sơ TTHC"][0].split()[0] in ("0.0", "0,0")
    on_time = rows["Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"]
    # 50 % on time of a full 20 points at 100 %: 10 points.
    assert [cell.split()[0].replace(",", ".") for cell in on_time] == [
        "50.0", "100.0", "20.0", "10.0"]
    assert "Quyết định 766/QĐ-TTg" in model.index(0, 0).data(Qt.ToolTipRole)


def test_a_chosen_period_is_computed_in_the_background(qtbot, db_url):
    june_dossiers(db_url)
    page = make_page(qtbot, db_url)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.set_period(date(2025, 5, 1), date(2025, 5, 31))
        assert page.computing
    totals = totals_row(page.model)
    # The one closed in June waits for its additions at the end of May: in progress.
    assert (totals["received_total"], totals["in_progress_overdue"]) == ("2", "1")
    # The trend covers the twelve months up to the period's end.
    assert [p.month for p in page.result.trend][::11] == [date(2024, 6, 1), date(2025, 5, 1)]
    assert page.trend_view.chart().series()


def test_exports_xlsx_and_pdf_of_the_shown_report(qtbot, db_url, tmp_path):
    june_dossiers(db_url)
    page = make_page(qtbot, db_url)
    with qtbot.waitSignal(page.export("xlsx", tmp_path / "bao-cao.xlsx").signals.finished,
                          timeout=10_000):
        pass
    assert "bao-cao.xlsx" in page.status_label.text()
    book = load_workbook(tmp_path / "bao-cao.xlsx")
    values = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in values
    assert "Tổng cộng" in values
    with qtbot.waitSignal(page.export("pdf", tmp_path / "bao-cao.pdf").signals.finished,
                          timeout=10_000):
        pass
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "bao-cao.pdf").pages)
    assert "01/06/2025" in text and "10/06/2025" in text
    # Numbered pages and the screen's charts, the trend over twelve months among them.
    assert "Trang 1/" in text and "Số hồ sơ theo tháng" in text and "07/2024" in text
    assert not page.export_progress.isVisible()


def test_a_clerk_is_told_the_page_is_for_supervisors(qtbot, db_url):
    page = ReportsPage(Desk(db_url, Actor(user_id=None, username="tiepnhan", role="clerk")))
    qtbot.addWidget(page)
    page.show()
    assert "supervisors" in page.error_label.text()
    assert page.result is None and not page.computing


def test_the_units_chart_writes_each_share_as_the_tables_do(qtbot, db_url):
    june_dossiers(db_url)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    try:
        page = make_page(qtbot, db_url)
        names = page.units_view.chart().axes(Qt.Vertical)[0].categories()
    finally:
        QLocale.setDefault(before)
    # Only units that resolved something; their on-time share with a decimal comma.
    assert names == [f"50,0 % · {TAX}"]
    # The mouse over a bar shows its whole label, which the axis may cut short.
    series = page.units_view.chart().series()[0]
    series.hovered.emit(True, 0, series.barSets()[0])
    assert QToolTip.text() == names[0]


def test_computing_does_not_widen_the_window(qtbot, db_url):
    june_dossiers(db_url)
    page = make_page(qtbot, db_url)
    page.resize(1000, 700)
    qtbot.waitUntil(lambda: page.width() == 1000)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.set_period(date(2025, 5, 1), date(2025, 5, 31))
        assert page.compute_progress.isVisible()
        assert page.minimumSizeHint().width() <= 1000
