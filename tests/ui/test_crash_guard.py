"""An error nobody caught: a short message on screen, and a log that helps without telling
who the applicant was."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QPushButton

from desk_app.services.errors import DatabaseBusy
from desk_app.ui.session.crash_guard import CrashGuard, dossier_codes, scrub_qt_message, short_path
from desk_app.ui.widgets.workers import Task, start

SECRET = ("Không lưu được hồ sơ 000.00.00.H49-250610-0007 của Nguyễn Thị Ánh Tuyết, "
          "ĐT 0912 345 678, CCCD 049085001234, tuyet.nguyen@example.vn")


@pytest.fixture
def guard(tmp_path):
    """The guard writing into a temporary log folder, removed after the test."""
    installed = CrashGuard(tmp_path / "logs").install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def save_dossier():
    try:
        raise KeyError("applicant Nguyễn Thị Ánh Tuyết")
    except KeyError as exc:
        raise ValueError(SECRET) from exc


def assert_logged_without_personal_data(log: str) -> None:
    assert "builtins.ValueError" in log and "builtins.KeyError" in log
    assert "test_crash_guard.py" in log and "in save_dossier" in log
    assert "000.00.00.H49-250610-0007" in log
    for secret in ("Nguyễn", "Tuyết", "0912", "345 678", "049085001234", "example.vn",
                   "/tmp/", "/root/", "/home/"):
        assert secret not in log, secret


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_message_and_logs_no_personal_data(qtbot, guard):
    button = QPushButton("Lưu")
    qtbot.addWidget(button)
    button.clicked.connect(save_dossier)
    button.click()

    assert guard.dialog is not None and guard.dialog.isVisible()
    assert str(guard.log_path) in guard.dialog.informativeText()
    assert "Nguyễn" not in guard.dialog.text() + guard.dialog.informativeText()
    assert_logged_without_personal_data(guard.log_path.read_text(encoding="utf-8"))
    button.click()  # a second error while the box is open: logged, no second box
    assert guard.log_path.read_text(encoding="utf-8").count("uncaught error") == 2


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_shown_by_the_gui_thread(qtbot, guard):
    task = Task(save_dossier)
    with qtbot.waitSignal(task.signals.failed):
        start(task)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())
    assert_logged_without_personal_data(guard.log_path.read_text(encoding="utf-8"))

    thread = threading.Thread(target=save_dossier)
    thread.start()
    thread.join()
    assert guard.log_path.read_text(encoding="utf-8").count("uncaught error") == 2


@pytest.mark.qt_no_exception_capture
def test_a_busy_database_says_so_in_its_own_words(qtbot, guard):
    button = QPushButton()
    qtbot.addWidget(button)

    def busy():
        raise DatabaseBusy()

    button.clicked.connect(busy)
    button.click()
    assert guard.dialog.text().startswith("Cơ sở dữ liệu đang bận")


def test_qt_warnings_are_logged_masked(qtbot, guard):
    qWarning("cannot load row for 0912345678 / a.b@c.vn")
    log = guard.log_path.read_text(encoding="utf-8")
    assert "cannot load row for <number> / <email>" in log and "0912345678" not in log


def test_the_log_rotates(tmp_path):
    guard = CrashGuard(tmp_path)
    try:
        for _ in range(4000):
            guard.logger.error("x" * 600)
    finally:
        guard.uninstall()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[:2] == ["desk_app.log", "desk_app.log.1"] and len(names) <= 6
    assert all(p.stat().st_size <= 1_000_000 for p in tmp_path.iterdir())


def test_codes_and_paths_in_the_log():
    assert dossier_codes("hồ sơ 000.00.00.H49-250610-0001 và H49-20250610-012; "
                         "ĐT 090-123456-7890, CCCD 049085001234") == [
        "000.00.00.H49-250610-0001", "H49-20250610-012"]
    assert short_path("/home/tuyet/desk_app/ui/intake_page.py") == "desk_app/ui/intake_page.py"
    assert short_path(r"C:\Users\tuyet\desk_app\ui\app.py") == "desk_app/ui/app.py"
    assert short_path(r"C:\Users\tuyet\Python311\Lib\threading.py") == "threading.py"
    assert short_path("/home/tuyet/ghi-chu.py") == "ghi-chu.py"
    assert scrub_qt_message("id 049085001234") == "id <number>"
