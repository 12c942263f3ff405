"""A dossier followed through the GUI: every action from the dossier's page, the forms it
prints, the apology letter, and the early warning with its two-click apology from the list."""

from datetime import datetime

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.services.processing import letters, lifecycle
from desk_app.services.reception import intake
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from desk_app.ui.dossiers.dossier_model import DEADLINE
from desk_app.ui.dossiers.dossiers_page import DossiersPage
from desk_app.ui.widgets.print_preview import PdfPreviewDialog
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def office_db(db_url):
    """An office that can number and print letters."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


@pytest.fixture
def leader(office_db):
    """A logged-in supervisor: may do every step, apologies included."""
    users.add_user(as_admin(office_db), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    return users.authenticate(Desk(office_db), "lanhdao", "Lanhdao2025")


def receive(url, name="Nguyễn Thị Ánh Tuyết", at=datetime(2025, 6, 5, 9, 0)) -> str:
    """Received Thursday 05/06 09:00 for 3 working days: due now (Tuesday 10/06 09:00)."""
    return intake.receive(as_admin(url), IntakeRequest("1.001612", name, id_number="001190012345"),
                          received_at=at).code


def open_dialog(qtbot, url, code, actor) -> DossierDialog:
    dialog = DossierDialog(Desk(url, actor), code, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def act(qtbot, dialog, kind, fill=lambda action: None):
    """Click the action's button, fill its dialog, confirm; the action dialog closes."""
    click(qtbot, dialog.action_buttons[kind])
    action = dialog.action_dialog
    assert action.isVisible()
    fill(action)
    click(qtbot, action.ok_button)
    assert not action.isVisible(), action.error.text()
    return action


def enabled(dialog) -> set[str]:
    return {kind for kind, button in dialog.action_buttons.items() if button.isEnabled()}


def preview_text(preview: PdfPreviewDialog) -> str:
    assert preview.isVisible() and preview.document.pageCount() == 1
    return " ".join(PdfReader(__import__("io").BytesIO(preview._pdf)).pages[0]
                    .extract_text().split())


def test_a_dossier_followed_from_hand_over_to_return(qtbot, office_db, leader, tmp_path):
    code = receive(office_db)
    dialog = open_dialog(qtbot, office_db, code, leader)
    assert enabled(dialog) == {"transferred", "supplement_requested", "stopped",
                               "result_ready", "refused", "withdrawn", "apology_issued",
                               "lateness_notice"}

    def hand_over(action):
        action.unit.setText("Phòng Kinh tế")
        qtbot.keyClicks(action.receiver, "Tran Van Binh")
    act(qtbot, dialog, "transferred", hand_over)
    assert dialog.field_labels[dialog.tr("Unit")].text() == "Phòng Kinh tế"
    assert dialog.field_labels[dialog.tr("Status")].text() == "Đang xử lý"
    assert "Lê Minh Tuấn → Tran Van Binh" in dialog.events_model.data(
        dialog.events_model.index(1, 4))

    def supplements(action):
        action.missing.setPlainText("Giấy đề nghị: thiếu chữ ký\nBản sao CCCD")
        action.reason.setText("Hồ sơ chưa đủ thành phần")
    act(qtbot, dialog, "supplement_requested", supplements)
    text = preview_text(dialog.preview)
    assert "PHIẾU YÊU CẦU BỔ SUNG" in text and f"Mã hồ sơ: {code}" in text
    assert "1 Giấy đề nghị thiếu chữ ký" in text
    assert dialog.field_labels[dialog.tr("Due")].text() == dialog.tr("paused, no due date")
    assert enabled(dialog) == {"supplement_received", "refused", "withdrawn", "apology_issued",
                               "lateness_notice", "closed"}
    dialog.preview.close()

    act(qtbot, dialog, "supplement_received")
    assert dialog.field_labels[dialog.tr("Status")].text() == "Đang xử lý"

    def stop(action):
        action.reason.setText("Chờ ý kiến của Sở Xây dựng")
        action.signer.name.setText("Lê Minh Tuấn")
    act(qtbot, dialog, "stopped", stop)
    text = preview_text(dialog.preview)
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text and "KT. GIÁM ĐỐC" in text
    dialog.preview.close()
    act(qtbot, dialog, "resumed")

    due_before = dialog.field_labels[dialog.tr("Due")].text()
    click(qtbot, dialog.action_buttons["apology_issued"])
    apology = dialog.action_dialog
    assert isinstance(apology, ApologyDialog) and apology.late.isChecked()
    apology.reason.setText("Cần xác minh thông tin tại địa phương")
    apology.signer.name.setText("Lê Minh Tuấn")
    click(qtbot, apology.issue_button)
    text = preview_text(apology.preview)
    assert "VĂN BẢN XIN LỖI" in text and "Lý do: Cần xác minh thông tin tại địa phương." in text
    assert apology.save_docx(tmp_path / "04.docx")
    assert "Kính gửi: Ông/Bà Nguyễn Thị Ánh Tuyết" in [
        p.text for p in docx.Document(tmp_path / "04.docx").paragraphs]
    apology.preview.close()
    click(qtbot, apology.close_button)
    assert dialog.field_labels[dialog.tr("Apology")].text().startswith("01/XL-TTPVHCCT")
    # The new appointment leaves the due date as it was.
    assert dialog.field_labels[dialog.tr("Due")].text() == due_before

    act(qtbot, dialog, "result_ready", lambda action: action.note.setText("GCN số 12"))
    assert enabled(dialog) == {"returned", "apology_issued"}
    assert dialog.field_labels[dialog.tr("Apology")].text().endswith(dialog.tr("kept"))
    action = act(qtbot, dialog, "returned")
    assert action.collector.text() == "Nguyễn Thị Ánh Tuyết"
    detail = dossiers.show(as_admin(office_db), code)
    assert detail.row.status == "returned"
    assert detail.events[-1].data["collector_id"] == "001190012345"
    assert enabled(dialog) == {"apology_issued"}
    # Handed over at the counter: the rating screen asks the citizen about this dossier.
    qtbot.waitUntil(lambda: dialog.rating_view.isVisible())
    assert dialog.rating_view.code == code
    dialog.rating_view.close()


