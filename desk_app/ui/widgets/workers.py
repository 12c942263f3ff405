"""Work off the GUI thread: a `QRunnable` that calls a service and signals its answer back,
and a small progress strip with a cancel button for the long ones (exports, reports)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desk_app.domain.validation import ValidationError
from desk_app.services.errors import DatabaseBusy, UserError


class Cancelled(Exception):
    """Raised inside a task by its progress callback once the user cancelled it."""


class TaskSignals(QObject):
    # Signals live on a QObject made in the GUI thread, so the slots connected to them run
    # there (queued) even though the task emits them from a pool thread.
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(int, int)


class Task(QRunnable):
    """Runs `function(*args, progress=...)` (or without `progress` when `with_progress` is
    false) in a pool thread. A user error (`UserError`, `ValidationError`, `DatabaseBusy`,
    `OSError`) comes back through `failed` with its message; anything else is a bug, reported
    through `failed` too and handed to `sys.excepthook`."""

    def __init__(self, function: Callable[..., Any], *args: Any, with_progress: bool = False):
        super().__init__()
        self._function = function
        self._args = args
        self._with_progress = with_progress
        self._cancel = threading.Event()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        kwargs = {"progress": self._report} if self._with_progress else {}
        try:
            result = self._function(*self._args, **kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except (UserError, ValidationError, DatabaseBusy, OSError) as error:
            self.signals.failed.emit(str(error))
            return
        except Exception as error:
            # A bug: the screen is told (so it never waits for ever) and the traceback goes
            # where the program's uncaught errors go; Qt's pool must not see the exception.
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
            sys.excepthook(*sys.exc_info())
            return
        if self._cancel.is_set() and not self._with_progress:
            # Nothing could stop it on the way: its answer is dropped, as the user asked. A
            # task that takes `progress` stops itself, so when it returns its work is done.
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


def start(pool: QThreadPool, task: Task) -> Task:
    """Queues the task: connect to its signals before, or an answer may come first.

    The signals object is handed to the pool (a QObject of the GUI thread) and deleted there
    once the task has answered: the task itself may be freed in its pool thread, and a QObject
    must never be destroyed outside its own thread."""
    task.signals.setParent(pool)
    for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
        signal.connect(task.signals.deleteLater)
    pool.start(task)
    return task


class ProgressStrip(QWidget):
    """A label, a progress bar (busy when the total is unknown) and Cancel; hidden when idle."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self._task: Task | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def follow(self, task: Task, text: str) -> None:
        """Shows the strip while `task` runs; it hides itself when the task ends however."""
        self._task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        task.signals.progress.connect(self._progress)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_args, task=task: self._ended(task))
        self.show()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _ended(self, task: Task) -> None:
        # A task replaced by a newer one (a report asked for again) ends without a say.
        if task is self._task:
            self._task = None
            self.hide()
