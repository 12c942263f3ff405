"""The keyed audit trail as an adversary with the database (an SQLite file or a PostgreSQL login)
but without the key file meets it: recomputing the chain, wiping it, editing a dossier's name.

Each attack writes with raw SQL, then asks what `desk-admin audit verify` and `check` run."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import datetime

import pytest
from sqlalchemy import text

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, office, schema_upgrade
from desk_app.services.errors import UserError
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.safety import backup, integrity, manifest
from desk_app.store import audit_seal, migrate
from desk_app.store.db import dispose, get_engine
from tests.conftest import as_admin


@pytest.fixture
def backups(tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    monkeypatch.setattr(manifest, "backups_dir", lambda: folder)
    return folder


OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def desk_office(db_url):
    """Two dossiers received and one transferred."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    first = intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Trần Văn An",
                                                           id_number="049090001234"),
                           received_at=datetime(2025, 6, 9, 8, 0))
    second = intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Lê Thị Bình"),
                            received_at=datetime(2025, 6, 10, 8, 0))
    lifecycle.record_event(as_admin(db_url), first.code, "transferred",
                           at=datetime(2025, 6, 10, 8, 30), unit="Phòng Tư pháp")
    return db_url, first.code, second.code


def _sql(url, statement, **params):
    with get_engine(url).begin() as connection:
        result = connection.execute(text(statement), params)
        return result.all() if result.returns_rows else None


