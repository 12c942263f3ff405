"""desk-admin user enable for someone locked out by wrong passwords: in again at once."""

import pytest

from desk_app.cli import main
from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.users import LoginFailed
from tests.conftest import as_admin


def test_enable_lifts_a_lockout_from_the_command_line(capsys, db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed, match="không đúng"):
            users.authenticate(Desk(db_url), "ha", "sai-mat-khau-1")
    with pytest.raises(LoginFailed, match="tạm khoá"):
        users.authenticate(Desk(db_url), "ha", "tiepnhan2025")
    assert main(["--db", db_url, "user", "enable", "ha"]) == 0
    assert "Đã mở khoá ha" in capsys.readouterr().out
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"
