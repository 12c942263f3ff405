"""Work off the window's thread.

`call` runs one service call (a save, a hand-over) in a worker thread and returns its answer
or raises its error, as a direct call would; meanwhile the window's thread keeps running its
events (painting, timers), so a database that another program holds busy for seconds never
freezes the window, and the user's keys and clicks wait their turn (they are delivered once
the answer is in, so nothing is typed into a half-saved form and nothing is saved twice).
`Task` runs longer work (reports, exports, lists) and answers through signals; a small
progress strip with a cancel button follows the long ones.

The workers are plain Python threads that touch no Qt object: their answers go through a queue
that the window's thread empties, and the garbage collector runs in the window's thread
(collector.py), so every Qt object is made, used and destroyed in its own thread.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desk_app.domain.validation import ValidationError
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.ui.collector import pin_to_gui_thread

# How often the window's thread looks for answers while work is out: well under a frame.
POLL_MS = 5
# A call answered sooner than this shows no busy cursor (most saves take 10-30 ms).
BUSY_CURSOR_AFTER_MS = 150
# Reports, exports and lists of several screens at once, and a save beside them.
WORKERS = 4

_executor: ThreadPoolExecutor | None = None


def _workers() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="desk-work")
    return _executor


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`function(*args, **kwargs)` in a worker; its result, or its exception raised here.

    Evaluate every argument before (widget texts are read in the window's thread)."""
    pin_to_gui_thread()
    future = _workers().submit(function, *args, **kwargs)
    loop = QEventLoop()
    poll = QTimer(interval=POLL_MS)
    poll.timeout.connect(lambda: future.done() and loop.quit())
    cursor = QTimer(singleShot=True, interval=BUSY_CURSOR_AFTER_MS)
    cursor_shown = []

    def show_busy() -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        cursor_shown.append(True)

    cursor.timeout.connect(show_busy)
    poll.start()
    cursor.start()
    if not future.done():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()
    cursor.stop()
    if cursor_shown:
        QGuiApplication.restoreOverrideCursor()
    return future.result()


class Cancelled(Exception):
    """Raised inside a task by its progress callback once the user cancelled it."""


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(int, int)


class Task:
    """Runs `function(*args, progress=...)` (or without `progress` when `with_progress` is
    false) in a worker. A user error (`UserError`, `ValidationError`, `DatabaseBusy`,
    `OSError`) comes back through `failed` with its message; anything else is a bug, reported
    through `failed` too and handed to `sys.excepthook`. Its signals are emitted in the
    window's thread."""

    def __init__(self, function: Callable[..., Any], *args: Any, with_progress: bool = False):
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

    def work(self) -> Callable[[Callable[[str, tuple], None]], None]:
        """What the worker runs, holding no reference to this task: its signals are a Qt
        object, which must not be freed in the worker when the worker lets go last."""
        return partial(_work, self._function, self._args, self._with_progress, self._cancel)


def _work(function: Callable[..., Any], args: tuple, with_progress: bool,
          cancel: threading.Event, answer: Callable[[str, tuple], None]) -> None:
    """In the worker: `answer(signal name, arguments)` for each signal to emit."""

    def report(done: int, total: int) -> None:
        if cancel.is_set():
            raise Cancelled
        answer("progress", (done, total))

    kwargs = {"progress": report} if with_progress else {}
    try:
        result = function(*args, **kwargs)
    except Cancelled:
        answer("cancelled", ())
        return
    except (UserError, ValidationError, DatabaseBusy, OSError) as error:
        answer("failed", (str(error),))
        return
    except Exception as error:
        # A bug: the screen is told (so it never waits for ever) and the traceback goes where
        # the program's uncaught errors go.
        answer("failed", (f"{type(error).__name__}: {error}",))
        sys.excepthook(*sys.exc_info())
        return
    if cancel.is_set() and not with_progress:
        # Nothing could stop it on the way: its answer is dropped, as the user asked. A task
        # that takes `progress` stops itself, so when it returns its work is done.
        answer("cancelled", ())
    else:
        answer("finished", (result,))


class _Dispatcher(QObject):
    """In the window's thread: holds the tasks out until they answer and emits their signals
    from the answers the workers queued."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.answers: queue.SimpleQueue = queue.SimpleQueue()
        self.out: dict[int, Task] = {}
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.deliver)

    def submit(self, task: Task) -> None:
        key = id(task)
        self.out[key] = task
        self.timer.start()
        answers = self.answers
        _workers().submit(task.work(), lambda name, arguments: answers.put((key, name,
                                                                             arguments)))

    def deliver(self) -> None:
        while True:
            try:
                key, name, arguments = self.answers.get_nowait()
            except queue.Empty:
                break
            task = self.out[key] if name == "progress" else self.out.pop(key)
            getattr(task.signals, name).emit(*arguments)
        if not self.out:
            self.timer.stop()


def busy() -> bool:
    """Whether some task is still out (a screen's list, report or export)."""
    app = QCoreApplication.instance()
    dispatcher = app.findChild(_Dispatcher) if app is not None else None
    return dispatcher is not None and bool(dispatcher.out)


def start(task: Task) -> Task:
    """Queues the task: connect to its signals before, or an answer may come first."""
    pin_to_gui_thread()
    app = QCoreApplication.instance()
    dispatcher = app.findChild(_Dispatcher) or _Dispatcher(app)
    dispatcher.submit(task)
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
