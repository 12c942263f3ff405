"""Creating or upgrading a database: `desk-admin init` and the program's first start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.services import office, schema_upgrade, users
from desk_app.services.actors import FIRST_START, Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.office import ensure_secret
from desk_app.services.rules.catalog import load_bundled_if_empty
from desk_app.services.safety.sqlite_file import set_asides, sqlite_path
from desk_app.store import migrate
from desk_app.store.db import retrying, session_scope
from desk_app.store.models import User


@dataclass(frozen=True)
class InitReport:
    revision_before: str | None
    revision_after: str | None
    procedures_loaded: int
    steps_filled: int = 0  # dossiers given their process steps by the upgrade to 0010


def init_database(desk: Desk) -> InitReport:
    """Upgrade to the newest schema and fill an empty catalogue; running it twice is a no-op.
    Refused when the SQLite file is missing but a copy a restore set aside is beside it: that
    office's data is to be put back, not replaced by an empty database."""
    _refuse_empty_over_set_aside(desk.url)
    before = migrate.current_revision(desk.url)
    filled = schema_upgrade.upgrade(desk.url)
    with session_scope(desk.url) as session:
        ensure_secret(session)
        loaded = load_bundled_if_empty(session)
    return InitReport(before, migrate.current_revision(desk.url), loaded, filled)


def _refuse_empty_over_set_aside(url: str) -> None:
    path = sqlite_path(url)
    if path is None or path.exists():
        return
    kept = set_asides(path)
    if kept:
        raise UserError(
            f"Cơ sở dữ liệu: không có tệp {path.name} nhưng có bản được giữ lại khi khôi phục "
            f"({kept[0].name}); không tạo cơ sở dữ liệu trống. Hãy đặt lại bản đó: desk-admin "
            f"--db sqlite:///{path.as_posix()} restore {kept[0]}")


def is_initialised(desk: Desk) -> bool:
    return migrate.current_revision(desk.url) == migrate.head_revision()


@retrying
def complete_setup(desk: Desk, settings: dict[str, str], admin_username: str,
                   admin_full_name: str, admin_password: str) -> Actor:
    """The first start: the office profile and the first administrator in one transaction.

    Refused once any user exists, so it cannot be used to add a second administrator.
    """
    values = {key: office.validate(key, value) for key, value in settings.items()}
    with session_scope(desk.url) as session:
        if session.execute(select(func.count()).select_from(User)).scalar_one():
            raise UserError("Thiết lập ban đầu: cơ sở dữ liệu đã có người dùng")
        admin = users._new_user(session, admin_username, admin_full_name, "admin",
                                admin_password, FIRST_START)
        actor = Actor(admin.id, admin.username, admin.role, admin.full_name)
        office.write_settings(session, values, actor)
        ensure_secret(session)
    return actor
