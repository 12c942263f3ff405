"""The screens' tests end before their database does: the work a screen left running in the
background (a list, a report) is answered, the windows are closed and the garbage they left
is collected, all while the test's database still exists."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from desk_app.ui.widgets import workers


@pytest.fixture(autouse=True)
def screens_done_before_the_database(request, qtbot):
    # Set up after the database (so torn down before it) when the test has one.
    if "empty_db_url" in request.fixturenames:
        request.getfixturevalue("empty_db_url")
    yield
    qtbot.waitUntil(lambda: not workers.busy(), timeout=30_000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=30_000)
    gc.collect()
