"""keyed audit chain: HMAC-SHA-256 under a key outside the database; dossier row hashes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 11:50:00

Adds `audit_entry.row_hash` and re-keys the existing chain once: every entry's hash is
recomputed with HMAC-SHA-256 under the key file (store/audit_seal.py; made on first use), each
dossier's newest entry gets the content hash of the row as it is now, and the recorded head
follows. What the unkeyed chain could not tell is taken as it stands at this moment: run
`desk-admin audit verify` before upgrading. The downgrade drops the column and leaves the keyed
hashes (the older program then reports the chain as edited).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk_app.store import audit_seal

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
HEAD_KEY = "audit_head"

entries = sa.table(
    "audit_entry", sa.column("id", sa.Integer), sa.column("at", sa.DateTime),
    sa.column("user_id", sa.Integer), sa.column("action", sa.String),
    sa.column("entity", sa.String), sa.column("entity_key", sa.String),
    sa.column("before", sa.JSON), sa.column("after", sa.JSON),
    sa.column("prev_hash", sa.String), sa.column("hash", sa.String),
    sa.column("row_hash", sa.String),
)
dossiers = sa.table(
    "dossier", *(sa.column(name, sa.DateTime if name == "received_at" else sa.String)
                 for name in audit_seal.ROW_FIELDS
                 if name not in ("procedure_version_id", "register_number")),
    sa.column("procedure_version_id", sa.Integer), sa.column("register_number", sa.Integer),
)
settings = sa.table("office_setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    if bind.execute(sa.select(sa.func.count()).select_from(entries)).scalar_one():
        _rekey(bind)


def _rekey(bind) -> None:
    key = audit_seal.key_for(None, create=True)
    newest = {
        code: entry_id for code, entry_id in bind.execute(
            sa.select(entries.c.entity_key, sa.func.max(entries.c.id))
            .where(entries.c.entity == "dossier").group_by(entries.c.entity_key))
    }
    row_hashes = {
        newest[row.code]: audit_seal.row_digest(key, row)
        for row in bind.execute(sa.select(dossiers)) if row.code in newest
    }
    prev_hash, last = GENESIS, None
    for row in bind.execute(sa.select(entries).order_by(entries.c.id)).all():
        sealed_row = row_hashes.get(row.id)
        digest = audit_seal.entry_digest(key, prev_hash, row.at, row.user_id, row.action,
                                         row.entity, row.entity_key, row.before, row.after,
                                         sealed_row)
        bind.execute(entries.update().where(entries.c.id == row.id)
                     .values(prev_hash=prev_hash, hash=digest, row_hash=sealed_row))
        prev_hash, last = digest, row.id
    bind.execute(settings.delete().where(settings.c.key.in_([HEAD_KEY,
                                                              audit_seal.KEY_ID_SETTING])))
    bind.execute(settings.insert(), [
        {"key": HEAD_KEY, "value": f"{last}:{prev_hash}"},
        {"key": audit_seal.KEY_ID_SETTING, "value": audit_seal.fingerprint(key)},
    ])


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("row_hash")
