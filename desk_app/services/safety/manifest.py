"""A backup's manifest: the JSON file beside it that records the audit chain's head at the time
of the copy, outside the database. A trail wiped or cut back later no longer contains that head,
and `audit verify` says so even when the database itself no longer remembers any entry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from desk_app import config
from desk_app.files import write_atomically

SUFFIX = ".json"


@dataclass(frozen=True)
class Anchor:
    """The head of the chain as a backup recorded it."""

    backup: str  # the backup file's name
    taken_at: datetime
    entry_id: int
    hash: str


def backups_dir() -> Path:
    """Where automatic backups go: `backups/` in the user data folder."""
    return config.data_dir() / "backups"


def path_for(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def database_label(url: str) -> str:
    """Which database a manifest is about: the SQLite file, or the server, database and
    options (the schema) without the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(Path(parsed.database or "").resolve())
    return parsed.set(drivername=parsed.get_backend_name(), password=None).render_as_string()


def write(backup: Path, url: str, taken_at: datetime, size: int,
          head: tuple[int, str] | None, key_id: str | None) -> Path:
    target = path_for(backup)
    content = {
        "backup": backup.name, "database": database_label(url),
        "taken_at": taken_at.isoformat(timespec="minutes"), "bytes": size,
        "audit_head": {"id": head[0], "hash": head[1]} if head else None,
        "audit_key_id": key_id,
    }
    write_atomically(target, lambda partial: partial.write_text(
        json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"))
    return target


def newest_anchor(url: str, after: datetime | None, folder: Path | None = None) -> Anchor | None:
    """The newest head recorded by a backup of this database in `folder` taken after `after`
    (the last restore, which legitimately took the chain back); unreadable manifests are
    someone else's files and are passed over."""
    folder = folder or backups_dir()
    label = database_label(url)
    newest: Anchor | None = None
    if not folder.is_dir():
        return None
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
            head = content["audit_head"]
            if content["database"] != label or not head:
                continue
            anchor = Anchor(content["backup"], datetime.fromisoformat(content["taken_at"]),
                            int(head["id"]), str(head["hash"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        # A backup of the restore's own minute may be the copy of the chain it replaced.
        if after is not None and anchor.taken_at <= after:
            continue
        if newest is None or (anchor.taken_at, anchor.entry_id) > (newest.taken_at,
                                                                  newest.entry_id):
            newest = anchor
    return newest
