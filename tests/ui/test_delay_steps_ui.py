"""Who caused the delay, on screen: the dossier window's Steps tab with the overrun steps
tinted, and the apology dialog offering the unit whose step overran most."""

from datetime import datetime

from PySide6.QtCore import Qt

from desk_app.services import office
from desk_app.services.processing import letters
from desk_app.ui.admin.audit_page import AuditPage
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from desk_app.ui.dossiers.steps_view import OVERRUN_TINT
from tests.conftest import as_admin
from tests.late_steps import KT, VP, late_in_step_two
from tests.services.conftest import OFFICE
from tests.ui.test_lifecycle_ui import preview_text


def _office(url: str) -> str:
    for key, value in OFFICE.items():
        office.set_value(as_admin(url), key, value)
    return url


def _cell(model, row: int, column: int, role=Qt.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_steps_tab_lists_each_step_and_marks_the_ones_that_overran(qtbot, db_url):
    code = late_in_step_two(_office(db_url))
    dialog = DossierDialog(as_admin(db_url), code)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(i for i in range(dialog.parts.count()) if dialog.parts.tabText(i) == "Steps")
    dialog.parts.setCurrentIndex(tab)
    model = dialog.steps.model
    assert model.rowCount() == 3
    assert [_cell(model, r, 6) for r in range(3)] == ["Bộ phận Một cửa", KT, VP]
    assert [_cell(model, r, 4) for r in range(3)] == [
        "02/06/2025 14:45", "04/06/2025 10:00", "06/06/2025 15:45"]
    assert [_cell(model, r, 2) for r in range(3)] == ["On time", "Late", "Overdue"]
    # 04/06 10:00 to 06/06 10:00 is two working days; step 3 is 10 h 15 past due by now.
    assert [_cell(model, r, 3) for r in range(3)] == [
        "", "2 working day(s)", "1 working day(s) 2.8 hour(s)"]
    assert _cell(model, 0, 1, Qt.BackgroundRole) is None
    assert _cell(model, 1, 1, Qt.BackgroundRole) == OVERRUN_TINT
    assert dialog.steps.summary.isVisible()
    assert f"step 2 ({KT}) by 2 working day(s)" in dialog.steps.summary.text()


def test_the_apology_dialog_offers_the_late_unit_and_the_letter_names_the_one_chosen(
        qtbot, db_url):
    code = late_in_step_two(_office(db_url))
    dialog = ApologyDialog(as_admin(db_url), code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.issuing_unit.text() == KT
    dialog.reason.setText("Thẩm định kéo dài")
    dialog.signer.name.setText("Lê Minh Tuấn")
    dialog.issuing_unit.setText(VP)
    qtbot.mouseClick(dialog.issue_button, Qt.LeftButton)
    assert dialog.issued is not None, dialog.message.text()
    assert f"{VP} trân trọng xin lỗi" in preview_text(dialog.preview)
    dialog.preview.close()


def test_the_audit_screen_names_the_apologising_unit(qtbot, db_url):
    code = late_in_step_two(_office(db_url))
    letters.issue_apology(as_admin(db_url), code, "Thẩm định kéo dài",
                          datetime(2025, 6, 13, 9, 0), "GIÁM ĐỐC", "Phạm Văn Hùng")
    page = AuditPage(as_admin(db_url))
    qtbot.addWidget(page)
    page.show()
    texts = [page.model.index(row, 4).data() for row in range(page.model.rowCount())]
    apology = next(t for t in texts if "Thẩm định kéo dài" in t)
    assert f"Apologising unit: {KT}" in apology and "issuing_unit" not in apology
