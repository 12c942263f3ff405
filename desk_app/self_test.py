"""`desk-app --self-test`: prove an installation works, end to end, without touching the
user's data: a temporary database, the migrations, a due date, a receipt with its QR code."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from desk_app.domain import qr_tag
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.actors import SELF_TEST
from desk_app.services.demo.sample import DEMO_OFFICE
from desk_app.services.desk import Desk
from desk_app.services.reception import intake, receipts
from desk_app.services.reception.due_dates import due_date
from desk_app.services.setup import init_database
from desk_app.store import migrate
from desk_app.store.db import dispose

# A fixed case from the public deadline cases: same-day procedure received before 15:00.
RECEIVED = datetime(2025, 6, 10, 14, 59)
EXPECTED_DUE = datetime(2025, 6, 10, 17, 0)


class SelfTestFailed(RuntimeError):
    pass


def run(report) -> None:
    """Each step calls `report(text)`; a failed step raises SelfTestFailed."""
    folder = Path(tempfile.mkdtemp(prefix="desk_app_selftest_"))
    url = f"sqlite:///{(folder / 'self-test.sqlite3').as_posix()}"
    desk = Desk(url, SELF_TEST)
    try:
        init_database(desk)
        if migrate.current_revision(url) != migrate.head_revision():
            raise SelfTestFailed("migrations did not reach the newest revision")
        report(f"database and migrations: {migrate.current_revision(url)}")
        for key, value in DEMO_OFFICE.items():
            office.set_value(desk, key, value)
        answer = due_date(desk, "1.001193", RECEIVED)
        if answer.due_at != EXPECTED_DUE:
            raise SelfTestFailed(f"due date {answer.due_at}, expected {EXPECTED_DUE}")
        report(f"due date: {answer.due_at:%Y-%m-%d %H:%M}")
        received = intake.receive(desk, IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết"),
                                  received_at=RECEIVED)
        pdf = folder / "receipt.pdf"
        receipts.write_receipt(desk, received.code, pdf)
        payload = receipts.receipt_document(desk, received.code).qr_payload
        scan = receipts.resolve_scan(desk, payload)
        if scan.code != received.code or scan.genuine is not True:
            raise SelfTestFailed("the receipt's QR payload does not verify")
        if not pdf.read_bytes().startswith(b"%PDF") or qr_tag.parse_scan(
                payload, "{code}") is None:
            raise SelfTestFailed("the receipt PDF was not written")
        report(f"receipt {received.code}: {pdf.stat().st_size} bytes, QR verified")
        _check_pdf_renders(pdf)
        report("receipt renders (QtPdf)")
    finally:
        dispose(url)


def _check_pdf_renders(pdf: Path) -> None:
    """The PDF opens and renders with Qt, as the preview and printing will do."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise SelfTestFailed("the receipt PDF does not open")
    image = document.render(0, QSize(595, 842))
    if image.isNull():
        raise SelfTestFailed("the receipt PDF does not render")
