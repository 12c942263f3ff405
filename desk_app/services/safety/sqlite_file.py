"""The SQLite database file itself: where a URL keeps it, whether it is sound, and whether this
program can open it (a schema revision it knows)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from desk_app.paths import MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_TIMEOUT_SECONDS = 15
SET_ASIDE_MARK = ".before-restore-"


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL; None for PostgreSQL (or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=SQLITE_TIMEOUT_SECONDS, isolation_level=None)


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def set_asides(path: Path) -> list[Path]:
    """The copies of the database a restore kept (`<name>.before-restore-<stamp>`), newest
    first; their -wal/-shm files go with them and are not listed."""
    found = [p for p in path.parent.glob(f"{path.name}{SET_ASIDE_MARK}*")
             if p.is_file() and not p.name.endswith(("-wal", "-shm"))]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def structure(path: Path, quick: bool = False) -> list[tuple[str, str]]:
    """What is wrong with an SQLite file, as (kind, Vietnamese message) with kind `integrity`
    or `foreign_key`; empty when it is sound."""
    unusable = _not_sqlite(path)
    if unusable:
        return [("integrity", unusable)]
    try:
        with closing(connect(path)) as connection:
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
    # Imported here: the login check of desk-admin reads `sqlite_path` and loads no migrations.
    from alembic.script import ScriptDirectory

    return [r.revision for r in ScriptDirectory(str(MIGRATIONS)).walk_revisions()]


def _revision(path: Path) -> str | None:
    with closing(connect(path)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            # No alembic_version table: a database, but not one of this program's.
            return None
    return row[0] if row else None


def inspect(path: Path, quick: bool = False) -> list[str]:
    """Whether an SQLite file can serve as this program's database: sound, consistent, and of
    a schema this version knows. Returns the problems (Vietnamese), empty when it can."""
    problems = structure(path, quick)
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
        with closing(connect(path)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return _revision_problems(path)
    except sqlite3.DatabaseError as exc:
        return [f"tệp bị hỏng hoặc không đọc được ({exc})"]