def _unkeyed(prev, at, user_id, action, entity, key, before, after) -> str:
    """The program's former scheme, which anyone can read in its source: plain SHA-256."""
    payload = json.dumps([prev, at.isoformat(timespec="seconds"), user_id, action, entity, key,
                          before, after], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _rechain(url, digest) -> None:
    """Recompute every entry's hash and the recorded head with `digest`, as a forger would
    after editing an entry."""
    rows = _sql(url, "SELECT id, at, user_id, action, entity, entity_key, before, after "
                     "FROM audit_entry ORDER BY id")
    prev = "0" * 64
    for id_, at, user_id, action, entity, key, before, after in rows:
        at = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        before = json.loads(before) if isinstance(before, str) else before
        after = json.loads(after) if isinstance(after, str) else after
        new = digest(prev, at, user_id, action, entity, key, before, after)
        _sql(url, "UPDATE audit_entry SET prev_hash = :prev, hash = :hash WHERE id = :id",
             prev=prev, hash=new, id=id_)
        prev = new
    _sql(url, "UPDATE office_setting SET value = :v WHERE key = 'audit_head'",
         v=f"{rows[-1][0]}:{prev}")


def test_a_trail_edited_and_recomputed_without_the_key_is_named(desk_office):
    url, code, _ = desk_office
    first = _sql(url, "SELECT id FROM audit_entry ORDER BY id LIMIT 1")[0][0]
    assert audit.verify_chain(as_admin(url)).intact
    # The forger moves the transfer to another unit, then recomputes the chain the way the
    # source code shows, and with a key of their own.
    _sql(url, "UPDATE audit_entry SET after = '{\"status\": \"received\"}' "
              "WHERE action = 'dossier.transferred'")
    _rechain(url, _unkeyed)
    report = audit.verify_chain(as_admin(url))
    assert not report.intact and report.first_broken_id == first
    assert "mã băm không khớp" in report.problem
    guessed = os.urandom(32)
    _rechain(url, lambda prev, at, user_id, action, entity, key, before, after:
             audit_seal.entry_digest(guessed, prev, at, user_id, action, entity, key, before,
                                     after, None))
    assert audit.verify_chain(as_admin(url)).first_broken_id == first


def test_a_wiped_trail_is_named_by_the_head_the_last_backup_recorded(desk_office, backups):
    url, _, _ = desk_office
    made = backup.backup(as_admin(url), folder=backups)
    recorded = json.loads(made.manifest.read_text(encoding="utf-8"))["audit_head"]
    assert recorded["id"] > 0 and len(recorded["hash"]) == 64
    _sql(url, "DELETE FROM audit_entry")
    _sql(url, "DELETE FROM office_setting WHERE key IN ('audit_head', 'audit_key_id')")
    report = audit.verify_chain(as_admin(url))
    assert not report.intact and report.first_broken_id == recorded["id"]
    assert made.path.name in report.problem and "đã bị xoá" in report.problem


def test_a_trail_cut_back_to_before_the_backup_is_named_even_with_its_head_rewritten(
        desk_office, backups):
    url, _, _ = desk_office
    made = backup.backup(as_admin(url), folder=backups)
    head = json.loads(made.manifest.read_text(encoding="utf-8"))["audit_head"]["id"]
    last_kept = _sql(url, "SELECT id, hash FROM audit_entry WHERE id < :id ORDER BY id DESC "
                          "LIMIT 1", id=head - 2)[0]
    _sql(url, "DELETE FROM audit_entry WHERE id > :id", id=last_kept[0])
    _sql(url, "UPDATE office_setting SET value = :v WHERE key = 'audit_head'",
         v=f"{last_kept[0]}:{last_kept[1]}")
    report = audit.verify_chain(as_admin(url))
    assert report.first_broken_id == head and made.path.name in report.problem


def test_a_name_edited_with_raw_sql_is_named_by_check_even_after_later_work(desk_office):
    url, first, second = desk_office
    assert integrity.check(as_admin(url)).ok
    _sql(url, "UPDATE dossier SET applicant_name = 'Nguyễn Văn Mạo' WHERE code = :code",
         code=second)
    _sql(url, "UPDATE dossier SET id_number = '049090009999' WHERE code = :code", code=first)
    # A counter then works on the edited dossier: its new entry must not seal the edit.
    lifecycle.record_event(as_admin(url), second, "transferred",
                           at=datetime(2025, 6, 10, 9, 0), unit="Phòng Tư pháp")
    report = integrity.check(as_admin(url))
    assert not report.ok
    assert sorted(f.code for f in report.findings if f.kind == "content") == sorted(
        [first, second])


def test_check_through_the_command_line_names_the_edited_dossier(desk_office, capsys):
    url, _, second = desk_office
    _sql(url, "UPDATE dossier SET address = 'Số 1 Lê Lợi' WHERE code = :code", code=second)
    assert main(["--db", url, "check", "--format", "json"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in found["findings"] if f["kind"] == "content"] == [second]


def test_audit_verify_names_the_edited_dossier_beside_an_intact_chain(desk_office, capsys):
    url, first, _ = desk_office
    _sql(url, "UPDATE dossier SET phone = '0905000000' WHERE code = :code", code=first)
    assert main(["--db", url, "audit", "verify"]) == 1
    assert f"1 hồ sơ bị sửa ngoài chương trình (khác mã băm trong nhật ký): {first}" in (
        capsys.readouterr().err)
    assert main(["--db", url, "audit", "verify", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["edited_dossiers"] == [first]


def test_the_key_lives_outside_the_database_private_to_the_user(desk_office, audit_key_file):
    url, _, _ = desk_office
    key = audit_key_file.read_text(encoding="ascii").strip()
    assert len(bytes.fromhex(key)) == 32
    if os.name == "posix":
        assert stat.S_IMODE(audit_key_file.stat().st_mode) == 0o600
    settings = " ".join(v for (v,) in _sql(url, "SELECT value FROM office_setting"))
    entries = " ".join(str(r) for r in _sql(url, "SELECT * FROM audit_entry"))
    assert key not in settings and key not in entries


def test_a_pc_without_the_key_or_with_another_is_refused_rather_than_forking_the_chain(
        desk_office, audit_key_file):
    url, _, _ = desk_office
    audit_key_file.rename(audit_key_file.with_name("elsewhere.key"))
    with pytest.raises(UserError, match="không có khoá nhật ký"):
        intake.receive(as_admin(url), IntakeRequest("1.001193", "Phạm Văn Cường"))
    with pytest.raises(UserError, match="không có khoá nhật ký"):
        audit.verify_chain(as_admin(url))
    audit_seal.create_key(audit_key_file)
    with pytest.raises(UserError, match="không phải khoá đã ký"):
        intake.receive(as_admin(url), IntakeRequest("1.001193", "Phạm Văn Cường"))
    audit_key_file.unlink()
    report = integrity.check(as_admin(url))
    assert [(f.kind, f.field) for f in report.findings] == [("content", "audit_key")]
    assert "không có khoá nhật ký" in report.findings[0].detail and report.dossiers == 2


def test_the_key_goes_with_a_backup_only_when_asked(desk_office, tmp_path, audit_key_file, capsys):
    url, _, _ = desk_office
    plain = backup.backup(as_admin(url), tmp_path / "plain" / "office.bak")
    assert plain.key is None and not (tmp_path / "plain" / "office.bak.key").exists()
    target = tmp_path / "with" / "office.bak"
    assert main(["--db", url, "backup", "--with-key", str(target)]) == 0
    copy = target.with_name("office.bak.key")
    assert copy.read_bytes() == audit_key_file.read_bytes() and str(copy) in capsys.readouterr().out
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_the_register_shows_the_head_of_the_trail(desk_office, tmp_path):
    from openpyxl import load_workbook

    from desk_app.services.supervision import register

    url, _, _ = desk_office
    head = _sql(url, "SELECT value FROM office_setting WHERE key = 'audit_head'")[0][0]
    target = tmp_path / "register.xlsx"
    register.write_register_xlsx(as_admin(url), datetime(2025, 6, 1).date(),
                                 datetime(2025, 6, 30).date(), target)
    cells = [c.value for row in load_workbook(target).active.iter_rows(max_row=10)
             for c in row if isinstance(c.value, str)]
    assert f"Mã kiểm tra nhật ký: {head}" in cells


def test_an_old_unkeyed_trail_is_rekeyed_once_by_the_upgrade(desk_office, audit_key_file):
    """A database of the former program: its chain unkeyed, no key anywhere."""
    url, first, _ = desk_office
    migrate.downgrade(url, "0003")
    _sql(url, "DELETE FROM office_setting WHERE key = 'audit_key_id'")
    _rechain(url, _unkeyed)
    audit_key_file.unlink()
    dispose(url)
    schema_upgrade.upgrade(url)
    assert audit_key_file.is_file()
    report = audit.verify_chain(as_admin(url))
    assert report.intact and report.entries > 3
    assert integrity.check(as_admin(url)).ok
    _sql(url, "UPDATE dossier SET applicant_name = 'Nguyễn Văn Mạo' WHERE code = :code",
         code=first)
    assert [f.code for f in integrity.check(as_admin(url)).findings] == [first]
