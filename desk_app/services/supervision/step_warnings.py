"""Escalation of the steps in progress (issue 20): a step due within the office's
`step_warning_hours` working hours warns whoever holds it; a step past due warns its unit's
head and the supervisors, on their screens and, when the office sends e-mail, by one internal
notice each.

Who is who, as decided with the core (services/users.py): an officer holds the steps handed to
them by name; a unit's users hold its steps handed to no one by name; a clerk without a unit
holds the desk's. A unit's HEAD is an active user with role `supervisor` placed in that unit;
a supervisor without a unit oversees every unit and the desk. A paused step (the dossier's
clock standing still) warns nobody: it has no due moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desk_app.domain.lateness import past_due_line
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.actors import require
from desk_app.services.clock import load_calendar
from desk_app.services.desk import Desk
from desk_app.services.dossier_steps import DESK_NAME
from desk_app.services.lateness import lateness_rule
from desk_app.services.notices.settings import Channels
from desk_app.services.office import read_settings
from desk_app.services.supervision.inbox import (
    Holder,
    inbox,
    my_holder,
    with_step_in_progress,
)
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import (
    Dossier,
    DossierStep,
    Notice,
    Procedure,
    Unit,
    User,
)

EVENT = "step_overdue"
MOMENT = "%H:%M ngày %d/%m/%Y"


@dataclass(frozen=True)
class StepWarning:
    code: str
    step: int
    step_name: str
    unit: str
    officer: str
    due_at: datetime
    kind: str  # "due_soon" or "overdue"
    # Office minutes: left before the due moment (due_soon), past it (overdue).
    minutes: int


@dataclass(frozen=True)
class Warnings:
    """What one user is warned of at one moment: the steps they hold that are due soon, and
    (a head, a supervisor) the steps past due they oversee."""

    now: datetime
    hours: int
    due_soon: tuple[StepWarning, ...]
    overdue: tuple[StepWarning, ...]


def page_holder(desk: Desk) -> Holder:
    """The logged-in user's inbox: theirs and their unit's; a clerk outside any unit stands
    for the desk."""
    holder = my_holder(desk)
    if holder.unit is None and desk.user.role == "clerk":
        return Holder(holder.officer_id, DESK_NAME)
    return holder


def warning_hours(session: Session) -> int:
    return int(read_settings(session)["step_warning_hours"])


def due_soon(desk: Desk, holder: Holder, now: datetime | None = None) -> list[StepWarning]:
    """The steps `holder` holds that fall due within the office's warning hours from `now`
    (soonest first); those past due are the heads' (`overdue`)."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        calendar, limit = load_calendar(session), warning_hours(session) * 60
    warned = []
    for row in inbox(desk, holder, now):
        if row.step_due_at is None or row.urgency == "overdue":
            continue
        left = max(0, calendar.office_minutes_between(now, row.step_due_at))
        if left > limit:
            # The inbox is in step-due order: every row after this one is due later.
            break
        warned.append(StepWarning(row.code, row.step, row.step_name, row.unit, row.officer,
                                  row.step_due_at, "due_soon", left))
    return warned


def overdue(desk: Desk, now: datetime | None = None) -> list[StepWarning]:
    """The steps past due the logged-in user oversees: a unit's head their unit's, a
    supervisor without a unit every one; nobody else is shown these (most overrun first)."""
    require(desk.user, "dossier.read")
    if desk.user.role != "supervisor" or desk.user.user_id is None:
        return []
    now = now or desk.now()
    with read_scope(desk.url) as session:
        user = session.get(User, desk.user.user_id)
        calendar = load_calendar(session)
        rows = _overdue_rows(session, now, user.unit_id)
        return [_warning(row, calendar, now) for row in rows]


def for_user(desk: Desk, now: datetime | None = None) -> Warnings:
    """Everything the logged-in user is warned of now: the tray and the screens read this."""
    now = now or desk.now()
    with read_scope(desk.url) as session:
        hours = warning_hours(session)
    return Warnings(now, hours, tuple(due_soon(desk, page_holder(desk), now)),
                    tuple(overdue(desk, now)))


def _overdue_rows(session: Session, now: datetime, unit_id: int | None = None) -> list:
    """The steps past due at `now`: of one unit, or (None) of every unit and the desk."""
    past_due = past_due_line(now, lateness_rule(session))
    statement = (
        with_step_in_progress(select(
            Dossier.id, Dossier.code, Procedure.name.label("procedure_name"),
            Dossier.step_position, DossierStep.name.label("step_name"), Dossier.step_unit_id,
            Unit.name.label("unit"), User.full_name.label("officer"), Dossier.step_due_at))
        .where(Dossier.status.in_(OPEN_STATUSES), Dossier.step_due_at.is_not(None),
               Dossier.step_due_at < past_due)
        .order_by(Dossier.step_due_at, Dossier.id))
    if unit_id is not None:
        statement = statement.where(Dossier.step_unit_id == unit_id)
    return session.execute(statement).all()


