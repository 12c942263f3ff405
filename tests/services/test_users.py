from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, PermissionDenied, UserError
from desk_app.services.users import LoginFailed
from desk_app.store.db import read_scope
from desk_app.store.models import AuditEntry
from tests.conftest import as_admin


def test_login_lockout_after_five_failures(db_url):
    users.add_user(as_admin(db_url), "tiepnhan", "Nguyễn Thị Hà", "clerk", "Matkhau2025")
    actor = users.authenticate(Desk(db_url), "TiepNhan", "Matkhau2025")
    assert (actor.username, actor.role, actor.full_name) == ("tiepnhan", "clerk",
                                                             "Nguyễn Thị Hà")
    now = datetime(2025, 6, 10, 9, 0)
    for _ in range(5):
        with pytest.raises(LoginFailed, match="không đúng"):
            users.authenticate(Desk(db_url), "tiepnhan", "sai-mat-khau", now=now)
    with pytest.raises(LoginFailed, match="tạm khoá"):
        users.authenticate(Desk(db_url), "tiepnhan", "Matkhau2025", now=now + timedelta(minutes=14))
    assert users.authenticate(Desk(db_url), "tiepnhan", "Matkhau2025",
                              now=now + timedelta(minutes=16)).role == "clerk"


def test_no_built_in_accounts(empty_db_url):
    from desk_app.services.setup import init_database

    init_database(Desk(empty_db_url))
    assert not users.has_users(Desk(empty_db_url))


def _user_audit(url):
    with read_scope(url) as session:
        return [(e.action, e.entity_key, e.before, e.after) for e in session.execute(
            select(AuditEntry).where(AuditEntry.action == "user.update")
            .order_by(AuditEntry.id)).scalars()]


def test_a_new_full_name_or_role_is_saved_and_audited(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Ha", "clerk", "tiepnhan2025")
    info = users.update_user(as_admin(db_url), "HA", full_name="  Nguyễn Thị Hà ")
    assert (info.full_name, info.role) == ("Nguyễn Thị Hà", "clerk")
    users.update_user(as_admin(db_url), "ha", role="supervisor")
    # The same values again change nothing and add nothing to the trail.
    users.update_user(as_admin(db_url), "ha", full_name="Nguyễn Thị Hà", role="supervisor")
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").role == "supervisor"
    assert _user_audit(db_url) == [
        ("user.update", "ha", {"full_name": "Nguyễn Thị Ha"}, {"full_name": "Nguyễn Thị Hà"}),
        ("user.update", "ha", {"role": "clerk"}, {"role": "supervisor"}),
    ]


@pytest.mark.parametrize("changes,fragment", [
    ({"full_name": "   "}, "Họ tên: không được để trống"),
    ({"role": "boss"}, "Vai trò: 'boss' không hợp lệ"),
])
def test_bad_values_are_refused_naming_the_field(db_url, changes, fragment):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    with pytest.raises(UserError, match=fragment):
        users.update_user(as_admin(db_url), "ha", **changes)
    assert [(u.full_name, u.role) for u in users.list_users(as_admin(db_url))] == [
        ("Nguyễn Thị Hà", "clerk")]
    assert _user_audit(db_url) == []


def test_the_last_active_admin_and_oneself_keep_their_role(db_url):
    users.add_user(as_admin(db_url), "quantri", "Phạm Quốc Việt", "admin", "quantri2025")
    with pytest.raises(UserError, match="quản trị viên cuối cùng"):
        users.update_user(as_admin(db_url), "quantri", role="clerk")
    users.add_user(as_admin(db_url), "quantri2", "Lê Văn Hai", "admin", "quantri2025")
    me = users.authenticate(Desk(db_url), "quantri2", "quantri2025")
    with pytest.raises(UserError, match="tự đổi vai trò"):
        users.update_user(Desk(db_url, me), "quantri2", role="supervisor")
    # One's own name is one's own to correct.
    users.update_user(Desk(db_url, me), "quantri2", full_name="Lê Văn Hải")
    users.update_user(Desk(db_url, me), "quantri", role="supervisor")
    assert {u.username: u.role for u in users.list_users(as_admin(db_url))} == {
        "quantri": "supervisor", "quantri2": "admin"}
    supervisor = users.authenticate(Desk(db_url), "quantri", "quantri2025")
    with pytest.raises(PermissionDenied, match="quản lý người dùng"):
        users.update_user(Desk(db_url, supervisor), "quantri2", full_name="X")
    with pytest.raises(NotFound, match="'khong-co'"):
        users.update_user(as_admin(db_url), "khong-co", full_name="X")
    assert [u.full_name for u in users.list_users(as_admin(db_url))] == ["Phạm Quốc Việt",
                                                                         "Lê Văn Hải"]


def test_a_disabled_admin_does_not_count_as_the_last_one(db_url):
    users.add_user(as_admin(db_url), "quantri", "Phạm Quốc Việt", "admin", "quantri2025")
    users.add_user(as_admin(db_url), "cu", "Trần Văn Cũ", "admin", "quantri2025")
    users.disable_user(as_admin(db_url), "cu")
    users.update_user(as_admin(db_url), "cu", role="clerk")
    assert {u.username: u.role for u in users.list_users(as_admin(db_url))} == {
        "cu": "clerk", "quantri": "admin"}


def test_the_list_tells_how_long_a_lockout_lasts(db_url, monkeypatch):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    assert users.list_users(as_admin(db_url))[0].locked_until is None
    now = datetime(2025, 6, 10, 9, 0)
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            users.authenticate(Desk(db_url), "ha", "sai-mat-khau-1", now=now)
    assert users.list_users(as_admin(db_url))[0].locked_until == now + users.LOCKOUT
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 09:15")
    assert users.list_users(as_admin(db_url))[0].locked_until is None, "the lockout is over"
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 09:14")
    users.set_password(as_admin(db_url), "ha", "matkhaumoi9")
    assert users.list_users(as_admin(db_url))[0].locked_until is None
