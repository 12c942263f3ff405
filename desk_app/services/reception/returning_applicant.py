"""A returning applicant recalled at intake by their ID number: who they are and how to reach
them, as their latest dossier recorded it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk_app.domain.privacy import mask_id
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.dossiers import reads_full_id
from desk_app.store.db import read_scope
from desk_app.store.models import Dossier


@dataclass(frozen=True)
class ReturningApplicant:
    # Masked unless the actor may read an ID number whole (personal.read), as a dossier is.
    id_number: str
    name: str
    address: str
    phone: str
    email: str
    latest_code: str
    latest_received_at: datetime


def recall(desk: Desk, id_number: str) -> ReturningApplicant | None:
    """The latest dossier of whoever holds `id_number`, None for a first visit. For the
    counter: who may receive dossiers. (Old 9-digit CMND numbers are never stored: intake
    takes the 12-digit number, so the card's old number recalls nobody.)"""
    require(desk.user, "dossier.receive")
    wanted = "".join(id_number.split())
    if not wanted:
        return None
    with read_scope(desk.url) as session:
        latest = session.execute(
            select(Dossier).where(Dossier.id_number == wanted)
            .order_by(Dossier.received_at.desc(), Dossier.id.desc()).limit(1)
        ).scalar_one_or_none()
        if latest is None:
            return None
        return ReturningApplicant(
            latest.id_number if reads_full_id(desk) else mask_id(latest.id_number),
            latest.applicant_name, latest.address, latest.phone, latest.email, latest.code,
            latest.received_at)
