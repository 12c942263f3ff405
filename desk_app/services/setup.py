"""Creating or upgrading a database: `desk-admin init` and the program's first start."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.services.catalog import load_bundled_if_empty
from desk_app.services.office import ensure_secret
from desk_app.store import migrate
from desk_app.store.db import session_scope


@dataclass(frozen=True)
class InitReport:
    revision_before: str | None
    revision_after: str | None
    procedures_loaded: int


def init_database(url: str) -> InitReport:
    """Upgrade to the newest schema and fill an empty catalogue; running it twice is a no-op."""
    before = migrate.current_revision(url)
    migrate.upgrade(url)
    with session_scope(url) as session:
        ensure_secret(session)
        loaded = load_bundled_if_empty(session)
    return InitReport(before, migrate.current_revision(url), loaded)


def is_initialised(url: str) -> bool:
    return migrate.current_revision(url) == migrate.head_revision()
