"""The program's own care of the data: a damaged database found at start (with the offer of the
newest good backup), the first backup of each day, and the backup on exit.

Every file operation runs in a worker (`ui.workers.Task`): a progress dialog appears only when
the work takes long enough to be noticed, and the window is never frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desk_app import config
from desk_app.services.actors import RECOVERY_AT_START, SCHEDULED_BACKUP
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.safety import backup, db_lock, restore, sqlite_file
from desk_app.ui.widgets.workers import Task, start

# Work shorter than this finishes without a dialog flashing up.
SHOW_AFTER_MS = 300


@dataclass(frozen=True)
class Outcome:
    result: Any = None
    error: str = ""
    cancelled: bool = False


def _restore_for_screen(url: str, source: Path, other_office: bool):
    """`restore.restore` for a worker: another office's backup comes back as its refusal, so
    the caller can ask the user to confirm."""
    try:
        return restore.restore(Desk(url, RECOVERY_AT_START), source, other_office)
    except restore.OtherOffice as exc:
        return exc


def _backup_for_screen(url: str, folder: Path | None, progress=None):
    """`backup.backup` for a worker: an expected failure comes back as its message (damage
    first, so the caller can offer a restore), never as a crash."""
    try:
        return backup.backup(Desk(url, SCHEDULED_BACKUP), folder=folder, progress=progress)
    except backup.DatabaseDamaged as exc:
        return exc
    except backup.BackupFailed as exc:
        raise UserError(str(exc)) from exc


class RecoveryDialog(QMessageBox):
    """The database cannot be used: say so plainly, and offer the newest good backup."""

    def __init__(self, database: Path, problem: str, candidate: backup.BackupInfo | None,
                 folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Data file damaged"))
        self.setText(self.tr("The data file cannot be used: it is damaged or unreadable."))
        self.restore_button = None
        # Not Qt's "Show Details..." button: Qt has no Vietnamese for it.
        technical = f"\n\n{database}\n{problem}"
        if candidate is None:
            self.setInformativeText(self.tr(
                "No good backup was found in {folder}. Call the administrator before working "
                "on; do not delete the data file.").format(folder=folder) + technical)
        else:
            self.setInformativeText(self.tr(
                "The newest good backup was made at {time} on {day} ({file}). Restore it? "
                "Dossiers received after it will have to be entered again; the damaged file is "
                "kept beside the data file.").format(
                    time=f"{candidate.taken_at:%H:%M}", day=f"{candidate.taken_at:%d/%m/%Y}",
                    file=candidate.path.name) + technical)
            self.restore_button = self.addButton(self.tr("Restore this backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
            self.setDefaultButton(self.restore_button)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.quit_button)

    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


class DataSafety(QObject):
    """The checks and backups around one session of the program on one database."""

    def __init__(self, url: str, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.url = url
        self.folder = folder
        self.parent_widget = parent
        self.path = sqlite_file.sqlite_path(url)
        self.last_message = ""
        # Every message box goes through here, so a test can answer it like a user.
        self.show_modal: Callable[[QMessageBox], object] = QMessageBox.exec

    @property
    def applies(self) -> bool:
        """Only SQLite files are looked after here; a PostgreSQL server is backed up on the
        server (pg_dump on a schedule, README "Data safety")."""
        return self.path is not None

    # --- at start -----------------------------------------------------------------------------

    def check_at_start(self) -> bool:
        """Whether the program may open the database: it opens cleanly, or it was damaged and
        the user restored the newest good backup, or it was missing and the user put back the
        copy a restore had kept (never an empty database over that office's data)."""
        if not self.applies:
            return True
        if not self.path.exists():
            kept = sqlite_file.set_asides(self.path)
            return not kept or self.offer_set_aside(kept[0])
        if self.path.stat().st_size == 0:
            return True
        found = self.run(self.tr("Checking the data file…"), sqlite_file.can_open, self.path)
        problems = found.result or ([found.error] if found.error else [])
        return not problems or self.offer_restore(problems[0])

    def hold(self) -> bool:
        """Mark the database as open by this program while it runs, so that a restore from
        another PC or window refuses instead of losing what this counter writes."""
        if not self.applies:
            return True
        try:
            db_lock.hold(self.path)
        except db_lock.DatabaseInUse as exc:
            self.warn(self.tr("The data file cannot be opened now."), str(exc))
            return False
        return True

    def backup_if_due(self) -> bool:
        """The first backup of the day; False only when the database turned out damaged and
        the user chose to quit rather than restore."""
        if not self.applies or not backup.backup_due(config.now().date(), self.folder):
            return True
        return self._backup(self.tr("Making today's first backup…"))

    def offer_restore(self, problem: str) -> bool:
        found = self.run(self.tr("Looking for the newest good backup…"),
                         backup.newest_good_backup, self.folder)
        dialog = RecoveryDialog(self.path, problem, found.result,
                                self.folder or backup.backups_dir(), self.parent_widget)
        self.show_modal(dialog)
        if not dialog.restore_chosen():
            return False
        when = f"{found.result.taken_at:%H:%M %d/%m/%Y}"
        return self._restore(found.result.path, lambda kept: self.tr(
            "The backup of {when} was restored. The damaged file was kept as {kept}.").format(
                when=when, kept=kept))

    def offer_set_aside(self, kept: Path) -> bool:
        """The data file is missing but a restore kept the one it replaced: offer it back."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Data file missing"),
                          self.tr("The data file is missing."),
                          QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.setInformativeText(self.tr(
            "The copy kept by a restore ({file}) is beside it. Put it back? Without it the "
            "program would start with an empty database.").format(file=kept.name)
            + f"\n\n{self.path}")
        put_back = box.addButton(self.tr("Put it back"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(put_back)
        box.setEscapeButton(box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole))
        self.show_modal(box)
        if box.clickedButton() is not put_back:
            return False
        return self._restore(kept, lambda _kept: self.tr(
            "The data file {file} was put back.").format(file=kept.name))

    def _restore(self, source: Path, announce: Callable[[str], str],
                 other_office: bool = False) -> bool:
        """Restore `source`, asking first when it is another office's; `announce(name of the
        file kept aside)` is what the user is told once it is done."""
        done = self.run(self.tr("Restoring the backup…"), _restore_for_screen, self.url,
                        source, other_office)
        if isinstance(done.result, restore.OtherOffice):
            question = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data safety"),
                                   self.tr("This backup belongs to another office."),
                                   QMessageBox.StandardButton.NoButton, self.parent_widget)
            question.setInformativeText(str(done.result))
            confirm = question.addButton(self.tr("Restore it anyway"),
                                         QMessageBox.ButtonRole.AcceptRole)
            question.setEscapeButton(question.addButton(self.tr("Cancel"),
                                                        QMessageBox.ButtonRole.RejectRole))
            self.show_modal(question)
            if question.clickedButton() is not confirm:
                return False
            return self._restore(source, announce, other_office=True)
        if done.error:
            self.warn(self.tr("The backup could not be restored."), done.error)
            return False
        kept = done.result.kept_aside
        self.inform(announce(kept.name if kept else "—"))
        return True

    # --- on exit ------------------------------------------------------------------------------

    def backup_on_exit(self) -> None:
        if self.applies:
            self._backup(self.tr("Backing up before closing…"))

    # --- helpers ------------------------------------------------------------------------------

    def _backup(self, label: str) -> bool:
        done = self.run(label, _backup_for_screen, self.url, self.folder, progress=True,
                        cancel_text=self.tr("Skip"))
        if isinstance(done.result, backup.DatabaseDamaged):
            return self.offer_restore(str(done.result))
        if done.error:
            self.warn(self.tr("The backup was not made."), done.error)
        return True

    def run(self, label: str, function: Callable[..., Any], *args: Any, progress: bool = False,
            cancel_text: str = "") -> Outcome:
        """`function(*args)` in a worker, waiting for it in a local event loop so the screens
        keep painting; a progress dialog shows once it takes longer than SHOW_AFTER_MS."""
        task = Task(function, *args, with_progress=progress)
        dialog = QProgressDialog(label, cancel_text, 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("Data safety"))
        dialog.setMinimumWidth(380)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancel_text:
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)
        loop = QEventLoop()
        answer: dict[str, Any] = {}
        task.signals.finished.connect(lambda result: answer.setdefault("result", result))
        task.signals.failed.connect(lambda message: answer.setdefault("error", message))
        task.signals.cancelled.connect(lambda: answer.setdefault("cancelled", True))
        task.signals.progress.connect(lambda done, total: (dialog.setMaximum(total),
                                                           dialog.setValue(done)))
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(loop.quit)
        timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
        timer.timeout.connect(dialog.show)
        timer.start()
        start(task)
        loop.exec()
        timer.stop()
        dialog.close()
        return Outcome(answer.get("result"), answer.get("error", ""),
                       answer.get("cancelled", False))

    def warn(self, text: str, detail: str) -> None:
        self.last_message = f"{text}\n{detail}"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data safety"), text,
                          QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.setInformativeText(detail)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.show_modal(box)

    def inform(self, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Data safety"), text,
                          QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.show_modal(box)
