"""Users, passwords (Argon2id) and logging in, with a lockout after repeated failures."""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import and_, case, func, inspect, or_, select, update
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.text import nfc
from desk_app.services import audit
from desk_app.services.actors import ROLES, Actor, require
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, UserError
from desk_app.services.safety.sqlite_file import sqlite_path
from desk_app.services.units import unit_id
from desk_app.store.db import get_engine, read_scope, retrying, session_scope
from desk_app.store.models import Unit, User

# Enough to catch a slip (no @, a space); the mail server has the last word.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
# Long enough for any passphrase; the limit keeps a pasted novel from tying up the hasher.
MAX_PASSWORD_LENGTH = 128
PASSWORD_RULES_VI = (f"Mật khẩu: từ {MIN_PASSWORD_LENGTH} đến {MAX_PASSWORD_LENGTH} ký tự, "
                     "có ít nhất một chữ cái và một chữ số, khác tên đăng nhập")
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: str
    active: bool
    # Set while a lockout after wrong passwords lasts; an expired one is left out.
    locked_until: datetime | None = None
    unit: str = ""  # the unit the user works in ("": the desk or the centre)
    email: str = ""  # where an overrunning step's internal notice goes


class LoginFailed(UserError):
    pass


def check_password_rules(password: str, username: str) -> None:
    """The few rules there are, each refusal saying which one and what the rules are."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Mật khẩu: cần ít nhất {MIN_PASSWORD_LENGTH} ký tự ({PASSWORD_RULES_VI})")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(f"Mật khẩu: dài quá {MAX_PASSWORD_LENGTH} ký tự")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise UserError("Mật khẩu: phải có ít nhất một chữ cái và một chữ số")
    if password.lower() == username.lower():
        raise UserError("Mật khẩu: không được trùng tên đăng nhập")


def _new_user(session: Session, username: str, full_name: str, role: str, password: str,
              actor: Actor) -> User:
    """Check and add one user inside the caller's transaction; the row is flushed."""
    username, full_name = nfc(username).lower(), nfc(full_name)
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        raise UserError("Tên đăng nhập: chỉ gồm chữ, số, dấu chấm và gạch dưới")
    if not full_name:
        raise UserError("Họ tên: không được để trống")
    if role not in ROLES:
        raise UserError(f"Vai trò: '{role}' không hợp lệ ({', '.join(ROLES)})")
    check_password_rules(password, username)
    now = config.now()
    if session.execute(select(User).where(User.username == username)).first():
        raise UserError(f"Tên đăng nhập: '{username}' đã có")
    user = User(username=username, full_name=full_name, role=role,
                password_hash=_hasher.hash(password), created_at=now)
    session.add(user)
    session.flush()
    audit.record(session, actor, now, "user.add", "user", username, None,
                 {"full_name": full_name, "role": role})
    return user


@retrying
def add_user(desk: Desk, username: str, full_name: str, role: str, password: str,
             unit: str = "", email: str = "") -> UserInfo:
    require(desk.user, "user.edit")
    with session_scope(desk.url) as session:
        user = _new_user(session, username, full_name, role, password, desk.user)
        if unit or email:
            _place(session, user, unit, email, desk.user, desk.now())
        return _info(session, user)


@retrying
def set_unit(desk: Desk, username: str, unit: str, email: str | None = None) -> UserInfo:
    """Where a user works (a unit's officer, or its head when a supervisor; "" the desk or
    the centre) and, when given, their e-mail address for internal notices."""
    require(desk.user, "user.edit")
    with session_scope(desk.url) as session:
        user = _find(session, username)
        _place(session, user, unit, user.email if email is None else email, desk.user,
               desk.now())
        return _info(session, user)


def _place(session: Session, user: User, unit: str, email: str, actor: Actor,
           now: datetime) -> None:
    unit, email = " ".join(nfc(unit).split()), nfc(email).strip()
    if email and not _EMAIL.fullmatch(email):
        raise UserError(f"Thư điện tử: '{email}' không phải địa chỉ thư hợp lệ")
    if len(unit) > 255 or len(email) > 255:
        raise UserError("Đơn vị hoặc thư điện tử: dài quá 255 ký tự")
    before = {"unit": _unit_name(session, user.unit_id), "email": user.email}
    user.unit_id = unit_id(session, unit)
    user.email = email
    audit.record(session, actor, now, "user.unit", "user", user.username, before,
                 {"unit": unit, "email": email})


