"""desk-admin backup, restore and check as an administrator or a scheduled script runs them."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import text

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from desk_app.services.safety import backup, db_lock, sqlite_file
from desk_app.store.db import session_scope
from tests.conftest import as_admin


@pytest.fixture
def run(capsys):
    """Runs desk-admin in-process and returns (exit code, stdout, stderr)."""

    def invoke(*argv):
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def office_db(db_url):
    """An office with one received dossier."""
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Nguyễn Văn An"),
                   received_at=datetime(2025, 6, 10, 8, 0))
    return db_url


def test_backup_without_a_file_goes_to_the_backups_folder(run, office_db, tmp_path,
                                                          monkeypatch):
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    code, out, err = run("--db", office_db, "backup")
    assert code == 0, err
    suffix = ".sqlite3" if sqlite_file.sqlite_path(office_db) else ".dump"
    made = tmp_path / "backups" / f"desk_app-20250610-0900{suffix}"
    assert made.is_file() and str(made) in out


def test_backup_without_pg_dump_exits_1_with_a_clear_message(run, office_db, tmp_path,
                                                             monkeypatch):
    if sqlite_file.sqlite_path(office_db) is not None:
        pytest.skip("pg_dump concerns PostgreSQL only")
    monkeypatch.setattr(backup, "find_pg_dump", lambda: None)
    code, out, err = run("--db", office_db, "backup", str(tmp_path / "x.dump"))
    assert code == 1 and "Không tìm thấy pg_dump" in err and out == ""


def test_restore_of_a_corrupt_file_exits_2_and_changes_nothing(run, office_db, tmp_path):
    if sqlite_file.sqlite_path(office_db) is None:
        pytest.skip("restore replaces an SQLite file; PostgreSQL uses pg_restore")
    saved = tmp_path / "saved.sqlite3"
    assert run("--db", office_db, "backup", str(saved))[0] == 0
    with open(saved, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00" * 8192)
    live = sqlite_file.sqlite_path(office_db)
    before = live.read_bytes()
    code, out, err = run("--db", office_db, "restore", str(saved))
    assert code == 2 and "saved.sqlite3" in err and "không thay đổi gì" in err
    assert live.read_bytes() == before and out == ""


def test_restore_of_a_good_backup(run, office_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    saved = tmp_path / ("saved.sqlite3" if sqlite_file.sqlite_path(office_db) else "saved.dump")
    assert run("--db", office_db, "backup", str(saved))[0] == 0
    intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Trần Thị Bình"),
                   received_at=datetime(2025, 6, 10, 8, 30))
    code, out, err = run("--db", office_db, "restore", str(saved))
    assert code == 0, err
    assert "before-restore-20250610-0900" in out
    with session_scope(office_db) as session:
        assert session.execute(text("SELECT count(*) FROM dossier")).scalar_one() == 1


def test_restore_of_a_file_that_is_no_backup_exits_2(run, office_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    junk = tmp_path / "notes.dump"
    junk.write_text("không phải bản sao lưu", encoding="utf-8")
    code, out, err = run("--db", office_db, "restore", str(junk))
    assert code == 2 and "notes.dump" in err and "không thay đổi gì" in err and out == ""
    with session_scope(office_db) as session:
        assert session.execute(text("SELECT count(*) FROM dossier")).scalar_one() == 1


def test_check_exit_0_when_sound_and_1_naming_the_dossier_when_not(run, office_db):
    code, out, _ = run("--db", office_db, "check")
    assert code == 0 and "Không có lỗi" in out and "1 hồ sơ" in out
    with session_scope(office_db) as session:
        session.execute(text("UPDATE dossier SET status = 'withdrawn'"))
    code, out, _ = run("--db", office_db, "check")
    assert code == 1 and "000.00.00.H49-250610-0001" in out and "withdrawn" in out
    code, out, _ = run("--db", office_db, "check", "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["problems"] == 1
    assert report["findings"][0] == {
        "kind": "derived", "code": "000.00.00.H49-250610-0001", "field": "status",
        "stored": "withdrawn", "derived": "received",
        "detail": "giá trị lưu khác giá trị tính lại từ các sự kiện"}
    code, out, _ = run("--db", office_db, "check", "--format", "csv")
    assert code == 1 and out.splitlines()[0] == "kind,code,field,stored,derived,detail"


def test_a_command_waits_for_no_restore_it_is_refused_while_one_runs(office_db, run):
    path = sqlite_file.sqlite_path(office_db)
    if path is None:
        pytest.skip("the lock file concerns SQLite only")
    with db_lock.exclusive(path):
        code, _, err = run("--db", office_db, "dossier", "list", "--format", "json")
    assert code == 2 and "đang được khôi phục" in err
    # Once the restore is over the same command runs, and holds nothing afterwards.
    assert run("--db", office_db, "dossier", "list", "--format", "json")[0] == 0
    with db_lock.exclusive(path):
        pass
