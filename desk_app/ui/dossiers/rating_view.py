"""The satisfaction rating the citizen gives after receiving the result, on the screen that
faces them (a second monitor, full screen), with big buttons and the keys 1..5.

What the citizen reads is always Vietnamese, whatever language the clerk's interface uses; the
clerk's own controls (screen, full screen, close) go through the translation.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.processing import ratings
from desk_app.ui.widgets.error_label import ERROR_STYLE
from desk_app.ui.widgets.screen_fit import resize_to_fit
from desk_app.ui.widgets.workers import call

# Level names, lowest first; 3 levels as the office setting describes them.
LEVEL_NAMES_VI = {
    5: ("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"),
    3: ("Không hài lòng", "Bình thường", "Hài lòng"),
}
LEVEL_COLOURS = {
    5: ("#c62828", "#ef6c00", "#757575", "#558b2f", "#1b5e20"),
    3: ("#c62828", "#757575", "#1b5e20"),
}
TITLE_VI = "ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG"
QUESTION_VI = "Ông/Bà hài lòng thế nào với việc giải quyết hồ sơ?"
KEYS_HINT_VI = "Chạm vào một mức, hoặc bấm phím số {keys} rồi phím Enter."
DETAILS_VI = "Đánh giá chi tiết (không bắt buộc)"
COMMENT_VI = "Góp ý của Ông/Bà (không bắt buộc):"
SEND_VI = "Gửi đánh giá"
THANKS_VI = "Xin trân trọng cảm ơn Ông/Bà đã đánh giá!"
THANKS_MORE_VI = "Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn."
WELCOME_VI = "Xin kính chào Ông/Bà"
WELCOME_MORE_VI = "Sau khi nhận kết quả, mời Ông/Bà đánh giá mức độ hài lòng tại đây."
DOSSIER_VI = "Hồ sơ: {code}"
PRIVACY_VI = "Đánh giá không ghi tên, số định danh hay số điện thoại của Ông/Bà."

# How long the thank-you stays before the screen waits for the next citizen.
THANKS_MS = 6000
IDLE, FORM, THANKS = range(3)

_views: list[RatingView] = []


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _level_text(level: int, name: str) -> str:
    """The number over the level's name, "hài lòng" on a line of its own: on one line the
    five names need 1,270 px, more than a laptop's 1,280 × 720 screen leaves a window."""
    if name.endswith(" hài lòng"):
        name = name.removesuffix(" hài lòng") + "\nhài lòng"
    return f"{level}\n{name}"


def _level_style(colour: str, points: int) -> str:
    return (f"QPushButton {{ background: white; color: {colour}; border: 3px solid {colour};"
            f" border-radius: 14px; font-size: {points}pt; font-weight: bold; padding: 12px; }}"
            f" QPushButton:checked {{ background: {colour}; color: white; }}"
            f" QPushButton:focus {{ border-width: 5px; }}")


