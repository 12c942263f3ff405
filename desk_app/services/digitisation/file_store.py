"""The content-addressed file store: every digitised file stored once, named by its SHA-256.

Where the bytes are: beside an SQLite database, in a folder (`<database name>.files`, or the
office setting `file_store_folder`, e.g. a server share), as `<first 2 hex>/<sha256>`; on
PostgreSQL in the `file_blob` table. PostgreSQL keeps them in the database because there the
database is the one thing every counter shares and the one thing backed up (pg_dump): a
folder would need a share that every counter mounts under the same name and a second backup
that must match the first, and a row and its bytes commit in one transaction.

Order on SQLite: the file is written and fsynced (and renamed into place) before the row
that names it commits, so a crash leaves at most a file no row names. `desk-admin check`
reports such files and `desk-admin check --sweep` removes them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desk_app.services.digitisation.limits import FOLDER_KEY
from desk_app.services.errors import UserError
from desk_app.services.safety.sqlite_file import sqlite_path
from desk_app.store.models import Dossier, DossierFile, FileBlob, StoredFile

PART_SUFFIX = ".part"
# An unreferenced file younger than this may belong to an attach still running at another
# window or counter: the sweep leaves it for the next time.
SWEEP_GRACE_SECONDS = 600
CHUNK = 1 << 20


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def folder_for(url: str, settings: dict[str, str]) -> Path | None:
    """The store folder of an SQLite database; None on PostgreSQL (the bytes are rows)."""
    database = sqlite_path(url)
    if database is None:
        return None
    configured = settings.get(FOLDER_KEY, "").strip()
    return Path(configured) if configured else database.with_name(database.stem + ".files")


def _path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def _hash_of_file(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


def write_file(folder: Path, data: bytes, sha256: str) -> None:
    """Put `data` in the folder under its hash, durably: written and fsynced under a
    temporary name, renamed into place, the folder fsynced. A file already there with the
    right content is kept (stored once); one whose content differs is replaced."""
    target = _path(folder, sha256)
    if target.is_file() and _hash_of_file(target) == sha256:
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{sha256}.{os.getpid()}{PART_SUFFIX}")
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        raise UserError(f"Kho tệp số hoá: không ghi được vào {folder} "
                        f"({exc.strerror or exc})") from exc


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is; Windows has no folder handle
    # to flush (NTFS journals the rename itself).
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def record(session: Session, folder: Path | None, data: bytes, sha256: str, pages: int,
           user_id: int | None, at) -> None:
    """The row naming a stored file, in the caller's transaction (once per hash); on
    PostgreSQL (no folder) its bytes too. On SQLite `write_file` has already run."""
    if session.get(StoredFile, sha256) is not None:
        return
    session.add(StoredFile(sha256=sha256, bytes=len(data), pages=pages, stored_at=at,
                           stored_by_id=user_id))
    if folder is None:
        session.flush()
        session.add(FileBlob(sha256=sha256, content=data))


def read(session: Session, folder: Path | None, sha256: str) -> bytes:
    """A stored file's bytes: from `file_blob` when there (PostgreSQL, a backup being
    restored), else from the folder."""
    blob = session.execute(select(FileBlob.content).where(FileBlob.sha256 == sha256)
                           ).scalar_one_or_none()
    if blob is not None:
        return bytes(blob)
    if folder is None:
        raise UserError(f"Kho tệp số hoá: thiếu tệp {sha256}")
    try:
        return _path(folder, sha256).read_bytes()
    except OSError as exc:
        raise UserError(f"Kho tệp số hoá: không đọc được tệp {sha256} trong {folder} "
                        f"({exc.strerror or exc})") from exc


@dataclass(frozen=True)
class FileProblem:
    kind: str  # missing | altered | unreferenced
    sha256: str
    code: str  # a dossier that names the file, "" for an unreferenced one
    detail: str


def problems(session: Session, folder: Path | None) -> Iterator[FileProblem]:
    """Every stored file read and its hash compared; then what no dossier names: files in
    the folder without a row (a crash between the write and the commit) and rows no dossier
    file refers to."""
    named = {}
    for sha256, code in session.execute(
            select(DossierFile.sha256, func.min(Dossier.code))
            .join(Dossier, DossierFile.dossier_id == Dossier.id).group_by(DossierFile.sha256)):
        named[sha256] = code
    in_blobs = set(session.execute(select(FileBlob.sha256)).scalars())
    known = set()
    for (sha256,) in session.execute(select(StoredFile.sha256).order_by(StoredFile.sha256)):
        known.add(sha256)
        code = named.get(sha256, "")
        actual = _actual_hash(session, folder, sha256, sha256 in in_blobs)
        if actual is None:
            yield FileProblem("missing", sha256, code, "tệp số hoá không còn trong kho tệp")
        elif actual != sha256:
            yield FileProblem("altered", sha256, code,
                              "nội dung tệp số hoá bị thay đổi: khác mã băm SHA-256 đã lưu")
        if not code:
            yield FileProblem("unreferenced", sha256, "",
                              "tệp trong kho không thuộc hồ sơ nào (desk-admin check --sweep "
                              "xoá)")
    for path in _folder_files(folder):
        if path.name not in known:
            yield FileProblem("unreferenced", path.name.split(".")[0], "",
                              f"tệp {path} không thuộc hồ sơ nào, còn lại sau một lần đính "
                              "kèm bị ngắt (desk-admin check --sweep xoá)")


def _actual_hash(session: Session, folder: Path | None, sha256: str, in_blob: bool
                 ) -> str | None:
    if in_blob:
        return digest(bytes(session.execute(
            select(FileBlob.content).where(FileBlob.sha256 == sha256)).scalar_one()))
    if folder is None or not _path(folder, sha256).is_file():
        return None
    return _hash_of_file(_path(folder, sha256))


def _folder_files(folder: Path | None) -> Iterator[Path]:
    if folder is None or not folder.is_dir():
        return
    for sub in sorted(folder.iterdir()):
        if sub.is_dir() and len(sub.name) == 2:
            yield from sorted(p for p in sub.iterdir() if p.is_file())


def sweep(session: Session, folder: Path | None, grace: float = SWEEP_GRACE_SECONDS
          ) -> tuple[list[str], list[Path]]:
    """What no dossier names: the unreferenced rows (deleted here, with their bytes on
    PostgreSQL), and the folder's files to remove once that commits: those of the deleted
    rows and those without a row older than `grace` seconds. (hashes, paths)."""
    referenced = select(DossierFile.sha256)
    unreferenced = list(session.execute(
        select(StoredFile.sha256).where(StoredFile.sha256.not_in(referenced))).scalars())
    if unreferenced:
        session.execute(delete(FileBlob).where(FileBlob.sha256.in_(unreferenced)))
        session.execute(delete(StoredFile).where(StoredFile.sha256.in_(unreferenced)))
    known = set(session.execute(select(StoredFile.sha256)).scalars())
    hashes = list(unreferenced)
    paths = [_path(folder, sha256) for sha256 in unreferenced] if folder is not None else []
    now = time.time()
    for path in _folder_files(folder):
        if path.name not in known and now - path.stat().st_mtime >= grace:
            paths.append(path)
            hashes.append(path.name.split(".")[0])
    return hashes, paths


def pack_into_backup(copy: Path, folder: Path | None) -> int:
    """An SQLite backup carries its files: each stored file's bytes into the copy's
    `file_blob`, so that the backup is one file. The number of files."""
    if folder is None:
        return 0
    with closing(sqlite3.connect(copy)) as connection:
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        if "stored_file" not in tables:
            return 0
        hashes = [sha for (sha,) in connection.execute("SELECT sha256 FROM stored_file")]
        for sha256 in hashes:
            path = _path(folder, sha256)
            if not path.is_file():
                raise UserError(f"Kho tệp số hoá: thiếu tệp {sha256} trong {folder}; chạy "
                                "desk-admin check")
            connection.execute("INSERT OR REPLACE INTO file_blob (sha256, content) VALUES "
                               "(?, ?)", (sha256, path.read_bytes()))
        connection.commit()
    return len(hashes)


def unpack_from_restore(copy: Path, database: Path) -> int:
    """The files a checked SQLite copy carries, written durably into the store of the
    database it is to become (at `database`, with the copy's own settings), then dropped from
    the copy. The number of files."""
    with closing(sqlite3.connect(copy)) as connection:
        settings = dict(connection.execute(
            "SELECT key, value FROM office_setting WHERE key = ?", (FOLDER_KEY,)).fetchall())
        folder = folder_for(f"sqlite:///{database.as_posix()}", settings)
        count = 0
        for sha256, content in connection.execute("SELECT sha256, content FROM file_blob"):
            write_file(folder, bytes(content), sha256)
            count += 1
        if count:
            connection.execute("DELETE FROM file_blob")
            connection.commit()
            connection.execute("VACUUM")
    return count
