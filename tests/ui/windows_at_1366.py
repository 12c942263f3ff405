"""Every window and dialog of the program on a 1366 × 768 screen less a 40-pixel taskbar, in
Vietnamese (its longer words): each opens no larger than the screen with its frame, and every
visible control lies inside it. Run by test_windows_fit_1366.py in a Qt of its own whose one
screen is that size; pytest collects it only when named."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from desk_app.ui.admin.data_safety import RecoveryDialog
from desk_app.ui.admin.setup_wizard import SetupWizard
from desk_app.ui.admin.steps_editor import StepsEditor
from desk_app.ui.admin.users_page import AddUserDialog
from desk_app.ui.app import install_translation
from desk_app.ui.counter.intake_slip_dialog import IntakeSlipDialog
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.control_sheet_preview import open_control_sheet
from desk_app.ui.dossiers.dossier_dialog import DossierDialog
from desk_app.ui.dossiers.lifecycle_dialogs import DIALOGS
from desk_app.ui.dossiers.rating_view import open_rating_view
from desk_app.ui.dossiers.register_dialog import RegisterDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session.help_window import AboutDialog, HelpWindow
from desk_app.ui.session.idle_lock import UnlockDialog
from desk_app.ui.session.login import LoginDialog
from desk_app.ui.widgets.print_preview import ReceiptPreviewDialog
from desk_app.ui.widgets.save_chooser import SaveChooser
from desk_app.ui.widgets.screen_fit import FRAME
from tests.conftest import as_admin

SCREEN = QRect(0, 0, 1366, 728)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractScrollArea,
            QLabel, QGroupBox, QTabBar)
OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


def controls_outside(window: QWidget) -> list[str]:
    """The visible controls that lie (partly) outside the window or the part of their parents
    that shows; a scroll area's content is not looked into: it scrolls to the rest."""
    problems: list[str] = []

    def visit(widget: QWidget, shown: QRect) -> None:
        for child in widget.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            if child.isWindow() or not child.isVisible() or child.size().isEmpty():
                continue
            rect = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
            if isinstance(child, CONTROLS) and not shown.contains(rect):
                name = getattr(child, "text", lambda: "")() or child.objectName()
                problems.append(f"{type(child).__name__} {name!r} at {rect.getRect()}, "
                                f"shown {shown.getRect()}")
            if not isinstance(child, QAbstractScrollArea):
                visit(child, shown.intersected(rect))

    visit(window, window.rect())
    return problems


