"""Tray notifications of the dossiers due today and overdue: checked in the background every
minute, shown when `domain.notifications.notice_for` says so (the first check of a working
day, and whenever the counts change; only within office hours)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon, QWidget

from desk_app.domain.notifications import Notice, notice_for
from desk_app.services.desk import Desk
from desk_app.services.supervision import notices
from desk_app.services.supervision.counts import DayCounts
from desk_app.ui.widgets.workers import Task, start

CHECK_MS = 60_000
# The first check waits until the window is up and the user has had a moment to start.
FIRST_CHECK_MS = 5_000
TRAY_MESSAGE_MS = 15_000
STATUS_MESSAGE_MS = 30_000


class Notifier(QObject):
    """Calls `show(notice)` when there is something to say. `checked` follows every check
    (with or without a notice); `failed` carries the reason a check could not be made."""

    checked = Signal()
    failed = Signal(str)

    def __init__(self, desk: Desk, show: Callable[[Notice], None], interval_ms: int = CHECK_MS,
                 first_check_ms: int = FIRST_CHECK_MS, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._show = show
        self._interval_ms = interval_ms
        self._task: Task | None = None
        # The counts of the last notice shown and when: what `notice_for` compares with.
        self.shown_counts: DayCounts | None = None
        self.last_shown: datetime | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(first_check_ms)

    def check(self) -> None:
        """Read the counts in the background; a check still running is not doubled."""
        self.timer.setInterval(self._interval_ms)
        window = self.parent()
        # A closed window (the program is ending, or the user logged out) says nothing more.
        if self._task is not None or (isinstance(window, QWidget) and not window.isVisible()):
            return
        task = Task(notices.desk_state, self._desk)
        task.signals.finished.connect(self._answered)
        task.signals.failed.connect(self._failed)
        self._task = start(task)

    @property
    def checking(self) -> bool:
        """A check is out, asking the database."""
        return self._task is not None

    def stop(self) -> None:
        self.timer.stop()

    def _answered(self, state: notices.DeskState) -> None:
        self._task = None
        notice = notice_for(self.shown_counts, state.counts, state.now, state.calendar,
                            self.last_shown)
        if notice is not None:
            self._show(notice)
            self.shown_counts, self.last_shown = state.counts, state.now
        self.checked.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
        self.checked.emit()


class DeskTray(QObject):
    """Shows notices as tray messages, or in the window's status bar where there is no tray
    (some Linux desktops, remote sessions). `clicked` when the user clicks a tray message."""

    clicked = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(window.windowTitle())
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
            self.tray.show()

    def show(self, notice: Notice) -> None:
        if self.tray is not None:
            self.tray.showMessage(notice.title, notice.message, QSystemTrayIcon.Information,
                                  TRAY_MESSAGE_MS)
        else:
            self._window.statusBar().showMessage(f"{notice.title}: {notice.message}",
                                                 STATUS_MESSAGE_MS)
