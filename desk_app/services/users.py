"""Users, passwords (Argon2id) and logging in, with a lockout after repeated failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.text import nfc
from desk_app.services import audit
from desk_app.services.actors import ROLES, SYSTEM, Actor, require
from desk_app.services.errors import NotFound, UserError
from desk_app.store.db import session_scope
from desk_app.store.models import User

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: str
    active: bool


class LoginFailed(UserError):
    pass


def check_password_rules(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Mật khẩu: cần ít nhất {MIN_PASSWORD_LENGTH} ký tự")
    if password.lower() == username.lower() or password.isdigit() or password.isalpha():
        raise UserError("Mật khẩu: phải có cả chữ và số, và khác tên đăng nhập")


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


def add_user(url: str, username: str, full_name: str, role: str, password: str,
             actor: Actor = SYSTEM) -> UserInfo:
    require(actor, "user.edit")
    with session_scope(url) as session:
        user = _new_user(session, username, full_name, role, password, actor)
        return UserInfo(user.username, user.full_name, user.role, True)


def has_users(url: str) -> bool:
    with session_scope(url) as session:
        return session.execute(select(func.count()).select_from(User)).scalar_one() > 0


def list_users(url: str) -> list[UserInfo]:
    with session_scope(url) as session:
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [UserInfo(u.username, u.full_name, u.role, u.active) for u in users]


def set_password(url: str, username: str, password: str, actor: Actor = SYSTEM) -> None:
    if actor.username != username:
        require(actor, "user.edit")
    check_password_rules(password, username)
    with session_scope(url) as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(f"Tên đăng nhập: không có người dùng '{username}'")
        user.password_hash = _hasher.hash(password)
        user.failed_logins, user.locked_until = 0, None
        audit.record(session, actor, config.now(), "user.passwd", "user", username)


def authenticate(url: str, username: str, password: str,
                 now: datetime | None = None) -> Actor:
    """The actor for a correct password; a refusal that does not tell which part was wrong."""
    now = now or config.now()
    username = nfc(username).lower()
    with session_scope(url) as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or not user.active:
            raise LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng")
        if user.locked_until and user.locked_until > now:
            raise LoginFailed(f"Tài khoản tạm khoá đến {user.locked_until:%H:%M} do nhập sai "
                              f"mật khẩu {MAX_FAILED_LOGINS} lần")
        try:
            _hasher.verify(user.password_hash, password)
        except VerificationError:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until, user.failed_logins = now + LOCKOUT, 0
            session.commit()
            raise LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng") from None
        user.failed_logins, user.locked_until = 0, None
        return Actor(user.id, user.username, user.role, user.full_name)
