"""desk-admin runs as a person: who may run what, the lockout, and whom the audit trail names."""

import json

import pytest

from desk_app.cli import main
from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.users import LoginFailed
from tests.cli.conftest import ADMIN_PASSWORD, ADMIN_USERNAME
from tests.conftest import as_admin


@pytest.fixture
def run(capsys, db_url):
    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def log_in_as(monkeypatch, username, password):
    monkeypatch.setenv("DESK_APP_USER", username)
    monkeypatch.setenv("DESK_APP_PASSWORD", password)


def usernames(url) -> list[str]:
    return [u.username for u in users.list_users(as_admin(url))]


@pytest.mark.parametrize("argv", [
    ["user", "add", "kegian", "--full-name", "Kẻ Gian", "--role", "admin",
     "--password", "Kegian2025"],
    ["user", "passwd", ADMIN_USERNAME, "--password", "Kegian2025"],
    ["user", "list"],
    ["dossier", "list", "--format", "csv"],
    ["office", "set", "place_name", "Huế"],
    ["audit", "list"],
    ["check"],
])
def test_a_command_without_a_login_is_refused_naming_user(run, db_url, monkeypatch, argv):
    monkeypatch.delenv("DESK_APP_USER")
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert "Cần đăng nhập" in err and "--user" in err
    # Nothing changed: nobody added, the administrator's password is still theirs.
    assert usernames(db_url) == [ADMIN_USERNAME]
    assert users.authenticate(Desk(db_url), ADMIN_USERNAME, ADMIN_PASSWORD).role == "admin"


def test_the_user_option_logs_in_before_the_command(run, monkeypatch):
    monkeypatch.delenv("DESK_APP_USER")
    code, out, _ = run("--user", ADMIN_USERNAME, "user", "list", "--format", "json")
    assert code == 0 and [u["username"] for u in json.loads(out)] == [ADMIN_USERNAME]


def test_without_a_password_nor_a_keyboard_the_command_says_what_to_set(run, monkeypatch):
    monkeypatch.delenv("DESK_APP_PASSWORD")
    code, out, err = run("user", "list")
    assert code == 2 and out == "" and "DESK_APP_PASSWORD" in err


@pytest.mark.parametrize("argv,expected", [
    (["due-date", "--procedure", "1.001193", "--received", "2025-06-10 09:00"], "Hẹn trả:"),
    (["calendar", "show", "2025"], "2025-09-02"),
    (["catalog", "list", "--search", "khai sinh"], "1.001193"),
])
def test_public_commands_need_no_login(run, monkeypatch, argv, expected):
    monkeypatch.delenv("DESK_APP_USER")
    monkeypatch.delenv("DESK_APP_PASSWORD")
    code, out, _ = run(*argv)
    assert code == 0 and expected in out


def test_wrong_passwords_count_towards_the_lockout_of_the_program(run, db_url, monkeypatch):
    log_in_as(monkeypatch, ADMIN_USERNAME, "doan_mo_1")
    for _ in range(users.MAX_FAILED_LOGINS):
        code, out, err = run("user", "list")
        assert code == 2 and out == "" and "Tên đăng nhập hoặc mật khẩu không đúng" in err
    log_in_as(monkeypatch, ADMIN_USERNAME, ADMIN_PASSWORD)
    code, _, err = run("user", "list")
    assert code == 2 and "tạm khoá" in err
    # The same lock the program's login window goes by.
    with pytest.raises(LoginFailed, match="tạm khoá"):
        users.authenticate(Desk(db_url), ADMIN_USERNAME, ADMIN_PASSWORD)


def test_a_clerk_is_refused_an_administrators_command(run, db_url, monkeypatch):
    users.add_user(as_admin(db_url), "tiepnhan", "Nguyễn Thị Hà", "clerk", "Tiepnhan2025")
    log_in_as(monkeypatch, "tiepnhan", "Tiepnhan2025")
    code, out, err = run("user", "add", "kegian", "--full-name", "Kẻ Gian", "--role", "admin",
                         "--password", "Kegian2025")
    assert code == 2 and out == ""
    assert "Không có quyền" in err and "cán bộ tiếp nhận" in err
    code, _, err = run("user", "passwd", ADMIN_USERNAME, "--password", "Kegian2025")
    assert code == 2 and "Không có quyền" in err
    assert usernames(db_url) == [ADMIN_USERNAME, "tiepnhan"]
    assert users.authenticate(Desk(db_url), ADMIN_USERNAME, ADMIN_PASSWORD).role == "admin"


def test_the_audit_trail_names_the_person_who_ran_the_command(run, db_url, monkeypatch):
    users.add_user(as_admin(db_url), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    log_in_as(monkeypatch, "lanhdao", "Lanhdao2025")
    assert run("calendar", "add", "2025-12-31", "--kind", "day-off", "--reason", "Nghỉ bù",
               "--apply")[0] == 0
    code, out, _ = run("audit", "list", "--limit", "2", "--format", "json")
    entries = json.loads(out)
    assert code == 0 and entries[0]["action"].startswith("calendar")
    assert entries[0]["user"] == "lanhdao"


def test_the_backup_role_backs_up_and_nothing_else(run, db_url, monkeypatch, tmp_path):
    users.add_user(as_admin(db_url), "saoluu", "Sao lưu theo lịch", "backup", "Saoluu2025")
    log_in_as(monkeypatch, "saoluu", "Saoluu2025")
    target = tmp_path / "dem.sqlite3"
    code, out, err = run("backup", str(target))
    if db_url.startswith("postgresql"):
        assert code in (0, 1), err  # pg_dump may be absent here; the login is what is tested
        target = None
    else:
        assert code == 0 and target.exists() and "Đã sao lưu" in out
    for argv in (["dossier", "list"], ["user", "list"], ["audit", "list"], ["office", "show"],
                 ["check"], ["restore", str(tmp_path / "dem.sqlite3")],
                 ["office", "set", "place_name", "Huế"]):
        code, out, err = run(*argv)
        assert code == 2 and out == "", argv
        assert "vai trò sao lưu tự động chỉ được chạy desk-admin backup" in err, argv
    log_in_as(monkeypatch, ADMIN_USERNAME, ADMIN_PASSWORD)
    if target is not None:
        _, out, _ = run("audit", "list", "--user", "saoluu", "--format", "json")
        assert [e["action"] for e in json.loads(out)] == ["database.backup"]


def test_a_database_without_users_is_set_up_without_a_login(capsys, empty_db_url, monkeypatch):
    monkeypatch.delenv("DESK_APP_USER")
    monkeypatch.delenv("DESK_APP_PASSWORD")

    def run(*argv):
        code = main(["--db", empty_db_url, *argv])
        return code, capsys.readouterr().err

    assert run("init")[0] == 0
    code, err = run("user", "add", "ha", "--full-name", "Nguyễn Thị Hà", "--role", "clerk",
                    "--password", "Tiepnhan2025")
    assert code == 2 and "người dùng đầu tiên phải là quản trị" in err
    assert run("user", "add", "quantri", "--full-name", "Trần Văn Quản", "--role", "admin",
               "--password", "Quantri2025")[0] == 0
    # From the first user on, the set-up is over.
    code, err = run("user", "add", "kegian", "--full-name", "Kẻ Gian", "--role", "admin",
                    "--password", "Kegian2025")
    assert code == 2 and "--user" in err
    assert usernames(empty_db_url) == ["quantri"]
