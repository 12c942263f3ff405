"""Tray notices of the escalation (services/supervision/step_warnings.py): a step the user
holds falling due within the office's warning hours, and (a unit's head, a supervisor) a step
past due. Checked in the background every minute; each step is announced once per session
and kind, so a standing warning does not repeat every minute."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desk_app.domain.notifications import Notice
from desk_app.services.desk import Desk
from desk_app.services.supervision import step_warnings
from desk_app.ui.session.notifier import CHECK_MS, FIRST_CHECK_MS
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.workers import Task, start

# The codes a notice names before "…".
NAMED = 3


class StepNotifier(QObject):
    """Calls `show(notice)` for the warnings not announced yet; `checked` after every check,
    `failed` with the reason a check could not be made."""

    checked = Signal()
    failed = Signal(str)

    def __init__(self, desk: Desk, show: Callable[[Notice], None], interval_ms: int = CHECK_MS,
                 first_check_ms: int = FIRST_CHECK_MS, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._show = show
        self._interval_ms = interval_ms
        self._task: Task | None = None
        # (kind, code, step) of every warning announced in this session.
        self.announced: set[tuple[str, str, int]] = set()
        # What the notice being shown is about: "due_soon" or "overdue".
        self.last_kind = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        if desk.actor is not None and desk.actor.may("dossier.read"):
            self.timer.start(first_check_ms)

    @property
    def checking(self) -> bool:
        return self._task is not None

    def check(self) -> None:
        self.timer.setInterval(self._interval_ms)
        window = self.parent()
        if self._task is not None or (isinstance(window, QWidget) and not window.isVisible()):
            return
        task = Task(step_warnings.for_user, self._desk)
        task.signals.finished.connect(self._answered)
        task.signals.failed.connect(self._failed)
        self._task = start(task)

    def stop(self) -> None:
        self.timer.stop()

    def _answered(self, warned: step_warnings.Warnings) -> None:
        self._task = None
        soon = self._new(warned.due_soon)
        if soon:
            self.last_kind = "due_soon"
            self._show(Notice(
                self.tr("%n step(s) due within {hours} working hours", "",
                        len(soon)).format(hours=warned.hours),
                self._listing(soon)))
        late = self._new(warned.overdue)
        if late:
            self.last_kind = "overdue"
            self._show(Notice(self.tr("%n step(s) past due", "", len(late)),
                              self._listing(late)))
        self.checked.emit()

    def _new(self, warnings) -> list[step_warnings.StepWarning]:
        fresh = [w for w in warnings if (w.kind, w.code, w.step) not in self.announced]
        self.announced.update((w.kind, w.code, w.step) for w in fresh)
        return fresh

    def _listing(self, warnings: list[step_warnings.StepWarning]) -> str:
        lines = [self.tr("{code}: step {step} ({unit}), due {due}").format(
            code=w.code, step=w.step, unit=w.unit, due=format_moment(w.due_at))
            for w in warnings[:NAMED]]
        if len(warnings) > NAMED:
            lines.append(self.tr("and %n more", "", len(warnings) - NAMED))
        return "\n".join(lines)

    def _failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
        self.checked.emit()
