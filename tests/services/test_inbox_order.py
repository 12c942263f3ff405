"""Inboxes read part by part (services/supervision/inbox.py): the same rows and order as one
query over all the holder's dossiers would give, paused steps last."""

from datetime import datetime

from desk_app.services import users
from desk_app.services.dossier_steps import DESK_NAME
from desk_app.services.processing import lifecycle
from desk_app.services.supervision.inbox import Holder, inbox
from desk_app.store.db import session_scope
from desk_app.store.models import User
from tests.conftest import as_admin
from tests.stepped_dossiers import TAX, make_stepped_dossiers


def _officer(url: str) -> int:
    users.add_user(as_admin(url), "binh", "Lê Thị Bình", "officer", "Binh-Officer-2025",
                   unit=TAX)
    with session_scope(url) as session:
        return session.query(User.id).filter(User.username == "binh").scalar()


def test_a_unit_inbox_soonest_step_due_first_and_paused_ones_last(db_url):
    officer = _officer(db_url)
    codes = make_stepped_dossiers(db_url)
    lifecycle.record_event(as_admin(db_url), codes["examined"], "supplement_requested",
                           at=datetime(2025, 6, 9, 9, 0))
    rows = inbox(as_admin(db_url), Holder(unit=TAX))
    assert [r.code for r in rows] == [codes["examined_too"], codes["reviewed"],
                                      codes["examined"]]
    assert [r.urgency for r in rows] == ["overdue", "overdue", "paused"]
    assert rows[0].step_due_at < rows[1].step_due_at and rows[2].step_due_at is None
    assert {r.officer for r in rows[:1]} == {"Lê Thị Bình"}
    # The officer holds the two handed to them by name; the head's review went to no one.
    mine = inbox(as_admin(db_url), Holder(officer_id=officer))
    assert [r.code for r in mine] == [codes["examined_too"], codes["examined"]]
    with_unit = inbox(as_admin(db_url), Holder(officer_id=officer, unit=TAX))
    assert [r.code for r in with_unit] == [codes["examined_too"], codes["reviewed"],
                                           codes["examined"]]


def test_the_desk_holds_what_no_hand_over_took_and_a_page_stops_at_its_limit(db_url):
    codes = make_stepped_dossiers(db_url)
    desk = inbox(as_admin(db_url), Holder(unit=DESK_NAME))
    assert [(r.code, r.step_name, r.unit) for r in desk] == [
        (codes["at_desk"], "Tiếp nhận hồ sơ", DESK_NAME)]
    assert len(inbox(as_admin(db_url), Holder(unit=TAX), limit=2)) == 2
