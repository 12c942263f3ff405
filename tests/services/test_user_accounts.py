import pytest
from sqlalchemy import select

from desk_app.services import users
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, PermissionDenied, UserError
from desk_app.services.users import LoginFailed
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry
from tests.conftest import as_admin


def _audit(url, action):
    with session_scope(url) as s:
        return [(e.entity_key, e.before, e.after) for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == action)).scalars()]


def test_a_disabled_user_cannot_log_in_until_enabled_again(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    users.disable_user(as_admin(db_url), "HA")
    with pytest.raises(LoginFailed, match="đã bị khoá"):
        users.authenticate(Desk(db_url), "ha", "tiepnhan2025")
    # A wrong password is told apart from nothing: the disabled state stays unsaid.
    with pytest.raises(LoginFailed, match="không đúng"):
        users.authenticate(Desk(db_url), "ha", "doan-bua-99")
    assert [u.active for u in users.list_users(as_admin(db_url))] == [False]
    users.enable_user(as_admin(db_url), "ha")
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"
    assert _audit(db_url, "user.disable") == [("ha", {"active": True}, {"active": False})]
    assert _audit(db_url, "user.enable") == [("ha", {"active": False}, {"active": True})]


def test_disabling_twice_changes_nothing_more(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    users.disable_user(as_admin(db_url), "ha")
    assert users.disable_user(as_admin(db_url), "ha").active is False
    assert len(_audit(db_url, "user.disable")) == 1


def test_the_last_active_admin_and_oneself_cannot_be_disabled(db_url):
    users.add_user(as_admin(db_url), "quantri", "Phạm Quốc Việt", "admin", "quantri2025")
    with pytest.raises(UserError, match="quản trị viên cuối cùng"):
        users.disable_user(as_admin(db_url), "quantri")
    users.add_user(as_admin(db_url), "quantri2", "Lê Văn Hai", "admin", "quantri2025")
    me = users.authenticate(Desk(db_url), "quantri2", "quantri2025")
    with pytest.raises(UserError, match="tự khoá"):
        users.disable_user(Desk(db_url, me), "quantri2")
    users.disable_user(Desk(db_url, me), "quantri")
    assert {u.username: u.active for u in users.list_users(as_admin(db_url))} == {
        "quantri": False, "quantri2": True}


def test_only_an_admin_disables_and_unknown_names_are_named(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    supervisor = Actor(None, "tuan", "supervisor")
    with pytest.raises(PermissionDenied, match="quản lý người dùng"):
        users.disable_user(Desk(db_url, supervisor), "ha")
    with pytest.raises(NotFound, match="'khong-co'"):
        users.disable_user(as_admin(db_url), "khong-co")
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"


def test_enabling_lifts_a_lockout(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            users.authenticate(Desk(db_url), "ha", "sai-mat-khau-1")
    users.disable_user(as_admin(db_url), "ha")
    users.enable_user(as_admin(db_url), "ha")
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"


@pytest.mark.parametrize("password,fragment", [
    ("ab1", "ít nhất 8 ký tự"),
    ("x1" * 65, "dài quá 128"),
    ("!!!!!!!!", "một chữ cái và một chữ số"),
    ("matkhaumoi", "một chữ cái và một chữ số"),
    ("12345678", "một chữ cái và một chữ số"),
    ("Lan12345", "trùng tên đăng nhập"),
])
def test_password_rules_say_which_rule_failed(db_url, password, fragment):
    with pytest.raises(UserError, match=fragment):
        users.add_user(as_admin(db_url), "lan12345", "Lê Thị Lan", "clerk", password)
    assert users.list_users(as_admin(db_url)) == []
