"""The demo office: a throw-away database a newcomer can try everything on."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office, users
from desk_app.services.actors import DEMO_GENERATOR
from desk_app.services.clock import load_calendar
from desk_app.services.demo.launch import DEMO_USERS
from desk_app.services.desk import Desk
from desk_app.services.processing.lifecycle import record_event, transfer
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from desk_app.services.setup import init_database
from desk_app.store.db import session_scope

DEMO_OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh Quảng Nam",
    "place_name": "Quảng Nam",
    "form_set": "2025",
}
UNITS = ["Phòng Tư pháp - Hộ tịch", "Phòng Kinh tế", "Phòng Quản lý đô thị",
         "Văn phòng Đăng ký đất đai", "Phòng Văn hóa - Xã hội"]
# Who receives a hand-over in the units without a demo account (a name, as typed).
RECEIVERS = dict(zip(UNITS[1:], ("Phạm Thị Thu", "Đặng Ngọc Ánh", "Bùi Thị Hạnh",
                                 "Huỳnh Thị Mai"), strict=True))
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Đức", "Hữu", "Thu", "Quốc", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh",
         "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm",
         "Thảo", "Trang", "Tuấn", "Uyên", "Việt", "Yến", "Đạt", "Ánh"]
STREETS = ["Trần Phú", "Hùng Vương", "Phan Châu Trinh", "Lê Lợi", "Nguyễn Huệ", "Bạch Đằng",
           "Hai Bà Trưng", "Quang Trung"]
WARDS = ["phường An Mỹ", "phường Tân Thạnh", "xã Tam Thăng", "phường Hội An", "xã Điện Bàn"]


def _person(rng: random.Random) -> dict[str, str]:
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    return dict(
        applicant_name=name,
        id_number=f"049{rng.randint(0, 3)}{rng.randint(0, 99_999_999):08d}",
        phone=f"09{rng.randint(0, 99_999_999):08d}",
        address=f"{rng.randint(1, 300)} {rng.choice(STREETS)}, {rng.choice(WARDS)}",
        channel=rng.choices(["direct", "online", "postal"], [6, 3, 1])[0],
    )


def seed_dossiers(desk: Desk, count: int, now: datetime, seed: int = 7) -> int:
    """Realistic dossiers received over the last weeks, in every state, through the same
    services a clerk and an officer use."""
    rng = random.Random(seed)
    procedures = [p.code for p in catalog.list_procedures(desk)]
    clerk = users.authenticate(desk, DEMO_USERS[0][1], DEMO_USERS[0][2])
    officer = users.authenticate(desk, DEMO_USERS[1][1], DEMO_USERS[1][2])
    with session_scope(desk.url) as session:
        calendar = load_calendar(session)
    days = []
    day = now.date()
    while len(days) < 40:
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    for _ in range(count):
        # Recent days receive more: a queue, not a uniform spread.
        day = days[min(int(rng.expovariate(1 / 8)), len(days) - 1)]
        received_at = datetime.combine(day, datetime.min.time()) + timedelta(
            hours=rng.choice([7, 8, 9, 10, 13, 14, 15, 16]), minutes=rng.choice([5, 20, 35, 50]))
        if received_at > now:
            received_at = now - timedelta(minutes=rng.randint(5, 60))
        request = IntakeRequest(procedure_code=rng.choice(procedures), **_person(rng))
        received = intake.receive(desk.as_user(clerk), request, received_at=received_at)
        for kind, at, unit in _life(received, rng, now):
            if kind == "transferred":
                # Named as a clerk types the receiver: the demo's officer in their unit.
                receiver = officer.full_name if unit == UNITS[0] else RECEIVERS[unit]
                transfer(desk.as_user(clerk), received.code, unit, receiver, at=at)
                continue
            at_desk = kind in ("returned", "withdrawn")
            record_event(desk.as_user(clerk if at_desk else officer), received.code, kind, at=at,
                         unit=unit)
    return count


def _life(received, rng: random.Random, now: datetime) -> list[tuple[str, datetime, str]]:
    """A plausible history up to `now`: the older a dossier, the likelier it is finished."""
    moment = received.received_at + timedelta(minutes=30)
    if moment >= now:
        return []
    steps = [("transferred", moment, rng.choice(UNITS))]
    due = received.due_at or now
    age = (now - received.received_at).days
    still_open = rng.random() < (0.7 if age <= 3 else 0.3 if age <= 10 else 0.05)
    fate = rng.random()
    if still_open:
        if fate < 0.15:
            steps.append(("supplement_requested", moment + timedelta(hours=2), ""))
        elif fate < 0.25:
            steps.append(("stopped", moment + timedelta(hours=3), ""))
    elif fate < 0.05:
        steps.append(("withdrawn", moment + timedelta(hours=5), ""))
    elif fate < 0.1:
        steps.append(("refused", moment + timedelta(days=1), ""))
    else:
        late = rng.random() < 0.1
        done = (due + timedelta(days=rng.choice([1, 2, 4])) if late
                else due - timedelta(hours=rng.choice([0, 2, 30, 50])))
        done = max(done, moment + timedelta(hours=1))
        steps.append(("result_ready", done, ""))
        if rng.random() < 0.8:
            steps.append(("returned", done + timedelta(hours=rng.choice([1, 20, 48])), ""))
    return [step for step in steps if step[1] < now]


def build_demo_database(url: str, dossiers: int = 300) -> str:
    """The demo office, its users and dossiers written into the empty database at `url`.
    Ten seconds of work: the program runs it in a process of its own while the login window
    is up (ui/app.py)."""
    # Imported here: the processes build on this module's units.
    from desk_app.services.demo.processes import publish_steps

    desk = Desk(url, DEMO_GENERATOR)
    init_database(desk)
    with session_scope(url) as session:
        office.write_settings(
            session, {k: office.validate(k, v) for k, v in DEMO_OFFICE.items()}, DEMO_GENERATOR
        )
        publish_steps(session)
    for role, username, password, full_name in DEMO_USERS:
        # The demo's officer works in the first unit: its inbox has their hand-overs.
        users.add_user(desk, username, full_name, role, password,
                       unit=UNITS[0] if role == "officer" else "")
    seed_dossiers(desk, dossiers, desk.now())
    return url
