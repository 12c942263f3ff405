"""calendar_override.status: an office's own day, or an official decision it imported

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-03 14:10:00

`desk-admin calendar add` stores the office's own days (`office`, what every existing row is);
`desk-admin calendar import` stores the days of an official decision (`official`), which
`calendar show` reports as such.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("calendar_override") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=False,
                                   server_default="office"))


def downgrade() -> None:
    with op.batch_alter_table("calendar_override") as batch:
        batch.drop_column("status")
