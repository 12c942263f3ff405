"""A page's export in the background: one at a time, followed by a progress strip whose Cancel
stops it, its file written whole or not at all (the export function's own care)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.ui.widgets.save_chooser import confirm_saved
from desk_app.ui.widgets.workers import ProgressStrip, Task, start


def warn(parent: QWidget, title: str, message: str, ok: str) -> None:
    """A warning the user closes with `ok` (translated by the caller), not blocking the page."""
    box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.NoButton, parent)
    box.addButton(ok, QMessageBox.AcceptRole)
    box.open()


class BackgroundExport(QObject):
    """`saved` (the path the function returned) once written, confirmed to the user with the
    path; `failed` (the message) when it could not be; `ended` after either, and after a
    cancel: the page's buttons follow `busy`."""

    saved = Signal(str)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, strip: ProgressStrip, parent: QObject):
        super().__init__(parent)
        self._strip = strip
        self._task: Task | None = None
        self.saved_notice = None
        self.saved.connect(self._confirm)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, text: str, function: Callable[..., str], *args: Any) -> Task:
        """Runs `function(*args, progress=...)` in a worker, the strip showing `text`."""
        task = Task(function, *args, with_progress=True)
        self._strip.follow(task, text)
        task.signals.finished.connect(lambda path: self._end(self.saved, path))
        task.signals.failed.connect(lambda message: self._end(self.failed, message))
        task.signals.cancelled.connect(lambda: self._end(None, None))
        self._task = start(task)
        return task

    def _confirm(self, path: str) -> None:
        self.saved_notice = confirm_saved(self.parent(), path)

    def _end(self, signal: SignalInstance | None, value: str | None) -> None:
        self._task = None
        self.ended.emit()
        if signal is not None:
            signal.emit(value)
