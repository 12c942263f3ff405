"""The demos' internal processes: published steps, hand-overs to the demo's staff, and the
bulk demo's step rows equal to what the services' replay stores."""

from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain.deadlines import TimeLimit
from desk_app.domain.process_steps import budget_mismatch, stored_steps
from desk_app.services.demo import bulk_demo
from desk_app.services.demo.launch import DEMO_USERS
from desk_app.services.demo.sample import UNITS, build_demo_database
from desk_app.services.dossier_steps import refresh
from desk_app.services.supervision.inbox import Holder, inbox
from desk_app.store.db import session_scope
from desk_app.store.models import (
    Dossier,
    DossierEvent,
    DossierStep,
    ProcedureVersion,
    Unit,
    User,
)
from tests.conftest import as_admin

NOW = datetime(2025, 6, 10, 9, 0)  # the fixed clock of the tests
DAY_MINUTES = 480  # 07:30-11:30 and 13:30-17:30


def test_the_demo_publishes_steps_adding_up_to_each_limit(db_url):
    bulk_demo.generate(as_admin(db_url), 200, years=1, seed=4, now=NOW)
    with session_scope(db_url) as session:
        versions = session.execute(select(ProcedureVersion)).scalars().all()
        stepped = [v for v in versions if v.steps]
        assert len(stepped) > len(versions) / 2
        for version in stepped:
            steps = stored_steps(version.steps)
            assert steps[0].name == "Tiếp nhận hồ sơ"
            assert budget_mismatch(steps, TimeLimit.parse(version.time_limit),
                                   DAY_MINUTES) is None
        # Same-day and hourly procedures keep their one implicit step.
        assert all(not v.steps for v in versions if v.time_limit in ("same-day", "1h"))


def test_bulk_steps_equal_the_services_replay_and_hand_overs_name_the_staff(db_url):
    bulk_demo.generate(as_admin(db_url), 800, years=1, seed=4, now=NOW)
    with session_scope(db_url) as session:
        late = session.execute(select(func.count()).select_from(DossierStep).where(
            DossierStep.done_at > DossierStep.due_at)).scalar_one()
        done = session.execute(select(func.count()).select_from(DossierStep).where(
            DossierStep.done_at.is_not(None))).scalar_one()
        assert 0 < late < done / 3  # some steps late, most not
        positions = set(session.execute(select(DossierStep.position)).scalars())
        assert {1, 2, 3, 4, 5} <= positions
        units = dict(session.execute(select(User.id, User.unit_id)).all())
        named = [(e.unit_id, e.data["officer_id"]) for e in session.execute(
            select(DossierEvent).where(DossierEvent.kind == "transferred")).scalars()
            if "officer_id" in e.data]
        assert named and all(units[officer] == unit for unit, officer in named)
        dossiers = session.execute(select(Dossier).order_by(Dossier.id)).scalars().all()
        before = {d.id: (d.step_position, d.step_unit_id, d.step_due_at, d.officer_id)
                  for d in dossiers}
        rows = {d.id: [(s.position, s.name, s.unit, s.budget, s.holder_unit_id, s.officer_id,
                        s.started_at, s.due_at, s.done_at) for s in d_steps(session, d.id)]
                for d in dossiers}
        assert sum(1 for copy in before.values() if copy[0] is not None) > 20
        for dossier in dossiers:
            refresh(session, dossier)
        session.flush()
        for dossier in dossiers:
            assert (dossier.step_position, dossier.step_unit_id, dossier.step_due_at,
                    dossier.officer_id) == before[dossier.id], dossier.code
            assert [(s.position, s.name, s.unit, s.budget, s.holder_unit_id, s.officer_id,
                     s.started_at, s.due_at, s.done_at)
                    for s in d_steps(session, dossier.id)] == rows[dossier.id], dossier.code
        session.rollback()


def d_steps(session, dossier_id: int) -> list[DossierStep]:
    return session.execute(select(DossierStep).where(DossierStep.dossier_id == dossier_id)
                           .order_by(DossierStep.position)).scalars().all()


def test_the_small_demo_hands_files_to_its_officer_whose_inbox_has_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    build_demo_database(url, dossiers=40)
    officer_name = next(u[3] for u in DEMO_USERS if u[0] == "officer")
    with session_scope(url) as session:
        officer, unit = session.execute(
            select(User.id, Unit.name).join(Unit, Unit.id == User.unit_id)
            .where(User.full_name == officer_name)).one()
        assert unit == UNITS[0]
        steps = session.execute(select(func.count()).select_from(DossierStep)).scalar_one()
        assert steps >= 40
    held = inbox(as_admin(url), Holder(officer_id=officer))
    assert held and {r.unit for r in held} == {UNITS[0]}
