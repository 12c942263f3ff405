"""Bringing a database to this program's schema: the migrations, then what they leave to the
program (the internal process steps of the dossiers already in an older register)."""

from __future__ import annotations

from desk_app.services import dossier_steps
from desk_app.store import migrate

# Revisions are zero-padded numbers, so they compare as text.
STEPS_REVISION = "0010"


def upgrade(url: str) -> int:
    """Upgrade to the newest schema; returns how many dossiers were given their steps (a
    register from before revision 0010 gets them once)."""
    before = migrate.current_revision(url)
    migrate.upgrade(url)
    if before is None or before >= STEPS_REVISION:
        return 0
    return dossier_steps.fill_missing(url)
