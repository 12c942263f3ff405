"""desk-admin user disable|enable: what an administrator scripts when someone leaves."""

import pytest

from desk_app.cli import main
from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.users import LoginFailed


@pytest.fixture
def run(capsys, db_url):
    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_disable_then_enable_from_the_command_line(run, db_url):
    assert run("user", "add", "ha", "--full-name", "Nguyễn Thị Hà", "--role", "clerk",
               "--password", "tiepnhan2025")[0] == 0
    code, out, _ = run("user", "disable", "ha")
    assert code == 0 and "Đã khoá ha" in out
    with pytest.raises(LoginFailed):
        users.authenticate(Desk(db_url), "ha", "tiepnhan2025")
    code, out, _ = run("user", "list", "--format", "csv")
    assert "ha,Nguyễn Thị Hà,clerk,không" in out
    assert run("user", "enable", "ha")[0] == 0
    assert users.authenticate(Desk(db_url), "ha", "tiepnhan2025").username == "ha"


def test_disabling_an_unknown_user_is_bad_input(run):
    code, _, err = run("user", "disable", "khong-co")
    assert code == 2 and "khong-co" in err


def test_a_weak_password_is_refused_saying_the_rule(run):
    code, _, err = run("user", "add", "ha", "--full-name", "Hà", "--role", "clerk",
                       "--password", "matkhaumoi")
    assert code == 2 and "một chữ cái và một chữ số" in err
    assert "ha," not in run("user", "list", "--format", "csv")[1]
