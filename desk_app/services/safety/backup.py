"""Backups, restore and the integrity check: `desk-admin backup|restore|check` and the program's
automatic daily and on-exit backups.

SQLite is copied with its online backup API (a consistent copy while counters keep writing),
into a temporary file that is checked and only then renamed into place: a crash or a full disk
never leaves a half-written file that looks like a backup. PostgreSQL is dumped with `pg_dump`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desk_app import config
from desk_app.domain.backup_rotation import backup_name, parse_backup_name, to_keep
from desk_app.paths import MIGRATIONS
from desk_app.services import audit
from desk_app.services.actors import SYSTEM, Actor, require
from desk_app.services.clock import derive, load_calendar
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.store import migrate
from desk_app.store.db import dispose, retrying, session_scope
from desk_app.store.models import Base, Dossier, DossierEvent, ProcedureVersion

SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"
SQLITE_HEADER = b"SQLite format 3\x00"
# Pages copied per step of the online backup: 4 MB with the default page size, so a progress
# bar moves and a cancel is heard within a fraction of a second.
STEP_PAGES = 1024
SQLITE_TIMEOUT_SECONDS = 15
DERIVED_FIELDS = ("due_at", "status", "completed_at", "returned_at", "withdrawn_at")

# (pages done, pages in all); may raise to cancel the backup.
Progress = Callable[[int, int], None]


class BackupFailed(Exception):
    """A backup could not be made for a reason that is not the user's input (pg_dump missing,
    disk full, a damaged database); the message says what to do, in Vietnamese."""


class DatabaseDamaged(BackupFailed):
    """The copy failed its check: the database itself is damaged."""


class RestoreRefused(UserError):
    """The file cannot replace the database; nothing was changed."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept_aside: Path | None
    revision: str


@dataclass(frozen=True)
class Finding:
    """One thing `check` found wrong: its kind, the dossier code (if any) and what differs."""

    kind: str  # integrity | foreign_key | schema | events | derived
    code: str
    field: str
    stored: str
    derived: str
    detail: str


@dataclass(frozen=True)
class CheckReport:
    dossiers: int
    problems: int
    findings: tuple[Finding, ...]  # the first ones, at most `limit`

    @property
    def ok(self) -> bool:
        return self.problems == 0


