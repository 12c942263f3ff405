from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.ui.dossiers.dossier_model import PAGE_SIZE
from desk_app.ui.dossiers.dossiers_page import DossiersPage
from tests.conftest import ADMIN, as_admin

FIRST = datetime(2025, 5, 5, 8, 0)


def receive_many(url: str, number: int) -> list[str]:
    """Every tenth applicant is "Nguyễn Văn Đức"; one dossier per 20 minutes."""
    office.set_value(as_admin(url), "agency_code", "000.00.00.H49")
    codes = []
    for i in range(number):
        name = "Nguyễn Văn Đức" if i % 10 == 0 else f"Trần Thị Mai {i}"
        received = intake.receive(as_admin(url),
                                  IntakeRequest("1.001193", name, phone="0912345678"),
                                  received_at=FIRST + timedelta(minutes=20 * i))
        codes.append(received.code)
    return codes


def make_page(qtbot, url: str, actor: Actor | None = None) -> DossiersPage:
    page = DossiersPage(Desk(url, actor))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_model_fetches_pages_as_the_table_scrolls(qtbot, db_url):
    receive_many(db_url, 250)
    page = make_page(qtbot, db_url)
    model = page.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert "250" in page.count_label.text()
    # Newest first.
    assert model.row_at(0).received_at == FIRST + timedelta(minutes=20 * 249)
    scroll_bar = page.table.verticalScrollBar()
    first_end = scroll_bar.maximum()
    scroll_bar.setValue(first_end)
    assert model.rowCount() == 2 * PAGE_SIZE
    # The view lays the new rows out before its scroll range grows.
    qtbot.waitUntil(lambda: scroll_bar.maximum() > first_end)
    scroll_bar.setValue(scroll_bar.maximum())
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    assert len({model.row_at(r).code for r in range(250)}) == 250


def test_search_without_diacritics_after_the_debounce(qtbot, db_url):
    receive_many(db_url, 40)
    page = make_page(qtbot, db_url)
    assert page.model.rowCount() == 40
    qtbot.keyClicks(page.search, "nguyen van duc")
    # Not re-queried on every key press.
    assert page.model.rowCount() == 40
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=2000)
    names = {page.model.row_at(r).applicant_name for r in range(4)}
    assert names == {"Nguyễn Văn Đức"}
    assert "4" in page.count_label.text()


def test_status_and_date_filters(qtbot, db_url):
    codes = receive_many(db_url, 12)
    for code in codes[:3]:
        lifecycle.record_event(as_admin(db_url), code, "result_ready",
                               at=datetime(2025, 6, 10, 8, 0))
    page = make_page(qtbot, db_url)
    page.status.setCurrentIndex(page.status.findData("result_ready"))
    assert {page.model.row_at(r).code for r in range(page.model.rowCount())} == set(codes[:3])
    assert page.model.row_at(0).deadline_class in {"early", "on_time", "late"}
    page.status.setCurrentIndex(0)
    assert page.model.rowCount() == 12
    # 12 dossiers 20 minutes apart from 08:00 on 5 May: all that day.
    page.from_date.setDate(FIRST.date() + timedelta(days=1))
    page.from_enabled.setChecked(True)
    assert page.model.rowCount() == 0
    page.from_enabled.setChecked(False)
    assert page.model.rowCount() == 12


def test_enter_on_a_row_opens_the_dossier(qtbot, db_url):
    codes = receive_many(db_url, 3)
    page = make_page(qtbot, db_url)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field_labels[dialog.tr("Code")].text() == codes[1]
    # The required papers: the power of attorney is "(nếu ủy quyền)", not taken as handed in.
    assert dialog.documents_model.rowCount() == 3
    assert dialog.events_model.rowCount() == 1
    assert dialog.warning.isHidden()


def test_receipt_pdf_from_the_dialog(qtbot, db_url, tmp_path):
    codes = receive_many(db_url, 1)
    for key, value in (("parent_agency_name", "UBND huyện Hoài Đức"),
                       ("agency_name", "UBND xã An Khánh"), ("place_name", "An Khánh")):
        office.set_value(as_admin(db_url), key, value)
    page = make_page(qtbot, db_url, ADMIN)
    dialog = page.open_dossier(codes[0])
    target = tmp_path / "receipt.pdf"
    assert dialog.save_receipt(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_1430_word_search_says_it_used_the_first_16_words(qtbot, db_url):
    receive_many(db_url, 20)
    page = make_page(qtbot, db_url)
    page.search.setText("nguyen van duc " + " ".join(["duc"] * 13 + ["x"] * 1417))
    page.refresh()
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "Searched by the first 16 words only · 2 dossier(s)"
    page.search.setText("nguyen van duc")
    page.refresh()
    assert page.count_label.text() == "2 dossier(s)"