def test_refuse_and_withdraw_and_the_refused_step_shows_its_message(qtbot, office_db, leader):
    code = receive(office_db)
    dialog = open_dialog(qtbot, office_db, code, leader)
    click(qtbot, dialog.action_buttons["refused"])
    action = dialog.action_dialog
    click(qtbot, action.ok_button)
    assert action.isVisible() and "một lý do" in action.checks.message(action.reasons)
    action.reasons.setPlainText("Ngành nghề thuộc danh mục cấm kinh doanh")
    click(qtbot, action.ok_button)
    assert not action.isVisible()
    assert "- Ngành nghề thuộc danh mục cấm kinh doanh" in preview_text(dialog.preview)
    assert dialog.field_labels[dialog.tr("Status")].text() == "Từ chối giải quyết"

    other = open_dialog(qtbot, office_db, receive(office_db, "Lê Văn Tám"), leader)
    act(qtbot, other, "withdrawn", lambda a: qtbot.keyClicks(a.reason, "Xin rut ho so"))
    assert other.field_labels[other.tr("Status")].text() == "Đã rút hồ sơ"
    assert enabled(other) == set()


def test_a_clerk_sees_only_the_desk_steps(qtbot, office_db):
    users.add_user(as_admin(office_db), "tiepnhan", "Nguyễn Thị Thu Hà", "clerk", "Tiepnhan2025")
    clerk = users.authenticate(Desk(office_db), "tiepnhan", "Tiepnhan2025")
    dialog = open_dialog(qtbot, office_db, receive(office_db), clerk)
    assert enabled(dialog) == {"transferred", "withdrawn"}
    assert dialog.action_buttons["result_ready"].toolTip() == dialog.tr(
        "Your role may not do this")
    reader = open_dialog(qtbot, office_db, receive(office_db, "Lê Văn Tám"), None)
    assert enabled(reader) == set()


