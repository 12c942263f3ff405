from datetime import datetime

import pytest

from desk_app.domain.intake import IntakeRequest
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied
from desk_app.services.office import set_value
from desk_app.services.reception import intake
from desk_app.services.reception.returning_applicant import recall
from tests.conftest import as_admin

CLERK = Actor(None, "lan", "clerk", "Lê Thị Lan")


@pytest.fixture(autouse=True)
def agency_code(db_url):
    set_value(as_admin(db_url), "agency_code", "000.00.00.H49")


def receive(url, at, **fields):
    return intake.receive(as_admin(url), IntakeRequest("1.001193", **fields), received_at=at)


def test_the_latest_dossier_of_the_id_number_gives_the_contact_details(db_url):
    receive(db_url, datetime(2024, 1, 5, 9, 0), applicant_name="Trần Văn An",
            id_number="079203001234", phone="0987000111", address="Thôn 1, xã Tam Kỳ")
    receive(db_url, datetime(2024, 2, 5, 9, 0), applicant_name="Lê Thị Bình",
            id_number="001190012345", phone="0977000222")
    clerk = Desk(db_url, CLERK)
    found = recall(clerk, "0792 0300 1234")
    assert (found.name, found.phone, found.address, found.id_number) == (
        "Trần Văn An", "0987000111", "Thôn 1, xã Tam Kỳ", "079203001234")
    newer = receive(db_url, datetime(2025, 6, 2, 10, 0), applicant_name="Trần Văn An",
                    id_number="079203001234", phone="0912345678", email="an@example.vn")
    found = recall(clerk, "079203001234")
    assert (found.phone, found.email, found.latest_code) == (
        "0912345678", "an@example.vn", newer.code)
    assert found.latest_received_at == datetime(2025, 6, 2, 10, 0)
    assert recall(clerk, "036190012345") is None
    assert recall(clerk, " ") is None


def test_an_officer_who_receives_no_dossier_recalls_nobody(db_url):
    receive(db_url, datetime(2025, 6, 2, 10, 0), applicant_name="Trần Văn An",
            id_number="079203001234")
    with pytest.raises(PermissionDenied):
        recall(Desk(db_url, Actor(None, "minh", "officer", "Võ Minh")), "079203001234")
