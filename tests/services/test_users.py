from datetime import datetime, timedelta

import pytest

from desk_app.services import users
from desk_app.services.users import LoginFailed


def test_login_lockout_after_five_failures(db_url):
    users.add_user(db_url, "tiepnhan", "Nguyễn Thị Hà", "clerk", "Matkhau2025")
    actor = users.authenticate(db_url, "TiepNhan", "Matkhau2025")
    assert (actor.username, actor.role, actor.full_name) == ("tiepnhan", "clerk",
                                                             "Nguyễn Thị Hà")
    now = datetime(2025, 6, 10, 9, 0)
    for _ in range(5):
        with pytest.raises(LoginFailed, match="không đúng"):
            users.authenticate(db_url, "tiepnhan", "sai-mat-khau", now=now)
    with pytest.raises(LoginFailed, match="tạm khoá"):
        users.authenticate(db_url, "tiepnhan", "Matkhau2025", now=now + timedelta(minutes=14))
    assert users.authenticate(db_url, "tiepnhan", "Matkhau2025",
                              now=now + timedelta(minutes=16)).role == "clerk"


def test_no_built_in_accounts(empty_db_url):
    from desk_app.services.setup import init_database

    init_database(empty_db_url)
    assert not users.has_users(empty_db_url)
