"""Restore (`desk-admin restore` and the offer at start when the database cannot be opened):
a checked copy of a backup replaces the database, the replaced one is kept aside."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desk_app import config
from desk_app.files import write_atomically
from desk_app.services import audit, schema_upgrade
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.digitisation import file_store
from desk_app.services.errors import UserError
from desk_app.services.office import SECRET_KEY, read_settings
from desk_app.services.safety import backup, db_lock, integrity
from desk_app.services.safety.pg_tools import find_pg_tool, libpq, missing_tool
from desk_app.services.safety.sqlite_file import (
    SET_ASIDE_MARK,
    can_open,
    companions,
    connect,
    inspect,
    sqlite_path,
)
from desk_app.store import migrate
from desk_app.store.db import application_name, dispose, read_scope, session_scope


class RestoreRefused(UserError):
    """The file cannot replace the database; nothing was changed."""


class OtherOffice(RestoreRefused):
    """The backup is another office's; restored only when the user confirms it."""


# The checked copy waiting beside the database for its rename into place.
STAGED_SUFFIX = ".restore-part"


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept_aside: Path | None
    revision: str


def restore(desk: Desk, source: Path, other_office: bool = False) -> RestoreResult:
    """Replace the SQLite database with a checked copy of `source`, keeping a copy of the
    replaced file as `<name>.before-restore-YYYYMMDD-HHMM`; on PostgreSQL see
    `_restore_postgres`. Refused, with nothing changed, while another program has the
    database open, when the copy fails the audit chain or the integrity check, and when it
    belongs to another office unless `other_office` confirms it."""
    require(desk.user, "database.restore")
    target = sqlite_path(desk.url)
    if target is None:
        return _restore_postgres(desk, Path(source), other_office)
    source = Path(source)
    if source.resolve() == target.resolve():
        raise RestoreRefused("Tệp khôi phục: là chính tệp cơ sở dữ liệu đang dùng")
    problems = inspect(source)
    if problems:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: {problems[0]}; không thay đổi gì")
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + STAGED_SUFFIX)
    with db_lock.exclusive(target):
        try:
            _stage(desk, source, staged, other_office)
            # The backup's files into the store before the database that names them.
            file_store.unpack_from_restore(staged, target)
            dispose(desk.url)
            kept_aside = _copy_aside(target)
            # The live file is replaced in one rename: at every moment there is a database
            # (the old one, then the restored one), never a gap an `init` could fill.
            for companion in companions(target):
                companion.unlink(missing_ok=True)
            os.replace(staged, target)
        finally:
            for leftover in (staged, *companions(staged)):
                leftover.unlink(missing_ok=True)
    revision = migrate.current_revision(desk.url) or ""
    backup.record(desk, "database.restore",
                  {"file": source.name, "kept_aside": kept_aside.name if kept_aside else None})
    return RestoreResult(source, kept_aside, revision)


def _stage(desk: Desk, source: Path, staged: Path, other_office: bool) -> None:
    """A copy of `source` beside the database, upgraded to this program's schema and checked
    as the database it is to become; raises RestoreRefused when it must not."""
    # A -wal left by a restore that was killed belongs to another file: never let SQLite
    # apply it to the new copy.
    for companion in companions(staged):
        companion.unlink(missing_ok=True)
    backup.backup_sqlite(source, staged, None)
    staged_url = f"sqlite:///{staged.as_posix()}"
    try:
        _check_staged(desk, source.name, staged_url, other_office)
    finally:
        dispose(staged_url)


def _check_staged(desk: Desk, name: str, staged_url: str, other_office: bool) -> None:
    """Upgrade the copy at `staged_url` to this program's schema and raise RestoreRefused
    when it must not become the office's database: another office's (unless `other_office`),
    a broken audit chain, a failed integrity check."""
    schema_upgrade.upgrade(staged_url)
    if not other_office:
        _refuse_other_office(name, desk.url, staged_url)
    with read_scope(staged_url) as session:
        chain = audit.verify(session)
    if not chain.intact:
        raise RestoreRefused(
            f"Tệp khôi phục {name}: nhật ký kiểm tra bị hỏng ở mục số "
            f"{chain.first_broken_id} ({chain.problem}); không thay đổi gì")
    # The store's files no row of the copy names are the live database's, not the copy's.
    report = integrity.check(Desk(staged_url, desk.user), limit=1, orphans=False)
    if not report.ok:
        finding = report.findings[0]
        where = f"hồ sơ {finding.code}: " if finding.code else ""
        field = f"{finding.field} " if finding.field else ""
        raise RestoreRefused(
            f"Tệp khôi phục {name}: không qua kiểm tra toàn vẹn ({report.problems} "
            f"lỗi; {where}{field}{finding.detail}); không thay đổi gì")


