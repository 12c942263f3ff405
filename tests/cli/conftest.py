"""desk-admin's tests run as a person: an administrator account on every initialised database,
logged in through DESK_APP_USER and DESK_APP_PASSWORD as a scheduled task would."""

from __future__ import annotations

import pytest

from desk_app.services import users
from desk_app.services.actors import FIRST_START
from desk_app.services.desk import Desk
from desk_app.services.setup import init_database

ADMIN_USERNAME, ADMIN_FULL_NAME, ADMIN_PASSWORD = "quantri", "Trần Văn Quản", "quantri2025"


@pytest.fixture(autouse=True)
def logged_in_as_admin(monkeypatch):
    monkeypatch.setenv("DESK_APP_USER", ADMIN_USERNAME)
    monkeypatch.setenv("DESK_APP_PASSWORD", ADMIN_PASSWORD)


@pytest.fixture
def db_url(empty_db_url) -> str:
    """As `desk-admin init` and the first `desk-admin user add` leave a database."""
    init_database(Desk(empty_db_url))
    users.add_user(Desk(empty_db_url, FIRST_START), ADMIN_USERNAME, ADMIN_FULL_NAME, "admin",
                   ADMIN_PASSWORD)
    return empty_db_url
