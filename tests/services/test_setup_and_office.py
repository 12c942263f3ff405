import pytest
from sqlalchemy import func, select

from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.setup import init_database
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, Procedure, ProcedureVersion
from tests.conftest import as_admin


def _counts(url):
    with session_scope(url) as s:
        return tuple(
            s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (Procedure, ProcedureVersion, AuditEntry)
        )


def test_init_loads_the_bundled_catalogue_once(empty_db_url):
    first = init_database(Desk(empty_db_url))
    assert first.revision_before is None and first.procedures_loaded >= 40
    counts = _counts(empty_db_url)
    second = init_database(Desk(empty_db_url))
    assert second.procedures_loaded == 0
    assert _counts(empty_db_url) == counts


def test_office_settings_are_validated_and_audited(db_url):
    assert office.show(Desk(db_url))["form_set"] == "2025"
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    office.set_value(as_admin(db_url), "office_hours", "Mon-Fri 07:00-11:00,13:00-16:30")
    shown = office.show(Desk(db_url))
    assert shown["agency_code"] == "000.00.00.H49"
    assert shown["office_hours"] == "Mon-Fri 07:00-11:00,13:00-16:30"
    with session_scope(db_url) as s:
        keys = s.execute(select(AuditEntry.entity_key).where(
            AuditEntry.action == "office.set")).scalars().all()
    assert keys == ["agency_code", "office_hours"]


@pytest.mark.parametrize("key,value,fragment", [
    ("agency_code", "abc def", "Mã định danh cơ quan"),
    ("form_set", "2020", "Bộ biểu mẫu"),
    ("office_hours", "Mon-Fri 17:00-07:00", "Giờ làm việc"),
    ("qr_url_template", "https://tra-cuu.example/", "{code}"),
    ("code_pattern", "{agency_code}-{yymmdd}", "{seq}"),
    ("place_name", "   ", "Địa danh"),
    ("colour", "red", "không tồn tại"),
])
def test_bad_office_values_are_refused_naming_the_field(db_url, key, value, fragment):
    before = office.show(Desk(db_url))
    with pytest.raises(UserError, match=fragment.replace("{", r"\{").replace("}", r"\}")):
        office.set_value(as_admin(db_url), key, value)
    assert office.show(Desk(db_url)) == before


def test_only_an_admin_edits_the_office(db_url):
    clerk = Actor(user_id=None, username="an", role="clerk")
    with pytest.raises(PermissionDenied):
        office.set_value(Desk(db_url, clerk), "place_name", "Huế")
    assert office.show(Desk(db_url))["place_name"] == ""
