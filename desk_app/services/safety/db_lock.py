"""Who has an SQLite database open: every running desk-app holds a shared OS lock on
`<database>.lock` beside the file for as long as it runs, and a restore takes the same lock
exclusively, so it refuses while any counter could still write (what it acknowledged after
the restore's copy would otherwise end up only in the set-aside file). The OS drops the lock
when a program dies, so a crashed counter never blocks a restore."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desk_app.services.errors import UserError


class DatabaseInUse(UserError):
    """Another program has the database open, or a restore is replacing it."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2
    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

    # msvcrt.locking has exclusive locks only; LockFileEx also has the shared ones.
    def _try_lock(handle: IO[bytes], exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        return bool(_kernel32.LockFileEx(wintypes.HANDLE(msvcrt.get_osfhandle(handle.fileno())),
                                         flags, 0, 1, 0, ctypes.byref(_Overlapped())))

    def _unlock(handle: IO[bytes]) -> None:
        _kernel32.UnlockFileEx(wintypes.HANDLE(msvcrt.get_osfhandle(handle.fileno())), 0, 1, 0,
                               ctypes.byref(_Overlapped()))
else:
    import fcntl

    def _try_lock(handle: IO[bytes], exclusive: bool) -> bool:
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


# The shared locks this process holds, by lock file: a restore started by this very program
# (the offer at start) sets its own aside instead of refusing because of it.
_held: dict[Path, IO[bytes]] = {}


def _open(database: Path) -> IO[bytes]:
    database.parent.mkdir(parents=True, exist_ok=True)
    return open(lock_path(database), "a+b")  # noqa: SIM115 - held until release()


def hold(database: Path) -> None:
    """Mark the database as open by this program until it exits (or `release`)."""
    key = lock_path(database).resolve()
    if key in _held:
        return
    handle = _open(database)
    if not _try_lock(handle, exclusive=False):
        handle.close()
        raise DatabaseInUse(f"Cơ sở dữ liệu {database.name}: đang được khôi phục từ bản sao "
                            "lưu; hãy chờ một phút rồi mở lại chương trình")
    _held[key] = handle


def release(database: Path) -> None:
    handle = _held.pop(lock_path(database).resolve(), None)
    if handle is not None:
        _unlock(handle)
        handle.close()


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """No other program has the database open during the block; refused at once otherwise.
    This program's own shared lock, if it holds one, is given up for the block and taken again
    after it."""
    held_here = lock_path(database).resolve() in _held
    release(database)
    handle = _open(database)
    try:
        if not _try_lock(handle, exclusive=True):
            raise DatabaseInUse(
                f"Cơ sở dữ liệu {database.name}: đang được một chương trình Một cửa khác mở; "
                "hãy đóng chương trình ở mọi quầy dùng cơ sở dữ liệu này rồi thử lại. "
                "Không thay đổi gì.")
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()
        if held_here:
            hold(database)
