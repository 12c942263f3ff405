"""Previews of official documents: the PDF as it will print, then Print… or Save as PDF…."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desk_app.domain.file_names import document_stem, file_name_part
from desk_app.files import write_atomically
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.reception import receipts
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.save_chooser import ask_save_path, confirm_saved
from desk_app.ui.widgets.screen_fit import resize_to_fit

# Pages are rendered to images no finer than this: enough for text and the QR code, and an
# A4 page stays near 8.7 million pixels whatever the printer's own resolution.
MAX_RENDER_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page of the document, rendered as an image, on its own printer page."""
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("Máy in: không mở được máy in")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRect(0, 0, paper.width(), paper.height()), image)
    finally:
        painter.end()


# Writes the document's PDF with the given number of copies (1 or 2) to the file object.
RenderPdf = Callable[[BinaryIO, int], None]


class PdfPreviewDialog(QDialog):
    """Shows a rendered document; `name` is its title and the suggested file name
    (`file_names.document_stem`)."""

    def __init__(self, name: str, render_pdf: RenderPdf, parent=None):
        super().__init__(parent)
        self._name = name
        self.saved_notice = None
        self._render_pdf = render_pdf
        self._pdf = b""
        self._buffer: QBuffer | None = None
        self.setWindowTitle(name)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.error = error_label()
        self.copies = QSpinBox()
        self.copies.setRange(1, 2)
        copies_label = QLabel(self.tr("C&opies:"))
        copies_label.setBuddy(self.copies)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self._ask_and_save)
        self.close_button.clicked.connect(self.reject)
        self.copies.valueChanged.connect(self.render)
        buttons = QHBoxLayout()
        buttons.addWidget(copies_label)
        buttons.addWidget(self.copies)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        resize_to_fit(self, 760, 860)
        self.render()

    def render(self) -> None:
        """Render the document with the chosen number of copies and show it."""
        target = io.BytesIO()
        try:
            self._render_pdf(target, self.copies.value())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.error.hide()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._pdf = target.getvalue()
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.ReadOnly)
        self.document.load(self._buffer)

    def save_pdf(self, path: str | Path) -> None:
        write_atomically(path, lambda temporary: temporary.write_bytes(self._pdf))

    def _ask_and_save(self) -> None:
        path = ask_save_path(self, self.tr("Save as PDF"), self.tr("PDF files (*.pdf)"),
                             f"{file_name_part(self._name)}.pdf")
        if path:
            try:
                self.save_pdf(path)
            except OSError as exc:
                self.error.setText(self.tr("Could not save: {reason}").format(reason=exc))
                self.error.show()
                return
            self.saved_notice = confirm_saved(self, path)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setDocName(self._name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            print_pdf(self.document, printer)
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()


class ReceiptPreviewDialog(PdfPreviewDialog):
    def __init__(self, desk: Desk, code: str, parent=None):
        super().__init__(
            document_stem("receipt", code),
            lambda target, copies: receipts.write_receipt(desk, code, target, copies),
            parent,
        )
        self._code = code
        self.setWindowTitle(self.tr("Receipt {code}").format(code=code))