def _unit_name(session: Session, unit: int | None) -> str:
    return session.get(Unit, unit).name if unit else ""


def _info(session: Session, user: User) -> UserInfo:
    return UserInfo(user.username, user.full_name, user.role, user.active,
                    unit=_unit_name(session, user.unit_id), email=user.email or "")


def has_users(desk: Desk) -> bool:
    with read_scope(desk.url) as session:
        return session.execute(select(func.count()).select_from(User)).scalar_one() > 0


def in_set_up(desk: Desk) -> bool:
    """Whether the database is still being set up: it has no user yet, or not even its tables
    (before the first `desk-admin init`). Only then may anyone act as the set-up."""
    path = sqlite_path(desk.url)
    if path is not None and not path.exists():
        # Not opened: connecting would create an empty file where `init` must find none.
        return True
    if not inspect(get_engine(desk.url)).has_table(User.__tablename__):
        return True
    return not has_users(desk)


def list_users(desk: Desk) -> list[UserInfo]:
    require(desk.user, "user.edit")
    now = desk.now()
    with read_scope(desk.url) as session:
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [UserInfo(u.username, u.full_name, u.role, u.active,
                         u.locked_until if u.locked_until and u.locked_until > now else None,
                         units.get(u.unit_id, ""), u.email or "")
                for u in users]


@retrying
def set_password(desk: Desk, username: str, password: str) -> None:
    if desk.user.username != username:
        require(desk.user, "user.edit")
    check_password_rules(password, username)
    with session_scope(desk.url) as session:
        user = _find(session, username)
        user.password_hash = _hasher.hash(password)
        user.failed_logins, user.locked_until = 0, None
        audit.record(session, desk.user, desk.now(), "user.passwd", "user", username)


def _find(session: Session, username: str) -> User:
    username = nfc(username).lower()
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"Tên đăng nhập: không có người dùng '{username}'")
    return user


@retrying
def _set_active(desk: Desk, username: str, active: bool) -> UserInfo:
    require(desk.user, "user.edit")
    with session_scope(desk.url) as session:
        user = _find(session, username)
        if active and user.active:
            # "Enable" is also how an admin lets in someone locked out by wrong passwords.
            _unlock(session, desk, user)
            return UserInfo(user.username, user.full_name, user.role, user.active)
        if user.active == active:
            return UserInfo(user.username, user.full_name, user.role, user.active)
        if not active:
            if user.username == desk.user.username:
                raise UserError("Tên đăng nhập: không thể tự khoá tài khoản đang dùng")
            if user.role == "admin" and _other_active_admins(session, user) == 0:
                raise UserError(f"Tên đăng nhập: '{user.username}' là quản trị viên cuối cùng "
                                "còn hoạt động, không thể khoá")
        user.active = active
        if active:
            # Re-enabling someone means letting them in again now, not after a lockout.
            user.failed_logins, user.locked_until = 0, None
        audit.record(session, desk.user, desk.now(), "user.enable" if active else "user.disable",
                     "user", user.username, {"active": not active}, {"active": active})
        return UserInfo(user.username, user.full_name, user.role, user.active)


def _unlock(session: Session, desk: Desk, user: User) -> None:
    """Lift a lockout and forget the failures counted; the trail notes a lockout lifted."""
    locked_until, now = user.locked_until, desk.now()
    user.failed_logins, user.locked_until = 0, None
    if locked_until is not None and locked_until > now:
        audit.record(session, desk.user, now, "user.unlock", "user", user.username,
                     {"locked_until": locked_until}, {"locked_until": None})


def _other_active_admins(session: Session, user: User) -> int:
    return session.execute(
        select(func.count()).select_from(User).where(
            User.role == "admin", User.active.is_(True), User.id != user.id)
    ).scalar_one()