def assert_fits(qtbot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    limit = SCREEN.size() if window.isMaximized() else SCREEN.size() - FRAME
    title = window.windowTitle()
    assert window.width() <= limit.width() and window.height() <= limit.height(), (
        f"{title}: {window.width()}×{window.height()} on a {limit.width()}×{limit.height()} "
        "screen")
    assert controls_outside(window) == [], title
    sideways = [type(table.model()).__name__ for table in window.findChildren(QTableView)
                if table.isVisible() and table.horizontalScrollBar().maximum() > 0]
    assert sideways == [], f"{title}: tables that scroll sideways"


@pytest.fixture(scope="module", autouse=True)
def vietnamese(qapp):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen == SCREEN, "run by test_windows_fit_1366.py"
    translator = install_translation(qapp, "vi")
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def office_db(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


@pytest.fixture
def leader(office_db):
    users.add_user(as_admin(office_db), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    return users.authenticate(Desk(office_db), "lanhdao", "Lanhdao2025")


@pytest.fixture
def code(office_db) -> str:
    """A late dossier of a long procedure name and a long applicant's name."""
    request = IntakeRequest("1.001612", "Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ "
                            "Vận tải Hoàng Long Quảng Nam", id_number="001190012345",
                            phone="0905123456", address="Số 12 đường Trần Phú, phường Hội An")
    return intake.receive(as_admin(office_db), request,
                          received_at=datetime(2025, 6, 2, 9, 0)).code


def test_the_main_window_and_every_page(qtbot, office_db, leader, code, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    window = MainWindow(Desk(office_db, leader), settings)
    qtbot.addWidget(window)
    # The first start uses the whole screen; later starts come back as they were left.
    assert window.windowState() & Qt.WindowMaximized
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert_fits(qtbot, window)
    tabs = window.settings_page
    for index in range(tabs.count()):
        window.navigation.setCurrentRow(window.pages.indexOf(tabs))
        tabs.setCurrentIndex(index)
        assert_fits(qtbot, window)


def test_a_restored_window_from_a_larger_screen_fits(qtbot, office_db, leader, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    first = MainWindow(Desk(office_db, leader), settings)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowNoState)
    first.setGeometry(0, 0, 1900, 1000)
    first.close()
    again = MainWindow(Desk(office_db, leader), settings)
    qtbot.addWidget(again)
    assert_fits(qtbot, again)


def test_the_session_windows(qtbot, office_db, leader):
    for window in (LoginDialog(Desk(office_db), [("clerk", "canbo", "canbo2025"),
                                                 ("supervisor", "lanhdao", "lanhdao2025")]),
                   UnlockDialog(Desk(office_db, leader), 15), HelpWindow(), AboutDialog()):
        qtbot.addWidget(window)
        assert_fits(qtbot, window)


def test_every_page_of_the_setup_wizard(qtbot, empty_db_url):
    from desk_app.services.setup import init_database

    init_database(Desk(empty_db_url))
    for number in range(3):
        wizard = SetupWizard(Desk(empty_db_url))
        qtbot.addWidget(wizard)
        wizard.setStartId(wizard.pageIds()[number])
        wizard.restart()
        assert_fits(qtbot, wizard)


def test_the_dossier_window_and_its_dialogs(qtbot, office_db, leader, code):
    desk = Desk(office_db, leader)
    dossier = DossierDialog(desk, code, None)
    qtbot.addWidget(dossier)
    assert_fits(qtbot, dossier)
    dossier.parts.setCurrentWidget(dossier.steps)
    assert_fits(qtbot, dossier)
    detail = dossiers.show(desk, code)
    for dialog_class in DIALOGS.values():
        dialog = dialog_class(desk, detail, dossier)
        assert_fits(qtbot, dialog)
        dialog.close()
    apology = ApologyDialog(desk, code, dossier)
    assert_fits(qtbot, apology)
    # With its error line shown, the buttons still on the screen (issue 16).
    apology.reason.clear()
    apology.issue_button.click()
    assert apology.message.isVisible()
    assert_fits(qtbot, apology)
    for preview in (ReceiptPreviewDialog(desk, code, dossier),
                    open_control_sheet(dossier, desk, code)):
        assert_fits(qtbot, preview)
        preview.close()
    rating = open_rating_view(None, desk, code)
    qtbot.addWidget(rating)
    assert_fits(qtbot, rating)


def steps_editor(url: str) -> StepsEditor:
    """The catalogue's steps editor with a version of four steps and its warning shown."""
    catalog.set_steps(as_admin(url), "1.001612", [
        ("Tiếp nhận, kiểm tra và chuyển hồ sơ", "Bộ phận Một cửa", "0.5d"),
        ("Thẩm định hồ sơ, đề xuất cấp giấy chứng nhận", "Phòng Tài chính - Kế hoạch", "1.5d"),
        ("Ký duyệt", "Lãnh đạo Ủy ban nhân dân", "0.5d"),
        ("Chuyển kết quả về Bộ phận Một cửa", "Phòng Tài chính - Kế hoạch", "4h")],
        datetime(2025, 7, 15).date())
    return StepsEditor(as_admin(url), "1.001612")


def test_the_counter_and_supervision_dialogs(qtbot, office_db, leader, code):
    desk = Desk(office_db, leader)
    request = IntakeRequest("1.001612", "Phan Văn Long")
    for window in (IntakeSlipDialog(desk, "supplement_request", request, ["Giấy chứng sinh: "]),
                   IntakeSlipDialog(desk, "refusal", request, []),
                   RegisterDialog(desk), AddUserDialog(desk), steps_editor(office_db)):
        qtbot.addWidget(window)
        assert_fits(qtbot, window)


def test_qt_s_own_file_and_print_dialogs_and_the_recovery_box(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    chooser = SaveChooser(parent, "Lưu biên nhận", "Tệp PDF (*.pdf)", "bien-nhan.pdf")
    assert_fits(qtbot, chooser)
    chooser.reject()
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printing = QPrintDialog(printer, parent)
    assert_fits(qtbot, printing)
    options = [b for b in printing.findChildren(QAbstractButton) if "Tùy chọn" in b.text()]
    if options:
        options[0].click()
        assert_fits(qtbot, printing)
    printing.reject()
    recovery = RecoveryDialog(Path(tmp_path / "desk.sqlite3"), "tệp bị hỏng", None, tmp_path)
    qtbot.addWidget(recovery)
    assert_fits(qtbot, recovery)
