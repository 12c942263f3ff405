import subprocess
import sys

from PySide6.QtCore import QObject, Signal

from desk_app.ui import signal_refcount


class Sender(QObject):
    plain = Signal()
    value = Signal(object)


def test_emitting_signals_does_not_drain_true():
    sender = Sender()
    sender.value.connect(lambda _v: None)
    before = sys.getrefcount(True)
    for _ in range(5000):
        sender.plain.emit()
        sender.value.emit((1, True))
    assert sys.getrefcount(True) >= before
    assert signal_refcount.install()  # already installed; a second call changes nothing


def test_a_program_emitting_many_signals_exits_cleanly():
    """Without the fix PySide6 6.12.0 aborts such a program ("bool_dealloc")."""
    script = (
        "import desk_app.ui.signal_refcount\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class S(QObject):\n"
        "    s = Signal()\n"
        "x = S()\n"
        "for _ in range(20000):\n"
        "    x.s.emit()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