@retrying
def update_user(desk: Desk, username: str, full_name: str | None = None,
                role: str | None = None) -> UserInfo:
    """A new full name or role (None keeps it). The office always keeps an active admin, and
    nobody changes their own role: the program goes on acting with the role they logged in
    with."""
    require(desk.user, "user.edit")
    if full_name is not None:
        full_name = nfc(full_name).strip()
        if not full_name:
            raise UserError("Họ tên: không được để trống")
    if role is not None and role not in ROLES:
        raise UserError(f"Vai trò: '{role}' không hợp lệ ({', '.join(ROLES)})")
    with session_scope(desk.url) as session:
        user = _find(session, username)
        wanted = {"full_name": full_name, "role": role}
        before = {key: getattr(user, key) for key, value in wanted.items()
                  if value is not None and value != getattr(user, key)}
        if "role" in before:
            if user.username == desk.user.username:
                raise UserError("Vai trò: không thể tự đổi vai trò của tài khoản đang dùng")
            if user.role == "admin" and user.active and _other_active_admins(session, user) == 0:
                raise UserError(f"Vai trò: '{user.username}' là quản trị viên cuối cùng còn "
                                "hoạt động, không thể đổi vai trò")
        if before:
            after = {key: wanted[key] for key in before}
            for key, value in after.items():
                setattr(user, key, value)
            audit.record(session, desk.user, desk.now(), "user.update", "user", user.username,
                         before, after)
        return UserInfo(user.username, user.full_name, user.role, user.active)


def disable_user(desk: Desk, username: str) -> UserInfo:
    """The account stays (its name is in the history) but can no longer log in or unlock."""
    return _set_active(desk, username, False)


def enable_user(desk: Desk, username: str) -> UserInfo:
    return _set_active(desk, username, True)


@functools.cache
def _dummy_hash() -> str:
    """A hash of no one's password, made with the hasher's own settings (so it costs what a real
    one costs), for the names that have no account; made once, at the first of them."""
    return _hasher.hash(secrets.token_urlsafe(16))


@retrying
def _count_attempt(desk: Desk, username: str, now: datetime) -> tuple[User | None, datetime | None]:
    """Count one password check against the account before it is made: the account (detached),
    or None and when its lockout ends (None too for a name without an account).

    One UPDATE both adds the failure and sets the lockout at the limit, and it only matches an
    account that is not locked, so parallel guesses cannot read the same count: PostgreSQL
    locks the row and re-reads it for the second writer, SQLite lets one writer in at a time.
    The check itself runs after the commit, holding no lock (Argon2 takes tenths of a second).
    A lockout that has run out starts the count afresh."""
    ran_out = and_(User.locked_until.is_not(None), User.locked_until <= now)
    failures = case((ran_out, 1), else_=User.failed_logins + 1)
    with session_scope(desk.url) as session:
        user = session.execute(
            update(User)
            .where(User.username == username,
                   or_(User.locked_until.is_(None), User.locked_until <= now))
            .values(failed_logins=failures,
                    locked_until=case((failures >= MAX_FAILED_LOGINS, now + LOCKOUT)))
            .returning(User),
            execution_options={"synchronize_session": False},
        ).scalar_one_or_none()
        if user is not None:
            return user, None
        return None, session.execute(
            select(User.locked_until).where(User.username == username)).scalar_one_or_none()


@retrying
def _clear_failures(desk: Desk, user_id: int) -> None:
    with session_scope(desk.url) as session:
        session.execute(update(User).where(User.id == user_id)
                        .values(failed_logins=0, locked_until=None))


def authenticate(desk: Desk, username: str, password: str,
                 now: datetime | None = None) -> Actor:
    """The actor for a correct password; a refusal that does not tell which part was wrong.
    At most MAX_FAILED_LOGINS passwords are checked before the lockout, however many guesses
    arrive at once; a name without an account takes as long as a wrong password."""
    now = now or desk.now()
    user, locked_until = _count_attempt(desk, nfc(username).lower(), now)
    if locked_until is not None:
        raise LoginFailed(f"Tài khoản tạm khoá đến {locked_until:%H:%M} do nhập sai "
                          f"mật khẩu {MAX_FAILED_LOGINS} lần")
    try:
        _hasher.verify(user.password_hash if user is not None else _dummy_hash(), password)
    except VerificationError:
        raise LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng") from None
    if user is None:
        # Only a guess of the random dummy password gets here; it is still no account.
        raise LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng")
    # The right password was no guess, even on a disabled account.
    _clear_failures(desk, user.id)
    if not user.active:
        # Said only to whoever knows the password: they need an admin, not another try.
        raise LoginFailed("Tài khoản đã bị khoá: liên hệ quản trị viên")
    return Actor(user.id, user.username, user.role, user.full_name)
