"""desk-admin audit verify|list, as an administrator or a script runs them."""

import csv
import json
from datetime import datetime

import pytest
from sqlalchemy import text

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from desk_app.store.db import get_engine
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def run(capsys, db_url):
    """desk-admin on an office that received one dossier."""
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


def _sql(url, statement):
    with get_engine(url).begin() as connection:
        return connection.execute(text(statement))


def test_verify_counts_an_intact_trail(run, db_url):
    total = _sql(db_url, "SELECT COUNT(*) FROM audit_entry").scalar_one()
    code, out, err = run("audit", "verify")
    assert code == 0 and out.strip() == f"Nhật ký thay đổi nguyên vẹn: {total} mục"
    code, out, _ = run("audit", "verify", "--format", "json")
    assert code == 0 and json.loads(out) == {"intact": True, "entries": total,
                                             "first_broken_id": None, "problem": "",
                                             "edited_dossiers": []}


def test_verify_fails_naming_the_edited_entry(run, db_url):
    edited = _sql(db_url, "SELECT id FROM audit_entry WHERE action = 'dossier.receive'"
                  ).scalar_one()
    _sql(db_url, f"UPDATE audit_entry SET entity_key = 'KHAC' WHERE id = {edited}")
    code, out, err = run("audit", "verify")
    assert code == 1 and out == ""
    assert f"mục số {edited} nội dung bị sửa" in err
    code, out, _ = run("audit", "verify", "--format", "json")
    assert code == 1 and json.loads(out)["first_broken_id"] == edited


def test_verify_fails_naming_the_entry_after_a_deleted_one(run, db_url):
    ids = [r[0] for r in _sql(db_url, "SELECT id FROM audit_entry ORDER BY id")]
    _sql(db_url, f"DELETE FROM audit_entry WHERE id = {ids[-3]}")
    code, _, err = run("audit", "verify")
    assert code == 1 and f"mục số {ids[-2]} không nối với mục số {ids[-4]}" in err


def test_list_filters_by_dossier_and_prints_before_and_after(run, db_url):
    code, out, _ = run("audit", "list", "--dossier", "000.00.00.H49-250610-0001",
                       "--format", "json")
    entries = json.loads(out)
    assert code == 0 and [e["action"] for e in entries] == ["dossier.receive"]
    assert entries[0]["user"] == "desk-admin" and entries[0]["at"] == "2025-06-10T09:00"
    assert entries[0]["after"]["applicant_name"] == "Trần Văn An"
    code, out, _ = run("audit", "list", "--user", "quantri", "--from", "2025-06-10",
                       "--to", "2025-06-10", "--format", "csv")
    rows = list(csv.DictReader(out.splitlines()))
    # The JSON listing above is an export, recorded as the person desk-admin ran as.
    assert code == 0 and [(r["user"], r["action"]) for r in rows] == [("quantri", "export")]
    code, out, _ = run("audit", "list", "--user", "desk-admin", "--limit", "3", "--format", "csv")
    rows = list(csv.DictReader(out.splitlines()))
    assert code == 0 and len(rows) == 3 and {r["user"] for r in rows} == {"desk-admin"}
    code, out, _ = run("audit", "list", "--limit", "2")
    assert code == 0 and out.splitlines()[0].split() == ["id", "at", "user", "action",
                                                         "entity", "key", "before", "after"]


def test_list_dumps_are_audited_exports(run, db_url):
    run("audit", "list", "--format", "json")
    code, out, _ = run("audit", "list", "--limit", "1", "--format", "json")
    assert json.loads(out)[0]["after"]["what"] == "audit list (json)"


@pytest.mark.parametrize("argv,fragment", [
    (["--from", "2025-13-01"], "--from"),
    (["--from", "2025-06-10", "--to", "2025-06-01"], "Khoảng thời gian"),
    (["--limit", "0"], "Số dòng"),
])
def test_list_refuses_bad_filters_with_exit_2(run, argv, fragment):
    code, out, err = run("audit", "list", *argv)
    assert code == 2 and fragment in err and out == ""
