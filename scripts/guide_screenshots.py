"""Regenerate the user guide's pictures into docs/guide/images/: every screen and dialog the
guide (docs/guide/huong-dan-su-dung.md) shows, in Vietnamese, from a demo office.

    python scripts/guide_screenshots.py

Runs on fresh throw-away databases at a fixed clock, so the pictures change only when the
program does. The screen is the usual counter PC's, 1366 x 768: main-window pictures show the
window maximised, as it opens the first time; dialogs have the size the program gives them on
that screen.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

# The counter PC's screen (Qt's offscreen default is 800 x 800): the windows size themselves
# to it as they do at the desk.
SCREEN = {"screens": [{"name": "DISPLAY1", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}
_SCREEN_FILE = Path(tempfile.mkdtemp(prefix="desk_app_guide_qpa_")) / "screen.json"
_SCREEN_FILE.write_text(json.dumps(SCREEN), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_FILE.as_posix()}"
os.environ["DESK_APP_NOW"] = "2025-10-15 09:30"

import pypdfium2  # noqa: E402
from PySide6.QtCore import QDate, QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desk_app import config  # noqa: E402
from desk_app.domain.intake import IntakeRequest  # noqa: E402
from desk_app.paths import GUIDE_DIR  # noqa: E402
from desk_app.services import office, users  # noqa: E402
from desk_app.services.actors import DEMO_GENERATOR  # noqa: E402
from desk_app.services.demo.launch import new_demo_url  # noqa: E402
from desk_app.services.demo.sample import DEMO_OFFICE, DEMO_USERS, build_demo_database  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402
from desk_app.services.processing import letters, lifecycle  # noqa: E402
from desk_app.services.reception import intake  # noqa: E402
from desk_app.services.reception.receipts import write_receipt  # noqa: E402
from desk_app.services.safety import backup, sqlite_file  # noqa: E402
from desk_app.services.setup import init_database  # noqa: E402
from desk_app.services.supervision import overdue  # noqa: E402
from desk_app.store.db import dispose, session_scope  # noqa: E402
from desk_app.store.models import OfficeSetting  # noqa: E402
from desk_app.ui.app import install_translation  # noqa: E402

IMAGES = GUIDE_DIR / "images"
WINDOW_SIZE = (SCREEN["screens"][0]["width"], SCREEN["screens"][0]["height"])
# What a Windows PC shows in the recovery dialog (the picture is made on any system).
WINDOWS_DATA = r"C:\Users\thuha\AppData\Local\desk_app\desk_app"


def settle(app: QApplication, seconds: float = 0.2) -> None:
    """Let layouts, timers and queued signals run for a moment."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app: QApplication, ready: Callable[[], bool], what: str,
             timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError(f"{what} did not finish within {timeout} s")
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def save(widget: QWidget, name: str, popups: tuple[QWidget, ...] = ()) -> Path:
    """The widget as shown, with its open popups (a completer's list, a menu) painted where
    they stand: each is a window of its own that a plain grab leaves out."""
    picture = widget.grab()
    if popups:
        painter = QPainter(picture)
        origin = widget.mapToGlobal(QPoint(0, 0))
        for popup in popups:
            painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - origin, popup.grab())
        painter.end()
    path = IMAGES / f"{name}.png"
    picture.save(str(path))
    return path


def save_window(app: QApplication, window: QWidget, name: str,
                popups: tuple[QWidget, ...] = ()) -> Path:
    """A main-window picture, the window maximised: a page's progress strip may have widened
    the window for a moment (it does not shrink back by itself)."""
    if (window.width(), window.height()) != WINDOW_SIZE:
        window.setGeometry(0, 0, *WINDOW_SIZE)
        settle(app)
    return save(window, name, popups)


def save_pdf_page(pdf: Path, name: str, scale: float = 1.2) -> None:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        document[0].render(scale=scale).to_pil().save(IMAGES / f"{name}.png")
    finally:
        document.close()