def test_a_second_extension_asks_for_the_leaders_reason(qtbot, office_db, leader):
    code = receive(office_db)
    letters.issue_apology(Desk(office_db, leader), code, "Chậm", datetime(2025, 6, 13, 9, 0),
                          "GIÁM ĐỐC",
                          "Phạm Văn Hùng")
    dialog = ApologyDialog(Desk(office_db, leader), code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.confirmation.isVisible()
    # Suggested three working days after the new appointment, as the signer left it.
    assert dialog.new_date.dateTime() == QDateTime(datetime(2025, 6, 18, 9, 0))
    # The leader logged in signs (the last letter was another's: a deputy's titles).
    assert dialog.signer.lines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Minh Tuấn"]
    dialog.reason.setText("Chờ ý kiến của Sở")
    click(qtbot, dialog.issue_button)
    assert "Lý do xác nhận gia hạn lần thứ hai" in dialog.message.text()
    dialog.new_date.setDateTime(QDateTime(datetime(2025, 6, 21, 9, 0)))  # a Saturday
    dialog.confirmation.setText("Đã làm việc với Sở, đồng ý")
    click(qtbot, dialog.issue_button)
    assert "Ngày hẹn mới" in dialog.message.text() and dialog.issued is None
    dialog.new_date.setDateTime(QDateTime(datetime(2025, 6, 18, 9, 0)))
    click(qtbot, dialog.issue_button)
    assert dialog.issued is not None and dialog.issued.extensions == 2
    dialog.preview.close()
    dialog.close()
    assert dialog.result() == ApologyDialog.Accepted


def test_errors_only_apology_for_a_returned_dossier(qtbot, office_db, leader):
    code = receive(office_db)
    lifecycle.result_ready(as_admin(office_db), code, at=datetime(2025, 6, 9, 9, 0))
    lifecycle.return_result(as_admin(office_db), code, by_post=True, tracking_number="EB1",
                            at=datetime(2025, 6, 9, 10, 0))
    dialog = ApologyDialog(Desk(office_db, leader), code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.late.isChecked() and not dialog.new_appointment.isChecked()
    dialog.error_checks[0].setChecked(True)
    dialog.other_errors.setPlainText("Ghi sai năm sinh trên giấy chứng nhận")
    # The supervisor logged in is the signer already.
    assert dialog.signer.name.text() == "Lê Minh Tuấn"
    click(qtbot, dialog.issue_button)
    text = preview_text(dialog.preview)
    assert ("- Kết quả giải quyết hồ sơ có sai sót; - Ghi sai năm sinh trên giấy chứng nhận."
            in text)
    assert "hẹn trả kết quả vào" not in text


def test_the_list_flags_dossiers_needing_an_apology_and_opens_it_in_two_clicks(
        qtbot, office_db, leader):
    # Due Monday 09/06 09:00: overdue now. Due now (not yet past): soon, no apology needed.
    due_now = receive(office_db, at=datetime(2025, 6, 4, 9, 0))
    later = receive(office_db, "Lê Văn Tám")
    page = DossiersPage(Desk(office_db, leader))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    rows = {model.row_at(r).code: r for r in range(model.rowCount())}
    warning = model.tr("needs an apology letter")
    assert warning in model.data(model.index(rows[due_now], DEADLINE))
    assert model.data(model.index(rows[due_now], DEADLINE), Qt.FontRole).bold()
    assert warning not in model.data(model.index(rows[later], DEADLINE))
    # Click 1: the row; click 2: the button.
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton,
                     pos=page.table.visualRect(model.index(rows[due_now], 0)).center())
    click(qtbot, page.apology_button)
    dialog = page.apology_dialog
    assert dialog.isVisible() and dialog.windowTitle().endswith(due_now)
    dialog.reason.setText("Chờ xác minh")
    dialog.signer.name.setText("Lê Minh Tuấn")
    click(qtbot, dialog.issue_button)
    dialog.preview.close()
    click(qtbot, dialog.close_button)
    row = page.selected_row()
    assert row.code == due_now and row.apology_issued
    assert warning not in model.data(model.index(page.table.currentIndex().row(), DEADLINE))
    menu = page.context_menu()
    assert [a.isEnabled() for a in menu.actions()] == [True, True]


def test_only_a_leader_gets_the_apology_button(qtbot, office_db):
    receive(office_db)
    users.add_user(as_admin(office_db), "chuyenvien", "Trần Văn Bình", "officer", "Chuyenvien2025")
    officer = users.authenticate(Desk(office_db), "chuyenvien", "Chuyenvien2025")
    page = DossiersPage(Desk(office_db, officer))
    qtbot.addWidget(page)
    assert page.selected_row() is not None
    assert not page.apology_button.isEnabled()
    assert page.apology_button.toolTip() == page.tr("Apology letters are issued by a leader")


def test_the_apology_dialog_grows_to_keep_its_button_below_a_long_error(qtbot, office_db,
                                                                        leader):
    code = receive(office_db)
    dialog = ApologyDialog(Desk(office_db, leader), code)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.reason.clear()
    dialog.signer.name.clear()
    click(qtbot, dialog.issue_button)
    assert dialog.message.isVisible() and dialog.issued is None
    qtbot.waitUntil(lambda: dialog.height() > before)
    message = dialog.message.geometry()
    button = dialog.issue_button.geometry().translated(
        dialog.issue_button.parentWidget().mapTo(dialog, dialog.issue_button.pos())
        - dialog.issue_button.pos())
    assert dialog.issue_button.isVisible() and dialog.rect().contains(button)
    assert message.bottom() < button.top()
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_a_refusal_stands_under_its_field_and_goes_when_corrected(qtbot, office_db, leader):
    code = receive(office_db)
    dialog = open_dialog(qtbot, office_db, code, leader)
    click(qtbot, dialog.action_buttons["refused"])
    refusal = dialog.action_dialog
    click(qtbot, refusal.ok_button)
    assert refusal.isVisible() and not refusal.error.isVisible()
    assert "Lý do" not in refusal.checks.message(refusal.reasons)
    assert refusal.checks.message(refusal.reasons)
    assert refusal.focusWidget() is refusal.reasons
    # A key at a time, as Unikey delivers Vietnamese letters (QTest knows only ASCII keys).
    for char in "Không thuộc thẩm quyền":
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(refusal.reasons,
                                   QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))
    assert not refusal.checks.is_shown(refusal.reasons)
    click(qtbot, refusal.ok_button)
    assert not refusal.isVisible()


