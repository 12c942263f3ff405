"""The dialog in which every export asks where to save its file, and the note that says where
it went.

On Windows the system's own dialog (in the system's language); elsewhere Qt's, whose words
come from the program's translation (Qt ships no Vietnamese: `qt_dialog_words`). Both open in
the user's Documents folder with the document's suggested name."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def documents_folder() -> Path:
    """The user's Documents folder (created when a new profile has none yet)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class SaveChooser(QFileDialog):
    def __init__(self, parent: QWidget, title: str, name_filter: str, suggested: str):
        super().__init__(parent, title)
        self.setOption(QFileDialog.DontUseNativeDialog, sys.platform != "win32")
        self.setAcceptMode(QFileDialog.AcceptSave)
        self.setNameFilter(name_filter)
        self.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
        folder = documents_folder()
        self.setDirectory(str(folder))
        self.selectFile(str(folder / suggested))


def ask_save_path(parent: QWidget, title: str, name_filter: str, suggested: str) -> str | None:
    """The path the user chose, or None when they cancelled."""
    chooser = SaveChooser(parent, title, name_filter, suggested)
    if chooser.exec() == QDialog.Accepted and chooser.selectedFiles():
        return chooser.selectedFiles()[0]
    return None


class SavedNotice(QMessageBox):
    """Says where a file was saved, with a button that opens its folder; not blocking."""

    def __init__(self, parent: QWidget | None, path: str | Path):
        super().__init__(parent)
        self.path = Path(path)
        self.setIcon(QMessageBox.Information)
        self.setWindowTitle(self.tr("Saved"))
        self.setText(self.tr("Saved to:\n{path}").format(path=self.path))
        self.open_folder_button = self.addButton(self.tr("Open folder"),
                                                 QMessageBox.ActionRole)
        self.addButton(self.tr("OK"), QMessageBox.AcceptRole)
        self.open_folder_button.clicked.connect(self.open_folder)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def confirm_saved(parent: QWidget | None, path: str | Path) -> SavedNotice:
    notice = SavedNotice(parent, path)
    notice.open()
    return notice
