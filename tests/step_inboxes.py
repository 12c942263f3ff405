"""An office with two units, their officers, heads and a supervisor, and dossiers handed over
to them: the scene of the inbox's and the escalation's tests, written once.

Procedure 1.004873 (3 working days, no published steps): a dossier's hand-over opens a step
due when the dossier is due. No holiday falls between 02/06 and 13/06/2025.
"""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin
from tests.services.conftest import OFFICE

PROCEDURE = "1.004873"
TP, KT = "Phòng Tư pháp", "Phòng Kinh tế"
PASSWORD = "matkhau2025"
# username: (full name, role, unit, e-mail)
PEOPLE = {
    "lan": ("Nguyễn Thị Lan", "officer", TP, ""),
    "binh": ("Trần Văn Bình", "officer", TP, ""),
    "hung": ("Lê Quang Hùng", "supervisor", TP, "hung@tuphap.gov.vn"),
    "khoa": ("Phạm Minh Khoa", "supervisor", KT, "khoa@kinhte.gov.vn"),
    "mai": ("Đỗ Thị Mai", "supervisor", "", "mai@motcua.gov.vn"),
    "ha": ("Nguyễn Thị Hà", "clerk", "", ""),
}


def open_office(url: str) -> None:
    """An office whose profile is complete, so dossiers can be received and printed."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(url), key, value)


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m %H:%M").replace(year=2025)


def add_people(url: str) -> None:
    for username, (name, role, unit, email) in PEOPLE.items():
        users.add_user(as_admin(url), username, name, role, PASSWORD, unit=unit, email=email)


def desk_of(url: str, username: str, now: datetime | None = None) -> Desk:
    actor = users.authenticate(Desk(url), username, PASSWORD)
    return Desk(url, actor) if now is None else Desk(url, actor, lambda: now)


def handed_over(url: str, name: str, received: str, unit: str, receiver: str,
                handed: str) -> str:
    """Received at `received`, handed to `receiver` of `unit` at `handed`; the code."""
    desk = as_admin(url)
    code = intake.receive(desk, IntakeRequest(PROCEDURE, name),
                          received_at=at(received)).code
    lifecycle.transfer(desk, code, unit, receiver, at=at(handed))
    return code


def mail_out(url: str, port: int) -> None:
    """The office sends e-mail through the local server on `port`."""
    desk = as_admin(url)
    office.set_value(desk, "notify_smtp_url", f"smtp://127.0.0.1:{port}")
    office.set_value(desk, "notify_mail_from", "motcua@quangnam.gov.vn")
