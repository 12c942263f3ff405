"""The digitised copies of a dossier's documents (issue 18): the scanner's drop folder watched
(newest scan on top), a file chooser, drag and drop, a thumbnail and page count, a preview,
and a returning applicant's earlier copies offered for reuse.

Two uses: on the Intake page the dossier does not exist yet, so the copies wait beside the
checklist (`pending`) and are stored by `commit` once the dossier is saved; in the dossier
window they are stored at once and the list shows each file's signature. F6 attaches the
newest scan to the document that has the focus.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QFileSystemWatcher,
    QIODevice,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.text import fold
from desk_app.domain.validation import ValidationError
from desk_app.services.desk import Desk
from desk_app.services.digitisation import attachments, signing
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.tables import show_cut_text_on_hover
from desk_app.ui.widgets.workers import call

SCANNER_FOLDER_SETTING = "scanner_folder"
SCAN_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
# The newest scans offered; a drop folder is emptied by hand now and then.
SHOWN_SCANS = 50
THUMBNAIL = QSize(120, 170)
DOCUMENT, FILE, PAGES, SIGNER, SIGNED_AT, VALID, ORIGIN = range(7)
SIGNATURE_COLUMNS = (SIGNER, SIGNED_AT, VALID)


@dataclass
class Pending:
    """What the Intake page holds for one checklist row until the dossier is saved."""

    paths: list[Path] = field(default_factory=list)
    prepared: attachments.PreparedFile | None = None
    reuse: attachments.ReusableDocument | None = None


class PdfPreview(QDialog):
    """A PDF's pages, scrolled (QtPdf)."""

    def __init__(self, title: str, data: bytes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(700, 650)


def thumbnail(data: bytes, parent) -> QPixmap:
    """The first page, small, rendered by QtPdf."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    image = document.render(0, THUMBNAIL) if document.pageCount() else None
    document.close()
    buffer.close()
    return QPixmap.fromImage(image) if image is not None else QPixmap()


class AttachmentsPanel(QWidget):
    """`attached(row)` after a copy was attached (or chosen for reuse) to checklist row
    `row` (0-based), so that the Intake page ticks it as handed in."""

    attached = Signal(int)

    def __init__(self, desk: Desk, settings: QSettings, shortcut_host: QWidget, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        self._code: str | None = None
        self._documents: list[str] = []
        self._files: list[attachments.AttachedFile] = []
        self.pending: dict[int, Pending] = {}
        self.offer: list[attachments.ReusableDocument] = []
        self.preview: PdfPreview | None = None
        self._password: str | None = None
        self.setAcceptDrops(True)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Digitised copy"), self.tr("Pages"),
            self.tr("Signed by"), self.tr("Signed at"), self.tr("Signature valid"),
            self.tr("Reused from")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # Every column shares the width (a 1366-pixel counter screen has no room for the
        # file names whole): a cut cell shows its text on hover.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setWordWrap(False)
        show_cut_text_on_hover(self.table)
        self.table.currentCellChanged.connect(lambda *_: self._show_thumbnail())
        self.table.doubleClicked.connect(lambda _index: self.open_preview())
        self.scans = QListWidget()
        self.scans.setToolTip(self.tr("Newest scan first; Enter attaches it to the document"))
        self.scans.itemActivated.connect(lambda item: self.attach_paths([item.data(Qt.UserRole)]))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignCenter)
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.reuse_button = QPushButton(self.tr("&Reuse earlier copies"))
        self.reuse_button.clicked.connect(self.reuse_offered)
        self.choose_button = QPushButton(self.tr("Attach &files…"))
        self.choose_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Scanner folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.clicked.connect(self.open_preview)
        self.error = error_label()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.refresh_scans())
        newest = QShortcut(QKeySequence(Qt.Key_F6), shortcut_host)
        newest.setContext(Qt.WidgetWithChildrenShortcut)
        newest.activated.connect(self.attach_newest_scan)
        self._lay_out()
        self._watch(self._settings.value(SCANNER_FOLDER_SETTING, "", str))
        self._show_offer()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.preview_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch()
        side = QVBoxLayout()
        side.addWidget(self.thumbnail)
        # Wrapped, so that the list of scans leaves the table its width.
        scans_label = QLabel(self.tr("Scans (F6: newest to the document)"))
        scans_label.setWordWrap(True)
        side.addWidget(scans_label)
        side.addWidget(self.scans, 1)
        side.addWidget(self.folder_label)
        main = QVBoxLayout()
        main.addWidget(self.table, 1)
        offer = QHBoxLayout()
        offer.addWidget(self.offer_label, 1)
        offer.addWidget(self.reuse_button)
        main.addLayout(offer)
        main.addLayout(buttons)
        main.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(main, 3)
        layout.addLayout(side, 1)

    # -- what is shown -------------------------------------------------------------------------

    def set_documents(self, names: list[str]) -> None:
        """The Intake page's checklist (a new procedure chosen, a document added)."""
        self._show_signature_columns(False)
        self._documents = list(names)
        self.pending = {row: pending for row, pending in self.pending.items()
                        if row < len(names)}
        self._show_rows()

    def _show_signature_columns(self, shown: bool) -> None:
        # At intake nothing is signed before the save: the columns would only take room.
        for column in SIGNATURE_COLUMNS:
            self.table.setColumnHidden(column, not shown)

    def show_dossier(self, code: str, names: list[str]) -> None:
        """The dossier window: its documents, its stored copies and their signatures."""
        self._show_signature_columns(True)
        self._code = code
        self._documents = list(names)
        # Read without a login (the dossier window can be): the copies are not shown.
        readable = self._desk.actor is not None and self._desk.actor.may("dossier.read")
        self._files = attachments.files(self._desk, code) if readable else []
        for button in (self.choose_button, self.preview_button):
            button.setEnabled(readable)
        self._show_rows()

    def select_document(self, row: int) -> None:
        """The host's checklist row that has the focus, kept in step."""
        for line in range(self.table.rowCount()):
            if self.table.item(line, DOCUMENT).data(Qt.UserRole) == row:
                self.table.setCurrentCell(line, DOCUMENT)
                return

    def current_document(self) -> int | None:
        """The checklist row (0-based) the clerk is on; -1 for the result."""
        line = self.table.currentRow()
        if line < 0:
            return 0 if self._documents else None
        return self.table.item(line, DOCUMENT).data(Qt.UserRole)

    def _lines(self) -> list[tuple[int, str, object]]:
        """(checklist row or -1 for the result, name, what is attached) per table line."""
        lines: list[tuple[int, str, object]] = []
        for row, name in enumerate(self._documents):
            stored = [f for f in self._files if f.document == row + 1]
            pending = self.pending.get(row)
            lines += [(row, name, f) for f in stored] or [(row, name, pending)]
        if self._code is not None:
            result = [f for f in self._files if f.document is None]
            lines += [(-1, attachments.RESULT_VI, f) for f in result] or [
                (-1, attachments.RESULT_VI, None)]
        return lines

    def _show_rows(self) -> None:
        current = self.current_document()
        self.table.setRowCount(0)
        for row, name, held in self._lines():
            line = self.table.rowCount()
            self.table.insertRow(line)
            values = [name, "", "", "", "", "", ""]
            if isinstance(held, attachments.AttachedFile):
                values[FILE:] = [held.name, str(held.pages), held.signer or "",
                                 format_moment(held.signed_at) if held.signed_at else "",
                                 self._validity(held), held.reused_from or ""]
            elif isinstance(held, Pending) and held.prepared is not None:
                values[FILE:PAGES + 1] = [held.prepared.name, str(held.prepared.pages)]
            elif isinstance(held, Pending) and held.reuse is not None:
                values[FILE:PAGES + 1] = [held.reuse.document_name, str(held.reuse.pages)]
                values[ORIGIN] = held.reuse.origin_code
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, row)
                self.table.setItem(line, column, item)
        if current is not None:
            self.select_document(current)
        self._show_thumbnail()

    def _validity(self, held: attachments.AttachedFile) -> str:
        if not held.signed:
            return self.tr("not signed")
        if held.valid is None:
            return self.tr("not checked")
        return self.tr("valid") if held.valid else self.tr("not valid")

    def _selected_pdf(self) -> tuple[str, bytes] | None:
        line = self.table.currentRow()
        if line < 0:
            return None
        row, name, held = self._lines()[line]
        if isinstance(held, attachments.AttachedFile):
            return name, attachments.file_bytes(self._desk, self._code, held.id)
        if isinstance(held, Pending) and held.prepared is not None:
            return name, held.prepared.data
        return None

    def _show_thumbnail(self) -> None:
        try:
            selected = self._selected_pdf()
        except UserError as exc:
            self._say(exc)
            return
        self.thumbnail.setPixmap(thumbnail(selected[1], self) if selected else QPixmap())

    def open_preview(self) -> None:
        selected = self._selected_pdf()
        if selected is None:
            self._say(UserError(self.tr("Choose a document that has a digitised copy")))
            return
        self.preview = PdfPreview(selected[0], selected[1], self)
        self.preview.open()

    def _say(self, error: Exception) -> None:
        self.error.setText(str(error))
        self.error.show()

    # -- the scanner folder --------------------------------------------------------------------

    def _watch(self, folder: str) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder and Path(folder).is_dir():
            self.watcher.addPath(folder)
            self.folder_label.setText(self.tr("Scanner folder: %1").replace("%1", folder))
        else:
            self.folder_label.setText(self.tr("No scanner folder set"))
        self.refresh_scans()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The folder the scanner saves into"),
            self._settings.value(SCANNER_FOLDER_SETTING, "", str))
        if folder:
            self.set_scanner_folder(folder)

    def set_scanner_folder(self, folder: str) -> None:
        self._settings.setValue(SCANNER_FOLDER_SETTING, folder)
        self._watch(folder)

    def scan_files(self) -> list[Path]:
        """The scans in the drop folder, newest first."""
        folders = self.watcher.directories()
        if not folders:
            return []
        found = [p for p in Path(folders[0]).iterdir()
                 if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)[:SHOWN_SCANS]

    def refresh_scans(self) -> None:
        self.scans.clear()
        for path in self.scan_files():
            item = QListWidgetItem(path.name)
            item.setData(Qt.UserRole, path)
            self.scans.addItem(item)
        if self.scans.count():
            self.scans.setCurrentRow(0)

    def attach_newest_scan(self) -> None:
        newest = self.scan_files()[:1]
        if not newest:
            self._say(UserError(self.tr("Scanner folder: no scan to attach")))
            return
        self.attach_paths(newest)

    # -- attaching -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach the document's scans"),
            self._settings.value(SCANNER_FOLDER_SETTING, "", str),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        if paths:
            self.attach_paths([Path(p) for p in paths])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)

    def attach_paths(self, paths: list[Path]) -> bool:
        """Attach `paths` to the document that has the focus: stored at once in the dossier
        window, made into the document's PDF and kept until the save at intake."""
        row = self.current_document()
        if row is None:
            self._say(UserError(self.tr("Documents: choose the procedure first")))
            return False
        try:
            if self._code is not None:
                call(attachments.attach, self._desk, self._code, None if row < 0 else row + 1,
                     paths, self._signing_password())
                self._files = attachments.files(self._desk, self._code)
            else:
                pending = self.pending.setdefault(row, Pending())
                # Scans of one document added one by one still make one PDF.
                prepared = attachments.prepare(self._desk, [*pending.paths, *paths])
                pending.paths += paths
                pending.prepared, pending.reuse = prepared, None
        except (UserError, ValidationError, OSError, DatabaseBusy) as exc:
            # A wrong password or PIN is asked again at the next try.
            self._password = None
            self._say(exc)
            return False
        self.error.hide()
        self._show_rows()
        self.select_document(row)
        self.attached.emit(row)
        return True

    # -- reuse ---------------------------------------------------------------------------------

    def offer_reuse(self, id_number: str, procedure_code: str) -> None:
        """A returning applicant's earlier copies that this checklist asks for again."""
        self.offer = []
        if id_number.strip() and procedure_code:
            try:
                self.offer = attachments.reusable_documents(self._desk, id_number,
                                                            procedure_code)
            except UserError as exc:
                self._say(exc)
        self._show_offer()

    def _show_offer(self) -> None:
        self.offer_label.setText(
            self.tr("%n earlier digitised document(s) of this applicant can be reused", "",
                    len(self.offer)) if self.offer else "")
        self.reuse_button.setVisible(bool(self.offer))

    def reuse_offered(self) -> None:
        """Each offered copy stands for the checklist row of the same name (not scanned)."""
        rows = {fold(name): row for row, name in enumerate(self._documents)}
        for offered in self.offer:
            row = rows.get(fold(offered.document_name))
            if row is not None and not (self.pending.get(row) and self.pending[row].prepared):
                self.pending[row] = Pending(reuse=offered)
                self.attached.emit(row)
        self.offer = []
        self._show_offer()
        self._show_rows()

    def commit(self, code: str, positions: dict[int, int]) -> list[str]:
        """Store the copies held for the saved dossier `code`; `positions` maps each
        checklist row that was saved to its 1-based position. The messages of the copies
        that could not be stored (the dossier itself is saved)."""
        problems = []
        for row, pending in sorted(self.pending.items()):
            position = positions.get(row)
            if position is None:
                continue
            try:
                if pending.reuse is not None:
                    attachments.reuse(self._desk, code, position, pending.reuse.file_id)
                elif pending.prepared is not None:
                    call(attachments.attach_prepared, self._desk, code, position,
                         pending.prepared, self._signing_password())
            except (UserError, DatabaseBusy) as exc:
                self._password = None
                problems.append(str(exc))
        self.clear()
        return problems

    def _signing_password(self) -> str | None:
        """The key's password or PIN when the office signs its copies: asked once and kept in
        memory while this window lives (never stored); None when nothing signs or the
        scheduled-task variable gives it."""
        if (not signing.signing_configured(self._desk)
                or os.environ.get("DESK_APP_SIGN_PASSWORD")):
            return None
        if self._password is None:
            password, given = QInputDialog.getText(
                self, self.tr("Digital signature"),
                self.tr("Password or PIN of the signing key:"), QLineEdit.EchoMode.Password)
            if not given:
                raise UserError(self.tr("Digital signature: the copy is signed with the "
                                        "office's key; give its password or PIN"))
            self._password = password
        return self._password

    def clear(self) -> None:
        self.pending = {}
        self.offer = []
        self._documents = []
        self._show_offer()
        self._show_rows()
        self.error.hide()
