"""Work around PySide6 6.12.0's `SignalInstance.emit`, which hands back True without giving
a reference to it: every `emit()` from Python takes one reference from True until CPython
aborts with "bool_dealloc: deallocating True or False" (after a few thousand emits: within a
working day of background refreshes, or at exit). Installed on import, only where a probe
shows the fault, and only once."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBE_EMITS = 10


class _Probe(QObject):
    fired = Signal()


def _references_lost_by_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.fired.emit()
    return before - sys.getrefcount(True)


def _give_back(value: object, count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def install() -> bool:
    """Patch `SignalInstance.emit` when this PySide needs it; True when it is patched."""
    if getattr(SignalInstance.emit, "desk_app_fixed", False):
        return True
    lost = _references_lost_by_emit()
    if lost <= 0:
        return False
    # The probe itself took references from True: give them back.
    _give_back(True, lost)
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        _give_back(result)
        return result

    emit.desk_app_fixed = True
    SignalInstance.emit = emit
    return True


install()
