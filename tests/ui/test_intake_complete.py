"""Complete or refused at the counter (issue 16), driven as a clerk: optional papers start
unticked, a required one left out stops the save and offers form 02 or a supervisor's
override, and the receipt lists exactly the papers ticked, with their form and count."""

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.store.db import session_scope
from desk_app.store.models import Letter
from desk_app.ui.counter.incomplete_dialog import IncompleteDialog
from desk_app.ui.counter.intake_page import IntakePage
from desk_app.ui.counter.intake_slip_dialog import IntakeSlipDialog
from tests.conftest import as_admin
from tests.ui.test_intake import OFFICE, choose_birth_registration

FORM, BIRTH, PROXY, ID_PAPER = range(4)
PROXY_NAME = "Văn bản ủy quyền (nếu ủy quyền)"
BIRTH_NAME = "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)"


def _user(db_url, username, role, password):
    users.add_user(as_admin(db_url), username, username.title(), role, password)
    return users.authenticate(Desk(db_url), username, password)


@pytest.fixture
def office_db(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "hung", "Phạm Văn Hùng", "supervisor", "lanhdao2025")
    return db_url


def _page(qtbot, db_url, actor):
    widget = IntakePage(Desk(db_url, actor))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.procedure.setFocus()
    return widget


@pytest.fixture
def page(qtbot, office_db):
    return _page(qtbot, office_db, _user(office_db, "lan", "clerk", "tiepnhan2025"))


def _untick_birth_certificate_and_save(qtbot, page) -> IncompleteDialog:
    choose_birth_registration(qtbot, page)
    qtbot.keyClick(page.documents, Qt.Key_Down)
    qtbot.keyClick(page.documents, Qt.Key_Space)
    assert page.documents.item(BIRTH, 0).checkState() == Qt.Unchecked
    qtbot.keyClicks(page.applicant_name, "Le Van Tam")
    qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
    assert not page.error.isVisible(), page.error.text()
    qtbot.waitUntil(lambda: page.incomplete_dialog is not None
                    and page.incomplete_dialog.isVisible())
    dialog = page.incomplete_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Keyboard first: the form-02 button has the focus, Enter would issue it.
    assert dialog.supplement_button.hasFocus()
    return dialog


def _dossier_count(db_url) -> int:
    return dossiers.count(as_admin(db_url), dossiers.DossierQuery())


def test_optional_papers_start_unticked_required_ones_ticked(qtbot, page):
    choose_birth_registration(qtbot, page)
    states = [page.documents.item(row, 0).checkState() for row in range(4)]
    assert states == [Qt.Checked, Qt.Checked, Qt.Unchecked, Qt.Checked]
    assert page.documents.item(PROXY, 1).text() == PROXY_NAME
    assert "Optional" in page.documents.item(PROXY, 1).toolTip()


def test_a_required_paper_unticked_refuses_the_save_with_the_offer(qtbot, page, office_db):
    dialog = _untick_birth_certificate_and_save(qtbot, page)
    assert BIRTH_NAME in dialog.listed.text() and PROXY_NAME not in dialog.listed.text()
    assert _dossier_count(office_db) == 0
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
    # Back at the checklist with everything the clerk typed.
    qtbot.waitUntil(page.documents.hasFocus)
    assert page.applicant_name.text() == "Le Van Tam"
    assert _dossier_count(office_db) == 0


def test_supplement_guidance_records_form_02_and_prints_it(qtbot, page, office_db, tmp_path):
    dialog = _untick_birth_certificate_and_save(qtbot, page)
    qtbot.mouseClick(dialog.supplement_button, Qt.LeftButton)
    slip = page.findChild(IntakeSlipDialog)
    qtbot.waitUntil(slip.isVisible)
    # Only the required paper is missing: the optional power of attorney is not asked for.
    assert slip.lines.toPlainText() == f"{BIRTH_NAME}: "
    qtbot.keyClicks(slip.lines, "nop ban chinh")
    qtbot.keyClick(slip.reason, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    with session_scope(office_db) as session:
        letters = session.execute(select(Letter.kind, Letter.number)).all()
    assert letters == [("supplement_request", 1)]
    page.preview.save_pdf(tmp_path / "02.pdf")
    text = PdfReader(tmp_path / "02.pdf").pages[0].extract_text()
    assert "Giấy chứng sinh" in text and "nop ban chinh" in text and "Le Van Tam" in text
    assert _dossier_count(office_db) == 0


def test_a_supervisors_override_keeps_the_reason_and_the_receipt_tells_the_truth(
        qtbot, page, office_db, tmp_path):
    dialog = _untick_birth_certificate_and_save(qtbot, page)
    qtbot.keyClicks(dialog.reason, "Giay chung sinh nop sau trong ngay")
    qtbot.keyClicks(dialog.supervisor, "hung")
    qtbot.keyClicks(dialog.password, "sai")
    qtbot.mouseClick(dialog.override_button, Qt.LeftButton)
    assert dialog.isVisible() and "mật khẩu không đúng" in dialog.error.text()
    assert _dossier_count(office_db) == 0
    qtbot.keyClicks(dialog.password, "lanhdao2025")
    qtbot.mouseClick(dialog.override_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    code = dialog.received.code
    (event,) = dossiers.show(as_admin(office_db), code).events
    assert event.data["incomplete"]["reason"] == "Giay chung sinh nop sau trong ngay"
    assert event.data["incomplete"]["approved_by"] == "hung"
    assert "Phạm Văn Hùng" in event.note
    pdf = tmp_path / "receipt.pdf"
    page.preview.save_pdf(pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Tờ khai đăng ký khai sinh theo mẫu" in text and "xuất trình" in text
    assert "Giấy chứng sinh" not in text and "Văn bản ủy quyền" not in text


def test_the_receipt_lists_the_papers_ticked_with_form_and_count(qtbot, page, office_db,
                                                                 tmp_path):
    choose_birth_registration(qtbot, page)
    # The applicant sends a representative: the power of attorney ticked, as a certified
    # copy; the birth certificate in two copies.
    page.documents.setCurrentCell(PROXY, 0)
    qtbot.keyClick(page.documents, Qt.Key_Space)
    page.documents.cellWidget(PROXY, 2).setCurrentText("bản sao chứng thực")
    page.documents.cellWidget(BIRTH, 3).setValue(2)
    qtbot.keyClicks(page.applicant_name, "Le Van Tam")
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
    shown = dossiers.show(as_admin(office_db), received.args[0]).documents
    assert [(d.form, d.count) for d in shown] == [
        ("bản chính", 1), ("bản chính", 2), ("bản sao chứng thực", 1), ("bản chính", 1)]
    pdf = tmp_path / "receipt.pdf"
    page.preview.save_pdf(pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert re.search(r"Giấy chứng sinh.*?bản chính 02", text), text
    assert re.search(r"Văn bản ủy quyền \(nếu ủy quyền\) bản sao chứng thực 01", text), text
    assert len(re.findall(r"bản (?:chính|sao chứng thực) 0[12]", text)) == 4, text


def test_a_supervisor_at_the_counter_consents_as_themself(qtbot, office_db):
    page = _page(qtbot, office_db, users.authenticate(Desk(office_db), "hung", "lanhdao2025"))
    dialog = _untick_birth_certificate_and_save(qtbot, page)
    assert not dialog.supervisor.isVisible() and not dialog.password.isVisible()
    qtbot.keyClick(dialog.supplement_button, Qt.Key_Tab)
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "Tre sinh tai nha")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    (event,) = dossiers.show(as_admin(office_db), dialog.received.code).events
    assert event.data["incomplete"]["approved_by"] == "hung"
