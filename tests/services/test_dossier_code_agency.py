"""Decree 118/2025 Art. 28(2): the 2025 dossier code starts with the identifier of the agency
competent to settle it (the catalogue's `agency_code`); the 2018 rule, or a procedure without
one, keeps the receiving office's; codes already issued never change."""

from datetime import datetime

import pytest

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from tests.conftest import as_admin

HEADER = "code,name,field,time_limit,agency_code\n"
ROW = "1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,3d,{agency_code}\n"
SETTLING = "000.21.30.H49"


def _catalogue(url, tmp_path, agency_code):
    path = tmp_path / f"c{agency_code or 'none'}.csv"
    path.write_text(HEADER + ROW.format(agency_code=agency_code), encoding="utf-8")
    catalog.import_file(as_admin(url), path)


def _receive(url, procedure="1.004873", day=10):
    return intake.receive(as_admin(url), IntakeRequest(procedure, "Lê Văn Tám"),
                          received_at=datetime(2025, 6, day, 9, 0)).code


def test_the_2025_code_starts_with_the_settling_agency(office_db, tmp_path):
    before = _receive(office_db)
    _catalogue(office_db, tmp_path, SETTLING)
    assert _receive(office_db) == f"{SETTLING}-250610-0001"
    # A procedure the catalogue gives no agency_code: the office's own identifier.
    assert _receive(office_db, "1.001193") == "000.00.00.H49-250610-0002"
    # The code issued before the catalogue said so stays as it was.
    assert before == "000.00.00.H49-250610-0001"
    assert dossiers.show(as_admin(office_db), before).row.code == before


def test_the_receiving_rule_and_the_2018_form_set_keep_the_desk_code(office_db, tmp_path):
    _catalogue(office_db, tmp_path, SETTLING)
    office.set_value(as_admin(office_db), "form_set", "2018")
    assert _receive(office_db).startswith("000.00.00.H49-250610-")
    office.set_value(as_admin(office_db), "code_agency", "settling")
    assert _receive(office_db).startswith(f"{SETTLING}-250610-")
    office.set_value(as_admin(office_db), "form_set", "2025")
    office.set_value(as_admin(office_db), "code_agency", "receiving")
    assert _receive(office_db).startswith("000.00.00.H49-250610-")
    with pytest.raises(UserError, match="settling, receiving"):
        office.set_value(as_admin(office_db), "code_agency", "giai quyet")


def test_a_malformed_agency_code_is_refused_with_its_column(office_db, tmp_path):
    with pytest.raises(UserError, match="agency_code"):
        _catalogue(office_db, tmp_path, "000.21.30.h49")
