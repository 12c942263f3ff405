"""Recording what happens to a dossier after intake: each step is an event, and the stored
due date and status are recomputed from all events in the same transaction."""

from __future__ import annotations

from datetime import datetime

from desk_app import config
from desk_app.domain.lifecycle import IllegalTransition, next_status
from desk_app.domain.text import nfc
from desk_app.services import audit
from desk_app.services.actors import SYSTEM, Actor, require
from desk_app.services.clock import apply_derived, derive, load_calendar
from desk_app.services.dossiers import _load
from desk_app.services.errors import UserError
from desk_app.services.intake import unit_id
from desk_app.store.db import retrying, session_scope
from desk_app.store.models import DossierEvent

PERMISSION_FOR = {
    "transferred": "dossier.transfer",
    "returned": "dossier.return",
    "withdrawn": "dossier.return",
}


@retrying
def record_event(url: str, code: str, kind: str, actor: Actor = SYSTEM,
                 at: datetime | None = None, unit: str = "", note: str = "",
                 data: dict | None = None) -> str:
    """Append one event and return the new status; an illegal step changes nothing."""
    require(actor, PERMISSION_FOR.get(kind, "dossier.process"))
    at = (at or config.now()).replace(second=0, microsecond=0)
    with session_scope(url) as session:
        dossier = _load(session, code)
        try:
            next_status(dossier.status, kind)
        except IllegalTransition as exc:
            raise UserError(str(exc)) from exc
        last = max((e.at for e in dossier.events), default=at)
        if at < last:
            raise UserError(f"Thời điểm: {at:%H:%M %d/%m/%Y} trước sự kiện gần nhất của hồ sơ")
        before = {"status": dossier.status, "due_at": dossier.due_at}
        event = DossierEvent(kind=kind, at=at, actor_id=actor.user_id,
                             unit_id=unit_id(session, nfc(unit)), note=nfc(note),
                             data=data or {})
        dossier.events.append(event)
        if kind == "transferred" and event.unit_id:
            dossier.unit_id = event.unit_id
        session.flush()
        state = derive(dossier.version, load_calendar(session), list(dossier.events))
        apply_derived(dossier, state)
        audit.record(session, actor, config.now(), f"dossier.{kind}", "dossier", code, before,
                     {"status": state.status, "due_at": state.due_at, "note": nfc(note)})
        return state.status
