"""Backups: `desk-admin backup` and the program's automatic daily and on-exit backups.

SQLite is copied with its online backup API (a consistent copy while counters keep writing),
into a temporary file that is checked and only then renamed into place: a crash or a full disk
never leaves a half-written file that looks like a backup. PostgreSQL is dumped with `pg_dump`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desk_app.domain.backup_rotation import backup_name, parse_backup_name, to_keep
from desk_app.files import Progress, write_atomically
from desk_app.services import audit
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.digitisation import file_store
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.services.safety import manifest
from desk_app.services.safety.pg_tools import find_pg_dump, libpq, missing_tool
from desk_app.services.safety.sqlite_file import (
    companions,
    connect,
    inspect,
    sqlite_path,
    structure,
)
from desk_app.store import audit_seal
from desk_app.store.db import retrying, session_scope

SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"
KEY_SUFFIX = ".key"
# Pages copied per step of the online backup: 4 MB with the default page size, so a progress
# bar moves and a cancel is heard within a fraction of a second.
STEP_PAGES = 1024


class BackupFailed(Exception):
    """A backup could not be made for a reason that is not the user's input (pg_dump missing,
    disk full, a damaged database); the message says what to do, in Vietnamese."""


class DatabaseDamaged(BackupFailed):
    """The copy failed its check: the database itself is damaged."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]
    manifest: Path
    key: Path | None  # the audit key's copy, made only when asked


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def backups_dir() -> Path:
    """Where automatic backups go: `backups/` in the user data folder."""
    return manifest.backups_dir()


def backup(desk: Desk, target: Path | None = None, folder: Path | None = None,
           progress: Progress | None = None, with_key: bool = False) -> BackupResult:
    """Copy the database into `target`, or into `folder` (default `backups_dir()`) under a
    dated name and rotate the older copies there by the office's keep settings. `progress`
    hears (pages done, pages in all) of an SQLite copy, and may raise to cancel it.

    Beside the copy goes its manifest (`NAME.json`, with the audit chain's head) and, only
    `with_key`, a copy of the audit key (`NAME.key`): without it the backup's trail can be
    checked only on a PC that has the key."""
    require(desk.user, "database.backup")
    now = desk.now()
    source = sqlite_path(desk.url)
    suffix = SQLITE_SUFFIX if source is not None else DUMP_SUFFIX
    rotate = target is None
    if target is None:
        folder = folder or backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup_name(now, suffix)
    target = Path(target)
    # Read before the copy: every entry up to this head is in it, whatever is added meanwhile.
    head, key_id = _chain_head(desk.url)
    if source is not None:
        with session_scope(desk.url) as session:
            files = file_store.folder_for(desk.url, read_settings(session))
        backup_sqlite(source, target, progress, files)
    else:
        _backup_postgres(desk.url, target)
    size = target.stat().st_size
    written = manifest.write(target, desk.url, now, size, head, key_id)
    key_copy = _copy_key(target) if with_key else None
    removed: tuple[Path, ...] = ()
    if rotate:
        removed = _rotate(desk.url, target.parent, suffix)
    record(desk, "database.backup", {"file": target.name, "bytes": size,
                                     "audit_head": f"{head[0]}:{head[1]}" if head else None,
                                     "with_key": with_key})
    return BackupResult(target, size, removed, written, key_copy)


def _chain_head(url: str) -> tuple[tuple[int, str] | None, str | None]:
    with session_scope(url) as session:
        return audit.recorded_head(session), audit.recorded_key_id(session)


def _copy_key(target: Path) -> Path:
    key_file = audit_seal.key_path()
    if audit_seal.read_key(key_file) is None:
        raise UserError(f"Khoá nhật ký: máy này không có tệp khoá {key_file} để chép kèm")
    copy = target.with_name(target.name + KEY_SUFFIX)
    # The copy is as private as the key itself: made 0600 before a byte is written.
    descriptor = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle, key_file.open("rb") as original:
        shutil.copyfileobj(original, handle)
    return copy


