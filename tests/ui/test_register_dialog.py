"""The register dialog from the Dossiers page, and the control sheet preview."""

from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.ui.dossiers.control_sheet_preview import open_control_sheet
from desk_app.ui.dossiers.dossiers_page import DossiersPage
from desk_app.ui.dossiers.register_dialog import RegisterDialog
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def codes(db_url) -> list[str]:
    """Two dossiers received on 02/06 and 09/06/2025, the first handed to a unit."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    received = [
        intake.receive(as_admin(db_url), IntakeRequest("1.001612", name), received_at=at).code
        for name, at in (("Lê Văn Cường", datetime(2025, 6, 2, 9, 0)),
                         ("Trần Thị Bích", datetime(2025, 6, 9, 9, 0)))
    ]
    lifecycle.record_event(as_admin(db_url), received[0], "transferred",
                           at=datetime(2025, 6, 2, 10, 0),
                           unit="Phòng Kinh tế")
    return received


def test_the_dossiers_page_opens_the_register_for_this_month(qtbot, db_url, codes):
    page = DossiersPage(as_admin(db_url))
    qtbot.addWidget(page)
    qtbot.mouseClick(page.register_button, Qt.LeftButton)
    dialog = page.findChild(RegisterDialog)
    assert dialog is not None and dialog.isVisible()
    # The fixed clock says 10/06/2025: from the first of the month to today.
    assert dialog.period() == (date(2025, 6, 1), date(2025, 6, 10))
    assert dialog.summary.text() == "2 dossier(s) received in this period"
    dialog.close()


def test_export_xlsx_and_pdf_in_the_background(qtbot, db_url, codes, tmp_path):
    dialog = RegisterDialog(as_admin(db_url))
    qtbot.addWidget(dialog)
    dialog.from_date.setDate(QDate(2025, 6, 2))
    dialog.to_date.setDate(QDate(2025, 6, 2))
    assert dialog.summary.text() == "1 dossier(s) received in this period"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export(tmp_path / "so.xlsx")
    assert done.args == [str(tmp_path / "so.xlsx")]
    assert dialog.xlsx_button.isEnabled() and not dialog.progress.isVisible()
    sheet = openpyxl.load_workbook(tmp_path / "so.xlsx").active
    assert sheet["B11"].value == codes[0] and sheet["B12"].value is None
    assert sheet["G11"].value == "Phòng Kinh tế"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export(tmp_path / "so.pdf")
    text = "".join(PdfReader(tmp_path / "so.pdf").pages[0].extract_text().split())
    assert codes[0] in text and codes[1] not in text
    assert str(tmp_path / "so.pdf") in dialog.message.text()


def test_a_period_ending_before_it_starts_cannot_be_exported(qtbot, db_url, codes):
    dialog = RegisterDialog(as_admin(db_url))
    qtbot.addWidget(dialog)
    dialog.from_date.setDate(QDate(2025, 6, 9))
    dialog.to_date.setDate(QDate(2025, 6, 2))
    assert "Đến ngày" in dialog.summary.text()
    assert not dialog.xlsx_button.isEnabled() and not dialog.pdf_button.isEnabled()
    dialog.to_date.setDate(QDate(2025, 6, 30))
    assert dialog.xlsx_button.isEnabled()


def test_an_export_that_cannot_be_written_says_why(qtbot, db_url, codes, tmp_path):
    dialog = RegisterDialog(as_admin(db_url))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.export(tmp_path / "missing-folder" / "so.xlsx")
    assert dialog.message.text().startswith("Could not save:")
    assert dialog.xlsx_button.isEnabled()


def test_control_sheet_preview(qtbot, db_url, codes):
    preview = open_control_sheet(None, as_admin(db_url), codes[0])
    qtbot.addWidget(preview)
    assert preview.windowTitle() == f"Control sheet {codes[0]}"
    assert preview.document.pageCount() == 1 and preview.print_button.isEnabled()
    preview.copies.setValue(2)
    assert preview.document.pageCount() == 2


def test_control_sheet_preview_of_an_unknown_dossier_shows_the_error(qtbot, db_url, codes):
    preview = open_control_sheet(None, as_admin(db_url), "KHONG-CO")
    qtbot.addWidget(preview)
    assert "Mã hồ sơ" in preview.error.text() and not preview.print_button.isEnabled()
