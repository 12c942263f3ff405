"""Files and dumps that carry applicants' personal data (names, ID numbers, addresses,
phones): only for roles that answer for them, and each one recorded in the audit trail.

Every service that writes such an export calls `authorise_export` inside its transaction,
before the data leaves it: a refused actor gets `PermissionDenied` and nothing is written.
"""

from __future__ import annotations

from desk_app import config
from desk_app.services import audit, dossiers
from desk_app.services.actors import Actor, require
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.store.db import session_scope

MAX_WHAT = 128  # the audit entry's key column


def authorise_export(session, actor: Actor, what: str, count: int) -> None:
    """Refuse unless `actor` may export personal data; else audit the export.

    `what` names the kind of export and its format ("dossier list (csv)", "register
    2025 (xlsx)"), never a search text or anything else a citizen could be recognised by;
    `count` is how many rows (dossiers, lines) it holds.
    """
    require(actor, "personal.export")
    if not what or len(what) > MAX_WHAT:
        raise UserError(f"Loại dữ liệu xuất: từ 1 đến {MAX_WHAT} ký tự")
    audit.record(session, actor, config.now(), "export", "export", what, None,
                 {"what": what, "count": count})


def record_export(desk: Desk, what: str, count: int) -> None:
    """`authorise_export` in a transaction of its own, for an export whose rows were read
    (and its file rendered) before: call it before the file is handed over."""
    with session_scope(desk.url) as session:
        authorise_export(session, desk.user, what, count)


def dossier_list(desk: Desk, query: dossiers.DossierQuery, limit: int,
                 fmt: str) -> list[dossiers.DossierRow]:
    """The rows of `desk-admin dossier list --format csv|json`, ID numbers in full."""
    require(desk.user, "personal.export")
    rows = dossiers.search(desk, query, limit=limit)
    record_export(desk, f"dossier list ({fmt})", len(rows))
    return rows
