"""`desk-app --demo` to its login window, in new processes offscreen: the moment the login
window is painted, and the moment logging in works (the demo database built in its own
process). The child, `python -m desk_app.bench.demo_start`, loads only what desk-app loads:
the benchmark's own libraries would be counted otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time


def measure(repeat: int) -> list[dict]:
    """`repeat` runs, each {"spawned", "login", "ready"} (seconds since the epoch) with the
    child's CPU milliseconds ("cpu_ms", the build's process included) and the demo
    database's "url"."""
    import resource  # Unix only: the benchmark runs on Linux

    results = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home}
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            spawned = time.time()
            done = subprocess.run([sys.executable, "-m", "desk_app.bench.demo_start"],
                                  env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"demo start failed: {done.stderr[-2000:]}")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            answer = json.loads(done.stdout.strip().splitlines()[-1])
            answer["spawned"] = spawned
            answer["cpu_ms"] = ((after.ru_utime - before.ru_utime)
                                + (after.ru_stime - before.ru_stime)) * 1000
            results.append(answer)
    return results


def probe() -> dict:
    """The child: what `ui.app.main` does with --demo, up to the login window painted, then
    until its Log in button is enabled."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desk_app.services.demo import launch
    from desk_app.services.desk import Desk
    from desk_app.ui.app import DEFAULT_LANGUAGE, Sessions, install_translation

    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk_app")
    app.setOrganizationName("desk_app")
    install_translation(app, DEFAULT_LANGUAGE)
    url = launch.new_demo_url()
    demo = [(role, name, password) for role, name, password, *_ in launch.DEMO_USERS]
    painted: list[float] = []
    loop = QEventLoop()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                QTimer.singleShot(0, loop.quit)
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    sessions = Sessions(Desk(url), QSettings(), demo, launch.start_building(url))
    login = sessions.start()
    if not painted:
        loop.exec()
    app.removeEventFilter(spy)
    ok = login.buttons.button(QDialogButtonBox.Ok)
    while not (ok.isEnabled() or login.error.isVisible()):
        app.processEvents()
        time.sleep(0.02)
    if login.error.isVisible():
        raise RuntimeError(login.error.text())
    return {"login": painted[0], "ready": time.time(), "url": url}


if __name__ == "__main__":
    print(json.dumps(probe()))
