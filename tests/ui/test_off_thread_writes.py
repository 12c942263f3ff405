"""Writes from the screens run in a worker: while another program holds the database the
window keeps painting and its timers keep running, the answer (saved, or busy) arrives as a
direct call's would, and nothing is written twice."""

from __future__ import annotations

import gc
import threading
import time
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office
from desk_app.services.errors import UserError
from desk_app.services.reception import intake
from desk_app.ui.dossiers.lifecycle_dialogs import TransferDialog
from desk_app.ui.widgets import workers
from tests.conftest import as_admin
from tests.store.test_busy import held_write_lock
from tests.ui import test_intake as intake_screen
from tests.ui.test_intake import choose_birth_registration, type_text

# The intake screen's own fixtures: a clerk logged in, the page shown and focused.
clerk = intake_screen.clerk
page = intake_screen.page


def ticking(parent: QObject) -> list[float]:
    """A timer of the window's thread noting when it ran: it runs only while the window's
    thread is free."""
    ticks: list[float] = []
    timer = QTimer(parent)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(100)
    return ticks


def test_a_busy_database_never_freezes_the_counter_and_keeps_what_was_typed(qtbot, page,
                                                                            db_url):
    choose_birth_registration(qtbot, page)
    type_text(page.applicant_name, "Nguyễn Thị Ánh Tuyết")
    qtbot.keyClicks(page.phone, "0912345678")
    ticks = ticking(page)
    with held_write_lock(db_url):
        started = time.monotonic()
        qtbot.keyClick(page.phone, Qt.Key_Return, Qt.ControlModifier)
        waited = time.monotonic() - started
    # The save waited for the other program up to its 5 s bound, the window's thread ran its
    # timers all along (about 50 ticks; none if it had waited there).
    assert 4 < waited < 7
    assert len([tick for tick in ticks if tick >= started]) >= 20
    assert page.error.isVisible()
    assert "Cơ sở dữ liệu đang bận" in page.error.text() and "thử lại" in page.error.text()
    assert page.procedure_code == "1.001193"
    assert page.applicant_name.text() == "Nguyễn Thị Ánh Tuyết"
    assert page.phone.text() == "0912345678"
    assert page.preview is None
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 0

    # The other program let go: the same Ctrl+Enter receives the dossier, once.
    with qtbot.waitSignal(page.dossierReceived) as received:
        qtbot.keyClick(page.phone, Qt.Key_Return, Qt.ControlModifier)
    assert received.args[0] == "000.00.00.H49-250610-0001"
    assert page.preview is not None and page.preview.isVisible()
    assert not page.error.isVisible() and page.applicant_name.text() == ""
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 1
    page.preview.close()


def test_the_save_completes_as_soon_as_the_other_program_lets_go(qtbot, page, db_url):
    choose_birth_registration(qtbot, page)
    type_text(page.applicant_name, "Trần Văn Bình")
    ticks = ticking(page)
    release = threading.Event()

    def hold_for_a_second() -> None:
        with held_write_lock(db_url):
            holding.set()
            release.wait(1.0)

    holding = threading.Event()
    holder = threading.Thread(target=hold_for_a_second)
    holder.start()
    holding.wait(5)
    started = time.monotonic()
    with qtbot.waitSignal(page.dossierReceived):
        qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
    waited = time.monotonic() - started
    holder.join()
    assert 0.5 < waited < 4
    assert len([tick for tick in ticks if tick >= started]) >= 4
    assert not page.error.isVisible()
    assert dossiers.count(as_admin(db_url), dossiers.DossierQuery()) == 1
    page.preview.close()


def test_a_hand_over_waits_for_a_busy_database_off_the_window_thread(qtbot, db_url):
    desk = as_admin(db_url)
    for key, value in intake_screen.OFFICE.items():
        office.set_value(desk, key, value)
    code = intake.receive(desk, IntakeRequest("1.001612", "Nguyễn Thị Ánh Tuyết"),
                          received_at=datetime(2025, 6, 5, 9, 0)).code
    dialog = TransferDialog(desk, dossiers.show(desk, code))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.unit, "Phong Tu phap")
    qtbot.keyClicks(dialog.receiver, "Tran Van Nam")
    ticks = ticking(dialog)
    with held_write_lock(db_url):
        started = time.monotonic()
        qtbot.keyClick(dialog.receiver, Qt.Key_Return)
    assert len([tick for tick in ticks if tick >= started]) >= 20
    assert dialog.isVisible() and "Cơ sở dữ liệu đang bận" in dialog.error.text()
    assert dossiers.show(desk, code).events[-1].kind != "transferred"

    qtbot.keyClick(dialog.receiver, Qt.Key_Return)
    assert not dialog.isVisible()
    events = dossiers.show(desk, code).events
    assert events[-1].kind == "transferred"
    assert [event.kind for event in events].count("transferred") == 1


class _Cyclic(QObject):
    """A Qt object kept only by a reference cycle: freed by the garbage collector alone."""

    def __init__(self):
        super().__init__()
        self.me = self


def test_garbage_is_collected_in_the_window_thread_while_workers_allocate(qtbot):
    collected_in: set[str] = set()

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collected_in.add(threading.current_thread().name)

    def allocate() -> int:
        # Far more container objects than the first generation's threshold, in the worker.
        return len([[index] for index in range(200_000)])

    gc.callbacks.append(note)
    try:
        tasks = [workers.Task(allocate) for _ in range(8)]
        answers = []
        for task in tasks:
            task.signals.finished.connect(answers.append)
            workers.start(task)
        for _ in range(200):
            _Cyclic()
        qtbot.waitUntil(lambda: len(answers) == 8, timeout=20000)
        qtbot.wait(2 * 500 + 100)
    finally:
        gc.callbacks.remove(note)
    assert answers == [200_000] * 8
    assert collected_in == {threading.main_thread().name}


def test_call_gives_back_the_worker_error_as_raised():
    def refuse() -> None:
        raise UserError("Đơn vị nhận: không được để trống.")

    try:
        workers.call(refuse)
    except UserError as error:
        assert str(error) == "Đơn vị nhận: không được để trống."
    else:
        raise AssertionError("the worker's error was lost")
