"""Schema migrations (Alembic) run from the program, without an alembic.ini."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desk_app.paths import MIGRATIONS
from desk_app.store.db import get_engine
from desk_app.store.fulltext import include_name
from desk_app.store.models import Base


def _config(connection=None) -> Config:
    config = Config()
    # Options are interpolated as in configparser: a "%" in the program's folder must double.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(url: str, revision: str = "head") -> None:
    with get_engine(url).begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(url: str, revision: str = "base") -> None:
    with get_engine(url).begin() as connection:
        command.downgrade(_config(connection), revision)


def current_revision(url: str) -> str | None:
    with get_engine(url).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def schema_differences(url: str) -> list:
    """What `alembic check` would report: differences between the models and the database."""
    with get_engine(url).connect() as connection:
        context = MigrationContext.configure(
            connection,
            # The raw text index of migration 0003 is not in the models.
            opts={"compare_type": True, "render_as_batch": True, "include_name": include_name},
        )
        return compare_metadata(context, Base.metadata)


def revision(url: str, message: str) -> None:
    """Developer helper: autogenerate a new migration against an up-to-date database."""
    with get_engine(url).begin() as connection:
        command.revision(_config(connection), message=message, autogenerate=True)
