"""A restore that loses nothing (issue 15, item 3), on real files and real processes: refused
while a running desk-app holds the database, refused for a backup whose audit chain is broken
or whose rows were edited outside the program, asked about for another office's backup, and
killed at any step it leaves a database that opens and every dossier in it or in the kept
copy; a missing database with a kept copy beside it is never replaced by an empty one."""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.services.safety import backup, db_lock, restore, sqlite_file
from desk_app.services.setup import init_database
from desk_app.store.db import application_name, dispose, session_scope
from tests.conftest import as_admin

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the test uses fcntl and SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
AGENCY = "000.00.00.H49"


def receive(url: str, name: str) -> str:
    return intake.receive(as_admin(url), IntakeRequest("1.001193", name),
                          received_at=datetime(2025, 6, 10, 8, 0)).code


def codes_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [r[0] for r in connection.execute("SELECT code FROM dossier ORDER BY code")]


def edit(path: Path, statement: str) -> None:
    """A change made to the file with an SQLite tool, outside the program."""
    with sqlite3.connect(path) as connection:
        connection.execute(statement)


@pytest.fixture
def office_files(tmp_path):
    """(live database with 3 dossiers, its backup taken when it had 2)."""
    live = tmp_path / "live" / "desk.sqlite3"
    live.parent.mkdir()
    url = f"sqlite:///{live.as_posix()}"
    init_database(Desk(url))
    office.set_value(as_admin(url), "agency_code", AGENCY)
    receive(url, "Nguyễn Văn An")
    receive(url, "Trần Thị Bình")
    saved = backup.backup(as_admin(url), tmp_path / "saved.sqlite3").path
    receive(url, "Lê Văn Cường")
    yield url, live, saved
    dispose(url)


def child_environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
            "DESK_APP_NOW": "2025-06-10 09:00", "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


