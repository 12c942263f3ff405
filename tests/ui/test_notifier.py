from datetime import datetime

from PySide6.QtCore import QSettings

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session.notifier import DeskTray, Notifier
from tests.conftest import as_admin

HOUSEHOLD = "1.001612"  # 3 working days; the clock is Tuesday 10/06/2025 09:00


def receive(url: str, at: datetime) -> str:
    return intake.receive(as_admin(url), IntakeRequest(HOUSEHOLD, "Nguyễn Văn An"),
                          received_at=at).code


def due_today_and_overdue(url: str) -> None:
    office.set_value(as_admin(url), "agency_code", "000.00.00.H49")
    receive(url, datetime(2025, 6, 5, 10, 0))  # due today 10:00
    receive(url, datetime(2025, 6, 2, 8, 0))  # due Thu 05/06: overdue


def make_notifier(url: str, shown: list) -> Notifier:
    # Checks only when the test asks.
    return Notifier(Desk(url), shown.append, interval_ms=3_600_000, first_check_ms=3_600_000)


def check(qtbot, notifier: Notifier) -> None:
    with qtbot.waitSignal(notifier.checked, timeout=10_000):
        notifier.check()


def test_a_notice_at_the_first_check_and_when_the_counts_change(qtbot, db_url):
    due_today_and_overdue(db_url)
    shown = []
    notifier = make_notifier(db_url, shown)
    check(qtbot, notifier)
    assert [n.title for n in shown] == ["Hồ sơ cần xử lý hôm nay"]
    assert shown[0].message == "Đến hạn hôm nay: 1 hồ sơ. Quá hạn: 1 hồ sơ."
    # Nothing new, nothing said.
    check(qtbot, notifier)
    assert len(shown) == 1
    receive(db_url, datetime(2025, 5, 28, 8, 0))
    check(qtbot, notifier)
    assert len(shown) == 2
    assert shown[1].message == "Đến hạn hôm nay: 1 hồ sơ. Quá hạn: 2 hồ sơ (+1)."


def test_no_notice_outside_office_hours_then_one_when_the_office_opens(qtbot, db_url,
                                                                       monkeypatch):
    due_today_and_overdue(db_url)
    shown = []
    notifier = make_notifier(db_url, shown)
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 12:15")  # lunch break
    check(qtbot, notifier)
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 18:00")
    check(qtbot, notifier)
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-14 09:00")  # Saturday
    check(qtbot, notifier)
    assert shown == []
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-16 07:30")  # Monday's opening
    check(qtbot, notifier)
    assert [n.title for n in shown] == ["Hồ sơ cần xử lý hôm nay"]


def test_without_a_tray_the_notice_goes_to_the_status_bar(qtbot, db_url, tmp_path):
    window = MainWindow(Desk(db_url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    tray = DeskTray(window)
    assert tray.tray is None  # offscreen there is no system tray
    due_today_and_overdue(db_url)
    window.show()
    notifier = Notifier(Desk(db_url), tray.show, first_check_ms=0, parent=window)
    qtbot.waitUntil(lambda: "Quá hạn: 1 hồ sơ" in window.statusBar().currentMessage(),
                    timeout=10_000)
    # Once the window is closed the checks stop asking the database.
    window.close()
    notifier.check()
    assert not notifier.checking
