"""The hash-chained audit trail: each entry's HMAC (under a key kept outside the database, see
store/audit_seal.py) covers its content and the previous hash."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, Text, cast, func, or_, select, text
from sqlalchemy.orm import Session

from desk_app.domain.text import nfc
from desk_app.services.actors import NO_ACCOUNT_FULL_NAME, NO_ACCOUNT_USERNAME, Actor, require
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.safety import manifest
from desk_app.store import audit_seal
from desk_app.store.audit_seal import KEY_ID_SETTING, KeyProblem
from desk_app.store.db import read_scope
from desk_app.store.models import AuditEntry, Dossier, OfficeSetting, User

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x6465736B  # "desk"
# The id and hash of the newest entry, rewritten with every entry: a chain alone cannot tell
# that its last rows were deleted, or that rows were appended with recomputed hashes.
HEAD_KEY = "audit_head"
MAX_PAGE = 1000


def chain_key(session: Session, create: bool = False) -> bytes:
    """The key that seals this database's chain; with `create`, made and recorded on first
    use. A PC without the database's key is refused, never given a new one: its entries would
    not verify anywhere else."""
    recorded = recorded_key_id(session)
    try:
        key = audit_seal.key_for(recorded, create)
    except KeyProblem as exc:
        raise UserError(str(exc)) from exc
    if recorded is None and create:
        session.add(OfficeSetting(key=KEY_ID_SETTING, value=audit_seal.fingerprint(key)))
    return key


def row_hash(session: Session, key: bytes, code: str) -> str | None:
    """The content hash a new entry about the dossier `code` records.

    The fields it covers are set at intake and never changed by the program afterwards, so the
    first entry's hash is carried on: a row edited outside the program and then touched by a
    counter (a transfer, a return) stays named by `check` instead of being sealed as it is now.
    """
    if not code:
        return None
    earlier = session.execute(
        select(AuditEntry.row_hash)
        .where(AuditEntry.entity == "dossier", AuditEntry.entity_key == code,
               AuditEntry.row_hash.is_not(None))
        .order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    if earlier is not None:
        return earlier
    dossier = session.execute(select(Dossier).where(Dossier.code == code)).scalar_one_or_none()
    return audit_seal.row_digest(key, dossier) if dossier is not None else None


def record(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    key_text: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction.

    Writers must not both read the same newest hash: SQLite's BEGIN IMMEDIATE already
    serialises them; on PostgreSQL a transaction-scoped advisory lock does.

    The new entry chains onto the head the program last wrote, not onto whatever row is last
    now: if rows were deleted from the end (and SQLite hands their ids out again) or appended
    behind the program's back, the next entry does not link and `verify` names it.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    head = session.get(OfficeSetting, HEAD_KEY)
    if head is not None:
        prev_hash = head.value.partition(":")[2]
    else:
        last = session.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar_one_or_none()
        prev_hash = last or GENESIS
    key = chain_key(session, create=True)
    at = at.replace(microsecond=0)
    # The dossier's content hash: `check` names a row changed outside the program.
    sealed_row = row_hash(session, key, key_text) if entity == "dossier" else None
    before = json.loads(json.dumps(before, default=str)) if before is not None else None
    after = json.loads(json.dumps(after, default=str)) if after is not None else None
    entry = AuditEntry(
        at=at, user_id=actor.user_id, action=action, entity=entity, entity_key=key_text,
        before=before, after=after, prev_hash=prev_hash, row_hash=sealed_row,
        hash=audit_seal.entry_digest(key, prev_hash, at, actor.user_id, action, entity,
                                     key_text, before, after, sealed_row),
    )
    session.add(entry)
    session.flush()
    if head is None:
        session.add(OfficeSetting(key=HEAD_KEY, value=f"{entry.id}:{entry.hash}"))
    else:
        head.value = f"{entry.id}:{entry.hash}"
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def recorded_key_id(session: Session) -> str | None:
    setting = session.get(OfficeSetting, KEY_ID_SETTING)
    return setting.value if setting else None


def recorded_head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest entry the program wrote, as the database remembers it."""
    row = session.get(OfficeSetting, HEAD_KEY)
    if row is None:
        return None
    number, _, digest = row.value.partition(":")
    return (int(number), digest) if number.isdigit() else (0, digest)


