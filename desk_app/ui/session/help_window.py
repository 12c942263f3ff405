"""The user guide inside the program (Help → User guide, F1) and the About box.

The guide is one Markdown file (docs/guide/huong-dan-su-dung.md) with its pictures in
docs/guide/images, shown by QTextBrowser's own Markdown support, so the file read on GitHub and
the one shown here are the same. Qt gives Markdown headings no anchors: the window adds them
with GitHub's rule, so the guide's table of contents works in both places.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.text import fold, fold_in_place
from desk_app.paths import GUIDE_FILE
from desk_app.services.about import about
from desk_app.ui.widgets.screen_fit import resize_to_fit

# Room the text browser keeps beside a picture scaled to its width (its margins, a scroll bar).
IMAGE_MARGIN = 40
SLUG_ROLE = Qt.UserRole


def heading_slug(text: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation dropped (letters
    with their Vietnamese marks kept), spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def add_heading_anchors(document: QTextDocument) -> list[tuple[int, str, str]]:
    """Name every heading block of `document` by its slug (a repeated heading gets -1, -2...,
    as on GitHub); returns (level, text, slug) in document order."""
    headings: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and block.text().strip():
            slug = heading_slug(block.text())
            if slug in seen:
                seen[slug] += 1
                slug = f"{slug}-{seen[slug]}"
            else:
                seen[slug] = 0
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
            anchor = cursor.charFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([slug])
            cursor.mergeCharFormat(anchor)
            headings.append((level, block.text(), slug))
        block = block.next()
    return headings


class HelpWindow(QWidget):
    """A window of its own beside the program (not modal: the clerk reads and works)."""

    def __init__(self, guide: Path = GUIDE_FILE, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.guide = guide
        self.headings: list[tuple[int, str, str]] = []
        self._natural_sizes: dict[str, QSize] = {}
        self._section = ""
        self.setWindowTitle(self.tr("User guide"))

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.contents = QListWidget()
        self.contents.setMinimumWidth(200)
        # Chapter titles are long sentences: wrapped, never cut.
        self.contents.setWordWrap(True)
        self.contents.setResizeMode(QListWidget.Adjust)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.contents.currentItemChanged.connect(self._chapter_chosen)
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(self.tr("Find &next"))
        self.find_button.clicked.connect(self.find_next)
        self.find_message = QLabel()
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.find_field, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.find_message)
        top.addStretch(1)
        top.addWidget(self.close_button)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 840])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        find_key = QShortcut(QKeySequence.Find, self)
        find_key.activated.connect(self._focus_find)
        # Pictures follow the width of the window, a moment after the resizing stops.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(100)
        self._fit_timer.timeout.connect(self.fit_images)
        # Once the reader scrolls, the chapter last chosen is no longer where to stay.
        self.browser.verticalScrollBar().actionTriggered.connect(self._forget_section)
        resize_to_fit(self, 1120, 800)
        self.load(guide)

    def load(self, guide: Path) -> None:
        try:
            text = guide.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(self.tr("The user guide was not found: {path}").format(
                path=guide))
            return
        folder = guide.parent
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(f"{folder.as_posix()}/"))
        self.browser.setMarkdown(text)
        self.headings = add_heading_anchors(self.browser.document())
        self._natural_sizes = {name: QImageReader(str(folder / name)).size()
                               for name in self.image_names()}
        self.contents.clear()
        for level, title, slug in self.headings:
            if level == 2:
                item = QListWidgetItem(title)
                item.setData(SLUG_ROLE, slug)
                self.contents.addItem(item)
        self.fit_images()

    def image_names(self) -> list[str]:
        """The pictures the guide shows, as written in it (relative to its folder)."""
        names = []
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                char_format = iterator.fragment().charFormat()
                if char_format.isImageFormat():
                    names.append(char_format.toImageFormat().name())
                iterator += 1
            block = block.next()
        return names

    def fit_images(self) -> None:
        """Show each picture at its own size, or narrower when the window is: a screenshot
        must fit without scrolling sideways."""
        room = max(200, self.browser.viewport().width() - IMAGE_MARGIN)
        document = self.browser.document()
        changed = False
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                char_format = fragment.charFormat()
                if not char_format.isImageFormat():
                    continue
                image = char_format.toImageFormat()
                natural = self._natural_sizes.get(image.name())
                if natural is None or not natural.isValid():
                    continue
                width = min(natural.width(), room)
                if round(image.width()) == width:
                    continue
                image.setWidth(width)
                image.setHeight(natural.height() * width / natural.width())
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor.KeepAnchor)
                cursor.setCharFormat(image)
                changed = True
            block = block.next()
        if changed:
            # Qt relays out only the blocks it thinks changed: after these edits (and the
            # headings' anchors) the blocks below a table kept stale places and overlapped.
            document.markContentsDirty(0, document.characterCount())
            # Pictures above the chapter shown changed height: it would slide away.
            if self._section:
                self.browser.scrollToAnchor(self._section)

    def _forget_section(self, *_action) -> None:
        self._section = ""

    def show_section(self, slug: str) -> None:
        self._section = slug
        self.browser.scrollToAnchor(slug)

    def show_heading(self, title: str) -> bool:
        """Scroll to the first heading whose words contain `title` (diacritics optional,
        the chapter's number left out), its chapter chosen in the contents."""
        wanted = fold(title)
        for level, text, slug in self.headings:
            if wanted and wanted in fold(text):
                chapter = self._chapter_item(slug) if level == 2 else None
                if chapter is not None:
                    self.contents.setCurrentItem(chapter)
                self.show_section(slug)
                return True
        return False

    def _chapter_item(self, slug: str) -> QListWidgetItem | None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(SLUG_ROLE) == slug:
                return self.contents.item(row)
        return None

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_section(item.data(SLUG_ROLE))

    def _focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """The next place the words occur, from the top again after the last one; diacritics
        optional and đ as d ("xin loi" finds "xin lỗi"), as every search of the program."""
        words = fold(self.find_field.text())
        if not words:
            return False
        # The raw text has one character per position of the document (pictures included).
        text = fold_in_place(self.browser.document().toRawText())
        start = text.find(words, self.browser.textCursor().selectionEnd())
        if start < 0:
            start = text.find(words)
        found = start >= 0
        if found:
            self._section = ""
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(start + len(words), QTextCursor.KeepAnchor)
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()
        self.find_message.setText("" if found else self.tr("Not found"))
        return found

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()


class AboutDialog(QDialog):
    """The version, the font the documents use here, and the bundled font's licence."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        info = about()
        self.setWindowTitle(self.tr("About"))
        title = self.tr("One-stop desk")
        version = self.tr("Version {version}").format(version=info.version)
        font = self.tr("Official documents are printed in {font}.").format(
            font=info.document_font)
        bundled = self.tr("The program comes with the Liberation Serif font, used when the "
                          "computer has no Times New Roman with every Vietnamese letter. Its "
                          "licence (SIL Open Font License 1.1):")
        qt = self.tr("Built with Qt {version} and PySide6 (LGPL 3).").format(version=qVersion())
        self.summary = QLabel(f"<h3>{title} (desk_app)</h3><p>{version}</p><p>{font}</p>"
                              f"<p>{qt}</p><p>{bundled}</p>")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.licence = QPlainTextEdit(info.bundled_font_licence)
        self.licence.setReadOnly(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
