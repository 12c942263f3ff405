"""Shared test set-up: offscreen Qt, a fixed clock, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from desk_app.services.actors import Actor  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402
from desk_app.store.db import dispose  # noqa: E402

POSTGRES_VARIABLE = "DESK_APP_TEST_DATABASE_URL"

# Who a test acts as when it is not about who acts: an administrator without a user account,
# so that the audit trail names it desk-admin, as it names the command line.
ADMIN = Actor(None, "desk-admin", "admin", "Quản trị hệ thống")


def as_admin(url: str) -> Desk:
    return Desk(url, ADMIN)


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get(POSTGRES_VARIABLE) else ["sqlite"]


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """Every test runs at the same known moment unless it sets DESK_APP_NOW itself."""
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 09:00")
    monkeypatch.delenv("DESK_APP_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def audit_key_file(monkeypatch, tmp_path):
    """Each test seals its audit trail with its own key, never the profile's."""
    path = tmp_path / "keys" / "audit.key"
    monkeypatch.setenv("DESK_APP_KEY_FILE", str(path))
    return path


def _postgres_schema_url() -> Iterator[str]:
    base = make_url(os.environ[POSTGRES_VARIABLE]).set(drivername="postgresql+psycopg")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    # Failing, not skipping, when the server is configured but does not answer.
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    url_text = url.render_as_string(hide_password=False)
    try:
        yield url_text
    finally:
        dispose(url_text)
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=_backends())
def empty_db_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a throw-away PostgreSQL schema."""
    if request.param == "sqlite":
        url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
        yield url
        dispose(url)
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def db_url(empty_db_url) -> str:
    """A database at the newest schema with the bundled catalogue, as `desk-admin init`
    leaves it."""
    from desk_app.services.setup import init_database

    init_database(Desk(empty_db_url))
    return empty_db_url
