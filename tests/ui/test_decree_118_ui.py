"""The dossier window's Decree 118 actions, as a clerk clicks them: the unit's notice of
lateness (then the apology dialog opens with its reason and date), and closing a dossier whose
supplements did not come in time, with its notice in the preview."""

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.supervision.overdue_page import OverduePage
from tests.conftest import as_admin
from tests.ui.test_lifecycle_ui import act, leader, office_db, open_dialog, preview_text, receive

__all__ = ["leader", "office_db"]  # fixtures


def test_a_lateness_notice_is_recorded_and_feeds_the_apology(qtbot, office_db, leader,
                                                            monkeypatch):
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-09 08:00")
    code = receive(office_db)  # due Tuesday 10/06 09:00
    dialog = open_dialog(qtbot, office_db, code, leader)
    assert "no notice of lateness" in dialog.clocks_label.text()

    def fill(action):
        qtbot.keyClicks(action.reason, "Cho y kien cua So Tu phap")
        action.proposed.setDateTime(QDateTime(datetime(2025, 6, 16, 9, 0)))

    act(qtbot, dialog, "lateness_notice", fill)
    events = dossiers.show(as_admin(office_db), code).events
    assert events[-1].kind == "lateness_notice"
    assert events[-1].data["proposed_due_at"] == "2025-06-16T09:00"
    assert "The unit expects lateness: Cho y kien cua So Tu phap; proposed 16/06/2025 09:00" \
        in dialog.clocks_label.text()
    qtbot.mouseClick(dialog.action_buttons["apology_issued"], Qt.LeftButton)
    apology = dialog.action_dialog
    assert isinstance(apology, ApologyDialog)
    assert apology.reason.text() == "Cho y kien cua So Tu phap"
    assert apology.new_date.dateTime().toPython() == datetime(2025, 6, 16, 9, 0)


def test_a_dossier_whose_supplements_did_not_come_is_closed_with_its_notice(qtbot, office_db,
                                                                            leader,
                                                                            monkeypatch):
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-06 09:00")
    code = receive(office_db)
    lifecycle.request_supplement(Desk(office_db, leader), code, [("Bản sao CCCD", "Thiếu")],
                                 "Chưa đủ")
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-23 08:00")
    dialog = open_dialog(qtbot, office_db, code, leader)
    assert "Supplements due by 23/06/2025 17:00" in dialog.clocks_label.text()
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-23 17:01")
    dialog.refresh()
    assert "Supplement period ran out on 23/06/2025 17:00" in dialog.clocks_label.text()
    act(qtbot, dialog, "closed")
    assert dossiers.show(as_admin(office_db), code).row.status == "closed"
    assert "THÔNG BÁO ĐÓNG HỒ SƠ" in preview_text(dialog.preview)
    assert not any(button.isEnabled() for kind, button in dialog.action_buttons.items()
                   if kind != "apology_issued")


def test_the_overdue_screen_lists_the_decree_118_warnings(qtbot, office_db, leader):
    # The clock is Tuesday 10/06/2025 09:00: arrived online at 08:00, to accept by Wednesday.
    online = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001612", "Hoàng Thị Em", channel="online"), received_at=datetime(2025, 6, 10, 8)).code
    page = OverduePage(Desk(office_db, leader))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignal(page.clock_warnings.refreshed, timeout=10_000):
        page.show()
    panel = page.clock_warnings
    assert panel.isVisible() and panel.model.rowCount() == 1
    cells = [panel.model.index(0, column).data() for column in range(4)]
    assert cells == [online, "Hoàng Thị Em",
                     "Online dossier to accept or return (8 working hours)", "11/06/2025 08:30"]
    lifecycle.transfer(Desk(office_db, leader), online, "Phòng Kinh tế", "Hà Văn Nam")
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        qtbot.mouseClick(page.refresh_button, Qt.LeftButton)
    assert panel.model.rowCount() == 0 and not panel.isVisible()