def test_the_results_validity_is_recorded_and_its_hand_over_slip_printed(qtbot, office_db,
                                                                         leader):
    code = receive(office_db)
    dialog = open_dialog(qtbot, office_db, code, leader)
    assert not dialog.result_slip_action.isEnabled()

    def valid_until(action):
        action.note.setText("GCN số 12")
        assert action.no_time_limit.isChecked() and not action.valid_until.isEnabled()
        qtbot.mouseClick(action.no_time_limit, Qt.LeftButton)
        assert action.valid_until.isEnabled()
        action.valid_until.setDate(QDate(2030, 6, 30))
    act(qtbot, dialog, "result_ready", valid_until)
    ready = dossiers.show(as_admin(office_db), code).events[-1]
    assert (ready.kind, ready.data["valid_until"]) == ("result_ready", "2030-06-30")
    last = dialog.events_model.rowCount() - 1
    assert "valid until 30/06/2030 · GCN số 12" in dialog.events_model.data(
        dialog.events_model.index(last, 4))
    assert dialog.result_slip_action.isEnabled()
    dialog.result_slip_action.trigger()
    text = preview_text(dialog.preview)
    assert "PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text
    assert "4. Thời hạn hiệu lực của kết quả: đến hết ngày 30/06/2030" in text
    dialog.preview.close()


def test_a_validity_before_the_result_is_refused_in_the_dialog(qtbot, office_db, leader):
    code = receive(office_db)
    dialog = open_dialog(qtbot, office_db, code, leader)
    click(qtbot, dialog.action_buttons["result_ready"])
    action = dialog.action_dialog
    qtbot.mouseClick(action.no_time_limit, Qt.LeftButton)
    action.valid_until.setDate(QDate(2025, 6, 1))
    click(qtbot, action.ok_button)
    assert action.isVisible()
    assert action.error.text().startswith("Hiệu lực đến ngày: 01/06/2025 trước ngày có kết quả")
    assert dossiers.show(as_admin(office_db), code).row.status == "received"