@retrying
def record(desk: Desk, action: str, after: dict) -> None:
    with session_scope(desk.url) as session:
        audit.record(session, desk.user, desk.now(), action, "database", after["file"], None,
                     after)


def backup_sqlite(source: Path, target: Path, progress: Progress | None,
                  files: Path | None = None) -> None:
    """A checked copy of the SQLite database at `target`; with `files` (the file store's
    folder) the digitised files go into the copy's `file_blob`: one backup file holds all."""
    if not source.is_file():
        raise UserError(f"Cơ sở dữ liệu: không có tệp {source}")
    if target.resolve() in {source.resolve(), *(companions(source.resolve()))}:
        raise UserError("Tệp sao lưu: phải khác tệp cơ sở dữ liệu đang dùng")
    target.parent.mkdir(parents=True, exist_ok=True)

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    def checked_copy(partial: Path) -> None:
        with closing(connect(source)) as live, closing(connect(partial)) as copy:
            live.backup(copy, pages=STEP_PAGES, progress=report)
            # A backup is one self-contained file: no -wal beside it to lose when it is copied.
            copy.execute("PRAGMA journal_mode=DELETE")
        problems = structure(partial, quick=True)
        if problems:
            raise DatabaseDamaged(
                "Cơ sở dữ liệu có lỗi, bản sao không được giữ lại (các bản sao lưu cũ vẫn "
                f"còn nguyên): {problems[0][1]}. Chạy desk-admin check để xem chi tiết."
            )
        file_store.pack_into_backup(partial, files)

    write_atomically(target, checked_copy)


def _backup_postgres(url: str, target: Path) -> None:
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise BackupFailed(missing_tool("pg_dump"))
    environment, libpq_url, schema = libpq(url)
    command = [str(pg_dump), "--format=custom", "--no-password", f"--dbname={libpq_url}"]
    if schema:
        command.append(f"--schema={schema}")
    target.parent.mkdir(parents=True, exist_ok=True)

    def dump(partial: Path) -> None:
        # pg_dump writes its messages in the system's code page (on Windows, often not the
        # one Python expects): a letter it cannot decode must not hide the message itself.
        done = subprocess.run([*command, f"--file={partial}"], env=environment,
                              capture_output=True, text=True, errors="replace", check=False)
        if done.returncode != 0:
            message = (done.stderr or "").strip().splitlines()
            raise BackupFailed(f"pg_dump thất bại: {message[-1] if message else done.returncode}")

    write_atomically(target, dump)


def list_backups(folder: Path | None = None, suffix: str = SQLITE_SUFFIX) -> list[BackupInfo]:
    """The program's backups in `folder`, newest first; other files are ignored."""
    folder = folder or backups_dir()
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed and parsed[1] == suffix and path.is_file():
                found.append(BackupInfo(path, parsed[0], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _rotate(url: str, folder: Path, suffix: str) -> tuple[Path, ...]:
    with session_scope(url) as session:
        settings = read_settings(session)
    backups = list_backups(folder, suffix)
    keep = to_keep((b.taken_at for b in backups), int(settings["backup_keep_daily"]),
                   int(settings["backup_keep_monthly"]))
    removed = []
    for info in backups:
        if info.taken_at not in keep:
            info.path.unlink(missing_ok=True)
            manifest.path_for(info.path).unlink(missing_ok=True)
            info.path.with_name(info.path.name + KEY_SUFFIX).unlink(missing_ok=True)
            removed.append(info.path)
    return tuple(removed)


def backup_due(today: date, folder: Path | None = None) -> bool:
    """Whether today's first automatic backup is still to be made."""
    backups = list_backups(folder)
    return not backups or backups[0].taken_at.date() < today


def newest_good_backup(folder: Path | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that passes the quick check (the restore then runs the
    full one), so that the offer comes in seconds even for big files."""
    for info in list_backups(folder):
        if not inspect(info.path, quick=True):
            return info
    return None
