"""Backups, restore and the integrity check as an office relies on them: a copy that opens,
old copies rotated, a damaged file refused without touching the database, and a check that
names the dossier whose stored due date or status no longer matches its events."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from desk_app.domain.backup_rotation import backup_name
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.safety import backup, integrity, restore, sqlite_file
from desk_app.services.setup import init_database
from desk_app.store.db import dispose, session_scope
from desk_app.store.models import AuditEntry, Dossier
from tests.conftest import as_admin

OFFICE = {"agency_code": "000.00.00.H49", "parent_agency_name": "UBND tỉnh Quảng Nam",
          "agency_name": "Trung tâm Phục vụ hành chính công", "place_name": "Quảng Nam"}


def receive(url: str, name: str, at: datetime = datetime(2025, 6, 10, 8, 0)) -> str:
    return intake.receive(as_admin(url), IntakeRequest("1.001193", name), received_at=at).code


@pytest.fixture
def sqlite_url(tmp_path):
    """An initialised SQLite office with two dossiers: backups and restore are per file."""
    url = f"sqlite:///{(tmp_path / 'live' / 'desk.sqlite3').as_posix()}"
    (tmp_path / "live").mkdir()
    init_database(Desk(url))
    for key, value in OFFICE.items():
        office.set_value(as_admin(url), key, value)
    receive(url, "Nguyễn Văn An")
    receive(url, "Trần Thị Bình")
    return url


def codes_in(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [r[0] for r in connection.execute("SELECT code FROM dossier ORDER BY code")]


def corrupt(path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 8192)


def test_backup_into_the_folder_is_a_dated_self_contained_copy(sqlite_url, tmp_path):
    folder = tmp_path / "backups"
    reports = []
    result = backup.backup(as_admin(sqlite_url), folder=folder,
                           progress=lambda done, total: reports.append((done, total)))
    assert result.path == folder / "desk_app-20250610-0900.sqlite3"
    assert result.size == result.path.stat().st_size > 0
    assert codes_in(result.path) == ["000.00.00.H49-250610-0001", "000.00.00.H49-250610-0002"]
    with sqlite3.connect(result.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert reports and reports[-1][0] == reports[-1][1]
    assert not list(folder.glob("*.part"))
    with session_scope(sqlite_url) as session:
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.action == "database.backup")).scalar_one()
        assert entry.after["file"] == result.path.name


def test_rotation_keeps_the_office_setting_and_never_touches_other_files(sqlite_url, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2025, 6, 10, 9, 0)
    for days in range(1, 70):
        (folder / backup_name(now - timedelta(days=days), ".sqlite3")).write_bytes(b"x")
    (folder / "ghi-chu-cua-toi.txt").write_text("của người dùng")
    office.set_value(as_admin(sqlite_url), "backup_keep_daily", "3")
    office.set_value(as_admin(sqlite_url), "backup_keep_monthly", "2")

    result = backup.backup(as_admin(sqlite_url), folder=folder)

    left = sorted(p.name for p in folder.iterdir())
    # Three days, and two months: June (today's copy, with its manifest) and the newest of May.
    assert left == ["desk_app-20250531-0900.sqlite3", "desk_app-20250608-0900.sqlite3",
                    "desk_app-20250609-0900.sqlite3", "desk_app-20250610-0900.sqlite3",
                    "desk_app-20250610-0900.sqlite3.json", "ghi-chu-cua-toi.txt"]
    assert len(result.removed) == 69 - 3


def test_backup_refuses_to_overwrite_the_live_database(sqlite_url):
    live = sqlite_file.sqlite_path(sqlite_url)
    with pytest.raises(UserError, match="Tệp sao lưu"):
        backup.backup(as_admin(sqlite_url), live)
    assert len(codes_in(live)) == 2


def test_a_backup_is_due_once_per_day(sqlite_url, tmp_path):
    folder = tmp_path / "backups"
    today = datetime(2025, 6, 10).date()
    assert backup.backup_due(today, folder)
    folder.mkdir()
    (folder / backup_name(datetime(2025, 6, 9, 17, 0), ".sqlite3")).write_bytes(b"x")
    assert backup.backup_due(today, folder)
    backup.backup(as_admin(sqlite_url), folder=folder)
    assert not backup.backup_due(today, folder)


def test_restore_replaces_the_database_and_keeps_the_old_one_aside(sqlite_url, tmp_path):
    saved = backup.backup(as_admin(sqlite_url), tmp_path / "saved.sqlite3")
    receive(sqlite_url, "Lê Văn Cường")
    live = sqlite_file.sqlite_path(sqlite_url)

    result = restore.restore(as_admin(sqlite_url), saved.path)

    assert result.kept_aside == live.with_name("desk.sqlite3.before-restore-20250610-0900")
    assert len(codes_in(result.kept_aside)) == 3
    assert len(codes_in(live)) == 2
    # The program goes on with the restored database: the next intake takes number 3 again.
    assert receive(sqlite_url, "Lê Văn Cường").endswith("-0003")
    with session_scope(sqlite_url) as session:
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.action == "database.restore")).scalar_one()
        assert entry.after == {"file": "saved.sqlite3", "kept_aside": result.kept_aside.name}


@pytest.mark.parametrize("spoil", ["corrupt", "not_sqlite", "foreign", "newer", "missing"])
def test_restore_refuses_a_bad_file_and_changes_nothing(sqlite_url, tmp_path, spoil):
    candidate = tmp_path / "candidate.sqlite3"
    backup.backup(as_admin(sqlite_url), candidate)
    if spoil == "corrupt":
        corrupt(candidate)
    elif spoil == "not_sqlite":
        candidate.write_text("code,name\n1,2\n")
    elif spoil == "foreign":
        candidate.unlink()
        with sqlite3.connect(candidate) as connection:
            connection.execute("CREATE TABLE notes (x)")
    elif spoil == "newer":
        with sqlite3.connect(candidate) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
    else:
        candidate.unlink()
    live = sqlite_file.sqlite_path(sqlite_url)
    before = live.read_bytes()

    with pytest.raises(restore.RestoreRefused, match="candidate.sqlite3") as refused:
        restore.restore(as_admin(sqlite_url), candidate)

    assert "không thay đổi gì" in str(refused.value)
    assert live.read_bytes() == before
    assert sorted(p.name for p in live.parent.iterdir() if "restore" in p.name) == []
    assert len(codes_in(live)) == 2


def test_inspect_finds_a_corrupted_database_and_the_newest_good_backup_skips_bad_ones(
        sqlite_url, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    good = backup.backup(as_admin(sqlite_url),
                         folder / backup_name(datetime(2025, 6, 8, 17), ".sqlite3"))
    bad = backup.backup(as_admin(sqlite_url),
                        folder / backup_name(datetime(2025, 6, 9, 17), ".sqlite3"))
    corrupt(bad.path)
    live = sqlite_file.sqlite_path(sqlite_url)
    assert sqlite_file.inspect(live, quick=True) == []
    dispose(sqlite_url)
    corrupt(live)

    assert sqlite_file.inspect(live, quick=True)
    assert backup.newest_good_backup(folder).path == good.path
    restore.restore(as_admin(sqlite_url), good.path)
    assert len(codes_in(live)) == 2 and integrity.check(as_admin(sqlite_url)).ok


def test_check_passes_on_a_sound_register(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    code = receive(db_url, "Nguyễn Văn An")
    lifecycle.record_event(as_admin(db_url), code, "transferred", at=datetime(2025, 6, 10, 8, 30),
                           unit="Phòng Tư pháp")
    receive(db_url, "Trần Thị Bình")
    report = integrity.check(as_admin(db_url))
    assert report.ok and report.dossiers == 2 and report.findings == ()


def test_check_names_every_dossier_whose_stored_fields_differ_from_its_events(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    codes = [receive(db_url, f"Người nộp {n}") for n in range(7)]
    with session_scope(db_url) as session:
        session.execute(text("UPDATE dossier SET due_at = :d WHERE code = :c"),
                        {"d": datetime(2025, 1, 1, 8, 0), "c": codes[1]})
        session.execute(text("UPDATE dossier SET status = 'returned' WHERE code = :c"),
                        {"c": codes[6]})
        dossier_id = session.execute(select(Dossier.id).where(Dossier.code == codes[4])
                                     ).scalar_one()
        session.execute(text("DELETE FROM dossier_event WHERE dossier_id = :i"),
                        {"i": dossier_id})

    report = integrity.check(as_admin(db_url), batch=2)  # the last finding is in the last batch

    assert not report.ok and report.dossiers == 7 and report.problems == 3
    found = [(f.kind, f.code, f.field, f.stored, f.derived) for f in report.findings]
    assert found == [
        ("derived", codes[1], "due_at", "2025-01-01 08:00", "2025-06-10 17:00"),
        ("events", codes[4], "events", "", "received"),
        ("derived", codes[6], "status", "returned", "received"),
    ]
    assert integrity.check(as_admin(db_url), limit=1).findings == report.findings[:1]


def test_check_reports_rows_pointing_nowhere(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    receive(db_url, "Nguyễn Văn An")
    path = sqlite_file.sqlite_path(db_url)
    if path is not None:
        with sqlite3.connect(path) as connection:  # foreign keys are off by default here
            connection.execute("UPDATE dossier_event SET dossier_id = 999")
    else:
        with session_scope(db_url) as session:
            # What a restore with triggers disabled leaves behind.
            session.execute(text("SET LOCAL session_replication_role = replica"))
            session.execute(text("UPDATE dossier_event SET dossier_id = 999"))
    report = integrity.check(as_admin(db_url))
    assert not report.ok and report.findings[0].kind == "foreign_key"
    assert "dossier" in report.findings[0].detail


def test_postgres_backup_uses_pg_dump_and_says_when_it_is_missing(db_url, tmp_path,
                                                                  monkeypatch):
    if sqlite_file.sqlite_path(db_url) is not None:
        pytest.skip("pg_dump concerns PostgreSQL only")
    result = backup.backup(as_admin(db_url), tmp_path / "office.dump")
    assert result.path.read_bytes()[:5] == b"PGDMP"
    monkeypatch.setattr(backup, "find_pg_dump", lambda: None)
    with pytest.raises(backup.BackupFailed, match="Không tìm thấy pg_dump"):
        backup.backup(as_admin(db_url), tmp_path / "again.dump")
    assert not (tmp_path / "again.dump").exists()


@pytest.fixture
def postgres_office(db_url, tmp_path, monkeypatch):
    if sqlite_file.sqlite_path(db_url) is not None:
        pytest.skip("pg_restore concerns PostgreSQL only")
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    receive(db_url, "Nguyễn Văn An")
    return db_url


def _names(url: str) -> list[str]:
    with session_scope(url) as session:
        return list(session.execute(
            select(Dossier.applicant_name).order_by(Dossier.id)).scalars())


def test_postgres_restore_brings_back_the_backup_and_keeps_the_database_it_replaced(
        postgres_office, tmp_path):
    url = postgres_office
    saved = backup.backup(as_admin(url), tmp_path / "office.dump").path
    receive(url, "Trần Thị Bình")
    result = restore.restore(as_admin(url), saved)
    assert _names(url) == ["Nguyễn Văn An"]
    # The next intake continues after the restored register, as after any restore.
    receive(url, "Lê Văn Cường")
    assert _names(url)[-1] == "Lê Văn Cường"
    # The database as it stood before is kept, and restores in its turn.
    assert result.kept_aside.name == "before-restore-20250610-0900.dump"
    again = restore.restore(as_admin(url), result.kept_aside)
    assert _names(url) == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert again.kept_aside.name == "before-restore-20250610-0900-2.dump"
    with session_scope(url) as session:
        actions = session.execute(select(AuditEntry.action)).scalars().all()
    assert "database.restore" in actions


def test_postgres_restore_refuses_what_is_no_backup_and_changes_nothing(
        postgres_office, tmp_path, monkeypatch):
    url = postgres_office
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"PGDMP not really")
    with pytest.raises(restore.RestoreRefused, match="junk.dump.*không thay đổi gì"):
        restore.restore(as_admin(url), junk)
    assert _names(url) == ["Nguyễn Văn An"]
    assert not (tmp_path / "backups").exists()
    monkeypatch.setattr(restore, "find_pg_tool", lambda name: None)
    with pytest.raises(backup.BackupFailed, match="Không tìm thấy pg_restore"):
        restore.restore(as_admin(url), junk)

