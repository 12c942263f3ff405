import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from desk_app.ui.widgets.print_preview import ReceiptPreviewDialog, print_pdf
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def received_code(db_url) -> str:
    """One dossier received in an office that can print receipts."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    request = IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết", id_number="001190012345")
    return intake.receive(as_admin(db_url), request).code


@pytest.mark.parametrize("copies", [1, 2])
def test_print_pdf_paints_every_page_on_an_a4_printer(qtbot, db_url, received_code, tmp_path,
                                                     copies):
    dialog = ReceiptPreviewDialog(as_admin(db_url), received_code)
    qtbot.addWidget(dialog)
    dialog.copies.setValue(copies)
    pages = dialog.document.pageCount()
    assert pages == copies
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.A4))
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    print_pdf(dialog.document, printer)
    printed = PdfReader(target)
    assert len(printed.pages) == pages
    width, height = (float(v) for v in printed.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)


def test_preview_shows_the_service_error_when_the_office_is_not_set_up(qtbot, db_url):
    request = IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết")
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    code = intake.receive(as_admin(db_url), request).code
    dialog = ReceiptPreviewDialog(as_admin(db_url), code)
    qtbot.addWidget(dialog)
    assert "Tên cơ quan chủ quản" in dialog.error.text()
    assert not dialog.print_button.isEnabled()