def _office_identity(url: str) -> tuple[str, str]:
    with read_scope(url) as session:
        settings = read_settings(session)
    return settings["agency_code"], settings.get(SECRET_KEY, "")


def _refuse_other_office(name: str, url: str, staged_url: str) -> None:
    """Another office's backup would change the agency code and the key of every receipt's
    QR code: it is restored only when the user says so."""
    target = sqlite_path(url)
    if target is not None and (not target.exists() or can_open(target)):
        # No office to compare with: a first start, or the damaged file being recovered.
        return
    live_code, live_secret = _office_identity(url)
    if not live_code:
        return
    code, secret = _office_identity(staged_url)
    if (code, secret) != (live_code, live_secret):
        which = (f"mã cơ quan {code or '(trống)'} thay vì {live_code}" if code != live_code
                 else "khoá ký mã QR khác")
        raise OtherOffice(
            f"Tệp khôi phục {name}: là bản sao lưu của một cơ quan khác ({which}); biên nhận "
            "đã in sẽ không còn kiểm tra được. Nếu đúng là muốn dùng nó, hãy xác nhận "
            "(desk-admin restore --other-office). Không thay đổi gì.")


def _restore_postgres(desk: Desk, source: Path, other_office: bool) -> RestoreResult:
    """Replace the office's tables with those of a pg_dump archive (`desk-admin backup`), in
    one transaction: a restore that fails half-way leaves the database as it was. The dump
    is first restored into a scratch schema and checked there as an SQLite copy is
    (`_check_postgres_dump`). The database as it stood is dumped first, beside the backups,
    as `before-restore-YYYYMMDD-HHMM.dump`."""
    pg_restore = find_pg_tool("pg_restore")
    if pg_restore is None:
        raise backup.BackupFailed(missing_tool("pg_restore"))
    _refuse_other_sessions(desk.url)
    listing = subprocess.run([str(pg_restore), "--list", str(source)], capture_output=True,
                             text=True, errors="replace", check=False)
    if listing.returncode != 0:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: không phải bản sao lưu PostgreSQL "
                             "(pg_dump) đọc được; không thay đổi gì")
    # A TOC line: "id; class oid TABLE schema name owner".
    dossier_schemas = [line.split()[-3] for line in listing.stdout.splitlines()
                       if not line.startswith(";") and " TABLE " in line
                       and line.split()[-2:-1] == ["dossier"]]
    if not dossier_schemas:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: không có bảng hồ sơ của chương "
                             "trình Một cửa; không thay đổi gì")
    _check_postgres_dump(desk, source, pg_restore, dossier_schemas[0], other_office)
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
    schema_upgrade.upgrade(desk.url)
    backup.record(desk, "database.restore", {"file": source.name, "kept_aside": kept.name})
    return RestoreResult(source, kept, migrate.current_revision(desk.url) or "")


