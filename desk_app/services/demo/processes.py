"""The demo's internal processes (quy trình nội bộ) and the staff who carry them out.

Decided here, where the brief leaves a choice:
- The bundled catalogue keeps no steps: a real office publishes its own processes (by the
  province's decision), and steps made up by the program would judge its dossiers by them. The
  demo publishes a typical one on each procedure of its database that has none, in place on
  the versions, which no dossier was judged under yet (the demo fills only a register
  without dossiers): receipt at the desk, examination in the processing unit, the unit head's
  review, the People's Committee's signature, the result handed back to the desk. Budgets add
  up to the procedure's limit; limits of a day or less, in hours or in calendar days keep the
  one implicit step (settled at the desk or counted otherwise).
- Each unit has two officers and a head (a supervisor placed in it), the committee's
  leadership a head, with random passwords nobody knows (an administrator sets one with
  `user passwd` to try them); hand-overs name them, as a clerk types the receiver, so the
  inboxes have owners. A database without users first gets the accounts of `desk-app --demo`
  (launch.DEMO_USERS, their passwords on its login screen): once a database has users,
  desk-admin asks who runs it, and `quantri` can.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.deadlines import TimeLimit
from desk_app.domain.process_steps import StepBudget, StepSpec, storable_steps
from desk_app.domain.text import fold
from desk_app.services import users
from desk_app.services.demo.launch import DEMO_USERS
from desk_app.services.demo.sample import UNITS
from desk_app.services.demo.volumes import unit_for
from desk_app.services.desk import Desk
from desk_app.services.dossier_steps import DESK_NAME
from desk_app.store.db import session_scope
from desk_app.store.models import Procedure, ProcedureVersion, Unit, User

LEADERSHIP = "Lãnh đạo UBND"
HALF = StepBudget(halves=1)
# (unit, full names of its two officers, its head).
STAFF = {
    UNITS[0]: (("Trần Thị Lan", "Lê Văn Hùng"), "Nguyễn Văn Thành"),
    UNITS[1]: (("Phạm Thị Thu", "Võ Minh Quân"), "Đỗ Thị Hoa"),
    UNITS[2]: (("Đặng Ngọc Ánh", "Hồ Văn Phúc"), "Lý Quốc Trung"),
    UNITS[3]: (("Bùi Thị Hạnh", "Ngô Quốc Bảo"), "Phan Văn Lợi"),
    UNITS[4]: (("Huỳnh Thị Mai", "Dương Văn Sơn"), "Vũ Thị Ngọc"),
    LEADERSHIP: ((), "Hoàng Minh Đức"),
}


def typical_steps(limit: TimeLimit, unit: str) -> tuple[StepSpec, ...]:
    """The usual five steps within `limit` (working days), fewer for one or two days; none
    for the other kinds of limit."""
    if limit.kind != "days":
        return ()
    receipt = StepSpec("Tiếp nhận hồ sơ", DESK_NAME, HALF)
    if limit.amount == 1:
        return receipt, StepSpec("Thẩm định, xử lý", unit, HALF)
    if limit.amount == 2:
        return (receipt, StepSpec("Thẩm định, xử lý", unit, StepBudget(halves=2)),
                StepSpec("Trả kết quả", DESK_NAME, HALF))
    return (receipt,
            StepSpec("Thẩm định, xử lý", unit, StepBudget(halves=2 * limit.amount - 4)),
            StepSpec("Lãnh đạo phòng xem xét", unit, HALF),
            StepSpec("Lãnh đạo UBND ký duyệt", LEADERSHIP, HALF),
            StepSpec("Trả kết quả", DESK_NAME, HALF))


def publish_steps(session: Session) -> int:
    """The typical process on every version without steps, in the caller's transaction;
    returns how many versions got one."""
    published = 0
    for field, version in session.execute(
            select(Procedure.field, ProcedureVersion)
            .join(ProcedureVersion, ProcedureVersion.procedure_id == Procedure.id)).all():
        if version.steps:
            continue
        steps = typical_steps(TimeLimit.parse(version.time_limit), unit_for(field))
        if steps:
            version.steps = storable_steps(steps)
            published += 1
    return published


@dataclass(frozen=True)
class Person:
    user_id: int | None
    name: str


@dataclass(frozen=True)
class UnitStaff:
    officers: tuple[Person, ...]
    head: Person | None


def _username(name: str) -> str:
    """"Trần Thị Lan" -> "lan.tt": the given name, then the initials of the others."""
    words = fold(name).split()
    return f"{words[-1]}.{''.join(w[0] for w in words[:-1])}"


def ensure_staff(desk: Desk) -> None:
    """The demo's accounts where a database has none, and the units' officers and heads
    whose user names are not taken."""
    with session_scope(desk.url) as session:
        taken = set(session.execute(select(User.username)).scalars())
    if not taken:
        for role, username, password, full_name in DEMO_USERS:
            users.add_user(desk, username, full_name, role, password)
            taken.add(username)
    for unit, (officers, head) in STAFF.items():
        for name, role in [*((o, "officer") for o in officers), (head, "supervisor")]:
            username = _username(name)
            if username in taken:
                continue
            taken.add(username)
            # Nobody knows it: an administrator sets one to try the account.
            password = f"Demo-{secrets.token_urlsafe(12)}-9a"
            users.add_user(desk, username, name, role, password, unit=unit)


def staff_of(session: Session) -> dict[str, UnitStaff]:
    """Each unit's active officers and its head (its first active supervisor, by id)."""
    found: dict[str, tuple[list[Person], list[Person]]] = {}
    for unit, user_id, name, role in session.execute(
            select(Unit.name, User.id, User.full_name, User.role)
            .join(Unit, Unit.id == User.unit_id)
            .where(User.active.is_(True), User.role.in_(("officer", "supervisor")))
            .order_by(User.id)).all():
        officers, heads = found.setdefault(unit, ([], []))
        (officers if role == "officer" else heads).append(Person(user_id, name))
    return {unit: UnitStaff(tuple(officers), heads[0] if heads else None)
            for unit, (officers, heads) in found.items()}
