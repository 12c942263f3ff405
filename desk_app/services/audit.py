"""The hash-chained audit trail: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.services.actors import Actor
from desk_app.store.models import AuditEntry

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x6465736B  # "desk"


def _digest(prev_hash: str, at: datetime, user_id, action, entity, key, before, after) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="seconds"), user_id, action, entity, key, before, after],
        ensure_ascii=False, sort_keys=True, default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    key: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction.

    Writers must not both read the same newest hash: SQLite's BEGIN IMMEDIATE already
    serialises them; on PostgreSQL a transaction-scoped advisory lock does.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = last or GENESIS
    at = at.replace(microsecond=0)
    before = json.loads(json.dumps(before, default=str)) if before is not None else None
    after = json.loads(json.dumps(after, default=str)) if after is not None else None
    entry = AuditEntry(
        at=at, user_id=actor.user_id, action=action, entity=entity, entity_key=key,
        before=before, after=after, prev_hash=prev_hash,
        hash=_digest(prev_hash, at, actor.user_id, action, entity, key, before, after),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None
    problem: str = ""


def verify(session: Session) -> ChainReport:
    """Walk the chain in id order; name the first entry that was edited, removed or inserted."""
    prev_hash = GENESIS
    count = 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        count += 1
        if entry.prev_hash != prev_hash:
            return ChainReport(count, entry.id, "không nối với mục trước (mục bị xoá hoặc chèn)")
        expected = _digest(
            entry.prev_hash, entry.at, entry.user_id, entry.action, entry.entity,
            entry.entity_key, entry.before, entry.after,
        )
        if entry.hash != expected:
            return ChainReport(count, entry.id, "nội dung bị sửa")
        prev_hash = entry.hash
    return ChainReport(count, None)
