"""An administrator is told at start about the coming calendar's estimated and pending days;
a clerk is not."""

from PySide6.QtCore import QSettings

from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session.calendar_announcement import calendar_notice
from desk_app.ui.session.notifier import DeskTray
from tests.conftest import as_admin


def _shown_at_start(qtbot, desk, tmp_path, monkeypatch):
    """The notices the window's tray (or status bar) was given while the window opened."""
    shown = []
    monkeypatch.setattr(DeskTray, "show", lambda _tray, notice: shown.append(notice))
    window = MainWindow(desk, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    return shown


def test_the_administrator_sees_next_years_estimates_from_1_november(qtbot, db_url, tmp_path,
                                                                    monkeypatch):
    users.add_user(as_admin(db_url), "minh", "Nguyễn Văn Minh", "admin", "quantri2025")
    admin = users.authenticate(Desk(db_url), "minh", "quantri2025")
    monkeypatch.setenv("DESK_APP_NOW", "2026-11-02 08:00")
    [notice] = _shown_at_start(qtbot, Desk(db_url, admin), tmp_path, monkeypatch)
    assert "2027: 6" in notice.message and "04/02/2027 (29 Tết)" in notice.message
    assert "24/11/2026 (Ngày Văn hóa Việt Nam)" in notice.message
    assert "24/11/2027" in notice.message
    # In October the next year is not announced yet; this year's pending day still is.
    monkeypatch.setenv("DESK_APP_NOW", "2026-10-30 08:00")
    assert "2027" not in calendar_notice(Desk(db_url, admin)).message


def test_a_clerk_is_not_told(qtbot, db_url, tmp_path, monkeypatch):
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    clerk = users.authenticate(Desk(db_url), "lan", "tiepnhan2025")
    monkeypatch.setenv("DESK_APP_NOW", "2026-11-02 08:00")
    assert _shown_at_start(qtbot, Desk(db_url, clerk), tmp_path, monkeypatch) == []
