"""Help → User guide (F1) shows the Vietnamese guide with its pictures; About names the
version and the font's licence; the guide's own links and pictures all resolve."""

import re

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from desk_app import __version__
from desk_app.paths import GUIDE_DIR, GUIDE_FILE
from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session.help_window import HelpWindow, heading_slug
from tests.conftest import as_admin

LINK = re.compile(r"\]\((#[^)]+)\)")
PICTURE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture
def window(qtbot, db_url, tmp_path):
    """The main window of a logged-in clerk, shown and active (keys go to it)."""
    users.add_user(as_admin(db_url), "tiepnhan", "Nguyễn Thị Hà", "clerk", "Tiepnhan2025")
    actor = users.authenticate(Desk(db_url), "tiepnhan", "Tiepnhan2025")
    main = MainWindow(Desk(db_url, actor), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    yield main
    if main.help_window is not None:
        main.help_window.close()


def test_f1_opens_the_guide_with_its_chapters_and_pictures(qtbot, window):
    qtbot.keyClick(window.windowHandle(), Qt.Key_F1)
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    document = guide.browser.document()
    assert "Tiếp nhận hồ sơ" in document.toPlainText()
    chapters = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert "2. Tiếp nhận hồ sơ" in chapters and "18. Bảng phím tắt" in chapters
    names = guide.image_names()
    assert "images/intake.png" in names
    # Resolved the way the browser resolves it: relative to the guide's folder.
    data = guide.browser.loadResource(QTextDocument.ImageResource, QUrl("images/intake.png"))
    picture = QImage.fromData(data)
    expected = QImage(str(GUIDE_DIR / "images" / "intake.png"))
    assert not picture.isNull() and picture.size() == expected.size()
    # F1 again brings the same window forward rather than opening a second one.
    qtbot.keyClick(window.windowHandle(), Qt.Key_F1)
    assert window.help_window is guide


def test_a_chapter_chosen_in_the_list_scrolls_the_guide_to_it(qtbot, window):
    guide = window.show_guide()
    guide.resize(900, 600)
    qtbot.waitExposed(guide)
    last = guide.contents.count() - 1
    guide.contents.setCurrentRow(last)
    assert guide.browser.verticalScrollBar().value() > 0
    assert guide.contents.item(last).text() == "19. Khi gặp sự cố"


def test_pictures_shrink_to_the_window_and_never_grow(qtbot, window):
    guide = window.show_guide()
    guide.resize(800, 600)
    qtbot.waitExposed(guide)
    guide.fit_images()
    room = guide.browser.viewport().width()
    widths = []
    block = guide.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                image = char_format.toImageFormat()
                natural = QImage(str(GUIDE_DIR / image.name())).width()
                widths.append((image.width(), natural))
            iterator += 1
        block = block.next()
    assert widths and all(0 < shown <= min(room, natural) for shown, natural in widths)


def test_find_moves_to_the_words_and_says_when_they_are_absent(qtbot, window):
    guide = window.show_guide()
    guide.find_field.setText("Ctrl+Enter")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText() == "Ctrl+Enter"
    guide.find_field.setText("không hề có trong hướng dẫn")
    assert not guide.find_next()
    assert guide.find_message.text() == "Not found"


def test_about_names_the_version_and_the_bundled_font_licence(qtbot, window):
    dialog = window.show_about()
    assert __version__ in dialog.summary.text()
    assert "Liberation Serif" in dialog.summary.text()
    assert "SIL Open Font License" in dialog.licence.toPlainText()


def test_a_missing_guide_says_where_it_was_looked_for(qtbot, tmp_path):
    guide = HelpWindow(tmp_path / "không có.md")
    qtbot.addWidget(guide)
    assert "không có.md" in guide.browser.toPlainText()
    assert guide.contents.count() == 0


def test_every_link_of_the_guide_leads_to_a_heading_and_every_picture_exists(qtbot):
    text = GUIDE_FILE.read_text(encoding="utf-8")
    guide = HelpWindow()
    qtbot.addWidget(guide)
    anchors = {slug for _, _, slug in guide.headings}
    links = LINK.findall(text)
    assert links and {link[1:] for link in links} <= anchors
    pictures = PICTURE.findall(text)
    assert all((GUIDE_DIR / name).is_file() for name in pictures)
    # Every picture the script makes is shown somewhere in the guide.
    made = {f"images/{p.name}" for p in (GUIDE_DIR / "images").glob("*.png")}
    assert made == set(pictures)


@pytest.mark.parametrize(("heading", "slug"), [
    ("5. Quét mã hồ sơ (F2)", "5-quét-mã-hồ-sơ-f2"),
    ("4. Hồ sơ chưa đủ hoặc không đủ điều kiện: mẫu 02, mẫu 03",
     "4-hồ-sơ-chưa-đủ-hoặc-không-đủ-điều-kiện-mẫu-02-mẫu-03"),
])
def test_headings_are_named_as_github_names_them(heading, slug):
    assert heading_slug(heading) == slug


def test_alt_and_a_digit_switch_pages_from_the_intake_page(qtbot, window):
    assert window.navigation.currentRow() == 0
    qtbot.keyClick(window.windowHandle(), Qt.Key_2, Qt.AltModifier)
    assert window.navigation.currentRow() == 1
    qtbot.keyClick(window.windowHandle(), Qt.Key_1, Qt.AltModifier)
    qtbot.keyClick(window.windowHandle(), Qt.Key_3, Qt.AltModifier)
    assert window.navigation.currentRow() == 2


def _chapter_tops(document):
    tops = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            tops.append(round(document.documentLayout().blockBoundingRect(block).y()))
        block = block.next()
    return tops


def test_after_fitting_the_pictures_no_chapter_overlaps_another(qtbot):
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.resize(1100, 700)
    with qtbot.waitExposed(guide):
        guide.show()
    guide.fit_images()
    document = guide.browser.document()
    # The same document laid out from scratch: the chapters must stand where they stand here.
    fresh = document.clone()
    fresh.setTextWidth(document.textWidth())
    assert _chapter_tops(document) == _chapter_tops(fresh)
