"""Digitised documents end to end (issue 18): real PNG, JPEG, TIFF and PDF files attached to a
received dossier, stored once by their SHA-256, given back byte for byte, a tampered store
caught by the check, a backup that carries every page to an empty database."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pikepdf
import pytest
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import make_url

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.digitisation import attachments, file_store, stored_files
from desk_app.services.errors import UserError
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.safety import backup, integrity, restore, sqlite_file
from desk_app.services.setup import init_database
from desk_app.store.db import dispose, session_scope
from desk_app.store.models import AuditEntry, FileBlob, StoredFile
from tests import scans
from tests.conftest import as_admin

OFFICE = {"agency_code": "000.00.00.H49", "parent_agency_name": "UBND tỉnh Quảng Nam",
          "agency_name": "Trung tâm Phục vụ hành chính công", "place_name": "Quảng Nam"}
RECEIVED = datetime(2025, 6, 10, 8, 0)


def set_up(url: str) -> None:
    for key, value in OFFICE.items():
        office.set_value(as_admin(url), key, value)


def receive(url: str, name: str = "Nguyễn Văn An", id_number: str = "") -> str:
    return intake.receive(as_admin(url), IntakeRequest("1.001193", name, id_number=id_number),
                          received_at=RECEIVED).code


@pytest.fixture
def office_db(db_url):
    set_up(db_url)
    return db_url


def stored_count(url: str) -> int:
    with session_scope(url) as session:
        return session.execute(select(func.count()).select_from(StoredFile)).scalar_one()


def test_a_png_and_a_two_page_pdf_are_stored_once_each_and_given_back(office_db, tmp_path):
    code = receive(office_db)
    picture = scans.png(tmp_path / "to-khai.png")
    paper = scans.pdf(tmp_path / "giay-chung-sinh.pdf", pages=2)
    desk = as_admin(office_db)
    first = attachments.attach(desk, code, 1, [picture])
    second = attachments.attach(desk, code, 2, [paper])
    again = attachments.attach(desk, code, 1, [picture])
    assert (first.pages, second.pages) == (1, 2)
    assert again.sha256 == first.sha256
    assert stored_count(office_db) == 2
    listed = attachments.files(desk, code)
    assert [(f.document, f.name, f.pages, f.signed) for f in listed] == [
        (1, "to-khai.png", 1, False), (1, "to-khai.png", 1, False),
        (2, "giay-chung-sinh.pdf", 2, False)]
    # A PDF is kept byte for byte; an image becomes a one-page PDF holding it.
    assert attachments.document_pdf(desk, code, 2) == paper.read_bytes()
    assert listed[2].sha256 == file_store.digest(paper.read_bytes())
    with pikepdf.open(io.BytesIO(attachments.file_bytes(desk, code, first.id))
                      ) as made:
        assert len(made.pages) == 1
    # Two attaches of one document join into one file.
    with pikepdf.open(io.BytesIO(attachments.document_pdf(desk, code, 1))
                      ) as joined:
        assert len(joined.pages) == 2
    assert integrity.check(desk).ok
    with session_scope(office_db) as session:
        actions = session.execute(select(AuditEntry.action)).scalars().all()
    assert actions.count("dossier.attach") == 3


def test_images_of_one_document_become_one_pdf_and_limits_are_said(office_db, tmp_path):
    code = receive(office_db)
    desk = as_admin(office_db)
    pages = [scans.jpeg(tmp_path / f"p{n}.jpg", f"Trang {n}") for n in range(3)]
    made = attachments.attach(desk, code, 1, [*pages, scans.tiff(tmp_path / "t.tif", 2),
                                              scans.png(tmp_path / "a.png", alpha=True)])
    assert made.pages == 6
    text = tmp_path / "ghi-chu.txt"
    text.write_text("không phải ảnh")
    with pytest.raises(UserError, match="Tệp ghi-chu.txt: không phải PDF, JPEG, PNG hoặc TIFF"):
        attachments.attach(desk, code, 1, [text])
    office.set_value(desk, "attachment_max_pages", "5")
    with pytest.raises(UserError, match="6 trang, vượt mức tối đa 5 trang"):
        attachments.attach(desk, code, 1, [*pages, scans.tiff(tmp_path / "t.tif", 3)])
    office.set_value(desk, "attachment_max_mb", "1")
    big = scans.jpeg(tmp_path / "big.jpg", dpi=300)
    big.write_bytes(big.read_bytes() + b"\0" * 1_000_000)
    with pytest.raises(UserError, match="Tệp big.jpg: dung lượng .* vượt mức tối đa 1 MB"):
        attachments.attach(desk, code, 1, [big])
    with pytest.raises(UserError, match="Giấy tờ số: 9 không có trong danh mục"):
        attachments.attach(desk, code, 9, pages)
    with pytest.raises(UserError, match="chưa có kết quả"):
        attachments.attach(desk, code, None, pages)
    assert len(attachments.files(desk, code)) == 1


def test_the_result_is_digitised_once_ready(office_db, tmp_path):
    code = receive(office_db)
    desk = as_admin(office_db)
    lifecycle.result_ready(desk, code, at=datetime(2025, 6, 10, 14, 0))
    result = attachments.attach(desk, code, None, [scans.pdf(tmp_path / "kq.pdf", 1)])
    assert (result.document, result.document_name) == (None, "Kết quả giải quyết")
    assert attachments.document_pdf(desk, code, None) == (tmp_path / "kq.pdf").read_bytes()


def _tamper(url: str, sha256: str) -> None:
    folder = file_store.folder_for(url, office.show(as_admin(url)))
    if folder is None:
        with session_scope(url) as session:
            session.execute(update(FileBlob).where(FileBlob.sha256 == sha256)
                            .values(content=b"%PDF-1.4 altered"))
    else:
        path = folder / sha256[:2] / sha256
        path.write_bytes(path.read_bytes()[:-10] + b"altered!!\n")


def test_check_names_an_altered_file_and_its_dossier(office_db, tmp_path):
    code = receive(office_db)
    attached = attachments.attach(as_admin(office_db), code, 1,
                                  [scans.pdf(tmp_path / "a.pdf", 2)])
    _tamper(office_db, attached.sha256)
    report = integrity.check(as_admin(office_db))
    assert not report.ok
    assert [(f.kind, f.code, f.field, f.stored) for f in report.findings] == [
        ("file", code, "altered", attached.sha256)]


def test_a_missing_file_is_named_and_an_unreferenced_one_swept(tmp_path):
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    init_database(Desk(url))
    set_up(url)
    code = receive(url)
    kept = attachments.attach(as_admin(url), code, 1, [scans.pdf(tmp_path / "a.pdf", 1)])
    folder = tmp_path / "desk.files"
    (folder / kept.sha256[:2] / kept.sha256).unlink()
    stray = "ab" + "0" * 62
    file_store.write_file(folder, b"left by a crash", stray)
    kinds = {(f.field, f.stored) for f in integrity.check(as_admin(url)).findings}
    assert kinds == {("missing", kept.sha256), ("unreferenced", stray)}
    # Young: perhaps an attach still running elsewhere; old enough, removed.
    assert stored_files.sweep(as_admin(url)) == []
    assert stored_files.sweep(as_admin(url), grace=0) == [stray]
    assert not (folder / "ab" / stray).exists()


def _ready_office(url: str, tmp_path) -> tuple[str, dict[int, bytes]]:
    set_up(url)
    code = receive(url)
    desk = as_admin(url)
    attachments.attach(desk, code, 1, [scans.png(tmp_path / "a.png")])
    attachments.attach(desk, code, 2, [scans.pdf(tmp_path / "b.pdf", 2)])
    return code, {n: attachments.document_pdf(desk, code, n) for n in (1, 2)}


def test_an_sqlite_backup_carries_every_file_to_an_empty_database(tmp_path):
    url = f"sqlite:///{(tmp_path / 'live' / 'desk.sqlite3').as_posix()}"
    (tmp_path / "live").mkdir()
    init_database(Desk(url))
    code, pages = _ready_office(url, tmp_path)
    saved = backup.backup(as_admin(url), tmp_path / "exactly-here.sqlite3")
    assert saved.path == tmp_path / "exactly-here.sqlite3"
    # The fresh machine: another folder, no database, no store.
    fresh = f"sqlite:///{(tmp_path / 'fresh' / 'desk.sqlite3').as_posix()}"
    restore.restore(as_admin(fresh), saved.path)
    assert {n: attachments.document_pdf(as_admin(fresh), code, n) for n in (1, 2)} == pages
    assert sorted(p.name for p in (tmp_path / "fresh" / "desk.files").rglob("*")
                  if p.is_file()) == sorted(f.sha256 for f in
                                            attachments.files(as_admin(fresh), code))
    assert integrity.check(as_admin(fresh)).ok
    assert stored_count(fresh) == 2


@contextmanager
def _fresh_postgres_database(url: str) -> Iterator[str]:
    """Another, empty database on the server with a schema of the same name as `url`'s, as
    a new server restoring the office's dump would have."""
    parsed = make_url(url).set(drivername="postgresql+psycopg")
    name = f"fresh_{uuid.uuid4().hex[:10]}"
    admin = create_engine(parsed.set(query={}), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    fresh = parsed.set(database=name)
    schema = parsed.query["options"].split("=", 1)[1]
    schema_admin = create_engine(fresh.set(query={}), isolation_level="AUTOCOMMIT")
    with schema_admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    schema_admin.dispose()
    fresh_url = fresh.render_as_string(hide_password=False)
    try:
        yield fresh_url
    finally:
        dispose(fresh_url)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_postgres_backup_carries_every_file_to_an_empty_database(db_url, tmp_path,
                                                                   monkeypatch):
    if sqlite_file.sqlite_path(db_url) is not None:
        pytest.skip("the pg_dump backup")
    monkeypatch.setattr(backup, "backups_dir", lambda: tmp_path / "backups")
    code, pages = _ready_office(db_url, tmp_path)
    saved = backup.backup(as_admin(db_url), tmp_path / "office.dump")
    assert saved.path == tmp_path / "office.dump"
    with _fresh_postgres_database(db_url) as fresh:
        init_database(Desk(fresh))
        restore.restore(as_admin(fresh), saved.path)
        assert {n: attachments.document_pdf(as_admin(fresh), code, n) for n in (1, 2)} == pages
        assert integrity.check(as_admin(fresh)).ok


def test_a_returning_applicant_reuses_earlier_copies(office_db, tmp_path):
    desk = as_admin(office_db)
    first = receive(office_db, id_number="001190012345")
    attached = attachments.attach(desk, first, 1, [scans.pdf(tmp_path / "tk.pdf", 1)])
    second = receive(office_db, id_number="001190012345")
    offer = attachments.reusable_documents(desk, "001190012345", "1.001193")
    assert [(o.file_id, o.origin_code, o.sha256) for o in offer] == [
        (attached.id, first, attached.sha256)]
    assert attachments.reusable_documents(desk, "079190000001", "1.001193") == []
    reused = attachments.reuse(desk, second, 1, offer[0].file_id)
    assert (reused.reused_from, reused.sha256) == (first, attached.sha256)
    assert stored_count(office_db) == 1
    assert attachments.document_pdf(desk, second, 1) == (tmp_path / "tk.pdf").read_bytes()


def test_the_register_notes_a_digitised_result(office_db, tmp_path):
    from desk_app.documents.forms import form_text
    from desk_app.documents.register import register_notes
    from desk_app.services.supervision import register

    code = receive(office_db)
    other = receive(office_db, "Trần Thị Bình")
    desk = as_admin(office_db)
    for dossier in (code, other):
        lifecycle.result_ready(desk, dossier, at=datetime(2025, 6, 10, 8, 30))
    attachments.attach(desk, code, None, [scans.pdf(tmp_path / "kq.pdf", 1)])
    rows = {row.code: row for row in register.register_rows(desk, RECEIVED.date(),
                                                             RECEIVED.date())}
    assert (rows[code].result_digitised, rows[other].result_digitised) == (True, False)
    assert "Kết quả đã số hoá" in register_notes(form_text("2025", "register"), rows[code])