class RatingView(QWidget):
    """One window that stays on the citizen's screen; `start(code, desk)` asks for a rating
    of that dossier, recorded as by whoever acts on `desk`. `rated` carries the code once the
    rating is stored."""

    rated = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.desk = desk
        # Who handed the dossier over: the rating is recorded in their name.
        self._rater: Desk | None = None
        self.code = ""
        settings = office.show(desk)
        self.scale = int(settings["rating_scale"])
        self.setWindowTitle(self.tr("Satisfaction rating"))
        self.setStyleSheet("RatingView { background: #fafafa; }")

        self.pages = QStackedWidget()
        self.pages.addWidget(self._idle_page(settings["agency_name"]))
        self.pages.addWidget(self._form_page(settings["agency_name"]))
        self.pages.addWidget(self._thanks_page())

        layout = QVBoxLayout(self)
        layout.addWidget(self._clerk_strip())
        layout.addWidget(self.pages, 1)

        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_MS)
        self.thanks_timer.timeout.connect(self.show_idle)
        for level in range(1, self.scale + 1):
            shortcut = QShortcut(QKeySequence(str(level)), self)
            shortcut.activated.connect(lambda level=level: self.choose(level))
        full_screen = QShortcut(QKeySequence(Qt.Key_F11), self)
        full_screen.activated.connect(self.toggle_full_screen)
        leave = QShortcut(QKeySequence(Qt.Key_Escape), self)
        leave.activated.connect(self.showNormal)
        resize_to_fit(self, 1100, 760)
        self.show_idle()

    # Pages -------------------------------------------------------------------------------

    def _clerk_strip(self) -> QWidget:
        strip = QWidget()
        self.screen_choice = QComboBox()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_choice.addItem(
                self.tr("Screen {number}: {name} ({width}×{height})").format(
                    number=number, name=screen.name(), width=size.width(),
                    height=size.height()), number - 1)
        self.full_screen_button = QPushButton(self.tr("Full screen (F11)"))
        self.close_button = QPushButton(self.tr("Close"))
        caption = QLabel(self.tr("For the clerk:"))
        caption.setStyleSheet("color: #757575;")
        layout = QHBoxLayout(strip)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.screen_choice)
        layout.addWidget(self.full_screen_button)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.screen_choice.activated.connect(
            lambda index: self.place_on(QGuiApplication.screens()[index], self.isFullScreen()))
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.close_button.clicked.connect(self.close)
        # Keyboard focus belongs to the rating, never to the clerk's controls.
        for widget in (self.screen_choice, self.full_screen_button, self.close_button):
            widget.setFocusPolicy(Qt.NoFocus)
        return strip

    def _heading(self, agency: str) -> list[QLabel]:
        labels = []
        if agency:
            name = QLabel(agency.upper())
            name.setFont(_font(16, bold=True))
            labels.append(name)
        title = QLabel(TITLE_VI)
        title.setFont(_font(30, bold=True))
        title.setStyleSheet("color: #0d47a1;")
        labels.append(title)
        for label in labels:
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
        return labels

    def _idle_page(self, agency: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in self._heading(agency):
            layout.addWidget(label)
        layout.addSpacing(40)
        for text, points in ((WELCOME_VI, 28), (WELCOME_MORE_VI, 18)):
            label = QLabel(text)
            label.setFont(_font(points, bold=points > 20))
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(2)
        return page

    def _form_page(self, agency: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        for label in self._heading(agency):
            layout.addWidget(label)
        self.dossier_label = QLabel()
        self.dossier_label.setFont(_font(16))
        self.dossier_label.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.dossier_label)
        question = QLabel(QUESTION_VI)
        question.setFont(_font(22, bold=True))
        question.setAlignment(Qt.AlignCenter)
        question.setWordWrap(True)
        layout.addSpacing(10)
        layout.addWidget(question)

        self.levels = QButtonGroup(self)
        self.level_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(16)
        for level, (name, colour) in enumerate(
                zip(LEVEL_NAMES_VI[self.scale], LEVEL_COLOURS[self.scale], strict=True), start=1):
            button = QPushButton(_level_text(level, name))
            button.setCheckable(True)
            button.setMinimumHeight(110)
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            button.setStyleSheet(_level_style(colour, 20))
            self.levels.addButton(button, level)
            self.level_buttons.append(button)
            row.addWidget(button)
        self.levels.idClicked.connect(self.choose)
        layout.addLayout(row, 3)
        hint = QLabel(KEYS_HINT_VI.format(keys=f"1–{self.scale}"))
        hint.setFont(_font(13))
        hint.setStyleSheet("color: #616161;")
        hint.setAlignment(Qt.AlignCenter)
        layout.addWidget(hint)

        self.details_button = QPushButton(DETAILS_VI)
        self.details_button.setCheckable(True)
        self.details_button.setFont(_font(14))
        self.details_button.setFocusPolicy(Qt.NoFocus)
        layout.addWidget(self.details_button, 0, Qt.AlignCenter)
        self.details = QWidget()
        layout.addWidget(self.details)
        self._criteria_grid(self.details)
        self.details.hide()
        self.details_button.toggled.connect(self.details.setVisible)

        comment_label = QLabel(COMMENT_VI)
        comment_label.setFont(_font(14))
        self.comment = QPlainTextEdit()
        self.comment.setFont(_font(15))
        self.comment.setMaximumHeight(90)
        self.comment.setTabChangesFocus(True)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)

        self.error = QLabel()
        self.error.setFont(_font(15, bold=True))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignCenter)
        self.error.hide()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        privacy = QLabel(PRIVACY_VI)
        privacy.setFont(_font(11))
        privacy.setStyleSheet("color: #757575;")
        privacy.setWordWrap(True)
        self.send_button = QPushButton(SEND_VI)
        self.send_button.setFont(_font(20, bold=True))
        self.send_button.setMinimumSize(320, 70)
        self.send_button.setStyleSheet(
            "QPushButton { background: #0d47a1; color: white; border-radius: 12px; }"
            " QPushButton:disabled { background: #b0bec5; }")
        self.send_button.clicked.connect(self.submit)
        bottom.addWidget(privacy, 1)
        bottom.addWidget(self.send_button)
        layout.addLayout(bottom)
        return page

    def _criteria_grid(self, holder: QWidget) -> None:
        grid = QGridLayout(holder)
        grid.setHorizontalSpacing(10)
        self.criteria_groups: dict[str, QButtonGroup] = {}
        for row, key in enumerate(ratings.RATING_CRITERIA):
            name = QLabel(ratings.CRITERIA_NAMES_VI[key])
            name.setFont(_font(14))
            grid.addWidget(name, row, 0)
            group = QButtonGroup(self)
            for level, (level_name, colour) in enumerate(
                    zip(LEVEL_NAMES_VI[self.scale], LEVEL_COLOURS[self.scale], strict=True),
                    start=1):
                button = QPushButton(str(level))
                button.setToolTip(level_name)
                button.setCheckable(True)
                button.setMinimumSize(64, 44)
                button.setStyleSheet(_level_style(colour, 14))
                button.setFocusPolicy(Qt.NoFocus)
                group.addButton(button, level)
                grid.addWidget(button, row, level)
            self.criteria_groups[key] = group
        grid.setColumnStretch(0, 1)

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for text, points, colour in ((THANKS_VI, 32, "#1b5e20"), (THANKS_MORE_VI, 20, "#424242")):
            label = QLabel(text)
            label.setFont(_font(points, bold=points > 24))
            label.setStyleSheet(f"color: {colour};")
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        return page

    # Flow --------------------------------------------------------------------------------

    def start(self, code: str, desk: Desk) -> None:
        """A clean form for this dossier, shown to the citizen."""
        self.thanks_timer.stop()
        self._clear()
        self.code, self._rater = code, desk
        self.dossier_label.setText(DOSSIER_VI.format(code=code))
        self.pages.setCurrentIndex(FORM)
        self.setFocus()

    def show_idle(self) -> None:
        # The last citizen's answers do not stay behind for the next one to see.
        self._clear()
        self.code, self._rater = "", None
        self.pages.setCurrentIndex(IDLE)

    def _clear(self) -> None:
        self.levels.setExclusive(False)
        for button in self.level_buttons:
            button.setChecked(False)
        self.levels.setExclusive(True)
        for group in self.criteria_groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.details_button.setChecked(False)
        self.comment.clear()
        self.error.hide()
        self.send_button.setEnabled(False)

    @property
    def score(self) -> int | None:
        level = self.levels.checkedId()
        return level if level > 0 else None

    def choose(self, level: int) -> None:
        if self.pages.currentIndex() != FORM or not 1 <= level <= self.scale:
            return
        self.levels.button(level).setChecked(True)
        self.send_button.setEnabled(True)
        self.error.hide()

    def criteria(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.criteria_groups.items()
                if group.checkedId() > 0}

    def keyPressEvent(self, event) -> None:
        # Enter sends once a level is chosen; the comment box keeps its own Enter.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.send_button.isEnabled() \
                and self.pages.currentIndex() == FORM:
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> bool:
        if self.pages.currentIndex() != FORM or self.score is None or self._rater is None:
            return False
        try:
            call(ratings.record_rating, self._rater, self.code, self.score, self.criteria(),
                                  self.comment.toPlainText())
        except (UserError, DatabaseBusy) as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        code = self.code
        self.pages.setCurrentIndex(THANKS)
        self.thanks_timer.start()
        self.rated.emit(code)
        return True

    # Screens -----------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.place_on(self.screen(), full_screen=True)

    def place_on(self, screen: QScreen, full_screen: bool) -> None:
        """Move the window onto `screen`, full screen there or centred in a normal window."""
        index = QGuiApplication.screens().index(screen)
        self.screen_choice.setCurrentIndex(index)
        area = screen.availableGeometry()
        # Hidden while it moves: leaving full screen on a shown window restores its old
        # place afterwards, on the old screen.
        self.hide()
        self.setWindowState(self.windowState() & ~Qt.WindowFullScreen)
        # Never smaller than the layout needs, or the window would overhang the screen's
        # right edge by the difference.
        size = (self.normalGeometry().size().expandedTo(self.minimumSizeHint())
                .boundedTo(area.size()))
        self.setScreen(screen)
        self.setGeometry(area.x() + (area.width() - size.width()) // 2,
                         area.y() + (area.height() - size.height()) // 2,
                         size.width(), size.height())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()


def citizen_screen(parent: QWidget | None) -> QScreen:
    """The screen facing the citizen: one the clerk's window is not on, when there are two."""
    screens = QGuiApplication.screens()
    clerk = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not clerk]
    return others[0] if others else clerk


def open_rating_view(parent: QWidget | None, desk: Desk, code: str) -> RatingView:
    """Ask the citizen to rate the dossier just handed over. One window serves every rating:
    once on the citizen's screen (full screen when that is a second monitor) it stays there."""
    view = next((v for v in _views
                 if shiboken6.isValid(v) and v.isVisible() and v.desk.url == desk.url), None)
    if view is None:
        _views[:] = [v for v in _views if shiboken6.isValid(v)]
        view = RatingView(desk, parent)
        view.setAttribute(Qt.WA_DeleteOnClose)
        _views.append(view)
        screen = citizen_screen(parent)
        view.place_on(screen, full_screen=len(QGuiApplication.screens()) > 1)
    view.start(code, desk)
    view.activateWindow()
    return view
