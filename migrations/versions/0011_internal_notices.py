"""internal notices: a key that lets the outbox hold each internal notice once

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 19:40:00

`notice.once_key` names what an internal notice is about (an overrunning step: dossier, step
position, recipient); the unique index keeps two counters, or two runs of the same timer, from
writing it twice. Notices to citizens leave it empty (NULL), as every row written before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0008 and 0010: batch mode would rebuild a table others refer to.
    op.add_column("notice", sa.Column("once_key", sa.String(length=320), nullable=True))
    op.create_index("ix_notice_once_key", "notice", ["once_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_notice_once_key", table_name="notice")
    op.execute("ALTER TABLE notice DROP COLUMN once_key")
