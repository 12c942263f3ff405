"""Save dialogs suggest the document's Vietnamese name and its dossier code, in the user's
Documents folder, in names Windows accepts; the saved file is confirmed with its path."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from desk_app.ui.app import install_translation
from desk_app.ui.widgets.print_preview import PdfPreviewDialog, ReceiptPreviewDialog
from desk_app.ui.widgets.save_chooser import SaveChooser
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def documents(monkeypatch, tmp_path):
    """A profile of its own whose Documents folder is named in user-dirs.dirs."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "user-dirs.dirs").write_text(
        'XDG_DOCUMENTS_DIR="$HOME/Tài liệu"\n', encoding="utf-8")
    return tmp_path / "Tài liệu"


def save_with_enter(qtbot, button) -> dict:
    """Click `button`; in the chooser it opens, note the suggested name and press Enter."""
    seen = {}

    def accept():
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, SaveChooser)
        seen["folder"] = chooser.directory().absolutePath()
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name.text()
        qtbot.keyClick(name, Qt.Key_Return)

    QTimer.singleShot(0, accept)
    qtbot.mouseClick(button, Qt.LeftButton)
    return seen


def test_a_saved_receipt_lands_in_documents_under_its_name_and_is_confirmed(
        qapp, qtbot, db_url, documents):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    code = intake.receive(as_admin(db_url), IntakeRequest(
        "1.001193", "Nguyễn Thị Ánh Tuyết", id_number="001190012345")).code
    translator = install_translation(qapp, "vi")
    try:
        preview = ReceiptPreviewDialog(as_admin(db_url), code)
        qtbot.addWidget(preview)
        preview.show()
        seen = save_with_enter(qtbot, preview.save_button)
        assert seen == {"folder": str(documents), "name": f"bien-nhan-{code}.pdf"}
        saved = documents / f"bien-nhan-{code}.pdf"
        assert code in PdfReader(saved).pages[0].extract_text()
        notice = preview.saved_notice
        assert notice.isVisible() and str(saved) in notice.text()
        assert notice.open_folder_button.text() == "Mở thư mục"
    finally:
        qapp.removeTranslator(translator)


def test_a_slip_number_is_suggested_as_a_plain_file_name(qtbot, documents):
    dialog = PdfPreviewDialog("phieu-tu-choi-12/2025",
                              lambda target, copies: target.write(b"%PDF-1.4\n"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert save_with_enter(qtbot, dialog.save_button)["name"] == "phieu-tu-choi-12-2025.pdf"
    assert (documents / "phieu-tu-choi-12-2025.pdf").read_bytes().startswith(b"%PDF")
