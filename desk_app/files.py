"""Files the user saves (exports, reports, desk-admin's answers, backups): written whole or not at
all, and with the permissions a plain `open()` gives any new file (0666 less the umask),
whatever program fills them."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

# The callback long work reports through: (done, total), total 0 meaning "unknown"; it raises
# to cancel the work.
Progress = Callable[[int, int], None]


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None],
                     progress: Progress | None = None) -> None:
    """`write(temporary)` fills a temporary file beside `path`, which replaces `path` only once
    `write` has finished (and, with `progress`, the user has not cancelled meanwhile): a failed
    or cancelled write leaves no half-written file and never clobbers the previous one."""
    target = Path(path)
    temporary = target.with_name(f".~{target.stem}-{uuid.uuid4().hex[:8]}{target.suffix}")
    # Created here, not by tempfile (which makes it 0600), so that the kernel gives it the
    # umask's mode; the writers then fill the file they are given and keep that mode.
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    mode = stat.S_IMODE(temporary.stat().st_mode)
    try:
        write(temporary)
        if progress is not None:
            # The last moment to stop: a task's progress callback raises once cancelled.
            progress(0, 0)
        # A writer that replaced the file rather than filling it must not change its mode.
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def save(target: str | os.PathLike[str] | BinaryIO, write: Callable[[Path | BinaryIO], None]
         ) -> None:
    """A document for a file the user named goes through `write_atomically`; one for a stream
    (the print preview's buffer, a test's BytesIO) is written into it directly."""
    if isinstance(target, str | os.PathLike):
        write_atomically(target, write)
    else:
        write(target)
