"""The lockout as an attacker meets it: parallel guesses, an admin lifting it, and timing."""

import statistics
import threading
import time
from collections import Counter

from sqlalchemy import select

from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.users import LoginFailed
from desk_app.store.db import read_scope
from desk_app.store.models import AuditEntry
from tests.conftest import as_admin

THREADS, GUESSES = 8, 10


def _outcome(url: str, username: str, password: str) -> str:
    try:
        users.authenticate(Desk(url), username, password)
    except LoginFailed as exc:
        if "tạm khoá" in str(exc):
            return "locked"
        if "không đúng" in str(exc):
            return "wrong password"
        raise
    return "logged in"


def _lock_out(url: str, username: str) -> None:
    for _ in range(users.MAX_FAILED_LOGINS):
        assert _outcome(url, username, "sai-mat-khau-1") == "wrong password"


def test_parallel_guesses_get_no_more_password_checks_than_the_limit(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    start = threading.Barrier(THREADS)
    outcomes: Counter[str] = Counter()
    errors: list[BaseException] = []
    tally = threading.Lock()

    def guess(thread: int) -> None:
        start.wait()
        for attempt in range(GUESSES):
            try:
                outcome = _outcome(db_url, "ha", f"doan-{thread}-{attempt}")
            except BaseException as exc:  # the test's thread fails on it below
                errors.append(exc)
                return
            with tally:
                outcomes[outcome] += 1

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    # Each "wrong password" answer is one password checked; the rest were refused unchecked.
    assert outcomes == {"wrong password": users.MAX_FAILED_LOGINS,
                        "locked": THREADS * GUESSES - users.MAX_FAILED_LOGINS}
    assert _outcome(db_url, "ha", "tiepnhan2025") == "locked", "the right password waits too"
    assert users.list_users(as_admin(db_url))[0].locked_until is not None


def _unlocks(url: str) -> list[tuple[str, dict | None, dict | None]]:
    with read_scope(url) as session:
        return [(e.entity_key, e.before, e.after) for e in session.execute(
            select(AuditEntry).where(AuditEntry.action == "user.unlock")).scalars()]


def test_enabling_an_active_locked_out_user_lets_them_in_at_once(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    _lock_out(db_url, "ha")
    assert _outcome(db_url, "ha", "tiepnhan2025") == "locked"
    info = users.enable_user(as_admin(db_url), "ha")
    assert (info.active, info.locked_until) == (True, None)
    assert users.list_users(as_admin(db_url))[0].locked_until is None
    assert _outcome(db_url, "ha", "tiepnhan2025") == "logged in"
    assert _unlocks(db_url) == [("ha", {"locked_until": "2025-06-10 09:15:00"},
                                 {"locked_until": None})]


def test_enabling_clears_the_failures_counted_so_far(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        assert _outcome(db_url, "ha", "sai-mat-khau-1") == "wrong password"
    users.enable_user(as_admin(db_url), "ha")
    # A fresh count of five: four more wrong passwords do not lock.
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        assert _outcome(db_url, "ha", "sai-mat-khau-1") == "wrong password"
    assert _outcome(db_url, "ha", "tiepnhan2025") == "logged in"
    # Nothing was locked, so the trail has nothing to say about it.
    assert _unlocks(db_url) == []


def test_a_lockout_that_ran_out_starts_the_count_afresh(db_url, monkeypatch):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    _lock_out(db_url, "ha")
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-10 09:16")
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        assert _outcome(db_url, "ha", "sai-mat-khau-1") == "wrong password"
    assert _outcome(db_url, "ha", "tiepnhan2025") == "logged in"
    _lock_out(db_url, "ha")
    assert _outcome(db_url, "ha", "tiepnhan2025") == "locked"


def _seconds(url: str, username: str) -> float:
    began = time.perf_counter()
    assert _outcome(url, username, "sai-mat-khau-1") == "wrong password"
    return time.perf_counter() - began


def test_an_unknown_user_takes_as_long_as_a_wrong_password(db_url):
    users.add_user(as_admin(db_url), "ha", "Nguyễn Thị Hà", "clerk", "tiepnhan2025")
    times: dict[str, list[float]] = {"khong-co-ai": [], "ha": []}
    # Taken in turns, so that the load of the shared machine weighs on both alike.
    for _ in range(10):
        for username, taken in times.items():
            taken.append(_seconds(db_url, username))
        # So that the known user is never locked out while timed (a new password clears).
        users.set_password(as_admin(db_url), "ha", "tiepnhan2025")
    unknown, known = (statistics.median(taken) for taken in times.values())
    assert known / 2 < unknown < known * 2, {"known": known, "unknown": unknown}
