"""What the benchmarks share: samples and their spread, a measure against its floor and
target, a raw driver connection for the floors, and the bench user."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import make_url

from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.services.actors import BENCHMARK
from desk_app.services.desk import Desk

BENCH_USER = ("bench", "Người đo tốc độ", "supervisor", "Bench-Speed-2025")
NAME_FRAGMENT = "nguyen thi anh"
PAGE = 100
OPEN = tuple(sorted(OPEN_STATUSES))


def bench_desk(url: str) -> Desk:
    """The benchmarks prepare and read as themselves, not as a person or desk-admin."""
    return Desk(url, BENCHMARK)


@dataclass
class Measure:
    key: str
    label: str
    samples: Samples
    floor: Samples | None = None
    target: float | None = None  # ms, or MB for memory
    ratio_target: float | None = None
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.samples.wall)

    @property
    def ratio(self) -> float | None:
        return self.median / statistics.median(self.floor.wall) if self.floor else None

    def within(self) -> bool | None:
        if self.target is None and self.ratio_target is None:
            return None
        ok = self.target is None or self.median <= self.target
        if self.ratio_target is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_target
        return ok


def spread(samples: list[float]) -> tuple[float, float]:
    if len(samples) < 2:
        return samples[0], samples[0]
    deciles = statistics.quantiles(samples, n=10, method="inclusive")
    return deciles[0], deciles[-1]


@dataclass
class Samples:
    """Milliseconds per run, and the CPU milliseconds of the same runs: on a shared machine
    the CPU time tells what an idle one would show."""

    wall: list[float]
    cpu: list[float] = field(default_factory=list)


def timed(action: Callable[[], object], repeat: int, warm: int = 1) -> Samples:
    """Each call timed, after `warm` calls that are not counted."""
    for _ in range(warm):
        action()
    result = Samples([], [])
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        action()
        result.wall.append((time.perf_counter() - started) * 1000)
        result.cpu.append((time.process_time() - used) * 1000)
    return result


class Raw:
    """A raw driver connection (sqlite3 or psycopg) for the floors: no SQLAlchemy at all."""

    def __init__(self, url: str):
        parsed = make_url(url)
        self.sqlite = parsed.get_backend_name() == "sqlite"
        if self.sqlite:
            import sqlite3

            self.connection = sqlite3.connect(parsed.database)
        else:
            import psycopg

            query = dict(parsed.query)
            self.connection = psycopg.connect(
                host=parsed.host, port=parsed.port, user=parsed.username,
                password=parsed.password, dbname=parsed.database, autocommit=True,
                options=query.get("options", ""))

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        if not self.sqlite:
            sql = sql.replace("?", "%s")
        cursor = self.connection.cursor()
        cursor.execute(sql, params)
        return cursor.fetchall()

    def close(self) -> None:
        self.connection.close()


def driver_moment(raw: Raw, moment: datetime):
    """A moment as the driver compares it with stored ones (SQLite stores text)."""
    return moment.isoformat(" ") + ".000000" if raw.sqlite else moment


def rss_mb() -> float:
    """This process's peak resident memory. VmHWM rather than getrusage: the latter counts
    the memory of the parent the process was forked from."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")
