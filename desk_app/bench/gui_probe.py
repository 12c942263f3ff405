"""The GUI measured in new processes, offscreen: start to the login window and to the main
window, and memory after scrolling the dossiers view. The parent runs
`python -m desk_app.bench --probe KIND URL` (`_probe`); the child answers with `probe`."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import desk_app.ui  # noqa: F401 - guards the child against PySide6's reference-count bug
from desk_app.bench import demo_start
from desk_app.bench.kit import BENCH_USER, Measure, Samples, rss_mb
from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.setup import init_database


def _probe(kind: str, url: str, repeat: int) -> list[dict]:
    """Run `python -m desk_app.bench --probe KIND URL` `repeat` times; each prints JSON with
    moments (compared with its spawn, which the parent notes) and its peak RSS; the parent
    adds the CPU milliseconds the child used."""
    import resource  # Unix only, as /proc in _rss_mb: the benchmark runs on Linux

    results = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home}
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            spawned = time.time()
            done = subprocess.run(
                [sys.executable, "-m", "desk_app.bench", "--probe", kind, url],
                env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"probe {kind} failed: {done.stderr[-2000:]}")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            answer = json.loads(done.stdout.strip().splitlines()[-1])
            answer["spawned"] = spawned
            answer["cpu_ms"] = ((after.ru_utime - before.ru_utime)
                                + (after.ru_stime - before.ru_stime)) * 1000
            results.append(answer)
    return results


def measure_gui(url: str, repeat: int) -> list[Measure]:
    def since(results: list[dict], key: str) -> Samples:
        return Samples([(r[key] - r["spawned"]) * 1000 for r in results],
                       [r["cpu_ms"] for r in results])

    def one(value: float) -> Samples:
        return Samples([value])

    login = _probe("login", url, repeat)
    demo = demo_start.measure(repeat)
    start = _probe("start", url, repeat)
    bare = _probe("bare", url, repeat)
    scroll = _probe("scroll", url, 1)[0]
    empty = _probe("bare-table", url, 1)[0]
    return [
        Measure("e", "start to the login window", since(login, "login"), since(bare, "shown"),
                2000),
        Measure("e", "desk-app --demo to its login window", since(demo, "login"),
                since(bare, "shown"), 3000),
        Measure("e", "desk-app --demo until logging in works (information)",
                since(demo, "ready")),
        Measure("e", "start to the main window, signed in (information)",
                since(start, "main"), since(bare, "shown")),
        Measure("f", f"peak RSS after scrolling {scroll['rows']:,} rows",
                one(scroll["rss_mb"]), one(empty["rss_mb"]), 300, unit="MB"),
        Measure("f", "a page fetched while scrolling (information)", one(scroll["page_ms"])),
        Measure("f", "scrolling top to bottom, whole (information)",
                one(scroll["seconds"] * 1000)),
    ]


def _wait_painted(app, window) -> float:
    """Show `window` and return the moment it was first painted."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and not painted
                    and hasattr(watched, "window") and watched.window() is window):
                painted.append(time.time())
                QTimer.singleShot(0, loop.quit)
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    window.show()
    if not painted:
        loop.exec()
    app.removeEventFilter(spy)
    return painted[0]


def probe(kind: str, url: str) -> dict:
    """The child side of `_probe` (offscreen)."""
    if kind in ("bare", "bare-table"):
        from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        if kind == "bare-table":
            window.setCentralWidget(QTableView())
        window.resize(1200, 760)
        return {"shown": _wait_painted(app, window), "rss_mb": rss_mb()}
    # What desk-app does before the login window, then signing in, as ui/app.py does it (the
    # daily backup aside: it runs once a day, not at every start).
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desk_app.services.safety import sqlite_file
    from desk_app.ui.app import DEFAULT_LANGUAGE, install_translation
    from desk_app.ui.session.login import LoginDialog

    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk_app")
    app.setOrganizationName("desk_app")
    settings = QSettings()
    install_translation(app, DEFAULT_LANGUAGE)
    if kind == "scroll":
        return _scroll(app, url)
    path = sqlite_file.sqlite_path(url)
    if path is not None:
        sqlite_file.can_open(path)
    init_database(Desk(url))
    users.has_users(Desk(url))
    login = LoginDialog(Desk(url))
    login_shown = _wait_painted(app, login)
    if kind == "login":
        return {"login": login_shown, "rss_mb": rss_mb()}
    actor = users.authenticate(Desk(url), BENCH_USER[0], BENCH_USER[3])
    login.hide()
    from desk_app.ui.main_window import MainWindow  # as desk-app, once signed in

    window = MainWindow(Desk(url, actor), settings)
    main_shown = _wait_painted(app, window)
    return {"login": login_shown, "main": main_shown, "rss_mb": rss_mb()}


def _scroll(app, url: str) -> dict:
    from desk_app.ui.dossiers.dossiers_page import DossiersPage

    page = DossiersPage(Desk(url))
    page.resize(1200, 760)
    _wait_painted(app, page)
    bar = page.table.verticalScrollBar()
    model = page.model
    started = time.perf_counter()
    fetches = []
    while model.canFetchMore():
        before = model.rowCount()
        moment = time.perf_counter()
        bar.setValue(bar.maximum())
        app.processEvents()
        if model.rowCount() == before:
            # The scroll range grows once the view has laid the new rows out.
            app.processEvents()
            continue
        fetches.append((time.perf_counter() - moment) * 1000)
    seconds = time.perf_counter() - started
    return {"rows": model.rowCount(), "seconds": seconds, "rss_mb": rss_mb(),
            "page_ms": statistics.median(fetches) if fetches else 0.0}
