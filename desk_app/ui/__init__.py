"""The PySide6 program.

Importing any part of the interface first mends PySide6 6.12.0's signal emit (see
signal_refcount): every widget, worker and test is covered, whichever loads first.
"""

from desk_app.ui import signal_refcount  # noqa: F401
