"""The PySide6 program.

Importing any part of the interface first guards against PySide6 6.12.0's reference-count bug
on Python 3.11 (see refcounts): every widget, worker, script and test is covered, whichever
loads first.
"""

from desk_app.ui.refcounts import hold_singletons

hold_singletons()