def _check_postgres_dump(desk: Desk, source: Path, pg_restore: Path, dumped_schema: str,
                         other_office: bool) -> None:
    """Restore the dump into a scratch schema `restore_check_<hex>` of the same database and
    check it there (`_check_staged`); the scratch schema is dropped whatever happens. The
    live tables are not touched."""
    psql = find_pg_tool("psql")
    if psql is None:
        raise backup.BackupFailed(missing_tool("psql"))
    scratch = f"restore_check_{secrets.token_hex(6)}"
    scratch_url = _with_search_path(desk.url, scratch)
    environment, libpq_url, _schema = libpq(desk.url)
    with session_scope(desk.url) as session:
        session.execute(text(f'CREATE SCHEMA "{scratch}"'))
    try:
        _load_into(source, pg_restore, dumped_schema, psql, environment, libpq_url, scratch)
        _check_staged(desk, source.name, scratch_url, other_office)
    finally:
        dispose(scratch_url)
        with session_scope(desk.url) as session:
            session.execute(text(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE'))


def _load_into(source: Path, pg_restore: Path, dumped_schema: str, psql: Path,
               environment: dict[str, str], libpq_url: str, scratch: str) -> None:
    """pg_restore's script of the dump's schema, with that schema's name changed to
    `scratch`, run by psql in one transaction. pg_restore cannot restore into another
    schema, and every name in its script is schema-qualified, so the qualifier is rewritten
    on every line except the rows of a COPY (which are data, and may contain anything)."""
    qualifier = re.compile(
        rb'(?<![\w"$])(?:' + re.escape(dumped_schema.encode()) + rb'|"'
        + re.escape(dumped_schema.replace('"', '""').encode()) + rb'")\.')
    replacement = scratch.encode() + b"."
    with tempfile.TemporaryFile() as restore_errors, tempfile.TemporaryFile() as psql_errors:
        script = subprocess.Popen(
            [str(pg_restore), "--no-owner", "--no-privileges", f"--schema={dumped_schema}",
             "--file=-", str(source)], stdout=subprocess.PIPE, stderr=restore_errors)
        loader = subprocess.Popen(
            [str(psql), "--no-psqlrc", "--quiet", "--no-password", "--single-transaction",
             "--set=ON_ERROR_STOP=1", f"--dbname={libpq_url}", "--file=-"],
            env=environment, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            stderr=psql_errors)
        in_rows = False
        try:
            for line in script.stdout:
                bare = line.rstrip(b"\r\n")
                if in_rows:
                    in_rows = bare != b"\\."
                else:
                    in_rows = bare.startswith(b"COPY ") and bare.endswith(b" FROM stdin;")
                    line = qualifier.sub(replacement, line)
                loader.stdin.write(line)
            loader.stdin.close()
        except BrokenPipeError:
            # psql stopped at an error: its message, read below, says which.
            pass
        script.stdout.close()
        script.wait()
        loader.wait()
        failed = [(errors, process.returncode) for errors, process
                  in ((restore_errors, script), (psql_errors, loader)) if process.returncode]
        if failed:
            errors, code = failed[0]
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip().splitlines()
            raise RestoreRefused(f"Tệp khôi phục {source.name}: không nạp được để kiểm tra "
                                 f"({message[-1] if message else code}); không thay đổi gì")


def _with_search_path(url: str, schema: str) -> str:
    """`url` with its search_path option set to `schema` (other options kept)."""
    parsed = make_url(url)
    options = parsed.query.get("options", "")
    if isinstance(options, tuple):
        options = " ".join(options)
    kept = [option for option in options.split() if not option.startswith("-csearch_path=")]
    return parsed.update_query_dict(
        {"options": " ".join([*kept, f"-csearch_path={schema}"])}).render_as_string(
        hide_password=False)


def _refuse_other_sessions(url: str) -> None:
    """PostgreSQL: refused while another program's session is open on this office's schema
    (what it acknowledged after the restore began would be lost)."""
    dispose(url)
    with read_scope(url) as session:
        others = session.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND application_name = :name"),
            {"name": application_name(url)}).scalar_one()
    dispose(url)
    if others:
        raise db_lock.DatabaseInUse(
            f"Cơ sở dữ liệu: đang có {others} phiên khác của chương trình Một cửa mở; hãy đóng "
            "chương trình ở mọi quầy dùng cơ sở dữ liệu này rồi thử lại. Không thay đổi gì.")


def _copy_aside(target: Path) -> Path | None:
    """Copy the database (and its -wal/-shm files, kept together so the copy opens with every
    committed write) to `<name>.before-restore-<stamp>`; the live file stays where it is."""
    if not target.exists():
        return None
    _checkpoint(target)
    stamp = f"{config.now():%Y%m%d-%H%M}"
    aside = target.with_name(f"{target.name}{SET_ASIDE_MARK}{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = target.with_name(f"{target.name}{SET_ASIDE_MARK}{stamp}-{number}")
    copies = [(target, aside)] + [
        (companion, aside.with_name(aside.name + companion.name[len(target.name):]))
        for companion in companions(target) if companion.exists()
    ]
    # Companions first, the main file last: a copy killed half-way leaves no file named
    # like a kept database without the writes its -wal held.
    for old, new in reversed(copies):
        write_atomically(new, lambda partial, old=old: shutil.copyfile(old, partial))
    return aside


def _checkpoint(path: Path) -> None:
    try:
        with closing(connect(path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        # A damaged database may refuse the checkpoint; its -wal file then moves with it.
        return
