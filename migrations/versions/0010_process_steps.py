"""internal process steps: each procedure version's steps, each dossier's steps derived

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 19:30:00

`procedure_version.steps` holds the published steps; `dossier_step` each dossier's steps as
replayed from its events; `dossier.step_*` the step in progress for the inboxes;
`app_user.email` where an overrunning step's internal notice goes. Dossiers already in the
register get their steps from `desk-admin init` (services/processing/steps.fill_missing).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("procedure_version",
                  sa.Column("steps", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("app_user",
                  sa.Column("email", sa.String(length=255), nullable=False, server_default=""))
    # Plain ADD COLUMNs, as in 0008: batch mode would rebuild tables that others refer to.
    # `dossier.step_unit_id` is a derived copy of dossier_step's holder, without a foreign key
    # of its own, since SQLite cannot add one to an existing table.
    for column in (sa.Column("step_position", sa.Integer(), nullable=True),
                   sa.Column("step_unit_id", sa.Integer(), nullable=True),
                   sa.Column("step_due_at", sa.DateTime(), nullable=True)):
        op.add_column("dossier", column)
    op.create_index("ix_dossier_step_unit", "dossier", ["step_unit_id", "step_due_at"])
    op.create_index("ix_dossier_step_officer", "dossier", ["officer_id", "step_due_at"])
    op.create_table(
        "dossier_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=255), nullable=False),
        sa.Column("budget", sa.String(length=8), nullable=False),
        sa.Column("holder_unit_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"],
                                name=op.f("fk_dossier_step_dossier_id_dossier")),
        sa.ForeignKeyConstraint(["holder_unit_id"], ["unit.id"],
                                name=op.f("fk_dossier_step_holder_unit_id_unit")),
        sa.ForeignKeyConstraint(["officer_id"], ["app_user.id"],
                                name=op.f("fk_dossier_step_officer_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_step")),
        sa.UniqueConstraint("dossier_id", "position", name=op.f("uq_dossier_step_dossier_id")),
    )
    op.create_index("ix_dossier_step_holder_done", "dossier_step", ["holder_unit_id", "done_at"])


def downgrade() -> None:
    op.drop_index("ix_dossier_step_holder_done", table_name="dossier_step")
    op.drop_table("dossier_step")
    op.drop_index("ix_dossier_step_officer", table_name="dossier")
    op.drop_index("ix_dossier_step_unit", table_name="dossier")
    for table, column in (("dossier", "step_due_at"), ("dossier", "step_unit_id"),
                          ("dossier", "step_position"), ("app_user", "email"),
                          ("procedure_version", "steps")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
