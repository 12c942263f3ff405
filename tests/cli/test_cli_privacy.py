"""desk-admin dossier list: a table for the screen masks ID numbers; csv/json are exports."""

import csv
import json
from datetime import datetime

import pytest

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, office
from desk_app.services.reception import intake
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def run(capsys, db_url):
    """desk-admin on an office with one dossier whose applicant gave a CCCD."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    intake.receive(as_admin(db_url),
                   IntakeRequest("1.001193", "Trần Văn An", id_number="001190012345"),
                   received_at=datetime(2025, 6, 10, 8, 0))

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def _exports(url):
    return [r.key for r in audit.list_entries(as_admin(url)) if r.action == "export"]


def test_the_table_masks_and_records_nothing(run, db_url):
    code, out, _ = run("dossier", "list")
    assert code == 0 and "0011******45" in out and "001190012345" not in out
    assert _exports(db_url) == []


def test_csv_and_json_carry_the_full_number_and_are_audited(run, db_url):
    code, out, _ = run("dossier", "list", "--format", "json")
    assert code == 0 and json.loads(out)[0]["id_number"] == "001190012345"
    code, out, _ = run("dossier", "list", "--format", "csv")
    assert code == 0 and next(csv.DictReader(out.splitlines()))["id_number"] == "001190012345"
    assert _exports(db_url) == ["dossier list (csv)", "dossier list (json)"]
