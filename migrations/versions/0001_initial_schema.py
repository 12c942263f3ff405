"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 20:27:33.925841
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_override")),
    )
    op.create_table(
        "daily_sequence",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "day", name=op.f("pk_daily_sequence")),
    )
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_setting")),
    )
    op.create_table(
        "procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=255), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("agency", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure")),
        sa.UniqueConstraint("code", name=op.f("uq_procedure_code")),
    )
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procedure_field"), ["field"], unique=False)

    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_unit_name")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_app_user_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "procedure_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("time_limit", sa.String(length=16), nullable=False),
        sa.Column("cutoff", sa.String(length=5), nullable=True),
        sa.Column("supplement_rule", sa.String(length=8), nullable=False),
        sa.Column("fee", sa.Text(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedure.id"],
            name=op.f("fk_procedure_version_procedure_id_procedure"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_version")),
        sa.UniqueConstraint(
            "procedure_id", "effective_from", name=op.f("uq_procedure_version_procedure_id")
        ),
    )
    with op.batch_alter_table("procedure_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_procedure_version_procedure_id"), ["procedure_id"], unique=False
        )

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_key", sa.String(length=128), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_entry_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_key"), ["entity_key"], unique=False)

    op.create_table(
        "dossier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("procedure_version_id", sa.Integer(), nullable=False),
        sa.Column("applicant_kind", sa.String(length=16), nullable=False),
        sa.Column("applicant_name", sa.String(length=255), nullable=False),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("delivery", sa.String(length=8), nullable=False),
        sa.Column("sets", sa.Integer(), nullable=False),
        sa.Column("fee", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("received_by_id", sa.Integer(), nullable=True),
        sa.Column("register_book", sa.String(length=16), nullable=False),
        sa.Column("register_number", sa.Integer(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["app_user.id"], name=op.f("fk_dossier_officer_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["procedure_version_id"],
            ["procedure_version.id"],
            name=op.f("fk_dossier_procedure_version_id_procedure_version"),
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["app_user.id"], name=op.f("fk_dossier_received_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_dossier_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
        sa.UniqueConstraint("code", name=op.f("uq_dossier_code")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_phone"), ["phone"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dossier_procedure_version_id"), ["procedure_version_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dossier_received_at"), ["received_at"], unique=False)
        batch_op.create_index("ix_dossier_status_due_at", ["status", "due_at"], unique=False)
        batch_op.create_index("ix_dossier_unit_status", ["unit_id", "status"], unique=False)

    op.create_table(
        "dossier_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_document_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_document")),
    )
    with op.batch_alter_table("dossier_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_document_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "dossier_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["app_user.id"], name=op.f("fk_dossier_event_actor_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_event_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_dossier_event_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_event")),
    )
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_event_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("agency", sa.String(length=255), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("new_due_at", sa.DateTime(), nullable=True),
        sa.Column("signer_title", sa.String(length=255), nullable=False),
        sa.Column("signer_name", sa.String(length=255), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_letter_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("kind", "agency", "year", "number", name=op.f("uq_letter_kind")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_dossier_id"), ["dossier_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_dossier_id"))

    op.drop_table("letter")
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_event_dossier_id"))

    op.drop_table("dossier_event")
    with op.batch_alter_table("dossier_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_document_dossier_id"))

    op.drop_table("dossier_document")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_unit_status")
        batch_op.drop_index("ix_dossier_status_due_at")
        batch_op.drop_index(batch_op.f("ix_dossier_received_at"))
        batch_op.drop_index(batch_op.f("ix_dossier_procedure_version_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_phone"))
        batch_op.drop_index(batch_op.f("ix_dossier_id_number"))

    op.drop_table("dossier")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_key"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("procedure_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_version_procedure_id"))

    op.drop_table("procedure_version")
    op.drop_table("app_user")
    op.drop_table("unit")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_field"))

    op.drop_table("procedure")
    op.drop_table("office_setting")
    op.drop_table("daily_sequence")
    op.drop_table("calendar_override")
