"""The program survives the PySide6 6.12.0 reference-count bug of Python 3.11 (ui/refcounts.py)
for as long as a busy day at the counter."""

import subprocess
import sys

SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import desk_app.ui  # the guard comes with the interface
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
class Sender(QObject):
    fired = Signal(object)
app = QApplication([])
label = QLabel()
sender = Sender()
sender.fired.connect(label.setText)
for _ in range(300_000):
    label.setText("x")
    label.isVisible()
    sender.fired.emit("y")
print("still running")
"""


def test_three_hundred_thousand_qt_calls_do_not_end_the_program():
    done = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    assert "still running" in done.stdout
