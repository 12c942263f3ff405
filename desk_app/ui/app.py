"""`desk-app`: start the desktop program."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.paths import TRANSLATIONS_DIR
from desk_app.services.desk import Desk
from desk_app.ui import collector
from desk_app.ui.session import crash_guard
from desk_app.ui.session.login import LoginDialog

DEFAULT_LANGUAGE = "vi"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desk-app")
    parser.add_argument("--db", help="SQLAlchemy URL of the database")
    parser.add_argument("--demo", action="store_true",
                        help="open a throw-away demo database")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary database and exit")
    return parser.parse_args(argv)


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Vietnamese by default; English is the source language and needs no file."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS_DIR / f"desk_app_{language}.qm")):
        raise FileNotFoundError(f"translation desk_app_{language}.qm is missing")
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    return translator


DEMO_POLL_MS = 100


class Sessions(QObject):
    """One login after another in one run of the program: the login window, the main window
    of who logged in, and after Ctrl+L (log out) the login window again, the old window's
    timers, idle lock and guide gone with it. The program ends when the login window is
    cancelled or the main window closed otherwise."""

    def __init__(self, desk: Desk, settings: QSettings,
                 demo_credentials: list[tuple[str, str, str]] | None = None,
                 building: multiprocessing.Process | None = None):
        super().__init__()
        self._desk = desk
        self._settings = settings
        self._demo_credentials = demo_credentials
        self.login: LoginDialog | None = None
        self.window = None
        self._building = building
        self._build_timer = QTimer(self)
        self._build_timer.timeout.connect(self._check_build)

    def start(self) -> LoginDialog:
        """The login window (not modal: the program's event loop runs behind it)."""
        login = LoginDialog(self._desk, self._demo_credentials)
        login.accepted.connect(self._logged_in)
        login.rejected.connect(self._cancelled)
        if self._building is not None:
            login.hold(QCoreApplication.translate("Sessions", "Preparing the demo office…"))
            self._build_timer.start(DEMO_POLL_MS)
        self.login = login
        login.show()
        return login

    def _check_build(self) -> None:
        if self._building.is_alive():
            return
        self._build_timer.stop()
        code, self._building = self._building.exitcode, None
        if self.login is not None:
            self.login.release("" if code == 0 else QCoreApplication.translate(
                "Sessions", "The demo database could not be built (exit code {code})").format(
                    code=code))

    def _logged_in(self) -> None:
        from desk_app.services import office
        from desk_app.ui.main_window import MainWindow
        from desk_app.ui.session.idle_lock import IdleLock

        desk = self._desk.as_user(self.login.actor)
        self.login.deleteLater()
        self.login = None
        window = MainWindow(desk, self._settings)
        window.setAttribute(Qt.WA_DeleteOnClose)
        minutes = int(office.show(desk)["idle_lock_minutes"])
        window.idle_lock = IdleLock(window, desk, minutes * 60_000)
        window.loggedOut.connect(self._logged_out)
        window.destroyed.connect(self._window_gone)
        self.window = window
        window.show()

    def _logged_out(self) -> None:
        # The login window is up before the main window closes.
        self.window = None
        self.start()

    def _window_gone(self) -> None:
        if self.window is not None or self.login is None:
            QApplication.quit()

    def _cancelled(self) -> None:
        self.login.deleteLater()
        self.login = None
        QApplication.quit()


def main(argv: Sequence[str] | None = None) -> int:
    # The bundled program's demo builds its database in a child started from the same file.
    multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        return run_self_test()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desk_app")
    app.setOrganizationName("desk_app")
    # Logging out closes the last window before the next login: Sessions says when to end.
    app.setQuitOnLastWindowClosed(False)
    crash_guard.install()
    collector.pin_to_gui_thread()
    settings = QSettings()
    install_translation(app, str(settings.value("language", DEFAULT_LANGUAGE)))
    safety = None
    building = None
    demo_credentials = None
    # The database's libraries, the main window's pages and the self-test are imported only
    # when needed: the demo's login window comes up seconds sooner (issue 16), the others'
    # a second sooner (issue 8).
    if args.demo:
        from desk_app.services.demo import launch

        url = launch.new_demo_url()
        building = launch.start_building(url)
        desk = Desk(url)
        demo_credentials = [(role, username, password)
                            for role, username, password, *_ in launch.DEMO_USERS]
    else:
        from desk_app import config
        from desk_app.services import users
        from desk_app.services.setup import init_database
        from desk_app.ui.admin.data_safety import DataSafety
        from desk_app.ui.admin.setup_wizard import SetupWizard

        url = config.database_url(args.db)
        safety = DataSafety(url)
        if not safety.check_at_start() or not safety.hold():
            return 1
        # One desk for this run of the program; who acts on it is known at the login.
        desk = Desk(url)
        init_database(desk)
        if not safety.backup_if_due():
            return 1
        if not users.has_users(desk) and SetupWizard(desk).exec() != QDialog.Accepted:
            return 0
    sessions = Sessions(desk, settings, demo_credentials, building)
    sessions.start()
    code = app.exec()
    if safety is not None:
        safety.backup_on_exit()
    return code


def run_self_test() -> int:
    """Runs without a screen (installers and build scripts call it); 0 when every step
    passed."""
    from desk_app import self_test

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.instance() or QApplication(sys.argv[:1])
    lines: list[str] = []
    try:
        self_test.run(lines.append)
    except self_test.SelfTestFailed as exc:
        lines.append(f"FAILED: {exc}")
        _write_report(lines)
        return 1
    lines.append("self-test passed")
    _write_report(lines)
    return 0


def _write_report(lines: list[str]) -> None:
    # A windowed program on Windows has no console: stdout is None there.
    if sys.stdout is not None:
        sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
