"""The program's own care of the data: a damaged file at start offers the newest good backup,
the first start of the day and the exit make a backup, and none of it freezes the window."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from desk_app.domain.backup_rotation import backup_name
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.services.safety import backup, integrity, restore, sqlite_file
from desk_app.services.setup import init_database
from desk_app.store.db import dispose
from desk_app.ui.admin.data_safety import DataSafety, RecoveryDialog
from tests.conftest import as_admin


@pytest.fixture
def live(tmp_path):
    """An SQLite office with one dossier, and an empty backups folder beside it."""
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    init_database(Desk(url))
    office.set_value(as_admin(url), "agency_code", "000.00.00.H49")
    intake.receive(as_admin(url), IntakeRequest("1.001193", "Nguyễn Văn An"))
    yield url, tmp_path / "backups"
    dispose(url)


def answer(safety: DataSafety, choice: str) -> list[QMessageBox]:
    """Answers every message box as a user would: 'restore' or 'quit' on the recovery dialog,
    Close on the others. Returns the boxes shown."""
    shown = []

    def respond(box):
        shown.append(box)
        if isinstance(box, RecoveryDialog) and choice == "restore" and box.restore_button:
            box.restore_button.click()
        else:
            box.buttons()[-1].click()

    safety.show_modal = respond
    return shown


def damage(path, offset: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xff" * 8192)


def test_first_start_of_the_day_makes_one_backup(qtbot, live):
    url, folder = live
    safety = DataSafety(url, folder)
    assert safety.backup_if_due()
    made = folder / "desk_app-20250610-0900.sqlite3"
    assert made.is_file()
    first = made.stat().st_mtime_ns
    assert safety.backup_if_due()
    assert made.stat().st_mtime_ns == first  # not again the same day


def test_exit_makes_a_backup(qtbot, live, monkeypatch):
    url, folder = live
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 17:05")
    DataSafety(url, folder).backup_on_exit()
    assert (folder / "desk_app-20250610-1705.sqlite3").is_file()


def test_recovery_dialog_names_the_backup_and_offers_restore_or_quit(qtbot, live, tmp_path):
    url, folder = live
    made = backup.backup(as_admin(url),
                         folder / backup_name(datetime(2025, 6, 9, 17, 0), ".sqlite3"))
    candidate = backup.list_backups(folder)[0]
    dialog = RecoveryDialog(tmp_path / "desk.sqlite3", "tệp bị hỏng", candidate, folder)
    qtbot.addWidget(dialog)
    assert "17:00" in dialog.informativeText() and "09/06/2025" in dialog.informativeText()
    assert made.path.name in dialog.informativeText()
    assert "tệp bị hỏng" in dialog.informativeText()
    assert [b.text() for b in dialog.buttons()] == [dialog.tr("Restore this backup"),
                                                     dialog.tr("Quit")]
    assert dialog.defaultButton() is dialog.restore_button
    alone = RecoveryDialog(tmp_path / "desk.sqlite3", "tệp bị hỏng", None, folder)
    qtbot.addWidget(alone)
    assert alone.restore_button is None and len(alone.buttons()) == 1
    assert str(folder) in alone.informativeText()


def test_unreadable_file_at_start_is_restored_from_the_newest_good_backup(qtbot, live):
    url, folder = live
    good = backup.backup(as_admin(url),
                         folder / backup_name(datetime(2025, 6, 8, 17, 0), ".sqlite3"))
    newer = backup.backup(as_admin(url),
                          folder / backup_name(datetime(2025, 6, 9, 17, 0), ".sqlite3"))
    damage(newer.path, 4096 * 3)
    path = sqlite_file.sqlite_path(url)
    dispose(url)
    damage(path, 0)  # the header: "file is not a database"
    safety = DataSafety(url, folder)
    shown = answer(safety, "restore")

    assert safety.check_at_start()

    assert isinstance(shown[0], RecoveryDialog)
    assert good.path.name in shown[0].informativeText()
    assert "desk.sqlite3.before-restore-20250610-0900" in shown[-1].text()
    assert sqlite_file.inspect(path) == [] and integrity.check(as_admin(url)).ok
    assert path.with_name("desk.sqlite3.before-restore-20250610-0900").is_file()


def test_quitting_the_recovery_dialog_changes_nothing(qtbot, live):
    url, folder = live
    backup.backup(as_admin(url), folder / backup_name(datetime(2025, 6, 9, 17, 0), ".sqlite3"))
    path = sqlite_file.sqlite_path(url)
    dispose(url)
    damage(path, 0)
    damaged = path.read_bytes()
    safety = DataSafety(url, folder)
    answer(safety, "quit")
    assert not safety.check_at_start()
    assert path.read_bytes() == damaged


def test_damage_found_by_the_daily_backup_offers_the_restore_too(qtbot, live):
    url, folder = live
    backup.backup(as_admin(url), folder / backup_name(datetime(2025, 6, 9, 17, 0), ".sqlite3"))
    path = sqlite_file.sqlite_path(url)
    dispose(url)
    damage(path, 4096 * 3)  # deep inside: the file still opens
    safety = DataSafety(url, folder)
    shown = answer(safety, "restore")
    assert safety.check_at_start()  # the quick look at start sees nothing
    assert safety.backup_if_due()
    assert isinstance(shown[0], RecoveryDialog)
    assert sqlite_file.inspect(path) == []
    assert not (folder / "desk_app-20250610-0900.sqlite3").exists()  # no damaged copy kept


def click(safety: DataSafety, *labels: str) -> list[QMessageBox]:
    """Answers the message boxes in turn with the button of each label, as a user would."""
    shown, answers = [], list(labels)

    def respond(box):
        shown.append(box)
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()

    safety.show_modal = respond
    return shown


@pytest.mark.parametrize("choice", ["Put it back", "Quit"])
def test_a_missing_data_file_with_a_kept_copy_is_offered_back_never_made_empty(qtbot, live,
                                                                               choice):
    url, folder = live
    path = sqlite_file.sqlite_path(url)
    saved = backup.backup(as_admin(url), folder / "saved.sqlite3")
    kept = restore.restore(as_admin(url), saved.path).kept_aside
    dispose(url)
    path.unlink()
    safety = DataSafety(url, folder)
    shown = click(safety, choice, "Close")

    started = safety.check_at_start()

    assert kept.name in shown[0].informativeText()
    if choice == "Quit":
        assert not started and not path.exists()
    else:
        assert started and kept.name in shown[1].text()
        assert sqlite_file.inspect(path) == [] and integrity.check(as_admin(url)).dossiers == 1


@pytest.mark.parametrize("choice", ["Restore it anyway", "Cancel"])
def test_another_offices_backup_is_restored_only_after_the_user_confirms(qtbot, live, choice):
    url, folder = live
    backup.backup(as_admin(url), folder / backup_name(datetime(2025, 6, 9, 17, 0), ".sqlite3"))
    office.set_value(as_admin(url), "agency_code", "000.00.00.H50")
    safety = DataSafety(url, folder)
    shown = click(safety, "Restore this backup", choice, "Close")

    restored = safety.offer_restore("test")

    assert "000.00.00.H49" in shown[1].informativeText()
    assert restored == (choice == "Restore it anyway")
    code = office.show(as_admin(url))["agency_code"]
    assert code == ("000.00.00.H49" if restored else "000.00.00.H50")
