"""The demo office: a throw-away database a newcomer can try everything on."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desk_app.services import office
from desk_app.services.actors import SYSTEM
from desk_app.services.setup import init_database
from desk_app.store.db import session_scope

DEMO_OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
    "form_set": "2025",
}


def create_demo_database() -> str:
    """A new SQLite database in a temporary folder, initialised with the demo office."""
    folder = Path(tempfile.mkdtemp(prefix="desk_app_demo_"))
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    init_database(url)
    with session_scope(url) as session:
        office.write_settings(
            session, {k: office.validate(k, v) for k, v in DEMO_OFFICE.items()}, SYSTEM
        )
    return url
