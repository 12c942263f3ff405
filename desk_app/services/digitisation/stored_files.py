"""The file store in `desk-admin check`: every file's hash verified, the unreferenced ones
reported, and `check --sweep` removing those."""

from __future__ import annotations

from collections.abc import Iterator

from desk_app.services import audit
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.digitisation import file_store
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope, retrying, session_scope


def check(url: str, orphans: bool = True) -> Iterator[file_store.FileProblem]:
    """Each stored file missing or altered (with a dossier that names it) and, with
    `orphans`, each file no dossier names."""
    with read_scope(url) as session:
        folder = file_store.folder_for(url, read_settings(session))
        for problem in file_store.problems(session, folder):
            if orphans or problem.kind != "unreferenced":
                yield problem


@retrying
def sweep(desk: Desk, grace: float = file_store.SWEEP_GRACE_SECONDS) -> list[str]:
    """Remove the stored files no dossier names (those in the folder older than `grace`
    seconds: younger ones may be an attach still running); the hashes removed, audited."""
    require(desk.user, "database.restore")
    with session_scope(desk.url) as session:
        folder = file_store.folder_for(desk.url, read_settings(session))
        removed, paths = file_store.sweep(session, folder, grace)
        if removed:
            audit.record(session, desk.user, desk.now(), "files.sweep", "database", "files",
                         None, {"removed": removed})
    # Only once no row names them any more: a sweep that fails to commit removes nothing.
    for path in paths:
        path.unlink(missing_ok=True)
    return removed
