"""`desk-app`: start the desktop program."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from desk_app import config
from desk_app.paths import TRANSLATIONS_DIR
from desk_app.services import office, users
from desk_app.services.desk import Desk
from desk_app.services.setup import init_database
from desk_app.ui import collector
from desk_app.ui.admin.data_safety import DataSafety
from desk_app.ui.admin.setup_wizard import SetupWizard
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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        return run_self_test()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desk_app")
    app.setOrganizationName("desk_app")
    crash_guard.install()
    collector.pin_to_gui_thread()
    settings = QSettings()
    install_translation(app, str(settings.value("language", DEFAULT_LANGUAGE)))
    safety = None
    # The demo, the main window's pages and the self-test are imported only when needed:
    # the login window comes up a second sooner (speed target of issue 8).
    if args.demo:
        from desk_app.services.demo.sample import create_demo_database

        desk = Desk(create_demo_database())
    else:
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
    demo_credentials = None
    if args.demo:
        from desk_app.services.demo.sample import DEMO_USERS

        demo_credentials = [(role, username, password)
                            for role, username, password, *_ in DEMO_USERS]
    login = LoginDialog(desk, demo_credentials)
    if login.exec() != QDialog.Accepted:
        return 0
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.session.idle_lock import IdleLock

    desk = desk.as_user(login.actor)
    window = MainWindow(desk, settings)
    minutes = int(office.show(desk)["idle_lock_minutes"])
    window.idle_lock = IdleLock(window, desk, minutes * 60_000)
    window.show()
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