def backups_dir() -> Path:
    """Where automatic backups go: `backups/` in the user data folder."""
    return config.data_dir() / "backups"


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL; None for PostgreSQL (or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


# --- backup -----------------------------------------------------------------------------------


def backup(url: str, target: Path | None = None, actor: Actor = SYSTEM,
           folder: Path | None = None, progress: Progress | None = None) -> BackupResult:
    """Copy the database into `target`, or into `folder` (default `backups_dir()`) under a
    dated name and rotate the older copies there by the office's keep settings."""
    require(actor, "database.backup")
    now = config.now()
    source = sqlite_path(url)
    suffix = SQLITE_SUFFIX if source is not None else DUMP_SUFFIX
    rotate = target is None
    if target is None:
        folder = folder or backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup_name(now, suffix)
    target = Path(target)
    if source is not None:
        _backup_sqlite(source, target, progress)
    else:
        _backup_postgres(url, target)
    removed: tuple[Path, ...] = ()
    if rotate:
        removed = _rotate(url, target.parent, suffix)
    size = target.stat().st_size
    _record(url, actor, "database.backup", {"file": target.name, "bytes": size})
    return BackupResult(target, size, removed)


@retrying
def _record(url: str, actor: Actor, action: str, after: dict) -> None:
    with session_scope(url) as session:
        audit.record(session, actor, config.now(), action, "database", after["file"], None,
                     after)


def _partial(target: Path) -> Path:
    return target.with_name(target.name + ".part")


@contextmanager
def _written_atomically(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed onto it when the block succeeds and removed
    when it fails, so a failed or cancelled backup never replaces a good file."""
    partial = _partial(target)
    partial.unlink(missing_ok=True)
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _backup_sqlite(source: Path, target: Path, progress: Progress | None) -> None:
    if not source.is_file():
        raise UserError(f"Cơ sở dữ liệu: không có tệp {source}")
    if target.resolve() in {source.resolve(), *(_companions(source.resolve()))}:
        raise UserError("Tệp sao lưu: phải khác tệp cơ sở dữ liệu đang dùng")
    target.parent.mkdir(parents=True, exist_ok=True)

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    with _written_atomically(target) as partial:
        with closing(_connect(source)) as live, closing(_connect(partial)) as copy:
            live.backup(copy, pages=STEP_PAGES, progress=report)
            # A backup is one self-contained file: no -wal beside it to lose when it is copied.
            copy.execute("PRAGMA journal_mode=DELETE")
        problems = _structure(partial, quick=True)
        if problems:
            raise DatabaseDamaged(
                "Cơ sở dữ liệu có lỗi, bản sao không được giữ lại (các bản sao lưu cũ vẫn "
                f"còn nguyên): {problems[0][1]}. Chạy desk-admin check để xem chi tiết."
            )


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=SQLITE_TIMEOUT_SECONDS, isolation_level=None)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def find_pg_tool(name: str) -> Path | None:
    """A PostgreSQL client tool (pg_dump, pg_restore) on the PATH, else in the standard
    Windows install folders (newest version)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    program_files = os.environ.get("PROGRAMFILES")
    if program_files:
        candidates = sorted(Path(program_files).glob(f"PostgreSQL/*/bin/{name}.exe"),
                            key=lambda p: _version_key(p.parent.parent.name))
        if candidates:
            return candidates[-1]
    return None


def find_pg_dump() -> Path | None:
    return find_pg_tool("pg_dump")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _backup_postgres(url: str, target: Path) -> None:
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise BackupFailed(_missing_tool("pg_dump"))
    environment, libpq_url, schema = _libpq(url)
    command = [str(pg_dump), "--format=custom", "--no-password", f"--dbname={libpq_url}"]
    if schema:
        command.append(f"--schema={schema}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with _written_atomically(target) as partial:
        # pg_dump writes its messages in the system's code page (on Windows, often not the
        # one Python expects): a letter it cannot decode must not hide the message itself.
        done = subprocess.run([*command, f"--file={partial}"], env=environment,
                              capture_output=True, text=True, errors="replace", check=False)
        if done.returncode != 0:
            message = (done.stderr or "").strip().splitlines()
            raise BackupFailed(f"pg_dump thất bại: {message[-1] if message else done.returncode}")


def _missing_tool(name: str) -> str:
    return (f"Không tìm thấy {name}: hãy cài công cụ dòng lệnh PostgreSQL (cùng phiên bản với "
            "máy chủ, gói postgresql-client hoặc bộ cài PostgreSQL trên Windows) và thêm thư mục "
            "bin của nó vào PATH.")


def _libpq(url: str) -> tuple[dict[str, str], str, str]:
    """(environment, libpq URL, schema or "") for a PostgreSQL client tool."""
    parsed = make_url(url)
    environment = dict(os.environ)
    if parsed.password:
        # The password goes through the environment, never the command line others can list.
        environment["PGPASSWORD"] = str(parsed.password)
    libpq_url = parsed.set(drivername="postgresql", password=None).render_as_string(
        hide_password=False)
    return environment, libpq_url, _search_path_schema(parsed.query.get("options", ""))


def _search_path_schema(options: str | tuple) -> str:
    """The schema of `options=-csearch_path=NAME` (one database, several offices' schemas)."""
    if isinstance(options, tuple):
        options = " ".join(options)
    for option in options.split():
        if option.startswith("-csearch_path="):
            return option.split("=", 1)[1].split(",")[0]
    return ""


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
            removed.append(info.path)
    return tuple(removed)


def backup_due(today: date, folder: Path | None = None) -> bool:
    """Whether today's first automatic backup is still to be made."""
    backups = list_backups(folder)
    return not backups or backups[0].taken_at.date() < today


# --- inspecting an SQLite file ---------------------------------------------------------------


def _structure(path: Path, quick: bool = False) -> list[tuple[str, str]]:
    """What is wrong with an SQLite file, as (kind, Vietnamese message) with kind `integrity`
    or `foreign_key`; empty when it is sound."""
    unusable = _not_sqlite(path)
    if unusable:
        return [("integrity", unusable)]
    try:
        with closing(_connect(path)) as connection:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in connection.execute(f"PRAGMA {pragma}(20)")]
            if rows != ["ok"]:
                return [("integrity", f"tệp bị hỏng ({'; '.join(rows[:3])})")]
            orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [("integrity", f"tệp bị hỏng hoặc không đọc được ({exc})")]
    return [("foreign_key", f"bảng {table} dòng {rowid} trỏ tới {parent} không tồn tại")
            for table, rowid, parent, _ in orphans]


def _not_sqlite(path: Path) -> str:
    if not path.is_file():
        return f"không có tệp {path.name}"
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return f"{path.name} không phải tệp cơ sở dữ liệu SQLite"
    return ""


def known_revisions() -> list[str]:
    """Schema revisions this program knows, newest first."""
    return [r.revision for r in ScriptDirectory(str(MIGRATIONS)).walk_revisions()]


def _revision(path: Path) -> str | None:
    with closing(_connect(path)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            # No alembic_version table: a database, but not one of this program's.
            return None
    return row[0] if row else None


def inspect(path: Path, quick: bool = False) -> list[str]:
    """Whether an SQLite file can serve as this program's database: sound, consistent, and of
    a schema this version knows. Returns the problems (Vietnamese), empty when it can."""
    problems = _structure(path, quick)
    if problems:
        more = f" (và {len(problems) - 1} lỗi khác)" if len(problems) > 1 else ""
        return [problems[0][1] + more]
    return _revision_problems(path)


def _revision_problems(path: Path) -> list[str]:
    revision = _revision(path)
    if revision is None:
        return [f"{path.name} không phải cơ sở dữ liệu của chương trình Một cửa"]
    if revision not in known_revisions():
        return [f"{path.name} được tạo bởi phiên bản chương trình mới hơn (lược đồ {revision}); "
                "hãy cập nhật chương trình trước"]
    return []


def can_open(path: Path) -> list[str]:
    """The look the program takes at every start, in milliseconds whatever the size: the file
    is SQLite, its schema reads, its revision is known. Damage deeper in the file is found by
    the daily backup, which checks its copy."""
    unusable = _not_sqlite(path)
    if unusable:
        return [unusable]
    try:
        with closing(_connect(path)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return _revision_problems(path)
    except sqlite3.DatabaseError as exc:
        return [f"tệp bị hỏng hoặc không đọc được ({exc})"]


def newest_good_backup(folder: Path | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that passes the quick check (the restore then runs the
    full one), so that the offer comes in seconds even for big files."""
    for info in list_backups(folder):
        if not inspect(info.path, quick=True):
            return info
    return None


# --- restore ----------------------------------------------------------------------------------


def restore(url: str, source: Path, actor: Actor = SYSTEM) -> RestoreResult:
    """Replace the SQLite database with a checked copy of `source`, keeping the replaced file as
    `<name>.before-restore-YYYYMMDD-HHMM`; on PostgreSQL see `_restore_postgres`. A file that
    fails the check changes nothing."""
    require(actor, "database.restore")
    target = sqlite_path(url)
    if target is None:
        return _restore_postgres(url, Path(source), actor)
    source = Path(source)
    if source.resolve() == target.resolve():
        raise RestoreRefused("Tệp khôi phục: là chính tệp cơ sở dữ liệu đang dùng")
    problems = inspect(source)
    if problems:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: {problems[0]}; không thay đổi gì")
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + ".restore-part")
    try:
        _backup_sqlite(source, staged, None)
        staged_url = f"sqlite:///{staged.as_posix()}"
        try:
            migrate.upgrade(staged_url)
        finally:
            dispose(staged_url)
        dispose(url)
        kept_aside = _set_aside(target)
        os.replace(staged, target)
    finally:
        staged.unlink(missing_ok=True)
    revision = migrate.current_revision(url) or ""
    _record(url, actor, "database.restore",
            {"file": source.name, "kept_aside": kept_aside.name if kept_aside else None})
    return RestoreResult(source, kept_aside, revision)


def _restore_postgres(url: str, source: Path, actor: Actor) -> RestoreResult:
    """Replace the office's tables with those of a pg_dump archive (`desk-admin backup`), in
    one transaction: a restore that fails half-way leaves the database as it was. The
    database as it stood is dumped first, beside the backups, as
    `before-restore-YYYYMMDD-HHMM.dump`."""
    pg_restore = find_pg_tool("pg_restore")
    if pg_restore is None:
        raise BackupFailed(_missing_tool("pg_restore"))
    listing = subprocess.run([str(pg_restore), "--list", str(source)], capture_output=True,
                             text=True, errors="replace", check=False)
    if listing.returncode != 0:
        raise RestoreRefused(f"Tệp khôi phục {source.name}: không phải bản sao lưu PostgreSQL "
                             "(pg_dump) đọc được; không thay đổi gì")
    if not any(line.split()[-2:-1] == ["dossier"] and " TABLE " in line
               for line in listing.stdout.splitlines() if not line.startswith(";")):
        raise RestoreRefused(f"Tệp khôi phục {source.name}: không có bảng hồ sơ của chương "
                             "trình Một cửa; không thay đổi gì")
    folder = backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"before-restore-{config.now():%Y%m%d-%H%M}"
    kept = folder / f"{stamp}{DUMP_SUFFIX}"
    number = 1
    # Never over an earlier one of the same minute, which may be the very file restored.
    while kept.exists():
        number += 1
        kept = folder / f"{stamp}-{number}{DUMP_SUFFIX}"
    backup(url, kept, actor)
    environment, libpq_url, schema = _libpq(url)
    command = [str(pg_restore), "--clean", "--if-exists", "--single-transaction", "--no-owner",
               "--no-privileges", "--no-password", f"--dbname={libpq_url}"]
    if schema:
        command.append(f"--schema={schema}")
    dispose(url)
    done = subprocess.run([*command, str(source)], env=environment, capture_output=True,
                          text=True, errors="replace", check=False)
    if done.returncode != 0:
        message = (done.stderr or "").strip().splitlines()
        raise RestoreRefused(f"Khôi phục thất bại, cơ sở dữ liệu giữ nguyên như trước: "
                             f"{message[-1] if message else done.returncode}")
    migrate.upgrade(url)
    _record(url, actor, "database.restore", {"file": source.name, "kept_aside": kept.name})
    return RestoreResult(source, kept, migrate.current_revision(url) or "")


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
        for companion in _companions(target) if companion.exists()
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
        with closing(_connect(path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        # A damaged database may refuse the checkpoint; its -wal file then moves with it.
        return


# --- check ------------------------------------------------------------------------------------


def check(url: str, batch: int = 1000, limit: int = 20) -> CheckReport:
    """Integrity, foreign keys, schema revision, and every dossier's stored due date, status
    and milestones against their recomputation from its events, `batch` dossiers at a time.
    Reports the first `limit` findings and how many there are in all."""
    findings: list[Finding] = []
    problems = 0

    def found(finding: Finding) -> None:
        nonlocal problems
        problems += 1
        if len(findings) < limit:
            findings.append(finding)

    path = sqlite_path(url)
    structural = _sqlite_structure(path) if path is not None else _postgres_structure(url)
    for finding in structural:
        found(finding)
    if any(f.kind == "integrity" for f in structural):
        return CheckReport(0, problems, tuple(findings))
    current, head = migrate.current_revision(url), migrate.head_revision()
    if current != head:
        found(Finding("schema", "", "revision", current or "", head or "",
                      "lược đồ chưa cập nhật: chạy desk-admin init"))
        return CheckReport(0, problems, tuple(findings))
    dossiers = 0
    for finding in _derived_findings(url, batch):
        if finding is None:
            dossiers += 1
        else:
            found(finding)
    return CheckReport(dossiers, problems, tuple(findings))


def _sqlite_structure(path: Path) -> list[Finding]:
    return [Finding(kind, "", "", "", "", message) for kind, message in _structure(path)]


def _postgres_structure(url: str) -> list[Finding]:
    """Every table read through (a damaged page fails the read), then rows whose foreign key
    points nowhere (possible when triggers were disabled, e.g. by a careless restore)."""
    findings = []
    with session_scope(url) as session:
        for table in Base.metadata.sorted_tables:
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for constraint in table.foreign_key_constraints:
                element = constraint.elements[0]
                child, parent = element.parent, element.column
                orphans = session.execute(
                    select(func.count()).select_from(
                        table.outerjoin(parent.table, child == parent))
                    .where(child.is_not(None), parent.is_(None))
                ).scalar_one()
                if orphans:
                    findings.append(Finding(
                        "foreign_key", "", f"{table.name}.{child.name}", "", "",
                        f"{orphans} dòng trỏ tới {parent.table.name} không tồn tại"))
    return findings


def _derived_findings(url: str, batch: int) -> Iterator[Finding | None]:
    """None per dossier checked, a Finding per difference; one short transaction per batch
    so that a check of a big database never holds the counters up."""
    with session_scope(url) as session:
        calendar = load_calendar(session)
        versions = {v.id: v for v in session.execute(select(ProcedureVersion)).scalars()}
    columns = [Dossier.id, Dossier.code, Dossier.procedure_version_id,
               *(getattr(Dossier, name) for name in DERIVED_FIELDS)]
    last_id = 0
    while True:
        with session_scope(url) as session:
            rows = session.execute(
                select(*columns).where(Dossier.id > last_id).order_by(Dossier.id).limit(batch)
            ).all()
            if not rows:
                return
            events: dict[int, list[DossierEvent]] = {row.id: [] for row in rows}
            for event in session.execute(
                select(DossierEvent).where(DossierEvent.dossier_id.in_(list(events)))
                .order_by(DossierEvent.dossier_id, DossierEvent.id)
            ).scalars():
                events[event.dossier_id].append(event)
            for row in rows:
                yield from _compare(row, versions[row.procedure_version_id], calendar,
                                    events[row.id])
            last_id = rows[-1].id


def _compare(row, version, calendar, events: list[DossierEvent]) -> Iterator[Finding | None]:
    yield None
    if not events or events[0].kind != "received":
        yield Finding("events", row.code, "events", "", "received",
                      "hồ sơ không có sự kiện tiếp nhận đầu tiên")
        return
    try:
        state = derive(version, calendar, events)
    except ValueError as exc:
        yield Finding("events", row.code, "events", "", "", f"không tính lại được: {exc}")
        return
    for name in DERIVED_FIELDS:
        stored, derived = getattr(row, name), getattr(state, name)
        if stored != derived:
            yield Finding("derived", row.code, name, _text(stored), _text(derived),
                          "giá trị lưu khác giá trị tính lại từ các sự kiện")


def _text(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)