def held_by_another_process(live: Path) -> bool:
    lock = db_lock.lock_path(live)
    if not lock.exists():
        return False
    with lock.open("a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def test_restore_refuses_while_a_running_desk_app_has_the_database_open(office_files, tmp_path):
    url, live, saved = office_files
    dispose(url)
    program = subprocess.Popen([sys.executable, "-m", "desk_app.ui.app", "--db", url],
                               env=child_environment(tmp_path), cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not held_by_another_process(live) and time.monotonic() < deadline:
            assert program.poll() is None, program.stderr.read().decode()
            time.sleep(0.2)
        assert held_by_another_process(live), "the running program marks the database open"

        with pytest.raises(db_lock.DatabaseInUse, match="chương trình Một cửa khác mở"):
            restore.restore(as_admin(url), saved)
        assert len(codes_in(live)) == 3
        assert not sqlite_file.set_asides(live)
    finally:
        program.kill()
        program.wait()
    # The OS drops a dead program's lock: a crashed counter never blocks the restore.
    restore.restore(as_admin(url), saved)
    assert len(codes_in(live)) == 2


def test_a_backup_whose_audit_chain_was_edited_is_refused(office_files):
    url, live, saved = office_files
    edit(saved, "UPDATE audit_entry SET action = 'user.delete' "
                "WHERE id = (SELECT min(id) FROM audit_entry)")
    with pytest.raises(restore.RestoreRefused, match="nhật ký kiểm tra bị hỏng") as refused:
        restore.restore(as_admin(url), saved)
    assert "không thay đổi gì" in str(refused.value)
    assert len(codes_in(live)) == 3 and not sqlite_file.set_asides(live)


def test_a_backup_with_a_row_edited_outside_the_program_is_refused(office_files):
    url, live, saved = office_files
    code = codes_in(saved)[0]
    edit(saved, f"UPDATE dossier SET status = 'returned' WHERE code = '{code}'")
    with pytest.raises(restore.RestoreRefused, match=f"hồ sơ {code}: status"):
        restore.restore(as_admin(url), saved)
    assert len(codes_in(live)) == 3 and not sqlite_file.set_asides(live)


@pytest.mark.parametrize("differs", ["agency_code", "qr_secret"])
def test_another_offices_backup_is_restored_only_when_confirmed(office_files, differs):
    url, live, saved = office_files
    if differs == "agency_code":
        office.set_value(as_admin(url), "agency_code", "000.00.00.H50")
    else:
        edit(saved, "UPDATE office_setting SET value = 'ab' WHERE key = 'qr_secret'")

    with pytest.raises(restore.OtherOffice, match="cơ quan khác") as refused:
        restore.restore(as_admin(url), saved)
    assert "--other-office" in str(refused.value)
    assert len(codes_in(live)) == 3 and not sqlite_file.set_asides(live)

    restore.restore(as_admin(url), saved, other_office=True)
    assert len(codes_in(live)) == 2


def test_desk_admin_restore_asks_for_other_office(office_files, capsys):
    url, live, saved = office_files
    office.set_value(as_admin(url), "agency_code", "000.00.00.H50")
    assert main(["--db", url, "restore", str(saved)]) == 2
    assert "--other-office" in capsys.readouterr().err and len(codes_in(live)) == 3
    assert main(["--db", url, "restore", str(saved), "--other-office"]) == 0
    assert len(codes_in(live)) == 2


# Runs one restore and dies (SIGKILL, as a power cut or the task manager would) right after
# its Nth file rename: every step boundary of the swap in turn.
KILLED_RESTORE = """
import os, signal, sys
from pathlib import Path

real_replace, renames = os.replace, 0

def replace(old, new):
    global renames
    real_replace(old, new)
    renames += 1
    if renames == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)

os.replace = replace
from desk_app.services.safety import restore
from tests.conftest import as_admin
restore.restore(as_admin(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_restore_killed_at_any_step_leaves_a_database_and_loses_nothing(office_files,
                                                                          tmp_path):
    url, live, saved = office_files
    dispose(url)
    before, restored = codes_in(live), codes_in(saved)
    template = tmp_path / "template"
    shutil.copytree(live.parent, template)
    finished = False
    for kill_after in range(1, 20):
        shutil.rmtree(live.parent)
        shutil.copytree(template, live.parent)
        done = subprocess.run([sys.executable, "-c", KILLED_RESTORE, url, str(saved),
                               str(kill_after)], env=child_environment(tmp_path), cwd=ROOT,
                              capture_output=True, text=True, check=False)
        assert done.returncode in (0, -9), done.stderr
        # At every moment there is a database, the old one or the restored one...
        assert live.is_file(), f"no database after a kill at rename {kill_after}"
        assert sqlite_file.can_open(live) == []
        assert codes_in(live) in (before, restored)
        # ...and when it is the restored one, the old one is kept whole beside it.
        if codes_in(live) == restored:
            assert [codes_in(p) for p in sqlite_file.set_asides(live)] == [before]
        if done.returncode == 0:
            finished = True
            break
    assert finished and codes_in(live) == restored


def test_init_never_makes_an_empty_database_over_a_kept_copy(office_files):
    url, live, saved = office_files
    result = restore.restore(as_admin(url), saved)
    dispose(url)
    live.unlink()

    with pytest.raises(UserError, match=result.kept_aside.name):
        init_database(Desk(url))
    assert not live.exists()
    assert main(["--db", url, "init"]) == 2 and not live.exists()

    # Put back as the message says: the office's 3 dossiers are there again.
    restore.restore(as_admin(url), result.kept_aside)
    assert len(codes_in(live)) == 3


def program_sessions(url: str) -> int:
    with session_scope(url) as session:
        return session.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
            "AND application_name = :name"), {"name": application_name(url)}).scalar_one()


def test_postgres_restore_refuses_while_a_running_desk_app_is_connected(db_url, tmp_path,
                                                                        monkeypatch):
    if sqlite_file.sqlite_path(db_url) is not None:
        pytest.skip("the sessions of a PostgreSQL server")
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    office.set_value(as_admin(db_url), "agency_code", AGENCY)
    receive(db_url, "Nguyễn Văn An")
    saved = backup.backup(as_admin(db_url), tmp_path / "office.dump").path
    receive(db_url, "Trần Thị Bình")
    program = subprocess.Popen([sys.executable, "-m", "desk_app.ui.app", "--db", db_url],
                               env=child_environment(tmp_path), cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not program_sessions(db_url) and time.monotonic() < deadline:
            assert program.poll() is None, program.stderr.read().decode()
            time.sleep(0.2)
        assert program_sessions(db_url), "the running program is connected"

        with pytest.raises(db_lock.DatabaseInUse, match="1 phiên khác"):
            restore.restore(as_admin(db_url), saved)
        assert receive(db_url, "Lê Văn Cường").endswith("-0003")
    finally:
        program.kill()
        program.wait()
    deadline = time.monotonic() + 10
    while program_sessions(db_url) and time.monotonic() < deadline:
        time.sleep(0.2)
    restore.restore(as_admin(db_url), saved)
    assert receive(db_url, "Lê Văn Cường").endswith("-0002")


def pg_codes(url: str) -> list[str]:
    with session_scope(url) as session:
        return list(session.execute(text("SELECT code FROM dossier ORDER BY code")).scalars())


def scratch_schemas(url: str) -> list[str]:
    with session_scope(url) as session:
        return list(session.execute(text(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'restore_check_%'")).scalars())


def edited_dump(url: str, path: Path, statement: str, undo: str) -> Path:
    """A dump of the office with `statement` applied, the live database left as it was: a
    backup whose rows were changed with SQL outside the program."""
    with session_scope(url) as session:
        session.execute(text(statement))
    try:
        return backup.backup(as_admin(url), path).path
    finally:
        with session_scope(url) as session:
            session.execute(text(undo))


@pytest.fixture
def pg_office(db_url, tmp_path, monkeypatch):
    """(live PostgreSQL schema with 3 dossiers, its dump taken when it had 2)."""
    if sqlite_file.sqlite_path(db_url) is not None:
        pytest.skip("the check of a PostgreSQL dump")
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    office.set_value(as_admin(db_url), "agency_code", AGENCY)
    receive(db_url, "Nguyễn Văn An")
    receive(db_url, "Trần Thị Bình")
    saved = backup.backup(as_admin(db_url), tmp_path / "office.dump").path
    receive(db_url, "Lê Văn Cường")
    return db_url, saved


def test_a_postgres_dump_whose_audit_chain_was_edited_is_refused(pg_office, tmp_path):
    url, _saved = pg_office
    first = "(SELECT min(id) FROM audit_entry)"
    with session_scope(url) as session:
        action = session.execute(text(f"SELECT action FROM audit_entry WHERE id = {first}")
                                 ).scalar_one()
    broken = edited_dump(url, tmp_path / "broken.dump",
                         f"UPDATE audit_entry SET action = 'user.delete' WHERE id = {first}",
                         f"UPDATE audit_entry SET action = '{action}' WHERE id = {first}")
    with pytest.raises(restore.RestoreRefused, match="nhật ký kiểm tra bị hỏng") as refused:
        restore.restore(as_admin(url), broken)
    assert "không thay đổi gì" in str(refused.value)
    assert len(pg_codes(url)) == 3
    assert not (tmp_path / "backups").exists(), "nothing was set aside: nothing changed"
    assert scratch_schemas(url) == []


def test_a_postgres_dump_with_a_row_edited_outside_the_program_is_refused(pg_office, tmp_path):
    url, _saved = pg_office
    code = pg_codes(url)[0]
    edited = edited_dump(url, tmp_path / "edited.dump",
                         f"UPDATE dossier SET status = 'returned' WHERE code = '{code}'",
                         f"UPDATE dossier SET status = 'received' WHERE code = '{code}'")
    with pytest.raises(restore.RestoreRefused, match=f"hồ sơ {code}: status"):
        restore.restore(as_admin(url), edited)
    assert len(pg_codes(url)) == 3 and scratch_schemas(url) == []


@pytest.mark.parametrize("differs", ["agency_code", "qr_secret"])
def test_another_offices_postgres_dump_is_restored_only_when_confirmed(pg_office, differs):
    url, saved = pg_office
    if differs == "agency_code":
        office.set_value(as_admin(url), "agency_code", "000.00.00.H50")
    else:
        with session_scope(url) as session:
            session.execute(text("UPDATE office_setting SET value = 'ab' "
                                 "WHERE key = 'qr_secret'"))
    with pytest.raises(restore.OtherOffice, match="của một cơ quan khác.*--other-office"):
        restore.restore(as_admin(url), saved)
    assert len(pg_codes(url)) == 3 and scratch_schemas(url) == []

    restore.restore(as_admin(url), saved, other_office=True)
    assert len(pg_codes(url)) == 2 and scratch_schemas(url) == []
    with session_scope(url) as session:
        assert office.read_settings(session)["agency_code"] == AGENCY


def test_a_good_postgres_dump_is_checked_and_restored_leaving_no_scratch_schema(pg_office):
    url, saved = pg_office
    restore.restore(as_admin(url), saved)
    assert len(pg_codes(url)) == 2 and scratch_schemas(url) == []
    assert receive(url, "Lê Văn Cường").endswith("-0003")


def test_a_postgres_restore_without_psql_says_so_and_changes_nothing(pg_office, monkeypatch):
    url, saved = pg_office
    found = restore.find_pg_tool
    monkeypatch.setattr(restore, "find_pg_tool", lambda name: None if name == "psql"
                        else found(name))
    with pytest.raises(backup.BackupFailed, match="Không tìm thấy psql"):
        restore.restore(as_admin(url), saved)
    assert len(pg_codes(url)) == 3 and scratch_schemas(url) == []
