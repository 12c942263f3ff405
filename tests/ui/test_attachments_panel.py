"""Scanning at the counter (issue 18) as a clerk does it: the scanner drops a page into its
folder, F6 attaches the newest scan to the checklist document that has the focus, the
receipt's Ctrl+Enter stores it with the dossier; the dossier window lists it with its
signature columns and previews it; an earlier copy of a returning applicant is reused."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QSettings, Qt

from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.services.digitisation import attachments
from desk_app.ui.counter.intake_page import IntakePage
from desk_app.ui.dossiers.attachments_panel import PdfPreview
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from tests import scans
from tests.conftest import as_admin
from tests.ui.test_intake import OFFICE, choose_birth_registration, type_text


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """The scanner folder is this PC's setting: kept in the test's own settings file."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield
    QSettings.setDefaultFormat(QSettings.NativeFormat)


@pytest.fixture
def clerk(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    return users.authenticate(Desk(db_url), "lan", "tiepnhan2025")


@pytest.fixture
def page(qtbot, db_url, clerk):
    widget = IntakePage(Desk(db_url, clerk))
    qtbot.addWidget(widget)
    widget.resize(1300, 740)
    widget.show()
    qtbot.waitActive(widget)
    widget.procedure.setFocus()
    return widget


def drop_scan(folder, name: str, pages: int = 1):
    """What the scanner does: a new file in its folder, a little newer than the last."""
    path = scans.pdf(folder / name, pages) if name.endswith(".pdf") else scans.jpeg(
        folder / name, name)
    stamp = time.time() + len(list(folder.iterdir()))
    os.utime(path, (stamp, stamp))
    return path


def test_f6_attaches_the_newest_scan_and_ctrl_enter_stores_it(qtbot, page, db_url, clerk,
                                                             tmp_path):
    folder = tmp_path / "scanner"
    folder.mkdir()
    page.attachments.set_scanner_folder(str(folder))
    choose_birth_registration(qtbot, page)
    panel = page.attachments
    assert panel.table.rowCount() == 4
    drop_scan(folder, "old.jpg")
    newest = drop_scan(folder, "giay-chung-sinh.pdf", pages=2)
    qtbot.waitUntil(lambda: panel.scans.count() == 2)
    assert panel.scans.item(0).text() == "giay-chung-sinh.pdf"
    # The second document has the focus in the checklist: F6 puts the scan there.
    page.documents.setCurrentCell(1, 1)
    qtbot.keyClick(page.documents, Qt.Key_F6)
    assert panel.table.item(1, 1).text() == "giay-chung-sinh.pdf"
    assert panel.table.item(1, 2).text() == "2"
    assert not panel.thumbnail.pixmap().isNull()
    type_text(page.applicant_name, "Nguyễn Thị Ánh Tuyết")
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
    code = received.args[0]
    page.preview.close()
    stored = attachments.files(as_admin(db_url), code)
    assert [(f.document, f.name, f.pages) for f in stored] == [(2, "giay-chung-sinh.pdf", 2)]
    assert attachments.document_pdf(as_admin(db_url), code, 2) == newest.read_bytes()
    # The dossier window: the copy with its signature columns, and its preview.
    dialog = DossierDialog(Desk(db_url, clerk), code)
    qtbot.addWidget(dialog)
    lines = dialog.attachments.table
    assert lines.rowCount() == 4  # the three papers handed in and the result
    assert [lines.item(1, c).text() for c in range(1, 6)] == [
        "giay-chung-sinh.pdf", "2", "", "", "not signed"]
    lines.setCurrentCell(1, 0)
    dialog.attachments.open_preview()
    assert isinstance(dialog.attachments.preview, PdfPreview)
    assert dialog.attachments.preview.document.pageCount() == 2


def test_a_file_over_the_limit_is_refused_with_a_message(qtbot, page, db_url, tmp_path):
    office.set_value(as_admin(db_url), "attachment_max_pages", "1")
    choose_birth_registration(qtbot, page)
    assert not page.attachments.attach_paths([scans.pdf(tmp_path / "dai.pdf", 3)])
    assert "3 trang, vượt mức tối đa 1 trang" in page.attachments.error.text()
    assert page.attachments.pending[0].prepared is None


def test_a_returning_applicant_is_offered_the_earlier_copies(qtbot, page, db_url, clerk,
                                                            tmp_path):
    from desk_app.domain.intake import IntakeRequest
    from desk_app.services.reception import intake

    earlier = intake.receive(as_admin(db_url), IntakeRequest(
        "1.001193", "Nguyễn Văn An", id_number="001190012345")).code
    form = attachments.attach(as_admin(db_url), earlier, 1,
                              [scans.pdf(tmp_path / "to-khai.pdf", 1)])
    choose_birth_registration(qtbot, page)
    type_text(page.applicant_name, "Nguyễn Văn An")
    qtbot.keyClicks(page.id_number, "001190012345")
    qtbot.keyClick(page.id_number, Qt.Key_Return)
    panel = page.attachments
    assert panel.reuse_button.isVisible()
    assert "1 earlier digitised document" in panel.offer_label.text()
    qtbot.mouseClick(panel.reuse_button, Qt.LeftButton)
    assert panel.table.item(0, 6).text() == earlier
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
    page.preview.close()
    reused = attachments.files(as_admin(db_url), received.args[0])
    assert [(f.document, f.sha256, f.reused_from) for f in reused] == [
        (1, form.sha256, earlier)]


def test_an_intake_without_scans_does_not_touch_the_file_store(qtbot, page, db_url, tmp_path):
    choose_birth_registration(qtbot, page)
    type_text(page.applicant_name, "Lê Văn Tám")
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
    page.preview.close()
    assert attachments.files(as_admin(db_url), received.args[0]) == []
    assert not (tmp_path / "desk.files").exists()
