"""Restore (`desk-admin restore` and the offer at start when the database cannot be opened):
a checked copy of a backup replaces the database, the replaced one is kept aside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desk_app import config
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.safety import backup
from desk_app.services.safety.pg_tools import find_pg_tool, libpq, missing_tool
from desk_app.services.safety.sqlite_file import companions, connect, inspect, sqlite_path
from desk_app.store import migrate
from desk_app.store.db import dispose


class RestoreRefused(UserError):
    """The file cannot replace the database; nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept_aside: Path | None
    revision: str


def restore(desk: Desk, source: Path) -> RestoreResult:
    """Replace the SQLite database with a checked copy of `source`, keeping the replaced file as
    `<name>.before-restore-YYYYMMDD-HHMM`; on PostgreSQL see `_restore_postgres`. A file that
    fails the check changes nothing."""
    require(desk.user, "database.restore")
    target = sqlite_path(desk.url)
    if target is None:
        return _restore_postgres(desk, Path(source))
    source = Path(source)
    if source.resolve() == target.resolve():
        raise RestoreRefused("Tệp khôi phục: là chính tệp cơ sở dữ liệu đang dùng")
    problems = inspect(source)
    if problems:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: {problems[0]}; không thay đổi gì")
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + ".restore-part")
    try:
        backup.backup_sqlite(source, staged, None)
        staged_url = f"sqlite:///{staged.as_posix()}"
        try:
            migrate.upgrade(staged_url)
        finally:
            dispose(staged_url)
        dispose(desk.url)
        kept_aside = _set_aside(target)
        os.replace(staged, target)
    finally:
        staged.unlink(missing_ok=True)
    revision = migrate.current_revision(desk.url) or ""
    backup.record(desk, "database.restore",
                  {"file": source.name, "kept_aside": kept_aside.name if kept_aside else None})
    return RestoreResult(source, kept_aside, revision)


def _restore_postgres(desk: Desk, source: Path) -> RestoreResult:
    """Replace the office's tables with those of a pg_dump archive (`desk-admin backup`), in
    one transaction: a restore that fails half-way leaves the database as it was. The
    database as it stood is dumped first, beside the backups, as
    `before-restore-YYYYMMDD-HHMM.dump`."""
    pg_restore = find_pg_tool("pg_restore")
    if pg_restore is None:
        raise backup.BackupFailed(missing_tool("pg_restore"))
    listing = subprocess.run([str(pg_restore), "--list", str(source)], capture_output=True,
                             text=True, errors="replace", check=False)
    if listing.returncode != 0:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: không phải bản sao lưu PostgreSQL "
                             "(pg_dump) đọc được; không thay đổi gì")
    if not any(line.split()[-2:-1] == ["dossier"] and " TABLE " in line
               for line in listing.stdout.splitlines() if not line.startswith(";")):
        raise RestoreRefused(f"Tệp khôi phục {source.name}: không có bảng hồ sơ của chương "
                             "trình Một cửa; không thay đổi gì")
    folder = backup.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"before-restore-{desk.now():%Y%m%d-%H%M}"
    kept = folder / f"{stamp}{backup.DUMP_SUFFIX}"
    number = 1
    # Never over an earlier one of the same minute, which may be the very file restored.
    while kept.exists():
        number += 1
        kept = folder / f"{stamp}-{number}{backup.DUMP_SUFFIX}"
    backup.backup(desk, kept)
    environment, libpq_url, schema = libpq(desk.url)
    command = [str(pg_restore), "--clean", "--if-exists", "--single-transaction", "--no-owner",
               "--no-privileges", "--no-password", f"--dbname={libpq_url}"]
    if schema:
        command.append(f"--schema={schema}")
    dispose(desk.url)
    done = subprocess.run([*command, str(source)], env=environment, capture_output=True,
                          text=True, errors="replace", check=False)
    if done.returncode != 0:
        message = (done.stderr or "").strip().splitlines()
        raise RestoreRefused(f"Khôi phục thất bại, cơ sở dữ liệu giữ nguyên như trước: "
                             f"{message[-1] if message else done.returncode}")
    migrate.upgrade(desk.url)
    backup.record(desk, "database.restore", {"file": source.name, "kept_aside": kept.name})
    return RestoreResult(source, kept, migrate.current_revision(desk.url) or "")


def _set_aside(target: Path) -> Path | None:
    """Move the database and its -wal/-shm files to `<name>.before-restore-<stamp>`, keeping
    them together so the kept copy opens with every committed write."""
    if not target.exists():
        return None
    _checkpoint(target)
    stamp = f"{config.now():%Y%m%d-%H%M}"
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = target.with_name(f"{target.name}.before-restore-{stamp}-{number}")
    moves = [(target, aside)] + [
        (companion, aside.with_name(aside.name + companion.name[len(target.name):]))
        for companion in companions(target) if companion.exists()
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in moves:
            os.replace(old, new)
            done.append((old, new))
    except OSError as exc:
        for old, new in reversed(done):
            os.replace(new, old)
        raise RestoreRefused(
            f"Khôi phục: không dời được {target.name} ({exc.strerror or exc}); hãy đóng chương "
            "trình Một cửa đang mở cơ sở dữ liệu này rồi thử lại. Không thay đổi gì."
        ) from exc
    return aside


def _checkpoint(path: Path) -> None:
    try:
        with closing(connect(path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        # A damaged database may refuse the checkpoint; its -wal file then moves with it.
        return
