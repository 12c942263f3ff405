"""Decree 118/2025: the settling agency's identifier per procedure

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 14:00:00

Adds `procedure.agency_code` (empty for every procedure already in the catalogue: their
dossiers' codes are stored and never rebuilt; a catalogue import that gives the column fills
it for the dossiers still to come).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite's batch mode would rebuild `procedure`, which the versions
    # and the dossiers of a live register refer to, and the rebuild trips the foreign keys.
    op.add_column("procedure", sa.Column("agency_code", sa.String(35), nullable=False,
                                         server_default=""))


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35 and later, PostgreSQL): batch mode's rebuild of
    # `procedure` would trip the foreign keys of the versions and dossiers referring to it.
    op.execute("ALTER TABLE procedure DROP COLUMN agency_code")
