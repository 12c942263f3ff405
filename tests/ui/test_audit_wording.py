"""The audit trail reads as Vietnamese sentences a supervisor understands, not raw keys."""

from datetime import datetime

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.ui.admin.audit_page import AuditPage
from desk_app.ui.app import install_translation
from tests.conftest import as_admin


def test_the_audit_screen_says_a_step_in_words(qapp, qtbot, db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    users.add_user(as_admin(db_url), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    leader = users.authenticate(Desk(db_url), "lanhdao", "Lanhdao2025")
    code = intake.receive(as_admin(db_url), IntakeRequest("1.001612", "Trần Văn Bình"),
                          received_at=datetime(2025, 6, 9, 8, 0)).code
    lifecycle.transfer(Desk(db_url, leader), code, "Phòng Tư pháp", "Ngô Thị Lan",
                       at=datetime(2025, 6, 9, 9, 0))
    users.add_user(as_admin(db_url), "cu", "Phan Văn Cũ", "clerk", "Tiepnhan2025")
    users.disable_user(as_admin(db_url), "cu")
    translator = install_translation(qapp, "vi")
    try:
        page = AuditPage(Desk(db_url, leader))
        qtbot.addWidget(page)
        page.show()
        model = page.model
        texts = [model.index(row, 4).data() for row in range(model.rowCount())]
        step = next(t for t in texts if "Ngô Thị Lan" in t)
        assert "Trạng thái: Đã tiếp nhận → Đang xử lý" in step
        assert "Người nhận: Ngô Thị Lan" in step and "Đến: Phòng Tư pháp" in step
        assert "status" not in step and "received" not in step and "receiver" not in step
        assert any("Đang dùng: Có → Không" in t for t in texts), texts
    finally:
        qapp.removeTranslator(translator)
