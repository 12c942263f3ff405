"""Property: whatever legal sequence of actions a dossier goes through, the due date and status
stored on it equal the ones recomputed from its events (`services.clock.derive`), and an
apology never moves the due date."""

from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk_app.domain.intake import IntakeRequest
from desk_app.domain.lifecycle import allowed_events
from desk_app.services import office, users
from desk_app.services.clock import derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.processing import letters, lifecycle
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from desk_app.store.db import session_scope
from desk_app.store.models import Dossier, DossierEvent
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
# Working days with restart, the same day with a cut-off, office hours, calendar days, and
# (imported below) working days whose clock pauses for a supplement.
PROCEDURES = ("1.001612", "1.001193", "2.001159", "9.000015", "9.000020")
EXTRA_CATALOGUE = (
    "code,name,field,time_limit,supplement_rule\n"
    "9.000015,Thủ tục thử theo ngày lịch,Thử nghiệm,15cd,restart\n"
    "9.000020,Thủ tục thử tạm dừng khi bổ sung,Thử nghiệm,5d,pause\n"
)
# Actions whose service needs nothing but the moment; `apology` gives a new date or not.
KINDS = ("transferred", "supplement_requested", "supplement_received", "stopped", "resumed",
         "result_ready", "refused", "returned", "withdrawn", "apology_issued")


def _run(url, code, kind, at, supervisor, with_new_date):
    if kind == "transferred":
        lifecycle.transfer(as_admin(url), code, "Phòng Kinh tế", "Trần Văn Bình", at=at)
    elif kind == "supplement_requested":
        lifecycle.request_supplement(as_admin(url), code, [("Tờ khai", "Ký tên")], "Thiếu", at=at)
    elif kind == "supplement_received":
        lifecycle.receive_supplement(as_admin(url), code, at=at)
    elif kind == "stopped":
        lifecycle.stop(as_admin(url), code, "Chờ ý kiến", at=at)
    elif kind == "resumed":
        lifecycle.resume(as_admin(url), code, at=at)
    elif kind == "result_ready":
        lifecycle.result_ready(as_admin(url), code, at=at)
    elif kind == "refused":
        lifecycle.refuse(as_admin(url), code, ["Không đủ điều kiện"], at=at)
    elif kind == "returned":
        lifecycle.return_result(as_admin(url), code, by_post=True, tracking_number="EB1VN", at=at)
    elif kind == "withdrawn":
        lifecycle.withdraw(as_admin(url), code, "Xin rút", at=at)
    else:
        new_due = letters.suggest_new_date(as_admin(url), code) if with_new_date else None
        letters.issue_apology(Desk(url, supervisor), code, "Chậm" if with_new_date else "", new_due,
                              "GIÁM ĐỐC", "Lê Minh Tuấn",
                              errors=[] if with_new_date else ["Làm mất giấy tờ"],
                              confirmation_reason="Đồng ý gia hạn", at=at)


def _stored_and_recomputed(url, code):
    with session_scope(url) as session:
        dossier = session.execute(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.events))).scalar_one()
        state = derive(dossier.version, load_calendar(session), list(dossier.events))
        stored = (dossier.due_at, dossier.status, dossier.completed_at, dossier.returned_at,
                  dossier.withdrawn_at)
        return stored, (state.due_at, state.status, state.completed_at, state.returned_at,
                        state.withdrawn_at)


steps = st.lists(st.tuples(st.integers(0, 99), st.integers(1, 4 * 24 * 60), st.booleans()),
                 min_size=1, max_size=8)


def test_stored_due_date_and_status_equal_their_recomputation(db_url, tmp_path):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    extra = Path(tmp_path) / "extra.csv"
    extra.write_text(EXTRA_CATALOGUE, encoding="utf-8")
    catalog.import_file(as_admin(db_url), extra)
    users.add_user(as_admin(db_url), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    supervisor = users.authenticate(Desk(db_url), "lanhdao", "Lanhdao2025")

    # The database outlives the examples: each example follows a dossier of its own.
    @settings(max_examples=200, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    # Fixed walks through every action, so that the coverage below never depends on luck
    # (indices into the sorted legal actions of each state).
    @example(procedure=PROCEDURES[0], received=datetime(2025, 5, 5, 9, 0),
             plan=[(5, 60, False), (3, 60, False), (2, 600, False), (4, 60, False),
                   (2, 600, False), (0, 60, True), (2, 60, False), (1, 60, False)])
    @example(procedure=PROCEDURES[-1], received=datetime(2025, 5, 5, 9, 0),
             plan=[(4, 60, False), (1, 60, False)])
    @example(procedure=PROCEDURES[0], received=datetime(2025, 5, 5, 9, 0),
             plan=[(3, 60, False), (3, 60, False)])
    @given(procedure=st.sampled_from(PROCEDURES),
           received=st.datetimes(datetime(2025, 4, 1), datetime(2025, 6, 10)),
           plan=steps)
    def follow(procedure, received, plan):
        received = received.replace(second=0, microsecond=0)
        code = intake.receive(as_admin(db_url), IntakeRequest(procedure, "Nguyễn Văn An"),
                              received_at=received).code
        status, moment = "received", received
        for choice, gap, with_new_date in plan:
            legal = sorted(kind for kind in KINDS if kind in allowed_events(status))
            if not legal:
                break
            kind = legal[choice % len(legal)]
            moment += timedelta(minutes=gap)
            due_before, *_ = _stored_and_recomputed(db_url, code)[0]
            _run(db_url, code, kind, moment, supervisor, with_new_date)
            stored, recomputed = _stored_and_recomputed(db_url, code)
            assert stored == recomputed, (kind, moment)
            if kind == "apology_issued":
                assert stored[0] == due_before
            status = stored[1]

    follow()
    with session_scope(db_url) as session:
        seen = set(session.execute(select(DossierEvent.kind).distinct()).scalars())
    # The examples went through every action, not only the first few.
    assert set(KINDS) <= seen
