import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from desk_app.services import office, users
from desk_app.services.actors import FIRST_START
from desk_app.services.desk import Desk
from desk_app.store import migrate
from desk_app.ui.admin.setup_wizard import SetupWizard
from desk_app.ui.session.login import LoginDialog


@pytest.fixture
def schema_url(empty_db_url) -> str:
    """The newest schema and nothing in it: the first start of a new office."""
    migrate.upgrade(empty_db_url)
    return empty_db_url


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.LeftButton)


def test_setup_wizard_then_login(qtbot, schema_url):
    wizard = shown(qtbot, SetupWizard(Desk(schema_url)))
    page = wizard.agency_page
    page.edits["parent_agency_name"].setText("Ủy ban nhân dân tỉnh Quảng Nam")
    page.edits["agency_name"].setText("Trung tâm Phục vụ hành chính công tỉnh")
    page.edits["place_name"].setText("Quảng Nam")
    qtbot.keyClicks(page.edits["agency_code"], "h49")
    click(qtbot, wizard, QWizard.NextButton)
    assert wizard.currentPage() is page
    assert "Mã định danh cơ quan" in page.error.text()
    page.edits["agency_code"].clear()
    qtbot.keyClicks(page.edits["agency_code"], "000.00.00.H49")
    click(qtbot, wizard, QWizard.NextButton)
    assert wizard.currentPage() is wizard.office_page
    assert wizard.office_page.office_hours.text() == office.DEFAULTS["office_hours"]
    wizard.office_page.form_set.setCurrentIndex(1)
    click(qtbot, wizard, QWizard.NextButton)
    admin = wizard.admin_page
    qtbot.keyClicks(admin.username, "quantri")
    admin.full_name.setText("Trần Văn Quản")
    qtbot.keyClicks(admin.password, "matkhau123")
    qtbot.keyClicks(admin.password_again, "matkhau124")
    qtbot.keyClick(admin.password_again, Qt.Key_Return)
    assert admin.error.isVisible() and not users.has_users(Desk(schema_url))
    admin.password_again.clear()
    qtbot.keyClicks(admin.password_again, "matkhau123")
    click(qtbot, wizard, QWizard.FinishButton)
    assert wizard.result() == QDialog.Accepted
    assert wizard.actor.username == "quantri" and wizard.actor.role == "admin"
    assert office.show(Desk(schema_url))["form_set"] == "2018"

    login = shown(qtbot, LoginDialog(Desk(schema_url), None))
    qtbot.keyClicks(login.username, "quantri")
    qtbot.keyClicks(login.password, "wrongpass1")
    qtbot.keyClick(login.password, Qt.Key_Return)
    assert login.error.isVisible()
    assert login.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng"
    assert login.result() != QDialog.Accepted
    login.password.clear()
    qtbot.keyClicks(login.password, "matkhau123")
    qtbot.keyClick(login.password, Qt.Key_Return)
    assert login.result() == QDialog.Accepted
    assert login.actor == wizard.actor


def test_login_shows_demo_credentials(qtbot, schema_url):
    login = shown(qtbot, LoginDialog(Desk(schema_url), [("clerk", "canbo", "canbo2025")]))
    assert "canbo2025" in login.demo_label.text()


def test_the_scheduled_backup_account_cannot_open_the_program(qtbot, schema_url):
    users.add_user(Desk(schema_url, FIRST_START), "saoluu", "Sao lưu theo lịch", "backup",
                   "Saoluu2025")
    login = shown(qtbot, LoginDialog(Desk(schema_url), None))
    qtbot.keyClicks(login.username, "saoluu")
    qtbot.keyClicks(login.password, "Saoluu2025")
    qtbot.keyClick(login.password, Qt.Key_Return)
    assert login.result() != QDialog.Accepted and login.actor is None
    assert login.error.isVisible() and "desk-admin backup" in login.error.text()