def _warning(row, calendar: WorkCalendar, now: datetime) -> StepWarning:
    return StepWarning(row.code, row.step_position, row.step_name or "", row.unit or DESK_NAME,
                       row.officer or "", row.step_due_at, "overdue",
                       max(0, calendar.office_minutes_between(row.step_due_at, now)))


def office_duration(minutes: int) -> str:
    """"2 giờ 15 phút làm việc": an overrun or what is left, in office time."""
    hours, rest = divmod(minutes, 60)
    parts = ([f"{hours} giờ"] if hours else []) + ([f"{rest} phút"] if rest or not hours else [])
    return " ".join(parts) + " làm việc"


# Internal notices ----------------------------------------------------------------------------


def _recipients(session: Session) -> tuple[dict[int, list[str]], list[str]]:
    """The heads' addresses by unit, and the supervisors' without a unit."""
    heads: dict[int, list[str]] = {}
    centre = []
    for unit_id, email in session.execute(
            select(User.unit_id, User.email)
            .where(User.role == "supervisor", User.active.is_(True), User.email != "")
            .order_by(User.id)).all():
        if unit_id is None:
            centre.append(email)
        else:
            heads.setdefault(unit_id, []).append(email)
    return heads, centre


def _text(row, warning: StepWarning, agency: str, now: datetime) -> tuple[str, str]:
    subject = f"Hồ sơ {row.code}: bước {warning.step} quá hạn"
    officer = f", cán bộ {warning.officer}" if warning.officer else ""
    body = (
        f"Hồ sơ {row.code} ({row.procedure_name}): bước {warning.step} "
        f"“{warning.step_name}” do {warning.unit}{officer} thực hiện đã quá hạn.\n"
        f"Hạn của bước: {warning.due_at:{MOMENT}}.\n"
        f"Đã quá: {office_duration(warning.minutes)} (tính đến {now:{MOMENT}}).\n\n"
        f"Thư do phần mềm Một cửa của {agency} gửi tự động cho lãnh đạo đơn vị và bộ phận "
        "giám sát; mỗi bước quá hạn chỉ báo một lần."
    )
    return subject, body


def once_key(dossier_id: int, position: int, recipient: str) -> str:
    return f"{EVENT}:{dossier_id}:{position}:{recipient.lower()}"


@retrying
def enqueue_overdue(desk: Desk, now: datetime | None = None) -> int:
    """Write into the outbox the internal e-mail of each step past due to its unit's heads
    and to the supervisors, once per (dossier, step, recipient) ever; nothing while the office
    sends no e-mail. Called before each sending round (the program's sender, `desk-admin
    notify send`). The number of notices written."""
    require(desk.user, "notify.send")
    now = now or desk.now()
    with session_scope(desk.url) as session:
        settings = read_settings(session)
        if not Channels.of(settings).configured("email"):
            return 0
        heads, centre = _recipients(session)
        if not heads and not centre:
            return 0
        calendar = load_calendar(session)
        wanted = []
        for row in _overdue_rows(session, now):
            for recipient in [*heads.get(row.step_unit_id, []), *centre]:
                wanted.append((once_key(row.id, row.step_position, recipient), recipient, row))
        if not wanted:
            return 0
        written = set(session.execute(select(Notice.once_key).where(
            Notice.once_key.in_([key for key, _, _ in wanted]))).scalars())
        agency = settings["agency_name"]
        values = []
        for key, recipient, row in wanted:
            if key in written:
                continue
            written.add(key)
            subject, body = _text(row, _warning(row, calendar, now), agency, now)
            values.append({"dossier_id": row.id, "event": EVENT, "channel": "email",
                           "recipient": recipient, "subject": subject, "body": body,
                           "attachment": "", "status": "pending", "attempts": 0,
                           "last_error": "", "created_at": now, "next_attempt_at": now,
                           "once_key": key})
        if not values:
            return 0
        # Another counter's sender may write the same notices meanwhile: theirs stand.
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        insert = dialect.insert(Notice).values(values).on_conflict_do_nothing(
            index_elements=["once_key"]).returning(Notice.id)
        return len(session.execute(insert).all())
