"""Backup, start-up check and `desk-admin check` on a big register (a benchmark, not a test).

    python -m desk_app.bench.safety [--dossiers 100000]

Fills an SQLite register in bulk (as bench_counter does), then times the online backup into a
backups folder, the quick check the program runs at start, the full integrity check a restore
runs, and `check` streaming every dossier through the due-date recomputation. Prints seconds,
the file size, and the peak Python memory of `check` (measured in a second run under
tracemalloc), which must not grow with the register.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

from desk_app.bench.counter import fill
from desk_app.bench.kit import bench_desk
from desk_app.services import office
from desk_app.services.demo.sample import DEMO_OFFICE
from desk_app.services.desk import Desk
from desk_app.services.safety import backup, integrity, sqlite_file
from desk_app.services.setup import init_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.sqlite3"
    url = f"sqlite:///{path.as_posix()}"
    init_database(Desk(url))
    for key, value in DEMO_OFFICE.items():
        office.set_value(bench_desk(url), key, value)
    fill(url, args.dossiers, datetime(2026, 11, 27, 9, 0))
    print(f"{args.dossiers} dossiers, {path.stat().st_size / 1e6:.0f} MB")

    def timed(name: str, action):
        started = time.perf_counter()
        result = action()
        print(f"{name:<38} {time.perf_counter() - started:7.2f} s")
        return result

    steps = []
    timed("backup (online API, checked copy)", lambda: backup.backup(
        bench_desk(url), folder=folder / "backups",
        progress=lambda done, total: steps.append(done)))
    print(f"{'':<38} {len(steps)} progress reports")
    timed("quick check at start", lambda: sqlite_file.inspect(path, quick=True))
    timed("full integrity check (restore)", lambda: sqlite_file.inspect(path))
    report = timed("desk-admin check", lambda: integrity.check(bench_desk(url)))
    print(f"{'':<38} {report.dossiers} dossiers checked")
    tracemalloc.start()
    integrity.check(bench_desk(url))
    print(f"{'check: peak Python memory':<38} {tracemalloc.get_traced_memory()[1] / 1e6:7.1f} MB")


if __name__ == "__main__":
    main()
