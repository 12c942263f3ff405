"""The chip card's QR at intake: the scanner types the payload into the ID field and Enter;
the applicant is filled, and a returning applicant's phone and e-mail come back."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.ui.counter.intake_page import IntakePage
from tests.conftest import as_admin
from tests.ui.test_intake import OFFICE, choose_birth_registration, type_text

CARD = ("001190012345||Nguyễn Thị Ánh Tuyết|15041990|Nữ|"
        "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|20082021")


@pytest.fixture
def clerk_page(qtbot, db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    widget = IntakePage(Desk(db_url, users.authenticate(Desk(db_url), "lan", "tiepnhan2025")))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def scan_into_id_field(qtbot, page, payload: str) -> None:
    """As the keyboard-wedge scanner does: one key per character, then Enter."""
    page.id_number.setFocus()
    type_text(page.id_number, payload)
    qtbot.keyClick(page.id_number, Qt.Key_Return)


def test_the_card_qr_fills_the_applicant_and_the_dossier_is_received(qtbot, clerk_page,
                                                                     db_url):
    page = clerk_page
    choose_birth_registration(qtbot, page)
    page.applicant_kind.setCurrentIndex(1)  # left on organisation by mistake
    scan_into_id_field(qtbot, page, CARD)
    assert page.applicant_kind.currentData() == "person"
    assert page.applicant_name.text() == "Nguyễn Thị Ánh Tuyết"
    assert page.id_number.text() == "001190012345"
    assert page.address.text() == "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"
    assert page.phone.text() == "" and page.phone.hasFocus()
    assert not page.error.isVisible()
    qtbot.keyClicks(page.phone, "0912345678")
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.phone, Qt.Key_Return, Qt.ControlModifier)
    page.preview.close()
    detail = dossiers.show(as_admin(db_url), received.args[0])
    assert (detail.row.applicant_name, detail.id_number, detail.address, detail.phone) == (
        "Nguyễn Thị Ánh Tuyết", "001190012345", "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội",
        "0912345678")


def test_a_returning_applicant_is_recalled_from_the_card_and_from_the_typed_number(
        qtbot, clerk_page, db_url):
    page = clerk_page
    for received_at, phone, email, id_number in (
            (datetime(2024, 3, 1, 9, 0), "0987000111", "cu@example.vn", "001190012345"),
            (datetime(2025, 5, 2, 9, 0), "0912345678", "tuyet@example.vn", "001190012345")):
        intake.receive(as_admin(db_url), IntakeRequest(
            "1.001193", "Nguyễn Thị Ánh Tuyết", id_number=id_number, phone=phone, email=email,
            address="Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"), received_at=received_at)
    scan_into_id_field(qtbot, page, CARD.replace("||", "|123456789|"))
    assert (page.phone.text(), page.email.text()) == ("0912345678", "tuyet@example.vn")
    assert "000.00.00.H49-250502-0001" in page.id_number.toolTip()

    page.clear()
    scan_into_id_field(qtbot, page, "001190012345")
    assert page.applicant_name.text() == "Nguyễn Thị Ánh Tuyết"
    assert page.address.text() == "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"
    assert (page.phone.text(), page.email.text()) == ("0912345678", "tuyet@example.vn")
    # Someone new: nothing recalled, nothing invented.
    page.clear()
    scan_into_id_field(qtbot, page, "079203001234")
    assert (page.applicant_name.text(), page.phone.text()) == ("", "")
    assert page.id_number.toolTip() == ""


def test_a_misread_card_says_what_is_wrong_and_fills_nothing(qtbot, clerk_page):
    page = clerk_page
    scan_into_id_field(qtbot, page, CARD.replace("15041990", "31021990"))
    assert page.error.isVisible()
    assert "Mã QR trên CCCD: ngày sinh '31021990': ngày không tồn tại" in page.error.text()
    assert page.applicant_name.text() == ""
    assert page.id_number.hasFocus() and page.id_number.selectedText() == page.id_number.text()
