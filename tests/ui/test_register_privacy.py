"""The register carries applicants' personal data: the Dossiers page lets supervisors and
administrators export it, recorded under their own name, and tells the counter why not."""

from datetime import datetime

from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, office, users
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.ui.dossiers.dossiers_page import DossiersPage
from tests.conftest import as_admin


def _office(url):
    for key, value in {"agency_code": "000.00.00.H49", "parent_agency_name": "UBND tỉnh",
                       "agency_name": "Trung tâm", "place_name": "Quảng Nam"}.items():
        office.set_value(as_admin(url), key, value)
    intake.receive(as_admin(url), IntakeRequest("1.001193", "Trần Văn An", phone="0905123456"),
                   received_at=datetime(2025, 6, 10, 8, 0))


def _actor(url, username, role):
    users.add_user(as_admin(url), username, username.title(), role, "Matkhau2025")
    return users.authenticate(Desk(url), username, "Matkhau2025")


def test_the_counter_is_told_why_it_cannot_export_the_register(qtbot, db_url):
    page = DossiersPage(Desk(db_url, _actor(db_url, "tiepnhan", "clerk")))
    qtbot.addWidget(page)
    assert not page.register_button.isEnabled()
    assert "personal data" in page.register_button.toolTip()


def test_a_supervisors_register_export_is_recorded_under_their_name(qtbot, db_url, tmp_path):
    _office(db_url)
    page = DossiersPage(Desk(db_url, _actor(db_url, "lanhdao", "supervisor")))
    qtbot.addWidget(page)
    assert page.register_button.isEnabled()
    dialog = page.open_register()
    qtbot.addWidget(dialog)
    target = tmp_path / "sổ theo dõi.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export(target)
    assert target.is_file()
    exports = [r for r in audit.list_entries(as_admin(db_url)) if r.action == "export"]
    assert [r.username for r in exports] == ["lanhdao"]
