"""Throughput of the deadline engine against a naive day-by-day loop, in the same run.

Run: ``python -m desk_app.bench.deadlines [--samples N]``. Receipt moments are spread over five
years (any minute, weekends included); limits are ``Nd`` with N from 1 to 60, half of them
with a 15:00 cut-off. The naive engine asks the same calendar whether each day is a working
day, one day after the other, as a straightforward implementation would; both answers are
compared before anything is timed.
"""

from __future__ import annotations

import argparse
import random
import time as clock
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta

from desk_app.domain.deadlines import ClockRule, TimeLimit, compute_due, due_moment
from desk_app.domain.work_calendar import WorkCalendar

Case = tuple[ClockRule, datetime]
FIRST_RECEIPT = datetime(2024, 1, 1)
FIVE_YEARS_MINUTES = 5 * 365 * 24 * 60
REPEATS = 3


def naive_due(rule: ClockRule, calendar: WorkCalendar, received_at: datetime) -> datetime:
    """Working days counted one by one (the `Nd` rule only)."""
    one_day = timedelta(days=1)
    day = received_at.date()
    cutoff = rule.effective_cutoff
    received = time(received_at.hour, received_at.minute)
    if cutoff is not None and received > cutoff and calendar.is_working_day(day):
        day += one_day
        while not calendar.is_working_day(day):
            day += one_day
    counted = 0
    while counted < rule.time_limit.amount:
        day += one_day
        if calendar.is_working_day(day):
            counted += 1
    intervals = calendar.hours_for(day)
    at = intervals[-1][1]
    for start, end in intervals:
        if received <= end:
            at = max(received, start)
            break
    return datetime.combine(day, at)


def make_cases(samples: int, amounts: Sequence[int], seed: int = 20250101) -> list[Case]:
    rng = random.Random(seed)
    rules = [
        ClockRule(TimeLimit("days", n), cutoff)
        for n in amounts
        for cutoff in (None, time(15, 0))
    ]
    return [
        (rng.choice(rules), FIRST_RECEIPT + timedelta(minutes=rng.randrange(FIVE_YEARS_MINUTES)))
        for _ in range(samples)
    ]


def per_second(
    engine: Callable[[ClockRule, WorkCalendar, datetime], object],
    calendar: WorkCalendar,
    cases: list[Case],
) -> float:
    """Best of a few runs, so that a hiccup of the machine does not decide the figure."""
    best = float("inf")
    for _ in range(REPEATS):
        started = clock.perf_counter()
        for rule, received_at in cases:
            engine(rule, calendar, received_at)
        best = min(best, clock.perf_counter() - started)
    return len(cases) / best


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60_000, help="receipts per mix")
    args = parser.parse_args(argv)

    started = clock.perf_counter()
    calendar = WorkCalendar()
    built_ms = (clock.perf_counter() - started) * 1000
    mixes = {
        "N = 1..60": make_cases(args.samples, range(1, 61)),
        "N = 30": make_cases(args.samples, [30]),
    }
    for cases in mixes.values():
        for rule, received_at in cases:
            expected = naive_due(rule, calendar, received_at)
            if due_moment(rule, calendar, received_at) != expected:
                raise SystemExit(f"engines disagree on {rule} received {received_at}")

    engines = {
        "due_moment (bisection)": due_moment,
        "compute_due (clock result)": compute_due,
        "naive day-by-day loop": naive_due,
    }
    rates = {
        name: {mix: per_second(engine, calendar, cases) for mix, cases in mixes.items()}
        for name, engine in engines.items()
    }
    width = max(map(len, engines)) + 2
    print(f"WorkCalendar() built in {built_ms:.1f} ms (first in this process)")
    print(f"{args.samples:,} Nd receipts per mix, spread over 2024-2028; due dates per second")
    print(f"{'engine':<{width}}" + "".join(f"{mix:>14}" for mix in mixes))
    for name, by_mix in rates.items():
        print(f"{name:<{width}}" + "".join(f"{by_mix[mix]:>14,.0f}" for mix in mixes))
    naive = rates["naive day-by-day loop"]
    for name in ("due_moment (bisection)", "compute_due (clock result)"):
        label = f"ratio {name.split()[0]} / naive"
        print(f"{label:<{width}}" + "".join(
            f"{rates[name][mix] / naive[mix]:>13.1f}x" for mix in mixes
        ))


if __name__ == "__main__":
    main()
