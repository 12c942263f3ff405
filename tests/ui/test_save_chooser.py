"""The save dialog every export opens: the suggested name, the program's language for its
buttons, the chosen path (or nothing when cancelled)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from desk_app.ui.widgets.save_chooser import SaveChooser, ask_save_path


def _answer(qtbot, act) -> None:
    """Once the chooser is up (exec() blocks), let `act` answer it."""

    def answer():
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, SaveChooser)
        act(chooser)

    QTimer.singleShot(0, answer)


def test_the_chosen_path_with_the_suggested_name(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def accept(chooser):
        seen["name"] = chooser.findChild(QLineEdit, "fileNameEdit").text()
        seen["button"] = chooser.labelText(QFileDialog.Accept)
        chooser.setDirectory(str(tmp_path))
        chooser.selectFile(str(tmp_path / "bao-cao.xlsx"))
        chooser.accept()

    _answer(qtbot, accept)
    path = ask_save_path(parent, "Export", "Excel workbooks (*.xlsx)", "bao-cao.xlsx")
    assert seen == {"name": "bao-cao.xlsx", "button": "Save"}
    assert path == str(tmp_path / "bao-cao.xlsx")


def test_cancelling_chooses_nothing(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(qtbot, lambda chooser: chooser.reject())
    assert ask_save_path(parent, "Export", "PDF files (*.pdf)", "so.pdf") is None
