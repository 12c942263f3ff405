"""inboxes: a unit's dossiers named to no one, by the step in progress's due moment

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 19:40:00

An officer's own inbox lists, beside the dossiers handed to them, those of their unit that
went to no one by name (services/supervision/inbox.py). `ix_dossier_step_unit` reads the
unit's dossiers in the inbox's order but not only those without an officer: on a million
dossiers it walked a unit's thirteen thousand to find them (180 ms). Partial on the
dossiers with a step in progress, the index holds only the open ones.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = sa.text("step_position IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_dossier_step_held", "dossier",
                    ["step_unit_id", "officer_id", "step_due_at"],
                    sqlite_where=WHERE, postgresql_where=WHERE)


def downgrade() -> None:
    op.drop_index("ix_dossier_step_held", table_name="dossier")
