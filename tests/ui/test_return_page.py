"""The Return page: the results waiting at the desk, found by name, code, phone or a scanned
receipt, handed over with the keyboard, then rated by the citizen."""

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake, receipts
from desk_app.ui.counter.return_page import DEADLINE, ReturnPage
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from desk_app.ui.main_window import LoginNeededPage, MainWindow
from tests.conftest import as_admin
from tests.dossier_steps import ready_at_desk
from tests.ui.keyboard_scanner import typed

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
# 1.001612 takes 3 working days; the clock is Tuesday 10/06/2025 09:00.
HOUSEHOLD = "1.001612"


@pytest.fixture
def office_db(db_url):
    """An office that can number receipts."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


@pytest.fixture
def clerk(office_db):
    """A logged-in clerk: hands results over."""
    users.add_user(as_admin(office_db), "tiepnhan", "Phạm Thu Hà", "clerk", "Tiepnhan2025")
    return users.authenticate(Desk(office_db), "tiepnhan", "Tiepnhan2025")


def ready(url, name, received, result_at, phone="", delivery="desk") -> str:
    """Received, then its result back at the desk at `result_at`."""
    return ready_at_desk(url, IntakeRequest(HOUSEHOLD, name, id_number="001190012345",
                                            phone=phone, delivery=delivery),
                         received, result_at)


@pytest.fixture
def waiting(office_db):
    """Three results waiting (Ánh's late: due Thursday 05/06 09:00, ready Friday), one already
    handed over and one still in processing; label -> code."""
    codes = {
        "binh": ready(office_db, "Trần Văn Bình", datetime(2025, 6, 4, 9, 0),
                      datetime(2025, 6, 9, 8, 30), phone="0905111222"),
        "anh": ready(office_db, "Nguyễn Thị Ánh Tuyết", datetime(2025, 6, 2, 9, 0),
                     datetime(2025, 6, 6, 10, 0)),
        "duc": ready(office_db, "Đặng Văn Đức", datetime(2025, 6, 5, 9, 0),
                     datetime(2025, 6, 9, 15, 0), phone="0912345678"),
        "returned": ready(office_db, "Lê Thị Cúc", datetime(2025, 6, 3, 9, 0),
                          datetime(2025, 6, 5, 9, 0)),
        "open": intake.receive(as_admin(office_db), IntakeRequest(HOUSEHOLD, "Võ Văn Em"),
                               received_at=datetime(2025, 6, 9, 9, 0)).code,
    }
    lifecycle.return_result(as_admin(office_db), codes["returned"], collector_name="Lê Thị Cúc",
                            collector_id="001190012345", at=datetime(2025, 6, 5, 10, 0))
    return codes


def open_page(qtbot, url, actor) -> ReturnPage:
    page = ReturnPage(Desk(url, actor))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    return page


def shown(page) -> list[str]:
    return [page.model.row_at(r).code for r in range(page.model.rowCount())]


def cell(page, row, column) -> str:
    return page.model.data(page.model.index(row, column))


def test_a_result_found_by_name_and_code_is_handed_over_with_the_keyboard(
        qtbot, office_db, clerk, waiting):
    page = open_page(qtbot, office_db, clerk)
    # The longest waiting first; neither the returned nor the open dossier.
    assert shown(page) == [waiting["anh"], waiting["binh"], waiting["duc"]]
    assert page.count_label.text() == "3 result(s) awaiting return"
    assert [cell(page, 0, c) for c in range(7)] == [
        waiting["anh"], "Nguyễn Thị Ánh Tuyết", "", "06/06/2025 10:00", "05/06/2025 09:00",
        "Late", f"{HOUSEHOLD} – " + dossiers.show(as_admin(office_db),
                                                  waiting["anh"]).row.procedure_name]
    assert cell(page, 1, 2) == "0905111222" and cell(page, 1, DEADLINE) == "On time"

    # A name typed without diacritics, đ as d.
    qtbot.keyClicks(page.filter, "dang van duc")
    assert shown(page) == [waiting["duc"]]
    assert page.count_label.text() == "1 shown · 3 result(s) awaiting return"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "0905")
    assert shown(page) == [waiting["binh"]]

    # Part of a name: Enter goes to the list.
    page.filter.clear()
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "van")
    qtbot.keyClick(page.filter, Qt.Key_Return)
    assert QApplication.focusWidget() is page.table and page.return_dialog is None
    # The whole code typed (or scanned): its row is selected and one Enter hands it over.
    page.filter.clear()
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, waiting["binh"])
    assert page.selected_code() == waiting["binh"]
    qtbot.keyClick(page.filter, Qt.Key_Return)
    dialog = page.return_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.in_person.isChecked() and dialog.collector.text() == "Trần Văn Bình"
    qtbot.waitUntil(dialog.isActiveWindow)
    # Someone else collects it, with their own ID paper (typed without diacritics: QTest
    # types Latin-1 only).
    dialog.collector.selectAll()
    qtbot.keyClicks(dialog.collector, "Tran Thi Hoa")
    dialog.collector_id.selectAll()
    qtbot.keyClicks(dialog.collector_id, "079190000111")
    qtbot.keyClick(dialog.collector_id, Qt.Key_Return)
    assert not dialog.isVisible(), dialog.error.text()

    event = dossiers.show(as_admin(office_db), waiting["binh"]).events[-1]
    assert event.kind == "returned" and event.actor == "Phạm Thu Hà"
    assert (event.data["collector_name"], event.data["collector_id"]) == (
        "Tran Thi Hoa", "079190000111")
    qtbot.waitUntil(lambda: shown(page) == [waiting["anh"], waiting["duc"]])
    assert page.count_label.text() == "2 result(s) awaiting return"
    assert page.filter.text() == ""
    # Handed over at the counter: the citizen's rating screen asks about this dossier.
    qtbot.waitUntil(lambda: page.rating_view is not None and page.rating_view.isVisible())
    assert page.rating_view.code == waiting["binh"]
    page.rating_view.close()


def test_a_result_sent_by_post_opens_no_rating_screen(qtbot, office_db, clerk, waiting):
    page = open_page(qtbot, office_db, clerk)
    assert page.select_code(waiting["duc"])
    qtbot.mouseClick(page.hand_over_button, Qt.LeftButton)
    dialog = page.return_dialog
    dialog.by_post.setChecked(True)
    qtbot.keyClicks(dialog.tracking, "EB123456789VN")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    assert dossiers.show(as_admin(office_db), waiting["duc"]).events[-1].data["by_post"] is True
    qtbot.waitUntil(lambda: waiting["duc"] not in shown(page))
    assert page.rating_view is None


def test_the_hand_over_slip_is_printed_from_the_list_for_the_collector_to_sign(
        qtbot, office_db, clerk, waiting):
    page = open_page(qtbot, office_db, clerk)
    assert page.select_code(waiting["binh"])
    qtbot.mouseClick(page.slip_button, Qt.LeftButton)
    preview = page.slip_preview
    assert preview.isVisible() and preview.document.pageCount() == 1
    text = " ".join(PdfReader(io.BytesIO(preview._pdf)).pages[0].extract_text().split())
    assert "PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text
    assert f"Mã hồ sơ: {waiting['binh']}" in text
    # Not handed over yet: the time and the collector are left to fill in by hand.
    assert "5. Thời gian trả kết quả: ..... giờ ..... phút" in text
    assert "Phạm Thu Hà" in text  # the clerk who prints it hands it over
    preview.close()


def test_a_result_returned_elsewhere_leaves_the_list(qtbot, office_db, clerk, waiting):
    page = open_page(qtbot, office_db, clerk)
    assert page.select_code(waiting["anh"])
    # Handed over at another counter meanwhile.
    lifecycle.return_result(as_admin(office_db), waiting["anh"],
                            collector_name="Nguyễn Thị Ánh Tuyết",
                            collector_id="001190012345")
    assert page.hand_over() is None
    assert page.message.isVisible() and waiting["anh"] in page.message.text()
    qtbot.waitUntil(lambda: shown(page) == [waiting["binh"], waiting["duc"]])
    lifecycle.return_result(as_admin(office_db), waiting["duc"], by_post=True,
                            tracking_number="EB1")
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClick(page.table, Qt.Key_F5)
    assert shown(page) == [waiting["binh"]]


def test_a_scanned_receipt_selects_its_row(qtbot, office_db, clerk, waiting):
    page = open_page(qtbot, office_db, clerk)
    payload = receipts.receipt_document(as_admin(office_db), waiting["duc"]).qr_payload
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, typed(payload))
    qtbot.keyClick(page.filter, Qt.Key_Return)
    assert page.filter.text() == waiting["duc"]
    assert page.selected_code() == waiting["duc"] and shown(page) == [waiting["duc"]]
    assert not page.message.isVisible()
    # One Enter after the scan opens the hand-over; Esc leaves it for the next scan.
    dialog = page.return_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle().endswith(
        waiting["duc"])
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
    # A receipt whose result was already handed over says so. Alt+F: back to the filter.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.windowHandle(), Qt.Key_F, Qt.AltModifier)
    assert QApplication.focusWidget() is page.filter
    page.filter.clear()
    qtbot.keyClicks(page.filter, typed(receipts.receipt_document(as_admin(office_db),
                                                                waiting["returned"]).qr_payload))
    qtbot.keyClick(page.filter, Qt.Key_Return)
    assert shown(page) == [] and waiting["returned"] in page.message.text()


def test_double_click_opens_the_dossier(qtbot, office_db, clerk, waiting):
    page = open_page(qtbot, office_db, clerk)
    rect = page.table.visualRect(page.model.index(1, 0))
    # A view takes a double click for one only after the press on the same row.
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert isinstance(page.dialog, DossierDialog) and page.dialog.isVisible()
    assert page.dialog.detail.row.code == waiting["binh"]
    assert page.return_dialog is None
    page.dialog.close()


def test_an_officer_sees_the_list_but_may_not_hand_over(qtbot, office_db, waiting):
    users.add_user(as_admin(office_db), "chuyenvien", "Hồ Văn Sơn", "officer", "Chuyenvien2025")
    officer = users.authenticate(Desk(office_db), "chuyenvien", "Chuyenvien2025")
    page = open_page(qtbot, office_db, officer)
    assert len(shown(page)) == 3 and page.selected_code() == waiting["anh"]
    assert not page.hand_over_button.isEnabled()
    assert page.hand_over_button.toolTip() == "Your role may not hand over results"
    assert page.open_button.isEnabled()


def test_the_third_entry_is_the_return_page(qtbot, office_db, clerk, waiting, tmp_path):
    window = MainWindow(Desk(office_db, clerk),
                        QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.navigation.item(2).text() == "3. Return"
    assert window.pages.widget(2) is window.return_page
    with qtbot.waitSignal(window.return_page.refreshed):
        qtbot.keyClick(window.windowHandle(), Qt.Key_3, Qt.AltModifier)
    assert window.pages.currentWidget() is window.return_page
    assert shown(window.return_page) == [waiting["anh"], waiting["binh"], waiting["duc"]]


def test_without_a_user_the_pages_that_need_one_say_so(qtbot, db_url, tmp_path):
    window = MainWindow(Desk(db_url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    for row in (0, 2, 3, 4):
        page = window.pages.widget(row)
        assert isinstance(page, LoginNeededPage)
        assert page.text() == "Log in to use this page."


def test_a_receipt_whose_qr_tag_is_cut_off_cannot_be_verified(qtbot, office_db, clerk,
                                                               waiting):
    page = open_page(qtbot, office_db, clerk)
    payload = receipts.receipt_document(as_admin(office_db), waiting["duc"]).qr_payload
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, typed(payload[:-4]))
    qtbot.keyClick(page.filter, Qt.Key_Return)
    assert page.selected_code() == waiting["duc"]
    assert page.message.isVisible() and "cannot be verified" in page.message.text()
