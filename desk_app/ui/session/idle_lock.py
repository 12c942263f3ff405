"""The idle lock: after a while without keyboard or mouse, every window of the program is
covered and the logged-in user's password is asked again.

Nothing is closed or cleared: the windows stay as they were under an opaque curtain (a child
widget on top of each), so what was being typed is still there after unlocking. The unlock
goes through `users.authenticate`, so failed attempts count towards the lockout.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QWidget

from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.workers import call

ACTIVITY = frozenset({
    QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseButtonDblClick, QEvent.MouseMove,
    QEvent.Wheel, QEvent.TouchBegin, QEvent.TabletPress,
})
CURTAIN_STYLE = "background: #37474f; color: white; font-size: 16pt;"


class Curtain(QLabel):
    """Covers one window's content while the program is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setText(self.tr("Locked"))
        self.setAlignment(Qt.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet(CURTAIN_STYLE)
        self.cover()
        self.show()
        self.raise_()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())


class UnlockDialog(FormDialog):
    """Modal for the whole program; only the right password (or closing the program) ends
    it: Escape and the title bar's close button do nothing."""

    unlocked = Signal()

    def __init__(self, desk: Desk, minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.ApplicationModal)
        self.setWindowFlag(Qt.WindowCloseButtonHint, False)
        explanation = QLabel(self.tr(
            "The program was locked after %n minute(s) without use. Your work is kept: enter "
            "the password to continue.", "", minutes))
        explanation.setWordWrap(True)
        actor = desk.user
        self.user_label = QLabel(f"<b>{actor.full_name or actor.username}</b> ({actor.username})")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.unlock_button = self.add_buttons(self.tr("Unlock"))
        self.quit_button = self.buttons.addButton(self.tr("Close the program"),
                                                  QDialogButtonBox.DestructiveRole)
        self.quit_button.setToolTip(self.tr("What was not saved is lost"))
        self.quit_button.clicked.connect(QApplication.quit)
        self.form.addRow(self.tr("User:"), self.user_label)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.lay_out(above=[explanation], width=420)
        self.password.setFocus()

    def run(self) -> None:
        call(users.authenticate, self._desk, self._desk.user.username, self.password.text())
        self.password.clear()
        self.unlocked.emit()

    def refused(self, message: str) -> None:
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        """Escape does not unlock."""

    def closeEvent(self, event) -> None:
        # The title bar's close button does not unlock; the program quitting (or Windows
        # shutting down) closes every window, this one too.
        if event.spontaneous():
            event.ignore()


class IdleLock(QObject):
    """Watches the whole application's input and locks after `idle_ms` without any."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, desk: Desk, idle_ms: int):
        super().__init__(window)
        self._window = window
        self._desk = desk
        self._idle_ms = idle_ms
        self._curtains: list[Curtain] = []
        self._focus: QWidget | None = None
        self.dialog: UnlockDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            if not self.is_locked:
                self._timer.start()
        elif kind == QEvent.Close and watched is self._window:
            self.stop()
        elif kind == QEvent.Resize and self._curtains:
            for curtain in self._curtains:
                if curtain.parentWidget() is watched:
                    curtain.cover()
        return False

    def lock(self) -> None:
        # A closed (or not yet shown) main window has nothing on screen to protect.
        if self.is_locked or not self._window.isVisible():
            return
        self._focus = QApplication.focusWidget()
        self._curtains = [Curtain(w) for w in QApplication.topLevelWidgets()
                          if w.isVisible() and not isinstance(w, (Curtain, UnlockDialog))
                          and w.windowType() not in (Qt.Popup, Qt.ToolTip)]
        minutes = max(1, round(self._idle_ms / 60_000))
        self.dialog = UnlockDialog(self._desk, minutes, self._window)
        self.dialog.unlocked.connect(self._unlock)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked.emit()

    def stop(self) -> None:
        """The main window closes: no more locking, and no lock dialog left open to keep the
        program running."""
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
        dialog = self.dialog
        self._remove_lock()
        if dialog is not None:
            dialog.close()

    def _remove_lock(self) -> None:
        for curtain in self._curtains:
            curtain.deleteLater()
        self._curtains = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _unlock(self) -> None:
        self._remove_lock()
        focus, self._focus = self._focus, None
        # The widget that had the focus may have been closed meanwhile.
        if focus is not None and shiboken6.isValid(focus):
            focus.activateWindow()
            focus.setFocus()
        self._timer.start()
        self.unlocked.emit()
