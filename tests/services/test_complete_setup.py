import pytest

from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.setup import complete_setup
from desk_app.store import migrate
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
    "form_set": "2018",
}


@pytest.fixture
def schema_url(empty_db_url) -> str:
    """The newest schema and nothing in it: the first start of a new office."""
    migrate.upgrade(empty_db_url)
    return empty_db_url


def test_complete_setup_writes_settings_and_first_admin(schema_url):
    actor = complete_setup(Desk(schema_url), OFFICE, "Admin", "Trần Văn Quản", "matkhau123")
    assert (actor.username, actor.role, actor.full_name) == ("admin", "admin", "Trần Văn Quản")
    assert actor.user_id is not None
    shown = office.show(Desk(schema_url))
    assert {k: shown[k] for k in OFFICE} == OFFICE
    assert users.authenticate(Desk(schema_url), "admin", "matkhau123") == actor


def test_complete_setup_writes_nothing_when_a_value_is_wrong(schema_url):
    with pytest.raises(UserError, match="Mã định danh cơ quan"):
        complete_setup(Desk(schema_url), {**OFFICE, "agency_code": "h49"}, "admin", "A",
                       "matkhau123")
    with pytest.raises(UserError, match="Mật khẩu"):
        complete_setup(Desk(schema_url), OFFICE, "admin", "Trần Văn Quản", "short")
    assert not users.has_users(Desk(schema_url))
    assert office.show(Desk(schema_url))["agency_code"] == ""


def test_complete_setup_is_refused_once_a_user_exists(schema_url):
    complete_setup(Desk(schema_url), OFFICE, "admin", "Trần Văn Quản", "matkhau123")
    with pytest.raises(UserError, match="đã có người dùng"):
        complete_setup(Desk(schema_url), OFFICE, "admin2", "Người Khác", "matkhau456")
    assert [u.username for u in users.list_users(as_admin(schema_url))] == ["admin"]
