"""The program's own sender of notices to citizens: every minute, in a worker, whatever is due
in the outbox (desk-admin notify send does the same from a scheduled task where the program
does not run). A send never holds up the window; one still running is not doubled."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.services.desk import Desk
from desk_app.services.notices import delivery
from desk_app.ui.widgets.workers import Task, start

SEND_EVERY_MS = 60_000
FIRST_SEND_MS = 5_000


class NoticeSender(QObject):
    # (sent, waiting for a retry, failed for good) of each round that did something.
    sent = Signal(int, int, int)
    failed = Signal(str)

    def __init__(self, desk: Desk, interval_ms: int = SEND_EVERY_MS,
                 first_ms: int = FIRST_SEND_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._desk = desk
        self._interval_ms = interval_ms
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.send)
        if desk.actor is not None and desk.actor.may("notify.send"):
            self.timer.start(first_ms)

    @property
    def sending(self) -> bool:
        return self._task is not None

    def send(self) -> None:
        self.timer.setInterval(self._interval_ms)
        if self._task is not None:
            return
        task = Task(delivery.send_pending, self._desk)
        task.signals.finished.connect(self._answered)
        task.signals.failed.connect(self._failed)
        self._task = start(task)

    def stop(self) -> None:
        self.timer.stop()

    def _answered(self, summary: delivery.SendSummary) -> None:
        self._task = None
        if summary.sent or summary.retried or summary.failed:
            self.sent.emit(summary.sent, summary.retried, summary.failed)

    def _failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
