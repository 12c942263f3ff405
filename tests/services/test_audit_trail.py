"""The audit trail: who changed what, readable by supervisors, and tampering is named.

Each tampering test edits the table with raw SQL, as someone with the database file or a
PostgreSQL login would, then asks the same verification `desk-admin audit verify` runs."""

from datetime import date, datetime

import pytest
from sqlalchemy import text

from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, office, users
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.store import audit_seal
from desk_app.store.db import get_engine
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
SUPERVISOR = Actor(None, "tuan", "supervisor", "Lê Minh Tuấn")


@pytest.fixture
def trail(db_url):
    """After the catalogue's entries from `init`, eight more: four office settings, a user,
    two dossiers received by her, a transfer."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    clerk = users.authenticate(Desk(db_url), "ha", "tiepnhan2025")
    first = intake.receive(Desk(db_url, clerk), IntakeRequest("1.001193", "Trần Văn An"),
                           received_at=datetime(2025, 6, 9, 8, 0))
    intake.receive(Desk(db_url, clerk), IntakeRequest("1.001193", "Lê Thị Bình"),
                   received_at=datetime(2025, 6, 10, 8, 0))
    lifecycle.record_event(Desk(db_url, clerk), first.code, "transferred",
                           at=datetime(2025, 6, 10, 8, 30), unit="Phòng Tư pháp")
    return db_url, first.code


def _sql(url, statement, **params):
    with get_engine(url).begin() as connection:
        return connection.execute(text(statement), params)


def _ids(url):
    return [r[0] for r in _sql(url, "SELECT id FROM audit_entry ORDER BY id")]


def test_an_untouched_trail_verifies_with_its_entry_count(trail):
    url, _ = trail
    report = audit.verify_chain(as_admin(url))
    assert report.intact and report.entries == len(_ids(url)) >= 8


def test_an_edited_entry_is_named(trail):
    url, _ = trail
    third = _ids(url)[-6]
    _sql(url, "UPDATE audit_entry SET after = '{\"value\": \"Đà Nẵng\"}' WHERE id = :id",
         id=third)
    report = audit.verify_chain(as_admin(url))
    assert (report.first_broken_id, report.problem) == (third, "nội dung bị sửa (mã băm "
                                                               "không khớp)")


def test_an_edited_time_or_user_is_named(trail):
    url, _ = trail
    second_intake = _ids(url)[-2]
    _sql(url, "UPDATE audit_entry SET user_id = NULL WHERE id = :id", id=second_intake)
    assert audit.verify_chain(as_admin(url)).first_broken_id == second_intake


def test_a_deleted_entry_is_named_by_the_one_that_no_longer_links(trail):
    url, _ = trail
    ids = _ids(url)
    _sql(url, "DELETE FROM audit_entry WHERE id = :id", id=ids[3])
    report = audit.verify_chain(as_admin(url))
    assert report.first_broken_id == ids[4]
    assert f"không nối với mục số {ids[2]}" in report.problem and "xoá" in report.problem


def test_deleting_the_newest_entries_is_noticed(trail):
    url, _ = trail
    ids = _ids(url)
    _sql(url, "DELETE FROM audit_entry WHERE id >= :id", id=ids[-2])
    report = audit.verify_chain(as_admin(url))
    assert report.first_broken_id == ids[-1]
    assert "đã bị xoá" in report.problem and f"mục cuối còn lại là số {ids[-3]}" in report.problem


def test_an_entry_written_after_a_deletion_at_the_end_does_not_hide_it(trail):
    """SQLite hands the deleted id out again: the next entry still must not link."""
    url, code = trail
    ids = _ids(url)
    _sql(url, "DELETE FROM audit_entry WHERE id = :id", id=ids[-1])
    office.set_value(as_admin(url), "place_name", "Đà Nẵng")
    report = audit.verify_chain(as_admin(url))
    assert not report.intact and report.first_broken_id > ids[-2]


def _insert(url, prev_hash, digest):
    _sql(url, "INSERT INTO audit_entry (at, user_id, action, entity, entity_key, prev_hash, "
              "hash) VALUES (:at, NULL, 'dossier.returned', 'dossier', 'X-1', :prev, :hash)",
         at=datetime(2025, 6, 10, 10, 0), prev=prev_hash, hash=digest)


def _last_hash(url):
    return _sql(url, "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").scalar_one()


def test_an_inserted_entry_with_a_made_up_hash_is_named(trail):
    url, _ = trail
    _insert(url, _last_hash(url), "f" * 64)
    inserted = _ids(url)[-1]
    report = audit.verify_chain(as_admin(url))
    assert report.first_broken_id == inserted and "ngoài chương trình" in report.problem


def test_an_inserted_entry_with_a_correctly_chained_hash_is_named(trail):
    """Whoever holds the key can chain a row: the recorded head still knows."""
    url, _ = trail
    prev = _last_hash(url)
    forged = audit_seal.entry_digest(audit_seal.read_key(), prev, datetime(2025, 6, 10, 10, 0),
                                     None, "dossier.returned", "dossier", "X-1", None, None, None)
    _insert(url, prev, forged)
    inserted = _ids(url)[-1]
    report = audit.verify_chain(as_admin(url))
    assert report.first_broken_id == inserted and "ngoài chương trình" in report.problem


def test_the_trail_is_listed_newest_first_and_filtered(trail):
    url, code = trail
    total = len(_ids(url))
    rows = audit.list_entries(Desk(url, SUPERVISOR), limit=8)
    assert rows[0].action == "dossier.transferred"
    assert [r.id for r in rows] == _ids(url)[::-1][:8]
    about = audit.list_entries(Desk(url, SUPERVISOR), dossier=code)
    assert [r.action for r in about] == ["dossier.transferred", "dossier.receive"]
    assert about[0].before["status"] == "received" and about[0].username == "ha"
    by_ha = audit.list_entries(Desk(url, SUPERVISOR), user="HA")
    assert [r.action for r in by_ha] == ["dossier.transferred", "dossier.receive",
                                         "dossier.receive"]
    by_admin = audit.list_entries(Desk(url, SUPERVISOR), user="desk-admin", limit=1000)
    assert {r.action for r in by_admin} == {"catalog.add", "office.set", "user.add"}
    assert by_admin[0].full_name == "Quản trị hệ thống"
    # The test clock stands at 10/06/2025: everything happened that day.
    assert audit.list_entries(Desk(url, SUPERVISOR), date_from=date(2025, 6, 11)) == []
    assert audit.count_entries(Desk(url, SUPERVISOR), date_from=date(2025, 6, 10),
                               date_to=date(2025, 6, 10)) == total
    page = audit.list_entries(Desk(url, SUPERVISOR), offset=2, limit=3)
    assert [r.id for r in page] == [r.id for r in rows[2:5]]


def test_a_period_backwards_is_refused_naming_it(trail):
    url, _ = trail
    with pytest.raises(UserError, match="Khoảng thời gian"):
        audit.list_entries(Desk(url, SUPERVISOR), date_from=date(2025, 6, 10),
                           date_to=date(2025, 6, 1))


@pytest.mark.parametrize("role", ["clerk", "officer"])
def test_only_supervisors_and_admins_read_the_trail(trail, role):
    url, _ = trail
    actor = Actor(None, "x", role)
    with pytest.raises(PermissionDenied, match="xem nhật ký thay đổi"):
        audit.list_entries(Desk(url, actor))
    with pytest.raises(PermissionDenied):
        audit.verify_chain(Desk(url, actor))
