"""The save dialog every export opens: Qt's own dialog in Vietnamese (Qt ships no Vietnamese,
the program's translation carries its words), in the user's Documents folder with the
document's suggested name, and the note that says where the file went."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.ui.app import install_translation
from desk_app.ui.widgets.save_chooser import SaveChooser, ask_save_path, confirm_saved


@pytest.fixture
def home(monkeypatch, tmp_path) -> Path:
    """A profile of its own: nothing lands in the real Documents folder."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    return tmp_path


@pytest.fixture
def vietnamese(qapp):
    translator = install_translation(qapp, "vi")
    yield
    qapp.removeTranslator(translator)


def answer(act) -> None:
    """Once the chooser is up (exec() blocks), let `act` answer it."""

    def act_on_chooser():
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, SaveChooser)
        act(chooser)

    QTimer.singleShot(0, act_on_chooser)


def shown_texts(dialog: QWidget) -> set[str]:
    texts = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisible() and w.text()}
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible():
            texts.update(combo.itemText(i) for i in range(combo.count()))
    return texts


def test_the_chooser_opens_in_documents_with_the_name_in_vietnamese(qtbot, home, vietnamese):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def accept(chooser):
        seen["folder"] = chooser.directory().absolutePath()
        seen["texts"] = shown_texts(chooser)
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name.text()
        qtbot.keyClick(name, Qt.Key_Return)

    answer(accept)
    path = ask_save_path(parent, "Lưu biên nhận", "Tệp PDF (*.pdf)", "bien-nhan-000.00.00.H49.pdf")
    assert seen["folder"] == str(home / "Documents")
    assert seen["name"] == "bien-nhan-000.00.00.H49.pdf"
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:", "&Lưu", "Huỷ"} <= seen["texts"]
    assert not {"Look in:", "&Look in:", "File &name:", "Files of &type:", "&Save",
                "Cancel"} & seen["texts"]
    assert path == str(home / "Documents" / "bien-nhan-000.00.00.H49.pdf")


def test_cancelling_chooses_nothing(qtbot, home):
    parent = QWidget()
    qtbot.addWidget(parent)
    answer(lambda chooser: chooser.reject())
    assert ask_save_path(parent, "Export", "PDF files (*.pdf)", "so.pdf") is None


def test_the_print_dialog_speaks_vietnamese(qtbot, vietnamese):
    # The dialog keeps no reference to its printer.
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Tùy chọn >>")
    qtbot.mouseClick(options, Qt.LeftButton)
    texts = shown_texts(dialog)
    assert {"&In", "Huỷ", "&Tên:", "Số bản:", "In tất cả", "In ra tệp (PDF)", "In theo bộ",
            "&Tùy chọn <<"} <= texts
    assert not {"&Print", "Cancel", "Copies:", "Print all", "Print to File (PDF)",
                "&Options <<", "Collate"} & texts
    dialog.reject()


def test_the_note_names_the_path_and_offers_its_folder(qtbot, tmp_path, vietnamese):
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = confirm_saved(parent, tmp_path / "bien-nhan-1.pdf")
    assert notice.isVisible()
    assert str(tmp_path / "bien-nhan-1.pdf") in notice.text()
    assert notice.open_folder_button.text() == "Mở thư mục"
