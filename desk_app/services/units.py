"""Processing units, named by the offices' own lists."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.store.models import Unit


def unit_id(session: Session, name: str) -> int | None:
    """The unit of that name, created on first use (units come from the offices' own lists)."""
    if not name:
        return None
    unit = session.execute(select(Unit).where(Unit.name == name)).scalar_one_or_none()
    if unit is None:
        unit = Unit(name=name)
        session.add(unit)
        session.flush()
    return unit.id
