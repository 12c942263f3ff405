"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

Each call of a Qt method that returns nothing (`setText`, `beginInsertRows`, ...) gives back a
reference to None that it never took; bool results do the same to True and False. Measured:
1,000 `QLabel.setText` calls leave None with 1,000 references fewer. A session long enough (a
day at the counter with the overdue list refreshing every 30 s, or scrolling the dossiers
view through a hundred thousand rows) brings None's count to zero and Python stops with
"Fatal Python error: none_dealloc". From Python 3.12 on these objects are immortal and the
bug is harmless, so nothing is done there.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than any session can take back, far below where the count could overflow.
SPARE_REFERENCES = 1 << 40


def hold_singletons() -> None:
    """Give None, True and False references that no session can use up (Python < 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < SPARE_REFERENCES:
            count.value += SPARE_REFERENCES
