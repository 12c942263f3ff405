"""Notices on the screens: consent ticked at intake with the applicant, the dossier's notices on
its screen, the program's own sender delivering them to a real local SMTP server."""

from __future__ import annotations

import socket

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt

from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.notices import outbox
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from desk_app.ui.session.notice_sender import NoticeSender
from tests.conftest import as_admin
from tests.ui import test_intake as intake_screen
from tests.ui.test_intake import choose_birth_registration, type_text

clerk = intake_screen.clerk
page = intake_screen.page


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def inbox(db_url):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    office.set_value(as_admin(db_url), "notify_smtp_url", f"smtp://127.0.0.1:{port}")
    office.set_value(as_admin(db_url), "notify_mail_from", "motcua@quangnam.gov.vn")
    yield box
    controller.stop()


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
