"""digitised files: the content-addressed store and each dossier's digitised documents

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 13:50:00

`stored_file` names every stored file by its SHA-256 (size, pages, who and when);
`file_blob` holds the bytes on PostgreSQL and in SQLite backup files; `dossier_file` links a
dossier's checklist document (or its result) to a stored file, with the signature's check.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.Column("stored_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["stored_by_id"], ["app_user.id"],
                                name=op.f("fk_stored_file_stored_by_id_app_user")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_file")),
    )
    op.create_table(
        "file_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["stored_file.sha256"],
                                name=op.f("fk_file_blob_sha256_stored_file")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_blob")),
    )
    op.create_table(
        "dossier_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("attached_at", sa.DateTime(), nullable=False),
        sa.Column("attached_by_id", sa.Integer(), nullable=True),
        sa.Column("reused_from_id", sa.Integer(), nullable=True),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("signer", sa.String(length=255), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("valid", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"],
                                name=op.f("fk_dossier_file_dossier_id_dossier")),
        sa.ForeignKeyConstraint(["sha256"], ["stored_file.sha256"],
                                name=op.f("fk_dossier_file_sha256_stored_file")),
        sa.ForeignKeyConstraint(["attached_by_id"], ["app_user.id"],
                                name=op.f("fk_dossier_file_attached_by_id_app_user")),
        sa.ForeignKeyConstraint(["reused_from_id"], ["dossier_file.id"],
                                name=op.f("fk_dossier_file_reused_from_id_dossier_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_file")),
    )
    with op.batch_alter_table("dossier_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_file_dossier_id"), ["dossier_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_file_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dossier_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_file_sha256"))
        batch_op.drop_index(batch_op.f("ix_dossier_file_dossier_id"))
    op.drop_table("dossier_file")
    op.drop_table("file_blob")
    op.drop_table("stored_file")
