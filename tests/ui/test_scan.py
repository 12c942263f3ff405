from datetime import datetime

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain import qr_tag
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.document_qr import qr_secret
from desk_app.services.reception import intake, receipts
from desk_app.store.db import session_scope
from desk_app.ui.main_window import MainWindow
from tests.conftest import as_admin
from tests.ui.keyboard_scanner import typed


def receive_one(url: str) -> str:
    for key, value in (("agency_code", "000.00.00.H49"),
                       ("parent_agency_name", "UBND huyện Hoài Đức"),
                       ("agency_name", "UBND xã An Khánh"), ("place_name", "An Khánh")):
        office.set_value(as_admin(url), key, value)
    return intake.receive(as_admin(url),
                          IntakeRequest("1.001193", "Nguyễn Văn Đức", phone="0912345678"),
                          received_at=datetime(2025, 6, 10, 8, 30)).code


def window_scanning(qtbot, url: str, tmp_path, text: str) -> MainWindow:
    """F2 from the window, the scanner types `text` and Enter."""
    window = MainWindow(Desk(url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    # From a field of another page.
    window.navigation.setCurrentRow(1)
    window.dossiers_page.search.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key_F2)
    field = QApplication.focusWidget()
    assert field is window.scan_bar.field
    qtbot.keyClicks(field, typed(text))
    qtbot.keyClick(field, Qt.Key_Return)
    return window


def test_a_genuine_qr_payload_opens_the_dossier(qtbot, db_url, tmp_path):
    code = receive_one(db_url)
    payload = receipts.receipt_document(as_admin(db_url), code).qr_payload
    window = window_scanning(qtbot, db_url, tmp_path, payload)
    dialog = window.scan_bar.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.detail.row.code == code
    assert dialog.warning.isHidden()
    assert window.scan_bar.message.text() == ""
    assert window.scan_bar.field.text() == ""


def test_a_bare_code_opens_the_dossier_without_warning(qtbot, db_url, tmp_path):
    code = receive_one(db_url)
    window = window_scanning(qtbot, db_url, tmp_path, code)
    assert window.scan_bar.dialog.detail.row.code == code
    assert window.scan_bar.dialog.warning.isHidden()


def test_a_tag_that_does_not_verify_warns_but_opens(qtbot, db_url, tmp_path):
    code = receive_one(db_url)
    payload = receipts.receipt_document(as_admin(db_url), code).qr_payload
    forged = payload.rsplit("|MAC:", 1)[0] + "|MAC:AAAAAAAAAA"
    window = window_scanning(qtbot, db_url, tmp_path, forged)
    dialog = window.scan_bar.dialog
    assert dialog.detail.row.code == code
    assert not dialog.warning.isHidden()
    assert "forged" in dialog.warning.text() or "giả" in dialog.warning.text()


def test_an_unknown_code_shows_a_message_in_the_bar(qtbot, db_url, tmp_path):
    receive_one(db_url)
    window = window_scanning(qtbot, db_url, tmp_path, "000.00.00.H49-250610-9999")
    assert window.scan_bar.dialog is None
    assert "không có hồ sơ" in window.scan_bar.message.text()
    assert window.scan_bar.field.selectedText() == "000.00.00.H49-250610-9999"


def test_a_payload_whose_tag_is_cut_off_opens_marked_cannot_be_verified(qtbot, db_url,
                                                                         tmp_path):
    code = receive_one(db_url)
    payload = receipts.receipt_document(as_admin(db_url), code).qr_payload
    window = window_scanning(qtbot, db_url, tmp_path, payload.split("|MAC:")[0] + "|MAC:k3J")
    dialog = window.scan_bar.dialog
    assert dialog.detail.row.code == code
    assert not dialog.warning.isHidden()
    assert "cannot be verified" in dialog.warning.text()


def test_a_receipt_printed_before_the_circular_fields_still_opens(qtbot, db_url, tmp_path):
    code = receive_one(db_url)
    with session_scope(db_url) as session:
        old = qr_tag.legacy_payload("{code}", code, qr_secret(session))
    window = window_scanning(qtbot, db_url, tmp_path, old)
    assert window.scan_bar.dialog.detail.row.code == code
    assert window.scan_bar.dialog.warning.isHidden()
