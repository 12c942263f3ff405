"""ID numbers in lists, and exports of personal data: who sees what, and what is recorded."""

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, exports, office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied
from desk_app.services.reception import intake
from desk_app.services.supervision import register
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
ROLES = {role: Actor(None, role, role) for role in ("clerk", "officer", "supervisor", "admin")}
ALL = dossiers.DossierQuery()


@pytest.fixture
def url(db_url):
    """Two dossiers whose applicants gave their CCCD."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    for name, number in (("Trần Văn An", "001190012345"), ("Lê Thị Bình", "048301000777")):
        intake.receive(as_admin(db_url), IntakeRequest("1.001193", name, id_number=number),
                       received_at=datetime(2025, 6, 10, 8, 0))
    return db_url


def _exports(url):
    with session_scope(url) as s:
        return [(e.entity_key, e.after, e.user_id) for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == "export")
            .order_by(AuditEntry.id)).scalars()]


def _audit_count(url):
    with session_scope(url) as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


@pytest.mark.parametrize("role", ["clerk", "officer"])
def test_lists_mask_id_numbers_for_the_counter_and_the_units(url, role):
    rows = dossiers.search(Desk(url, ROLES[role]), ALL)
    assert sorted(r.id_number for r in rows) == ["0011******45", "0483******77"]
    # Searching by the whole number still finds the person.
    found = dossiers.search(Desk(url, ROLES[role]), dossiers.DossierQuery(text="048301000777"))
    assert [r.applicant_name for r in found] == ["Lê Thị Bình"]


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_supervisors_see_id_numbers_in_full(url, role):
    rows = dossiers.search(Desk(url, ROLES[role]), ALL)
    assert sorted(r.id_number for r in rows) == ["001190012345", "048301000777"]


def test_a_list_without_a_known_user_is_masked_and_the_dossier_page_is_not(url):
    row = dossiers.search(Desk(url), dossiers.DossierQuery(text="tran van an"))[0]
    assert row.id_number == "0011******45"
    detail = dossiers.show(as_admin(url), row.code)
    assert detail.id_number == detail.row.id_number == "001190012345"


@pytest.mark.parametrize("role", ["clerk", "officer"])
def test_exports_of_personal_data_are_refused_to_clerks_and_officers(url, role):
    before = _audit_count(url)
    with pytest.raises(PermissionDenied, match="xuất dữ liệu có thông tin cá nhân"):
        exports.dossier_list(Desk(url, ROLES[role]), ALL, 100, "csv")
    assert _audit_count(url) == before
    with session_scope(url) as s, pytest.raises(PermissionDenied):
        exports.authorise_export(s, ROLES[role], "register 2025 (xlsx)", 2)
    assert _audit_count(url) == before


def test_each_export_is_audited_without_the_personal_data_it_holds(url):
    rows = exports.dossier_list(Desk(url, ROLES["supervisor"]),
                                dossiers.DossierQuery(text="001190012345"), 100, "json")
    assert [r.id_number for r in rows] == ["001190012345"]
    exports.dossier_list(Desk(url, ROLES["admin"]), ALL, 100, "csv")
    recorded = _exports(url)
    assert [(key, after) for key, after, _ in recorded] == [
        ("dossier list (json)", {"what": "dossier list (json)", "count": 1}),
        ("dossier list (csv)", {"what": "dossier list (csv)", "count": 2}),
    ]
    text = json.dumps(recorded, ensure_ascii=False)
    assert "001190012345" not in text and "Trần" not in text


@pytest.mark.parametrize("role", ["clerk", "officer"])
def test_the_register_file_is_not_for_clerks_and_officers(url, tmp_path, role):
    before = _audit_count(url)
    for name in ("so.xlsx", "so.pdf"):
        with pytest.raises(PermissionDenied):
            register.write_register(Desk(url, ROLES[role]), date(2025, 6, 1), date(2025, 6, 30),
                                    tmp_path / name)
        assert not (tmp_path / name).exists()
    assert _audit_count(url) == before


def test_a_register_file_is_an_audited_export(url, tmp_path):
    register.write_register(Desk(url, ROLES["supervisor"]), date(2025, 6, 1), date(2025, 6, 30),
                            tmp_path / "so.xlsx")
    register.write_register(Desk(url, ROLES["admin"]), date(2025, 6, 1), date(2025, 6, 30),
                            tmp_path / "so.pdf")
    assert [(key, after) for key, after, _ in _exports(url)] == [
        ("register (xlsx)", {"what": "register (xlsx)", "count": 2}),
        ("register (pdf)", {"what": "register (pdf)", "count": 2}),
    ]
