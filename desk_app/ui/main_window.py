"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desk_app.services.desk import Desk
from desk_app.services.supervision import counts
from desk_app.ui.admin.catalog_page import CatalogPage
from desk_app.ui.admin.settings_page import SettingsPage
from desk_app.ui.counter.intake_page import IntakePage
from desk_app.ui.counter.return_page import ReturnPage
from desk_app.ui.counter.scan import ScanBar
from desk_app.ui.dossiers.dossiers_page import DossiersPage
from desk_app.ui.processing.inbox_page import InboxPage
from desk_app.ui.session.calendar_announcement import announce_calendar
from desk_app.ui.session.help_window import AboutDialog, HelpWindow
from desk_app.ui.session.notice_counts import NoticeCounts
from desk_app.ui.session.notice_sender import NoticeSender
from desk_app.ui.session.notifier import DeskTray, Notifier
from desk_app.ui.session.roles import role_label
from desk_app.ui.session.step_notifier import StepNotifier
from desk_app.ui.supervision.overdue_page import OverduePage
from desk_app.ui.supervision.reports_page import ReportsPage
from desk_app.ui.widgets.day_counts import DayCountsBar
from desk_app.ui.widgets.screen_fit import resize_to_fit


class LoginNeededPage(QLabel):
    """In place of a page that works for a logged-in user only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setText(self.tr("Log in to use this page."))
        self.setAlignment(Qt.AlignCenter)


DAY_COUNTS_REFRESH_MS = 60_000


class MainWindow(QMainWindow):
    """`loggedOut` when the user logs out (Ctrl+L), just before the window closes."""

    loggedOut = Signal()

    def __init__(self, desk: Desk, settings: QSettings, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        self.setWindowTitle(self.tr("One-stop desk"))
        self.navigation = QListWidget()
        self.navigation.setMaximumWidth(190)
        self.pages = QStackedWidget()
        self.catalog_page = CatalogPage(desk)
        # Receiving needs a logged-in user.
        self.intake_page = IntakePage(desk) if desk.actor is not None else None
        # Supervising needs a user too (the pages tell other roles they are not for them).
        self.overdue_page = OverduePage(desk) if desk.actor is not None else None
        self.reports_page = ReportsPage(desk) if desk.actor is not None else None
        # Handing results over is recorded under the user who does it.
        self.return_page = ReturnPage(desk) if desk.actor is not None else None
        self.dossiers_page = DossiersPage(desk)
        # An inbox is a user's (theirs, their unit's, the desk's).
        self.inbox_page = InboxPage(desk) if desk.actor is not None else None
        self.settings_page = SettingsPage(desk, settings)
        # Each page with the permission that opens it to a role (the others do not see it in
        # the list) and the heading of its chapter in the guide (F1).
        entries: list[tuple[str, QWidget, str, str]] = [
            (self.tr("Intake"), self.intake_page or LoginNeededPage(), "dossier.receive",
             "Tiếp nhận hồ sơ"),
            (self.tr("Dossiers"), self.dossiers_page, "dossier.read", "Danh sách hồ sơ"),
            (self.tr("Return"), self.return_page or LoginNeededPage(), "dossier.return",
             "Trả kết quả"),
            (self.tr("Overdue"), self.overdue_page or LoginNeededPage(), "overdue.read",
             "Màn hình Quá hạn"),
            (self.tr("Reports"), self.reports_page or LoginNeededPage(), "report.read",
             "Báo cáo thống kê"),
            (self.tr("Catalogue"), self.catalog_page, "catalog.read", "Danh mục thủ tục"),
            (self.tr("Settings"), self.settings_page, "", "Cài đặt"),
            # Last, so that the other pages keep the Alt+number people learnt.
            (self.tr("My dossiers"), self.inbox_page or LoginNeededPage(), "dossier.read",
             "Hồ sơ của tôi"),
        ]
        self.guide_sections = [section for *_, section in entries]
        for number, (title, page, permission, _section) in enumerate(entries, start=1):
            self.navigation.addItem(f"{number}. {title}")
            item = self.navigation.item(number - 1)
            item.setToolTip(f"Alt+{number}")
            self.pages.addWidget(page)
            if permission and desk.actor is not None and not desk.actor.may(permission):
                item.setHidden(True)
                continue
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        # The list's own size hint (256 px) is wider than it may grow: without this the pages
        # start 66 px to the right of it, beside an empty strip.
        splitter.setSizes([self.navigation.maximumWidth(), 1_000])
        self.setCentralWidget(splitter)
        self.scan_bar = ScanBar(desk)
        scan_toolbar = self.addToolBar(self.tr("Scan"))
        scan_toolbar.setMovable(False)
        scan_toolbar.addWidget(self.scan_bar)
        scan_shortcut = QShortcut(QKeySequence(Qt.Key_F2), self)
        scan_shortcut.setContext(Qt.ApplicationShortcut)
        scan_shortcut.activated.connect(self.scan_bar.activate)
        self.help_window: HelpWindow | None = None
        self._add_session_menu()
        self._add_help_menu()
        # A clerk starts at the counter, an officer at the dossiers; without a user there is
        # only the catalogue to show.
        if self.intake_page is None:
            self.navigation.setCurrentRow(5)
        else:
            self.navigation.setCurrentRow(next(
                row for row in range(self.navigation.count())
                if not self.navigation.item(row).isHidden()))
        if desk.actor is not None:
            self.statusBar().showMessage(
                self.tr("User: {name} ({role})").format(
                    name=desk.actor.full_name, role=role_label(desk.actor.role)))
        self.day_counts = DayCountsBar()
        self.day_counts.chosen.connect(self.show_dossiers)
        self.statusBar().addPermanentWidget(self.day_counts)
        self.notice_counts = NoticeCounts(desk)
        self.statusBar().addPermanentWidget(self.notice_counts)
        self.refresh_day_counts()
        self.day_counts_timer = QTimer(self)
        self.day_counts_timer.timeout.connect(self.refresh_day_counts)
        self.day_counts_timer.start(DAY_COUNTS_REFRESH_MS)
        if self.inbox_page is not None:
            self.day_counts_timer.timeout.connect(self.inbox_page.refresh_if_shown)
        if self.intake_page is not None:
            self.intake_page.dossierReceived.connect(self.refresh_day_counts)
        # A change made on a page (a step, an apology) shows in the counts on the next page.
        self.navigation.currentRowChanged.connect(lambda _row: self.refresh_day_counts())
        self.tray = DeskTray(self)
        # A click on a notification leads to what it was about: a step due soon to My
        # dossiers, the rest to the Overdue screen.
        self._tray_leads_to_inbox = False
        self.tray.clicked.connect(self._tray_clicked)
        self.notifier = Notifier(desk, lambda notice: self._tell(notice, False), parent=self)
        self.step_notifier = StepNotifier(desk, self._tell_step, parent=self)
        announce_calendar(desk, self.tray.show)
        self.notice_sender = NoticeSender(desk, parent=self)
        self.notice_sender.sent.connect(lambda *_: self.notice_counts.refresh())
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a larger screen (or before a taskbar grew): brought within this one.
            if not self.isMaximized():
                resize_to_fit(self, self.width(), self.height())
        else:
            # First start: the whole screen (the lists' columns need its width), and a size
            # that fits it to come back to from maximised.
            resize_to_fit(self, 1200, 760)
            self.setWindowState(Qt.WindowMaximized)

    def _add_session_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("Account"))
        self.logout_action = QAction(self.tr("Log out / switch user"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.setShortcutContext(Qt.ApplicationShortcut)
        self.logout_action.setEnabled(self._desk.actor is not None)
        self.logout_action.triggered.connect(self.log_out)
        menu.addAction(self.logout_action)

    def log_out(self) -> None:
        """Back to the login window (`ui/app.py` opens it on `loggedOut`); this window, its
        timers and its guide close."""
        self.loggedOut.emit()
        self.close()

    def _add_help_menu(self) -> None:
        # No Alt letter in the source: every free one in "Help" is taken by a page's field.
        menu = self.menuBar().addMenu(self.tr("Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key_F1))
        # F1 from the dossier's window or a preview too, not only from the main window.
        self.guide_action.setShortcutContext(Qt.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("&About…"), self)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.guide_action)
        menu.addAction(self.about_action)

    def show_guide(self) -> HelpWindow:
        """The guide in a window of its own (one, brought to the front when open), at the
        chapter of the page shown."""
        if self.help_window is None:
            # No parent: the guide stays usable beside a dialog that blocks the main window.
            self.help_window = HelpWindow()
        self.help_window.show()
        self.help_window.show_heading(self.guide_sections[self.pages.currentIndex()])
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refresh_day_counts(self) -> None:
        self.day_counts.show_counts(counts.day_counts(self._desk))
        self.notice_counts.refresh()

    def show_dossiers(self, urgency: str) -> None:
        """The dossiers list filtered to one of the status bar's counts."""
        self.navigation.setCurrentRow(1)
        self.dossiers_page.show_urgency(urgency)

    def _tell(self, notice, about_inbox: bool) -> None:
        self._tray_leads_to_inbox = about_inbox
        self.tray.show(notice)

    def _tell_step(self, notice) -> None:
        # A head's step past due is read on the Overdue screen's strip.
        self._tell(notice, self.step_notifier.last_kind == "due_soon")

    def _tray_clicked(self) -> None:
        if self._tray_leads_to_inbox and self.inbox_page is not None:
            self.show_inbox()
        else:
            self.show_overdue()

    def show_inbox(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.navigation.setCurrentRow(self.pages.indexOf(self.inbox_page))

    def show_overdue(self) -> None:
        """Where a click on a notification leads."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.navigation.setCurrentRow(3)

    def closeEvent(self, event) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        # A closed window reads nothing more: its timers would otherwise go on querying a
        # database that may be gone (a restore, the next session's schema).
        self.day_counts_timer.stop()
        self.notifier.stop()
        self.step_notifier.stop()
        self.notice_sender.stop()
        if self.help_window is not None:
            self.help_window.close()
        super().closeEvent(event)
