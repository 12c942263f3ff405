"""The dialog in which every export asks where to save its file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


class SaveChooser(QFileDialog):
    """Qt's own file dialog (where the system offers none) names its buttons and fields in
    English unless told otherwise: here they follow the program's language."""

    def __init__(self, parent: QWidget, title: str, name_filter: str, suggested: str):
        super().__init__(parent, title)
        self.setAcceptMode(QFileDialog.AcceptSave)
        self.setNameFilter(name_filter)
        self.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
        self.selectFile(suggested)
        for label, text in ((QFileDialog.Accept, self.tr("Save")),
                            (QFileDialog.Reject, self.tr("Cancel")),
                            (QFileDialog.LookIn, self.tr("Look in:")),
                            (QFileDialog.FileName, self.tr("File name:")),
                            (QFileDialog.FileType, self.tr("File type:"))):
            self.setLabelText(label, text)


def ask_save_path(parent: QWidget, title: str, name_filter: str, suggested: str) -> str | None:
    """The path the user chose, or None when they cancelled."""
    chooser = SaveChooser(parent, title, name_filter, suggested)
    if chooser.exec() == QDialog.Accepted and chooser.selectedFiles():
        return chooser.selectedFiles()[0]
    return None
