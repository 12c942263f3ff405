"""Python's cyclic garbage collection pinned to the window's thread.

CPython collects in whichever thread crosses an allocation threshold. Once screens run their
database work in worker threads (reports, exports, saves), a collection could start in a
worker and destroy a window's Qt object caught in a reference cycle there: Qt objects must
die in their own thread, and PySide6 segfaults when they do not (seen in CI during a
background intake). So automatic collection is turned off and a timer of the window's thread
collects instead, by the same generation thresholds the interpreter would use (the pattern of
pyqtgraph's and calibre's collectors).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

# Often enough that memory never piles up between two looks, rare enough to cost nothing.
INTERVAL_MS = 500


class Collector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)
        parent.destroyed.connect(gc.enable)
        if isinstance(parent, QCoreApplication):
            parent.aboutToQuit.connect(self.release)

    def release(self) -> None:
        """The program ends: the last garbage goes while Qt is still there, and the
        interpreter's own collection takes over for its shutdown."""
        self.timer.stop()
        gc.enable()
        gc.collect()

    def collect_due(self) -> None:
        """Collects the oldest generation whose count passed its threshold, as the
        interpreter's own trigger would have."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def pin_to_gui_thread() -> Collector:
    """Installs the collector once per application; call from the window's thread."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("the collector belongs to the application's own thread")
    existing = app.findChild(Collector)
    return existing or Collector(app)
