import threading
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.supervision import overdue
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry
from desk_app.ui.supervision import overdue_page
from desk_app.ui.supervision.overdue_page import OverduePage
from desk_app.ui.supervision.overdue_rows import APOLOGY, CODE, DAYS, HOLDER, REASON, UNIT
from tests.conftest import as_admin

SUPERVISOR = Actor(user_id=None, username="lanhdao", role="supervisor", full_name="Lãnh đạo")
# 1.001612 (household business) takes 3 working days; the clock is Tuesday 10/06/2025 09:00.
HOUSEHOLD = "1.001612"
TAX = "Phòng Tài chính - Kế hoạch"
JUSTICE = "Phòng Tư pháp"


def set_up_office(url: str) -> None:
    for key, value in (("agency_code", "000.00.00.H49"), ("parent_agency_name", "UBND TỈNH"),
                       ("agency_name", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
                       ("place_name", "Quảng Nam")):
        office.set_value(as_admin(url), key, value)


def receive(url: str, name: str, received: datetime, unit: str = "", officer: str = "",
            procedure: str = HOUSEHOLD) -> str:
    code = intake.receive(as_admin(url), IntakeRequest(procedure, name), received_at=received).code
    if unit:
        lifecycle.record_event(as_admin(url), code, "transferred", at=received.replace(hour=14),
                               unit=unit, data={"receiver": officer})
    return code


def make_dossiers(url: str) -> dict[str, str]:
    set_up_office(url)
    codes = {
        # Due Thu 05/06 08:00: overdue Fri, Mon and Tue = 3 working days.
        "late": receive(url, "Nguyễn Văn An", datetime(2025, 6, 2, 8, 0), TAX, "Lê Thị Bình"),
        # Due Mon 09/06 08:00: 1 working day overdue, with an apology.
        "apologised": receive(url, "Trần Thị Cúc", datetime(2025, 6, 4, 8, 0), TAX),
        # Due Tue 10/06 10:00: due today, at the desk still.
        "today": receive(url, "Phạm Văn Dũng", datetime(2025, 6, 5, 10, 0)),
        # Due Wed 11/06 10:00: due by the next working day.
        "soon": receive(url, "Hoàng Thị Em", datetime(2025, 6, 6, 10, 0), JUSTICE),
        # Due Thu 12/06: not on the list.
        "later": receive(url, "Võ Văn Giang", datetime(2025, 6, 9, 10, 0), JUSTICE),
    }
    lifecycle.record_event(as_admin(url), codes["apologised"], "apology_issued",
                           at=datetime(2025, 6, 6, 9, 0), note="Chờ xác minh")
    return codes


def make_page(qtbot, url: str) -> OverduePage:
    page = OverduePage(Desk(url, SUPERVISOR))
    qtbot.addWidget(page)
    page.resize(1300, 600)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    return page


def shown(page: OverduePage, column: int) -> dict[str, str]:
    model = page.model
    return {model.index(r, CODE).data(): model.index(r, column).data()
            for r in range(model.rowCount())}


def test_lists_overdue_and_due_dossiers_most_overdue_first(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    order = [page.model.index(r, CODE).data() for r in range(page.model.rowCount())]
    assert order == [codes["late"], codes["apologised"], codes["today"], codes["soon"]]
    days = shown(page, DAYS)
    assert days[codes["late"]] == "3"
    assert days[codes["apologised"]] == "1"
    assert days[codes["today"]] == days[codes["soon"]] == "–"
    urgency = {page.model.index(r, CODE).data(): page.model.index(r, DAYS).data(Qt.ToolTipRole)
               for r in range(page.model.rowCount())}
    assert urgency[codes["today"]] == "Due today"
    assert urgency[codes["soon"]] == "Due by the next working day"
    apology = shown(page, APOLOGY)
    assert apology[codes["apologised"]] == "Yes"
    assert apology[codes["late"]] == "No"
    assert shown(page, UNIT)[codes["late"]] == TAX
    assert shown(page, HOLDER)[codes["late"]] == "Lê Thị Bình"
    # Overdue rows are tinted differently from the ones merely due.
    colour = {code: page.model.index(r, CODE).data(Qt.BackgroundRole).name()
              for r, code in enumerate(order)}
    assert colour[codes["late"]] == colour[codes["apologised"]] != colour[codes["today"]]
    assert colour[codes["today"]] != colour[codes["soon"]]
    assert "4" in page.count_label.text()
    assert page.updated_label.text() == "Updated at 09:00"


def test_a_refresh_keeps_the_selected_dossier_selected(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    assert page.select_code(codes["today"])
    # A new overdue dossier arrives at the top of the list while the supervisor looks.
    newest = receive(db_url, "Đặng Văn Hùng", datetime(2025, 5, 26, 8, 0), JUSTICE)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.model.rowCount() == 5
    assert page.model.index(0, CODE).data() == newest
    assert page.selected_code() == codes["today"]
    current = page.table.currentIndex()
    assert page.model.index(current.row(), CODE).data() == codes["today"]


def test_the_refresh_period_comes_from_the_office_setting(qtbot, db_url):
    make_dossiers(db_url)
    office.set_value(as_admin(db_url), "overdue_refresh_seconds", "45")
    page = make_page(qtbot, db_url)
    assert page.timer.isActive() and page.timer.interval() == 45_000


def test_refresh_keeps_the_scroll_position(qtbot, db_url):
    set_up_office(db_url)
    for i in range(60):
        receive(db_url, f"Người nộp {i}", datetime(2025, 6, 2, 8, i))
    page = make_page(qtbot, db_url)
    page.resize(1300, 300)
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 20)
    bar.setValue(20)
    top = page.table.indexAt(page.table.viewport().rect().topLeft()).data()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.table.indexAt(page.table.viewport().rect().topLeft()).data() == top


def test_clicking_a_group_filters_the_list(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    groups = page.unit_groups
    tax_row = next(r for r in range(groups.rowCount()) if groups.item(r, 0).text() == TAX)
    assert [groups.item(tax_row, c).text() for c in range(1, 5)] == ["2", "2", "0", "1"]
    qtbot.mouseClick(groups.viewport(), Qt.LeftButton,
                     pos=groups.visualItemRect(groups.item(tax_row, 0)).center())
    assert set(shown(page, CODE)) == {codes["late"], codes["apologised"]}
    assert page.unit_filter.currentText() == TAX
    # The first row stands for all units again.
    qtbot.mouseClick(groups.viewport(), Qt.LeftButton,
                     pos=groups.visualItemRect(groups.item(0, 0)).center())
    assert page.model.rowCount() == 4
    assert page.procedure_groups.item(1, 0).text().startswith(HOUSEHOLD)


def test_filters_by_urgency_and_missing_apology(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    page.urgency_filter.setCurrentIndex(page.urgency_filter.findData("overdue"))
    assert set(shown(page, CODE)) == {codes["late"], codes["apologised"]}
    page.without_apology.setChecked(True)
    assert set(shown(page, CODE)) == {codes["late"]}
    assert page.count_label.text() == "1 of 4 dossiers"


def test_sorting_by_a_column_header(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    page.table.sortByColumn(DAYS, Qt.AscendingOrder)
    order = [page.model.index(r, CODE).data() for r in range(page.model.rowCount())]
    assert order == [codes["soon"], codes["today"], codes["apologised"], codes["late"]]


def test_enter_opens_the_selected_dossier(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    page.select_code(codes["late"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert page.dialog is not None and page.dialog.detail.row.code == codes["late"]
    page.dialog.close()


def test_export_writes_the_shown_rows_to_xlsx(qtbot, db_url, tmp_path):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    page.without_apology.setChecked(True)
    target = tmp_path / "qua-han.xlsx"
    task = page.export_xlsx(target)
    with qtbot.waitSignal(task.signals.finished, timeout=10_000):
        pass
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[4]]
    assert header[1] == "Mã hồ sơ" and header[9] == "Số ngày làm việc quá hạn"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    assert [r[1] for r in rows] == [codes["late"], codes["today"], codes["soon"]]
    assert rows[0][9] == 3 and rows[0][11] == "Chưa"
    assert rows[0][8] == datetime(2025, 6, 5, 8, 0)
    assert not page.progress.isVisible()
    # The applicants' names left the program: the audit trail says who exported how many.
    with session_scope(db_url) as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "export")
                                ).scalars().one()
        assert entry.after == {"what": "overdue list (xlsx)", "count": 3}


def test_a_cancelled_export_leaves_no_file(qtbot, db_url, tmp_path, monkeypatch):
    make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    folder = tmp_path / "exports"
    folder.mkdir()
    started, clicked = threading.Event(), threading.Event()

    def slow_write(rows, path, as_of, progress):
        # Runs in the pool thread: still writing when the user clicks Cancel.
        Path(path).write_bytes(b"half a workbook")
        started.set()
        clicked.wait(5)
        progress(1, len(rows))

    monkeypatch.setattr(overdue, "write_overdue_xlsx", slow_write)
    task = page.export_xlsx(folder / "qua-han.xlsx")
    assert page.progress.isVisible()
    assert started.wait(5)
    with qtbot.waitSignal(task.signals.cancelled, timeout=10_000):
        qtbot.mouseClick(page.progress.cancel_button, Qt.LeftButton)
        clicked.set()
    assert list(folder.iterdir()) == []
    assert not page.progress.isVisible()


def test_a_clerk_reads_the_list_without_the_supervisors_actions(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = OverduePage(Desk(db_url, Actor(user_id=None, username="tiepnhan", role="clerk")))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    assert page.error_label.isHidden()
    assert page.model.rowCount() == 4
    assert not page.apology_button.isVisible() and not page.export_button.isVisible()
    assert page.open_button.isVisible()
    page.select_code(codes["late"])
    qtbot.mouseClick(page.open_button, Qt.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.close()


def test_a_backup_account_is_told_the_page_is_not_for_it(qtbot, db_url):
    make_dossiers(db_url)
    page = OverduePage(Desk(db_url, Actor(user_id=None, username="saoluu", role="backup")))
    qtbot.addWidget(page)
    page.show()
    assert "overdue list" in page.error_label.text()
    assert page.model.rowCount() == 0 and not page.loading


def test_who_holds_each_dossier_and_the_reason_recorded(qtbot, db_url):
    codes = make_dossiers(db_url)
    # A supplement asked for and received: the clock ran again, the reason stays.
    lifecycle.request_supplement(as_admin(db_url), codes["late"], [("Tờ khai", "bản chính")],
                                 "Thiếu tờ khai", at=datetime(2025, 6, 3, 9, 0))
    lifecycle.receive_supplement(as_admin(db_url), codes["late"],
                                 at=datetime(2025, 6, 3, 10, 0))
    page = make_page(qtbot, db_url)
    holder, reason = shown(page, HOLDER), shown(page, REASON)
    assert holder[codes["late"]] == "Lê Thị Bình"
    # Handed over to a unit without naming the receiver: the unit holds it.
    assert holder[codes["soon"]] == JUSTICE
    assert holder[codes["today"]] == "At the desk"
    assert reason[codes["late"]] == "Supplement: Thiếu tờ khai"
    assert reason[codes["apologised"]] == "Apology: Chờ xác minh"
    assert reason[codes["soon"]] == ""
    # Long names end in "…" on screen; the whole name is the cell's tooltip.
    row = page.model.position(codes["soon"])
    assert page.table.textElideMode() == Qt.ElideRight
    assert page.model.index(row, UNIT).data(Qt.ToolTipRole) == JUSTICE


def test_issuing_the_apology_of_the_selected_dossier_shows_it_issued(qtbot, db_url,
                                                                       monkeypatch):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    opened = []

    class SignedApology:
        """Stands for the apology dialog: the supervisor fills it in and issues the letter."""

        def __init__(self, desk, code, parent):
            opened.append((code, desk.user.role))
            self._url, self._code = desk.url, code

        def exec(self):
            lifecycle.record_event(as_admin(self._url), self._code, "apology_issued",
                                   at=datetime(2025, 6, 10, 9, 0))
            return QDialog.Accepted

    monkeypatch.setattr(overdue_page, "ApologyDialog", SignedApology)
    page.select_code(codes["late"])
    assert page.apology_button.isEnabled()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.apology_button, Qt.LeftButton)
    assert opened == [(codes["late"], "supervisor")]
    assert shown(page, APOLOGY)[codes["late"]] == "Yes"
    assert page.selected_code() == codes["late"]



def test_the_most_overdue_rows_come_first_then_the_whole_list(qtbot, db_url, monkeypatch):
    codes = make_dossiers(db_url)
    monkeypatch.setattr(overdue_page, "FIRST_ROWS", 2)
    page = OverduePage(Desk(db_url, SUPERVISOR))
    qtbot.addWidget(page)
    answers = []
    original = page.show_snapshot

    def seen(snapshot):
        original(snapshot)
        answers.append((snapshot.complete, page.model.rowCount(), page.updated_label.text()))

    page.show_snapshot = seen
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    assert answers == [(False, 2, "Loading the rest of the list…"),
                       (True, 4, "Updated at 09:00")]
    assert page.model.index(0, CODE).data() == codes["late"]
    assert page.unit_groups.rowCount() == 4  # all, two units, not transferred


def test_sorting_keeps_the_selected_dossier_selected(qtbot, db_url):
    codes = make_dossiers(db_url)
    page = make_page(qtbot, db_url)
    page.select_code(codes["apologised"])
    page.table.sortByColumn(CODE, Qt.DescendingOrder)
    assert page.selected_code() == codes["apologised"]
    page.urgency_filter.setCurrentIndex(page.urgency_filter.findData("overdue"))
    assert page.selected_code() == codes["apologised"]
