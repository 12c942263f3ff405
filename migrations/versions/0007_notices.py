"""notices to citizens: the consent per dossier and the outbox

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:20:00

Two new tables, nothing existing changes: `notice_consent` (the channels an applicant agreed
to) and `notice` (the transactional outbox the senders deliver from).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notice_consent",
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("channels", sa.String(length=32), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("given_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"],
                                name=op.f("fk_notice_consent_dossier_id_dossier")),
        sa.ForeignKeyConstraint(["given_by_id"], ["app_user.id"],
                                name=op.f("fk_notice_consent_given_by_id_app_user")),
        sa.PrimaryKeyConstraint("dossier_id", name=op.f("pk_notice_consent")),
    )
    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("recipient", sa.String(length=255), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"],
                                name=op.f("fk_notice_dossier_id_dossier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
    )
    op.create_index("ix_notice_due", "notice", ["status", "next_attempt_at"])
    op.create_index(op.f("ix_notice_dossier_id"), "notice", ["dossier_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_notice_dossier_id"), table_name="notice")
    op.drop_index("ix_notice_due", table_name="notice")
    op.drop_table("notice")
    op.drop_table("notice_consent")
