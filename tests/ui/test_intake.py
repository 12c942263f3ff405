import io
from datetime import datetime

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.ui.counter.intake_page import IntakePage
from desk_app.ui.counter.intake_slip_dialog import IntakeSlipDialog
from desk_app.ui.main_window import MainWindow
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def clerk(db_url):
    """A logged-in clerk in an office whose profile is complete enough to print receipts."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    return users.authenticate(Desk(db_url), "lan", "tiepnhan2025")


@pytest.fixture
def page(qtbot, db_url, clerk):
    """The Intake page shown and focused, as the clerk finds it after logging in."""
    widget = IntakePage(Desk(db_url, clerk))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.procedure.setFocus()
    return widget


def type_text(widget, text: str) -> None:
    """Type as a Vietnamese keyboard (Unikey) delivers it: one key event per composed letter.

    QTest.keyClicks only knows ASCII keys."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def choose_birth_registration(qtbot, page):
    qtbot.keyClicks(page.procedure, "dang ky khai sinh")
    popup = page.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    assert page.procedure_code == "1.001193"


def test_receive_a_birth_registration_by_keyboard(qtbot, page, db_url, tmp_path):
    choose_birth_registration(qtbot, page)
    assert page.documents.rowCount() == 4
    assert page.documents.item(0, 1).text() == "Tờ khai đăng ký khai sinh theo mẫu"
    assert "17:00 10/06/2025" in page.appointment.text()
    assert page.appointment.toolTip()
    assert page.fee.text() == "Miễn phí (đăng ký đúng hạn)"
    # The power of attorney "(nếu ủy quyền)" starts unticked: nobody acts for the applicant.
    assert page.documents.item(2, 0).checkState() == Qt.Unchecked
    type_text(page.applicant_name, "Nguyễn Thị Ánh Tuyết")
    qtbot.keyClicks(page.id_number, "001190012345")
    qtbot.keyClicks(page.phone, "0912345678")
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.phone, Qt.Key_Return, Qt.ControlModifier)
    code = received.args[0]
    assert code == "000.00.00.H49-250610-0001"

    detail = dossiers.show(as_admin(db_url), code)
    assert detail.row.applicant_name == "Nguyễn Thị Ánh Tuyết"
    assert detail.id_number == "001190012345"
    assert [d.name for d in detail.documents] == [
        "Tờ khai đăng ký khai sinh theo mẫu",
        "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)",
        "Giấy tờ tùy thân (hộ chiếu/thẻ căn cước/căn cước điện tử) - xuất trình",
    ]
    assert detail.row.due_at == datetime(2025, 6, 10, 17, 0)
    # The form is cleared for the next citizen.
    assert page.applicant_name.text() == "" and page.documents.rowCount() == 0

    pdf = tmp_path / "receipt.pdf"
    page.preview.save_pdf(pdf)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert code in text and "Nguyễn Thị Ánh Tuyết" in text
    image = pypdfium2.PdfDocument(io.BytesIO(pdf.read_bytes()))[0].render(
        scale=200 / 72).to_pil()
    payloads = [b.text for b in zxingcpp.read_barcodes(image)]
    assert any(p.startswith(f"HS:{code}|") for p in payloads), payloads
    page.preview.close()


def test_a_wrong_citizen_id_is_shown_and_nothing_is_written(qtbot, page, db_url):
    choose_birth_registration(qtbot, page)
    type_text(page.applicant_name, "Nguyễn Thị Ánh Tuyết")
    qtbot.keyClicks(page.id_number, "12345")
    qtbot.keyClick(page.id_number, Qt.Key_Enter, Qt.ControlModifier)
    assert page.error.isVisible()
    assert "Số CCCD" in page.error.text()
    # The field the keys go to (the offscreen platform deactivates the window once events run
    # after the completer's popup closed, so hasFocus() cannot say it).
    assert page.focusWidget() is page.id_number
    assert page.preview is None
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 0
    assert page.applicant_name.text() == "Nguyễn Thị Ánh Tuyết"


def test_enter_in_the_picker_takes_the_first_match(qtbot, page):
    qtbot.keyClicks(page.procedure, "1.001193")
    qtbot.keyClick(page.procedure, Qt.Key_Return)
    assert page.procedure_code == "1.001193"
    assert page.documents.rowCount() == 4


