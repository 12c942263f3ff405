"""What `desk-app --demo` needs before its login window: the demo's accounts and a database
built in a process of its own, so that the window comes up at once (the build takes ten
seconds of work; in the window's process it held the login window back as long).

Light on purpose: importing the services that build the demo is the child's work."""

from __future__ import annotations

import multiprocessing
import tempfile
from pathlib import Path

# Shown on the login screen of the demo: a demo database holds nothing worth protecting.
DEMO_USERS = [
    ("clerk", "tiepnhan", "Tiepnhan2025", "Nguyễn Thị Thu Hà"),
    ("officer", "chuyenvien", "Chuyenvien2025", "Trần Văn Bình"),
    ("supervisor", "lanhdao", "Lanhdao2025", "Lê Minh Tuấn"),
    ("admin", "quantri", "Quantri2025", "Phạm Quốc Việt"),
]


def new_demo_url() -> str:
    """The URL of a new, still empty SQLite file in a temporary folder of its own."""
    folder = Path(tempfile.mkdtemp(prefix="desk_app_demo_"))
    return f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"


def _build(url: str) -> None:
    from desk_app.services.demo.sample import build_demo_database

    build_demo_database(url)


def start_building(url: str) -> multiprocessing.Process:
    """The demo database at `url` being built by a new process ("spawn": the same on
    Windows and Linux, and nothing of the window's process is copied); its exit code is 0
    once the database is ready."""
    process = multiprocessing.get_context("spawn").Process(
        target=_build, args=(url,), name="desk_app demo", daemon=True)
    process.start()
    return process