class Office:
    """The demo office, its users, and a few dossiers with a story worth showing."""

    def __init__(self) -> None:
        self.url = build_demo_database(new_demo_url())
        # A fixed QR signing secret: the receipt's QR code, hence its picture, stays the same.
        with session_scope(self.url) as session:
            session.get(OfficeSetting, office.SECRET_KEY).value = "0" * 64
        self.actors = {role: users.authenticate(Desk(self.url), username, password)
                       for role, username, password, _ in DEMO_USERS}
        clerk, officer = self.actors["clerk"], self.actors["officer"]
        # A household business registration with a supplement on the way: a dossier page with
        # hand-overs, a form 02 and the clock restarted.
        received = intake.receive(Desk(self.url, clerk), IntakeRequest(
            "1.001612", "Trần Thị Mỹ Duyên", id_number="049190012345", phone="0905123456",
            address="25 Phan Châu Trinh, phường Hội An", sets=1),
            received_at=datetime(2025, 10, 9, 8, 20))
        self.story = received.code
        lifecycle.transfer(Desk(self.url, clerk), self.story, "Phòng Kinh tế", "Võ Thanh Sơn", "",
                           at=datetime(2025, 10, 9, 9, 5))
        lifecycle.request_supplement(
            Desk(self.url, officer), self.story, [("Giấy đề nghị đăng ký hộ kinh doanh",
                                                   "ghi đủ ngành, nghề kinh doanh")],
            "Thiếu thông tin ngành, nghề", at=datetime(2025, 10, 10, 10, 0))
        lifecycle.receive_supplement(Desk(self.url, clerk), self.story, "",
                                     at=datetime(2025, 10, 13, 14, 10))
        # A returned dossier for the rating screen.
        returned = intake.receive(Desk(self.url, clerk), IntakeRequest(
            "1.001193", "Lê Văn Hùng", id_number="049088001234"),
            received_at=datetime(2025, 10, 14, 8, 5))
        lifecycle.transfer(Desk(self.url, clerk), returned.code, "Phòng Tư pháp - Hộ tịch",
                           "Ngô Thị Lan", "", at=datetime(2025, 10, 14, 8, 20))
        lifecycle.result_ready(Desk(self.url, officer), returned.code,
                               at=datetime(2025, 10, 14, 15, 30))
        lifecycle.return_result(Desk(self.url, clerk), returned.code, collector_name="Lê Văn Hùng",
                                collector_id="049088001234", at=datetime(2025, 10, 15, 8, 0))
        self.returned = returned.code
        rows = overdue.overdue(Desk(self.url, DEMO_GENERATOR), as_of=config.now())
        self.overdue = [row.code for row in rows]
        # One late dossier already had its first new appointment: the second needs a leader.
        letters.issue_apology(
            Desk(self.url, self.actors["supervisor"]), self.overdue[1],
            "Cần xác minh thêm tại địa phương",
            letters.suggest_new_date(Desk(self.url, DEMO_GENERATOR), self.overdue[1]),
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Minh Tuấn")

    def close(self) -> None:
        dispose(self.url)
        shutil.rmtree(sqlite_file.sqlite_path(self.url).parent, ignore_errors=True)


def first_start(app: QApplication) -> None:
    from desk_app.ui.admin.setup_wizard import SetupWizard
    from desk_app.ui.session.login import LoginDialog

    folder = Path(tempfile.mkdtemp(prefix="desk_app_guide_"))
    url = f"sqlite:///{(folder / 'empty.sqlite3').as_posix()}"
    try:
        init_database(Desk(url))
        wizard = SetupWizard(Desk(url))
        page = wizard.agency_page
        for key, edit in page.edits.items():
            edit.setText(DEMO_OFFICE[key])
        wizard.show()
        settle(app)
        save(wizard, "wizard-agency")
        wizard.next()
        wizard.next()
        admin = wizard.admin_page
        admin.username.setText("quantri")
        admin.full_name.setText("Phạm Quốc Việt")
        admin.password.setText("Quantri2025")
        admin.password_again.setText("Quantri2025")
        settle(app)
        save(wizard, "wizard-admin")
        wizard.close()
    finally:
        dispose(url)
        shutil.rmtree(folder, ignore_errors=True)
    credentials = [(role, username, password) for role, username, password, _ in DEMO_USERS]
    login = LoginDialog(Desk("sqlite://"), credentials)
    login.username.setText("tiepnhan")
    login.password.setText("Tiepnhan2025")
    login.show()
    settle(app)
    save(login, "login")
    login.close()


def open_main_window(demo: Office, role: str, settings: QSettings) -> QWidget:
    """The main window as the demo user of `role` sees it after signing in."""
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(Desk(demo.url, demo.actors[role]), settings)
    window.show()
    return window


def counter(app: QApplication, demo: Office) -> None:
    settings = QSettings(str(IMAGES / ".screenshots.ini"), QSettings.IniFormat)
    window = open_main_window(demo, "clerk", settings)
    settle(app)
    page = window.intake_page
    page.procedure.setFocus()
    page.procedure.setText("ho kinh doanh")
    page._filter_procedures(page.procedure.text())
    settle(app)
    # Placed again now that the window has its final layout.
    page.completer.complete()
    settle(app)
    save_window(app, window, "intake-typeahead", (page.completer.popup(),))
    page._choose_typed()
    page.applicant_name.setText("Nguyễn Thị Ánh Tuyết")
    page.id_number.setText("049190054321")
    page.phone.setText("0935 246 810")
    page.address.setText("12 Trần Phú, phường Hội An")
    page.fee.setText("100.000 đồng")
    settle(app)
    save_window(app, window, "intake")

    page.save()
    preview = page.preview
    settle(app, 0.5)
    save(preview, "receipt-preview")
    code = preview._code
    preview.close()
    pdf = IMAGES / "receipt.pdf"
    write_receipt(Desk(demo.url, DEMO_GENERATOR), code, pdf)
    save_pdf_page(pdf, "receipt")
    pdf.unlink()

    page.procedure.setText("khai sinh")
    page._choose_typed()
    page.applicant_name.setText("Phan Văn Long")
    page.documents.item(1, 0).setCheckState(Qt.Unchecked)
    slip = page.issue_slip("supplement_request")
    slip.lines.setPlainText(slip.lines.toPlainText() + "bản chính hoặc bản sao có chứng thực")
    slip.reason.setText("Thiếu giấy chứng sinh")
    settle(app)
    save(slip, "form-02")
    slip.close()
    page.clear()

    window.scan_bar.field.setText("000.00.00.H49-251015-9999")
    window.scan_bar.scan()
    settle(app)
    strip = window.grab()
    strip.copy(0, 0, WINDOW_SIZE[0], 90).save(str(IMAGES / "scan.png"))
    window.scan_bar.field.clear()
    window.scan_bar.message.clear()

    window.navigation.setCurrentRow(1)
    window.dossiers_page.refresh()
    settle(app)
    save_window(app, window, "dossiers")

    window.navigation.setCurrentRow(5)
    window.catalog_page.search.setText("ho tich")
    settle(app)
    save_window(app, window, "catalog")
    window.close()
    settings.sync()
    (IMAGES / ".screenshots.ini").unlink(missing_ok=True)


def dossier_pages(app: QApplication, demo: Office) -> None:
    from desk_app.ui.dossiers.apology_dialog import ApologyDialog
    from desk_app.ui.dossiers.dossier_dialog import DossierDialog
    from desk_app.ui.dossiers.lifecycle_dialogs import ReturnDialog, TransferDialog
    from desk_app.ui.dossiers.register_dialog import RegisterDialog

    supervisor = demo.actors["supervisor"]
    dialog = DossierDialog(Desk(demo.url, supervisor), demo.story, None)
    dialog.show()
    settle(app)
    save(dialog, "dossier")
    dialog.forms_menu.popup(dialog.mapToGlobal(dialog.rect().bottomLeft() - QPoint(-560, 230)))
    settle(app)
    save(dialog, "dossier-forms", (dialog.forms_menu,))
    dialog.forms_menu.close()

    transfer = TransferDialog(Desk(demo.url, supervisor), dialog.detail, dialog)
    transfer.unit.setText("Văn phòng Đăng ký đất đai")
    transfer.receiver.setText("Huỳnh Văn Phúc")
    transfer.note.setText("Xác minh thông tin địa điểm kinh doanh")
    transfer.show()
    settle(app)
    save(transfer, "handover")
    transfer.close()
    ret = ReturnDialog(Desk(demo.url, supervisor), dialog.detail, dialog)
    ret.show()
    settle(app)
    save(ret, "return")
    ret.close()
    control = dialog.preview_control_sheet()
    settle(app, 0.5)
    save(control, "control-sheet")
    control.close()
    dialog.close()

    apology = ApologyDialog(Desk(demo.url, supervisor), demo.overdue[0])
    apology.reason.setText("Cần lấy ý kiến của cơ quan có liên quan")
    apology.signer.name.setText("Lê Minh Tuấn")
    apology.show()
    settle(app)
    save(apology, "apology")
    apology.close()
    second = ApologyDialog(Desk(demo.url, supervisor), demo.overdue[1])
    second.reason.setText("Chờ kết quả xác minh tại địa phương")
    second.confirmation.setText("Đã kiểm tra, kết quả xác minh dự kiến trong 2 ngày")
    second.show()
    settle(app)
    save(second, "apology-second")
    second.close()

    register = RegisterDialog(Desk(demo.url, supervisor))
    register.show()
    settle(app)
    save(register, "register")
    register.close()


def supervisor_pages(app: QApplication, demo: Office) -> None:
    from desk_app.ui.dossiers.rating_view import RatingView

    settings = QSettings(str(IMAGES / ".screenshots.ini"), QSettings.IniFormat)
    window = open_main_window(demo, "supervisor", settings)
    window.navigation.setCurrentRow(3)
    page = window.overdue_page
    wait_for(app, lambda: page.model.rowCount() > 0 and not page.loading, "overdue page")
    save_window(app, window, "overdue")

    window.navigation.setCurrentRow(4)
    reports = window.reports_page
    wait_for(app, lambda: reports.result is not None and not reports.computing, "report")
    save_window(app, window, "reports")
    reports.tabs.setCurrentWidget(reports.index_table)
    settle(app, 0.2)
    save_window(app, window, "reports-766")
    reports.tabs.setCurrentWidget(reports.trend_view.parentWidget())  # the charts
    settle(app, 0.5)
    save_window(app, window, "reports-charts")

    window.navigation.setCurrentRow(1)
    dossiers = window.dossiers_page
    dossiers.status.setCurrentIndex(dossiers.status.findData("in_progress"))
    dossiers.to_enabled.setChecked(True)
    dossiers.to_date.setDate(QDate(2025, 10, 9))
    dossiers.refresh()
    late = next(number for number in range(dossiers.model.rowCount())
                if dossiers.model.row_at(number).code in demo.overdue)
    dossiers.table.selectRow(late)
    settle(app)
    menu = dossiers.context_menu()
    row = dossiers.table.visualRect(dossiers.model.index(late, 2))
    menu.popup(dossiers.table.viewport().mapToGlobal(row.center()))
    settle(app)
    save_window(app, window, "dossiers-apology", (menu,))
    menu.close()

    window.navigation.setCurrentRow(6)
    audit = window.settings_page.audit_page
    wait_for(app, lambda: audit.model.rowCount() > 0, "audit trail")
    save_window(app, window, "settings-audit")
    window.settings_page.setCurrentIndex(1)
    settle(app)
    # The language tab holds three lines: the rest of the page is empty.
    window.grab().copy(0, 0, WINDOW_SIZE[0], 220).save(str(IMAGES / "settings-language.png"))
    window.close()
    settings.sync()
    (IMAGES / ".screenshots.ini").unlink(missing_ok=True)

    view = RatingView(Desk(demo.url))
    view.show()
    view.start(demo.returned, demo.actors["clerk"])
    view.choose(4)
    settle(app)
    save(view, "rating")
    view.close()


def return_and_users_pages(app: QApplication, demo: Office) -> None:
    settings = QSettings(str(IMAGES / ".screenshots.ini"), QSettings.IniFormat)
    window = open_main_window(demo, "clerk", settings)
    window.navigation.setCurrentRow(2)
    page = window.return_page
    wait_for(app, lambda: page.model.rowCount() > 0, "return page")
    save_window(app, window, "return-page")
    window.close()

    window = open_main_window(demo, "admin", settings)
    window.navigation.setCurrentRow(6)
    accounts = window.settings_page.users_page
    window.settings_page.setCurrentWidget(accounts)
    wait_for(app, lambda: accounts.model.rowCount() > 0, "users tab")
    save_window(app, window, "settings-users")
    window.close()
    settings.sync()
    (IMAGES / ".screenshots.ini").unlink(missing_ok=True)


def safety_dialogs(app: QApplication, demo: Office) -> None:
    from desk_app.ui.admin.data_safety import RecoveryDialog
    from desk_app.ui.session.help_window import HelpWindow
    from desk_app.ui.session.idle_lock import UnlockDialog

    candidate = backup.BackupInfo(Path("desk_app-20251014-1702.sqlite3"),
                                  datetime(2025, 10, 14, 17, 2), 18_400_000)
    recovery = RecoveryDialog(
        Path(WINDOWS_DATA + r"\desk_app.sqlite3"),
        "tệp bị hỏng hoặc không đọc được (file is not a database)", candidate,
        Path(WINDOWS_DATA + r"\backups"))
    recovery.show()
    settle(app)
    save(recovery, "recovery")
    recovery.close()

    lock = UnlockDialog(Desk(demo.url, demo.actors["clerk"]), 10)
    lock.show()
    settle(app)
    save(lock, "idle-lock")
    lock.close()

    guide = HelpWindow()
    guide.show()
    settle(app, 0.5)
    # A chapter, not the top: the top shows this very picture, which would nest in itself.
    guide.contents.setCurrentRow(1)
    settle(app, 0.3)
    save(guide, "help")
    guide.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_translation(app, "vi")
    IMAGES.mkdir(parents=True, exist_ok=True)
    first_start(app)
    demo = Office()
    try:
        counter(app, demo)
        dossier_pages(app, demo)
        supervisor_pages(app, demo)
        return_and_users_pages(app, demo)
        safety_dialogs(app, demo)
    finally:
        demo.close()
        shutil.rmtree(_SCREEN_FILE.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
