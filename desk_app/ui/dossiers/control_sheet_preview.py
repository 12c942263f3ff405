"""The control sheet (form 06 of 2025, 05 of 2018) of one dossier in the PDF preview.

`open_control_sheet` is what a button of the dossier's page calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.domain.file_names import document_stem
from desk_app.services.desk import Desk
from desk_app.services.processing import control_sheet
from desk_app.ui.widgets.print_preview import PdfPreviewDialog


def open_control_sheet(parent: QWidget | None, desk: Desk, code: str) -> PdfPreviewDialog:
    """Open the preview of the dossier's control sheet (window-modal) and return it; a
    service error (no such dossier, office not set up) shows inside the preview."""
    # The name is also the suggested file name of "Save as PDF…".
    dialog = PdfPreviewDialog(
        document_stem("control_sheet", code),
        lambda target, copies: control_sheet.write_control_sheet(desk, code, target, copies),
        parent,
    )
    dialog.setWindowTitle(
        QCoreApplication.translate("ControlSheetPreview", "Control sheet {code}").format(
            code=code))
    dialog.open()
    return dialog