def verify(session: Session) -> ChainReport:
    """Walk the chain in id order; name the first entry that was edited, removed or inserted,
    then check that the chain still ends where the program last wrote it."""
    entries = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    if not entries and recorded_key_id(session) is None:
        return ChainReport(0, None)
    key = chain_key(session)
    head = recorded_head(session)
    prev_hash, prev_id = GENESIS, None
    hash_at_head: str | None = None
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.action,
               AuditEntry.entity, AuditEntry.entity_key, AuditEntry.before, AuditEntry.after,
               AuditEntry.prev_hash, AuditEntry.hash, AuditEntry.row_hash)
        .order_by(AuditEntry.id).execution_options(yield_per=1000)
    )
    for (id_, at, user_id, action, entity, entry_key, before, after, entry_prev,
         entry_hash, sealed_row) in rows:
        if head is not None and id_ > head[0]:
            return ChainReport(entries, id_, f"bị thêm ngoài chương trình: chuỗi do chương "
                                             f"trình ghi kết thúc ở mục số {head[0]}")
        own_hash_holds = entry_hash == audit_seal.entry_digest(
            key, entry_prev, at, user_id, action, entity, entry_key, before, after, sealed_row)
        after_what = "đầu chuỗi" if prev_id is None else f"mục số {prev_id}"
        if entry_prev != prev_hash and own_hash_holds:
            return ChainReport(entries, id_, f"không nối với {after_what}: có mục bị xoá hoặc "
                                             "chèn ngay trước mục này")
        if entry_prev != prev_hash:
            return ChainReport(entries, id_, f"bị chèn ngoài chương trình (không nối với "
                                             f"{after_what}, mã băm sai)")
        if not own_hash_holds:
            return ChainReport(entries, id_, "nội dung bị sửa (mã băm không khớp)")
        if head is not None and id_ == head[0]:
            hash_at_head = entry_hash
        prev_hash, prev_id = entry_hash, id_
    if head is None:
        if prev_id is None:
            return ChainReport(0, None)
        return ChainReport(entries, prev_id, f"mất dấu mốc cuối chuỗi ({HEAD_KEY}): không "
                                             "biết các mục cuối có bị xoá hay thêm không")
    if hash_at_head is None:
        last = f"mục cuối còn lại là số {prev_id}" if prev_id else "không còn mục nào"
        return ChainReport(entries, head[0], f"đã bị xoá ({last}; các mục sau đó đến mục số "
                                             f"{head[0]} không còn)")
    if hash_at_head != head[1]:
        return ChainReport(entries, head[0], "bị thay bằng một mục khác")
    return ChainReport(entries, None)


def verify_chain(desk: Desk) -> ChainReport:
    """`verify`, then the head the newest backup recorded must still be in the chain: a trail
    wiped or cut back together with its recorded head is still named."""
    require(desk.user, "audit.read")
    with read_scope(desk.url) as session:
        report = verify(session)
        if not report.intact:
            return report
        restored_at = session.execute(
            select(func.max(AuditEntry.at)).where(AuditEntry.action == "database.restore")
        ).scalar_one()
        anchor = manifest.newest_anchor(desk.url, restored_at)
        if anchor is None:
            return report
        kept = session.get(AuditEntry, anchor.entry_id)
        if kept is not None and kept.hash == anchor.hash:
            return report
        return ChainReport(report.entries, anchor.entry_id,
                           f"ghi trong bản sao lưu {anchor.backup} "
                           f"({anchor.taken_at:%H:%M %d/%m/%Y}) nhưng không còn trong nhật "
                           "ký: nhật ký đã bị xoá hoặc thay ngoài chương trình")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str  # the command line (desk-admin) acts without a user account
    full_name: str
    action: str
    entity: str
    key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _filtered(statement: Select, dossier: str, user: str, date_from: date | None,
              date_to: date | None) -> Select:
    if date_from and date_to and date_from > date_to:
        raise UserError(f"Khoảng thời gian: từ ngày {date_from:%d/%m/%Y} sau đến ngày "
                        f"{date_to:%d/%m/%Y}")
    dossier = nfc(dossier).strip()
    if dossier:
        # Entries about the dossier itself, and those about its letters or slips, which name
        # it in what they recorded.
        statement = statement.where(or_(
            (AuditEntry.entity == "dossier") & (AuditEntry.entity_key == dossier),
            cast(AuditEntry.after, Text).contains(dossier, autoescape=True),
            cast(AuditEntry.before, Text).contains(dossier, autoescape=True),
        ))
    user = nfc(user).strip().lower()
    if user == NO_ACCOUNT_USERNAME:
        statement = statement.where(AuditEntry.user_id.is_(None))
    elif user:
        statement = statement.where(User.username == user)
    if date_from:
        statement = statement.where(AuditEntry.at >= datetime.combine(date_from, time()))
    if date_to:
        statement = statement.where(
            AuditEntry.at < datetime.combine(date_to + timedelta(days=1), time()))
    return statement


def list_entries(desk: Desk, dossier: str = "", user: str = "", date_from: date | None = None,
                 date_to: date | None = None, offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """One page of the trail, newest first, filtered by dossier code, username and the days
    from `date_from` to `date_to` (both whole days)."""
    require(desk.user, "audit.read")
    if not 1 <= limit <= MAX_PAGE:
        raise UserError(f"Số dòng: từ 1 đến {MAX_PAGE}")
    if offset < 0:
        raise UserError("Vị trí bắt đầu: không được âm")
    with read_scope(desk.url) as session:
        statement = _filtered(
            select(AuditEntry, User.username, User.full_name)
            .outerjoin(User, AuditEntry.user_id == User.id),
            dossier, user, date_from, date_to,
        ).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        return [
            AuditRow(e.id, e.at, username or NO_ACCOUNT_USERNAME,
                     full_name or NO_ACCOUNT_FULL_NAME, e.action, e.entity, e.entity_key,
                     e.before, e.after)
            for e, username, full_name in session.execute(statement)
        ]


def count_entries(desk: Desk, dossier: str = "", user: str = "", date_from: date | None = None,
                  date_to: date | None = None) -> int:
    require(desk.user, "audit.read")
    with read_scope(desk.url) as session:
        statement = _filtered(
            select(func.count()).select_from(AuditEntry)
            .outerjoin(User, AuditEntry.user_id == User.id),
            dossier, user, date_from, date_to,
        )
        return session.execute(statement).scalar_one()
