"""speed at scale: indexes for the overdue list, the report and the dossier list; text index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 21:10:00

The text index over `dossier.search_key` is raw SQL that the models cannot describe (see
desk_app/store/fulltext.py, whose `include_name` hides it from the model comparison):
- SQLite: the external-content FTS5 table `dossier_fts` and three triggers that keep it in step
  with `dossier`. A later migration that makes Alembic's batch mode copy the `dossier` table
  drops these triggers with the old table and must create them again.
- PostgreSQL: the pg_trgm extension (created when missing) and a GIN trigram index. The downgrade drops the index but keeps the extension: it belongs to the
  whole database, and other schemas may use it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_TABLE = "dossier_fts"
TRIGRAM_INDEX = "ix_dossier_search_key_trgm"
# The trigram tokenizer arrived in SQLite 3.34.0.
TRIGRAM_SQLITE = (3, 34, 0)

INDEXES = (
    # Report and overdue list: what was resolved or withdrawn in a period or after a moment.
    ("ix_dossier_completed_at", ["completed_at"]),
    ("ix_dossier_withdrawn_at", ["withdrawn_at"]),
    # Dossier list filtered by status or procedure, newest first, without sorting the matches.
    ("ix_dossier_status_received_at", ["status", "received_at"]),
    # The same for a procedure; its other columns are all the report reads, so that the
    # report's pass over the register reads this index instead of the whole table.
    ("ix_dossier_report", ["procedure_version_id", "received_at", "unit_id", "completed_at",
                           "withdrawn_at", "due_at", "channel"]),
)


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        # The overdue list picks its page from the open dossiers' due and receipt moments:
        # with received_at in the index it never reads the rows (80 ms to 16 ms on a million).
        batch_op.drop_index("ix_dossier_status_due_at")
        batch_op.create_index("ix_dossier_status_due_at", ["status", "due_at", "received_at"],
                              unique=False)
        for name, columns in INDEXES:
            batch_op.create_index(name, columns, unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _create_fts()
    elif dialect == "postgresql":
        _create_trigram_index()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        for name, _ in reversed(INDEXES):
            batch_op.drop_index(name)
        batch_op.drop_index("ix_dossier_status_due_at")
        batch_op.create_index("ix_dossier_status_due_at", ["status", "due_at"], unique=False)


def _create_fts() -> None:
    bind = op.get_bind()
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        # The search falls back to LIKE: slower on a big register, the same answers.
        return
    version = tuple(int(part) for part in
                    bind.exec_driver_sql("SELECT sqlite_version()").scalar().split("."))
    tokenizer = ("tokenize='trigram'" if version >= TRIGRAM_SQLITE
                 else "tokenize='unicode61 remove_diacritics 0', prefix='2 3'")
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        f"search_key, content='dossier', content_rowid='id', columnsize=0, {tokenizer})"
    )
    op.execute(
        f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON dossier BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    op.execute(
        f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON dossier BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
        f"VALUES ('delete', old.id, old.search_key); END"
    )
    op.execute(
        f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF search_key ON dossier BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
        f"VALUES ('delete', old.id, old.search_key); "
        f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    # Dossiers received before this migration.
    op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def _trigram_schema() -> str | None:
    return op.get_bind().exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    ).scalar()


def _create_trigram_index() -> None:
    schema = _trigram_schema()
    if schema is None:
        # In "public" when allowed, where every schema of the database finds it and no
        # schema's removal takes it (and the indexes built on it) away; else in the current
        # schema.
        public = op.get_bind().exec_driver_sql(
            "SELECT has_schema_privilege(oid, 'CREATE') FROM pg_namespace "
            "WHERE nspname = 'public'"
        ).scalar()
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm" + (" SCHEMA public" if public else ""))
        schema = _trigram_schema()
    # The operator class is named with its schema: the extension may live outside the
    # search path (installed earlier, for another schema of the same database).
    quoted = '"' + schema.replace('"', '""') + '"'
    op.execute(
        f"CREATE INDEX {TRIGRAM_INDEX} ON dossier USING gin (search_key {quoted}.gin_trgm_ops)"
    )
