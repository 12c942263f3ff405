"""Notices on the screens: consent ticked at intake with the applicant, the dossier's notices on
its screen, the program's own sender delivering them to a real local SMTP server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.notices import outbox
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from desk_app.ui.session.notice_sender import NoticeSender
from tests.conftest import as_admin
from tests.local_smtp import running_inbox
from tests.ui import test_intake as intake_screen
from tests.ui.test_intake import choose_birth_registration, type_text

clerk = intake_screen.clerk
page = intake_screen.page


@pytest.fixture
def inbox(db_url):
    with running_inbox() as box:
        office.set_value(as_admin(db_url), "notify_smtp_url", f"smtp://127.0.0.1:{box.port}")
        office.set_value(as_admin(db_url), "notify_mail_from", "motcua@quangnam.gov.vn")
        yield box


def test_consent_is_ticked_with_the_applicant_and_the_receipt_goes_by_mail(qtbot, inbox, page,
                                                                           db_url, clerk):
    choose_birth_registration(qtbot, page)
    type_text(page.applicant_name, "Nguyễn Thị Ánh Tuyết")
    boxes = page.notify.boxes
    # Nothing to tick before a contact is typed.
    assert not boxes["email"].isEnabled() and not boxes["sms"].isEnabled()
    qtbot.keyClicks(page.email, "tuyet@example.vn")
    assert boxes["email"].isEnabled() and not boxes["sms"].isEnabled()
    boxes["email"].setFocus()
    qtbot.keyClick(boxes["email"], Qt.Key_Space)
    assert page.notify.channels() == ("email",)
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(boxes["email"], Qt.Key_Return, Qt.ControlModifier)
    code = received.args[0]
    page.preview.close()
    [notice] = outbox.dossier_notices(as_admin(db_url), code)
    assert (notice.event, notice.channel, notice.to, notice.status) == (
        "received", "email", "tuyet@example.vn", "pending")
    assert page.notify.channels() == ()

    # The program's own sender, as the main window runs it for a logged-in clerk.
    sender = NoticeSender(Desk(db_url, clerk), first_ms=0)
    with qtbot.waitSignal(sender.sent, timeout=15000) as round_:
        pass
    assert round_.args == [1, 0, 0]
    assert inbox.envelopes[0].rcpt_tos == ["tuyet@example.vn"]
    sender.stop()

    dialog = DossierDialog(Desk(db_url, clerk), code)
    qtbot.addWidget(dialog)
    model = dialog.notices_model
    assert model.rowCount() == 1
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[:3] == ["received", "E-mail", "tuyet@example.vn"]
    assert cells[4] == "sent"


def test_a_phone_unticks_sms_when_it_is_cleared(qtbot, page):
    qtbot.keyClicks(page.phone, "0912345678")
    page.notify.boxes["sms"].setChecked(True)
    page.phone.clear()
    assert page.notify.channels() == ()


def test_the_supervisor_sees_what_waits_and_what_failed_in_the_status_bar(qtbot, db_url,
                                                                         tmp_path):
    from datetime import datetime

    from PySide6.QtCore import QSettings

    from desk_app.domain.intake import IntakeRequest
    from desk_app.services import users
    from desk_app.services.notices import delivery
    from desk_app.services.reception import intake
    from desk_app.ui.main_window import MainWindow

    admin = as_admin(db_url)
    for key, value in {**intake_screen.OFFICE, "notify_smtp_url": "smtp://127.0.0.1:9",
                       "notify_mail_from": "motcua@quangnam.gov.vn",
                       "notify_max_attempts": "1"}.items():
        office.set_value(admin, key, value)
    for name in ("Trần Thị Lan", "Lê Văn Nam"):
        intake.receive(admin, IntakeRequest("1.001612", name, email="a@example.vn",
                                            notify=("email",)),
                       received_at=datetime(2025, 6, 5, 9, 0))
    # One goes and fails for good (the server is not there); the other waits.
    delivery.send_pending(admin, batch=1, rounds=1)
    users.add_user(admin, "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    leader = users.authenticate(Desk(db_url), "lanhdao", "Lanhdao2025")
    window = MainWindow(Desk(db_url, leader), QSettings(str(tmp_path / "s.ini"),
                                                        QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    label = window.notice_counts
    assert label.isVisible() and label.text() == "Notices: 1 waiting · 1 failed"
    assert "Connection refused" in label.toolTip() or "SMTP 127.0.0.1:9" in label.toolTip()

    # A clerk is not shown them.
    users.add_user(admin, "tiepnhan", "Nguyễn Thị Hà", "clerk", "Tiepnhan2025")
    clerk_actor = users.authenticate(Desk(db_url), "tiepnhan", "Tiepnhan2025")
    other = MainWindow(Desk(db_url, clerk_actor), QSettings(str(tmp_path / "c.ini"),
                                                            QSettings.IniFormat))
    qtbot.addWidget(other)
    other.show()
    assert not other.notice_counts.isVisible()


def test_the_consent_is_changed_on_the_dossier_screen(qtbot, db_url, clerk):
    from datetime import datetime

    from desk_app.domain.intake import IntakeRequest
    from desk_app.services.reception import intake

    for key, value in intake_screen.OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    code = intake.receive(as_admin(db_url), IntakeRequest(
        "1.001612", "Trần Thị Lan", phone="0912345678"),
        received_at=datetime(2025, 6, 5, 9, 0)).code
    dialog = DossierDialog(Desk(db_url, clerk), code)
    qtbot.addWidget(dialog)
    dialog.show()
    consent = dialog.consent
    # No e-mail address on the dossier: that box cannot be ticked.
    assert not consent.boxes["email"].isEnabled() and consent.boxes["sms"].isEnabled()
    consent.boxes["sms"].setFocus()
    qtbot.keyClick(consent.boxes["sms"], Qt.Key_Space)
    assert consent.boxes["sms"].isChecked()
    qtbot.mouseClick(consent.save_button, Qt.LeftButton)
    assert consent.message.text() == "Saved"
    assert outbox.consent_view(as_admin(db_url), code).channels == ("sms",)