def test_main_window_counts_the_dossiers_due_today_after_an_intake(qtbot, db_url, clerk,
                                                                   tmp_path):
    window = MainWindow(Desk(db_url, clerk),
                        QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    assert window.day_counts.text() == "Overdue: 0 · Due soon: 0 · Needs apology: 0"
    page = window.intake_page
    assert window.pages.widget(0) is page
    page.procedure.setText("1.001193")
    page.procedure.returnPressed.emit()
    page.applicant_name.setText("Nguyễn Thị Ánh Tuyết")
    page.save()
    assert not page.error.isVisible(), page.error.text()
    # Due later today: soon, but no apology is needed yet.
    assert window.day_counts.text() == "Overdue: 0 · Due soon: 1 · Needs apology: 0"
    page.preview.close()


def test_incomplete_dossier_gets_form_02_listing_the_unticked_documents(qtbot, page, db_url,
                                                                        tmp_path):
    choose_birth_registration(qtbot, page)
    missing = page.documents.item(1, 1).text()
    page.documents.item(1, 0).setCheckState(Qt.Unchecked)
    qtbot.keyClicks(page.applicant_name, "Le Van Tam")
    qtbot.mouseClick(page.supplement_button, Qt.LeftButton)
    dialog = page.findChild(IntakeSlipDialog)
    assert dialog.lines.toPlainText() == f"{missing}: "
    qtbot.keyClicks(dialog.lines, "nop ban chinh")
    qtbot.keyClicks(dialog.reason, "Thieu giay chung sinh")
    dialog.issue()
    assert dialog.issued is not None and dialog.issued.number == 1
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    page.preview.save_pdf(tmp_path / "02.pdf")
    text = PdfReader(tmp_path / "02.pdf").pages[0].extract_text()
    assert "Le Van Tam" in text and "nop ban chinh" in text
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 0


def test_refusal_needs_a_reason_and_a_procedure(qtbot, page):
    page.issue_slip("refusal")
    assert "Thủ tục" in page.error.text() or "Procedure" in page.error.text()
    choose_birth_registration(qtbot, page)
    qtbot.keyClicks(page.applicant_name, "Le Van Tam")
    dialog = page.issue_slip("refusal")
    dialog.issue()
    assert dialog.issued is None and "Lý do từ chối" in dialog.error.text()
    qtbot.keyClicks(dialog.lines, "Khong thuoc tham quyen")
    dialog.issue()
    assert dialog.issued is not None


def test_fields_are_checked_as_they_are_left_all_errors_at_once_cleared_when_right(
        qtbot, page, db_url):
    choose_birth_registration(qtbot, page)
    qtbot.mouseClick(page.applicant_name, Qt.LeftButton)
    type_text(page.applicant_name, "Nguyễn Thị Ánh Tuyết")
    qtbot.keyClick(page.applicant_name, Qt.Key_Tab)
    assert page.id_number.hasFocus()
    qtbot.keyClicks(page.id_number, "12345")
    qtbot.keyClick(page.id_number, Qt.Key_Tab)
    assert page.phone.hasFocus()
    qtbot.keyClicks(page.phone, "12 34")
    qtbot.keyClick(page.phone, Qt.Key_Tab)
    # Both shown at once, each right under its own field, before any save.
    id_message, phone_message = page.checks.message(page.id_number), page.checks.message(
        page.phone)
    assert "12 chữ số" in id_message and "CCCD" not in id_message.split(":")[0]
    assert phone_message and phone_message != id_message
    labels = {field: page.checks._labels[field] for field in (page.id_number, page.phone)}
    for field, label in labels.items():
        assert label.isVisible()
        # Beside its field: just below it, before the next row.
        assert 0 <= label.y() - (field.y() + field.height()) < 12
    assert not page.checks.is_shown(page.applicant_name)
    # Correcting the ID number clears its line at once; the phone's stays.
    qtbot.mouseClick(page.id_number, Qt.LeftButton)
    page.id_number.selectAll()
    qtbot.keyClicks(page.id_number, "001190012345")
    assert not labels[page.id_number].isVisible() and labels[page.phone].isVisible()
    # Saving with the phone still wrong writes nothing and says which field.
    qtbot.keyClick(page.id_number, Qt.Key_Enter, Qt.ControlModifier)
    assert "Số điện thoại" in page.error.text() and page.phone.hasFocus()
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 0
    page.phone.selectAll()
    qtbot.keyClicks(page.phone, "0905 123 456")
    assert not labels[page.phone].isVisible()
    qtbot.keyClick(page.phone, Qt.Key_Enter, Qt.ControlModifier)
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 1
    page.preview.close()
