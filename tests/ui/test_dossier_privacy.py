"""The Dossiers table shows ID numbers masked to the counter and the units, in full to
supervisors; the dossier's own window shows the whole number."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.ui.dossiers.dossier_model import ID_NUMBER
from desk_app.ui.dossiers.dossiers_page import DossiersPage
from tests.conftest import as_admin


@pytest.fixture
def url(db_url):
    """One dossier whose applicant gave a CCCD."""
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    intake.receive(as_admin(db_url),
                   IntakeRequest("1.001193", "Trần Văn An", id_number="001190012345"),
                   received_at=datetime(2025, 6, 10, 8, 0))
    return db_url


def _page(qtbot, url, role):
    page = DossiersPage(Desk(url, Actor(None, role, role)))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page


@pytest.mark.parametrize("role,shown", [("clerk", "0011******45"), ("officer", "0011******45"),
                                        ("supervisor", "001190012345"),
                                        ("admin", "001190012345")])
def test_the_list_masks_id_numbers_by_role(qtbot, url, role, shown):
    page = _page(qtbot, url, role)
    assert page.model.headerData(ID_NUMBER, Qt.Horizontal) == "ID number"
    assert page.model.index(0, ID_NUMBER).data() == shown


def test_the_dossier_window_shows_the_whole_number_to_a_clerk(qtbot, url):
    page = _page(qtbot, url, "clerk")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert dialog.field_labels["ID number"].text() == "001190012345"
