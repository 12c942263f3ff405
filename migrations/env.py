"""Alembic environment: runs on the connection desk_app.store.migrate hands over."""

from alembic import context

from desk_app.store.fulltext import include_name
from desk_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
        # The raw text index of migration 0003 is not in the models.
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("desk_app migrations run online only (desk-admin init)")
run_migrations_online()
