"""The GUI's safety net: an error nobody caught becomes a short message for the clerk and an
entry in a rotated log for whoever fixes it, instead of a vanished window.

The log holds no personal data: an exception's message often quotes what was being saved
(a name, a phone number, an ID number), so only the exception's type, the traceback's frames
(file, line, function) and the dossier codes found in the message are written.
File paths are cut to the part inside the program, since a Windows user folder is often named
after its owner.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtCore import QObject, QThread, QtMsgType, Signal, Slot
from PySide6.QtCore import qInstallMessageHandler as install_qt_message_handler
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import config
from desk_app.services.errors import DatabaseBusy

LOG_FILE = "desk_app.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
# The causes and contexts followed from the exception caught.
CHAIN_DEPTH = 5
# Dossier codes: an agency code (digits, capitals, dots, with at least one dot or capital so
# a dashed phone number never matches), the date, the daily number.
DOSSIER_CODE = re.compile(
    r"(?<![0-9A-Za-z.])(?=[0-9A-Z.]*[A-Z.])[0-9A-Z.]{3,35}-[0-9]{6}(?:[0-9]{2})?-[0-9]{3,6}"
    r"(?![0-9])")
# In Qt's own messages: ID and phone numbers (9+ digits) and e-mail addresses are masked.
_LONG_NUMBER = re.compile(r"[0-9]{9,}")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+")
_PACKAGE_ROOTS = ("desk_app", "site-packages", "lib", "Lib")
_SEPARATORS = re.compile(r"[\\/]")


def log_folder() -> Path:
    return Path(user_log_dir(config.APP_NAME, config.APP_AUTHOR))


def dossier_codes(text: str) -> list[str]:
    return list(dict.fromkeys(DOSSIER_CODE.findall(text)))


def short_path(filename: str) -> str:
    """The path from the program's package (or the installed library) on; else the name."""
    parts = _SEPARATORS.split(filename)
    for root in _PACKAGE_ROOTS:
        if root in parts[:-1]:
            index = len(parts) - 1 - parts[::-1].index(root)
            return "/".join(parts[index if root == "desk_app" else index + 1:])
    return parts[-1]


def _message_of(error: BaseException) -> str:
    try:
        return str(error)
    except Exception:  # noqa: BLE001 - a broken __str__ must not break the report
        return ""


def scrubbed_report(error_type: type[BaseException], error: BaseException,
                    tb: TracebackType | None) -> str:
    """The traceback without personal data: types, frames and dossier codes only."""
    lines: list[str] = []
    current: BaseException | None = error
    current_type, current_tb = error_type, tb
    for depth in range(CHAIN_DEPTH):
        if depth:
            lines.append("  caused by / while handling:")
        lines.append(f"{current_type.__module__}.{current_type.__qualname__}")
        for frame in traceback.extract_tb(current_tb):
            # Not the source line: a literal there could still be someone's name.
            lines.append(f"  {short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        codes = dossier_codes(_message_of(current)) if current is not None else []
        if codes:
            lines.append(f"  dossier codes: {', '.join(codes)}")
        following = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__)
        if following is None:
            break
        current, current_type, current_tb = following, type(following), following.__traceback__
    return "\n".join(lines)


def scrub_qt_message(message: str) -> str:
    return _EMAIL.sub("<email>", _LONG_NUMBER.sub("<number>", message))


class CrashGuard(QObject):
    """Installed once at start: `sys.excepthook` (slots, pool threads), `threading.excepthook`
    and Qt's message handler. `uninstall` puts the previous ones back."""

    # Errors in other threads are shown by the GUI thread.
    _show_requested = Signal(str)

    def __init__(self, folder: Path | None = None):
        super().__init__()
        self.folder = folder or log_folder()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.log_path = self.folder / LOG_FILE
        self.logger = logging.getLogger(f"desk_app.crash.{id(self)}")
        self.logger.propagate = False
        self.logger.setLevel(logging.INFO)
        self._handler = RotatingFileHandler(self.log_path, maxBytes=LOG_MAX_BYTES,
                                            backupCount=LOG_BACKUPS, encoding="utf-8")
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self.logger.addHandler(self._handler)
        self.dialog: QMessageBox | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._previous_qt_handler = None
        self._show_requested.connect(self._show)

    def install(self) -> CrashGuard:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._previous_qt_handler = install_qt_message_handler(self._qt_message)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        install_qt_message_handler(self._previous_qt_handler)
        self.logger.removeHandler(self._handler)
        self._handler.close()

    def handle(self, error_type: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(error_type, KeyboardInterrupt):
            self._previous_hook(error_type, error, tb)
            return
        self.logger.error("uncaught error\n%s", scrubbed_report(error_type, error, tb))
        # The one failure whose message is ours, in Vietnamese and free of personal data.
        shown = str(error) if isinstance(error, DatabaseBusy) else ""
        app = QApplication.instance()
        if app is None:
            self._previous_hook(error_type, error, tb)
        elif QThread.currentThread() is app.thread():
            self._show(shown)
        else:
            self._show_requested.emit(shown)

    def _handle_thread(self, arguments: threading.ExceptHookArgs) -> None:
        self.handle(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)

    def _qt_message(self, kind: QtMsgType, _context, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            self.logger.warning("Qt %s: %s", kind.name, scrub_qt_message(message))

    @Slot(str)
    def _show(self, message: str) -> None:
        """One box at a time, never waiting in a nested event loop inside an error hook."""
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"),
                          message or self.tr("Something went wrong and the last action may not "
                                             "have been completed. Data already saved is safe."),
                          QMessageBox.StandardButton.NoButton)
        box.setInformativeText(self.tr(
            "If it happens again, send the administrator the log file: {path}"
        ).format(path=self.log_path))
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.open()
        self.dialog = box


def install(folder: Path | None = None) -> CrashGuard:
    return CrashGuard(folder).install()
