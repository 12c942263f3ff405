"""The result's hand-over slip in the preview: from the return desk before the hand-over (the
collector fills in the dotted lines and signs), from the dossier's window after it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.domain.file_names import document_stem
from desk_app.services.desk import Desk
from desk_app.services.processing import result_handover
from desk_app.ui.widgets.print_preview import PdfPreviewDialog

# The statuses a dossier has a result to hand over in, or handed over.
SLIP_STATUSES = frozenset({"result_ready", "returned"})


def open_result_slip(parent: QWidget, desk: Desk, code: str) -> PdfPreviewDialog:
    preview = PdfPreviewDialog(
        document_stem("result_handover", code),
        lambda target, copies: result_handover.write_result_handover(desk, code, target,
                                                                     copies),
        parent)
    preview.setWindowTitle(
        QCoreApplication.translate("ResultSlip", "Result hand-over slip") + " – " + code)
    preview.open()
    return preview
