"""Which backups stay: the newest of each of the last 14 days and 12 months that have one."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.backup_rotation import backup_name, parse_backup_name, to_keep


def test_names_round_trip_and_foreign_files_are_not_ours():
    moment = datetime(2025, 6, 10, 9, 5)
    assert backup_name(moment, ".sqlite3") == "desk_app-20250610-0905.sqlite3"
    assert parse_backup_name("desk_app-20250610-0905.sqlite3") == (moment, ".sqlite3")
    assert parse_backup_name("desk_app-20250610-0905.dump") == (moment, ".dump")
    for other in ("ghi-chu.txt", "desk_app-20251399-0900.sqlite3", "desk_app-2025-06-10.sqlite3",
                  "desk_app-20250610-0905.sqlite3.part", "xdesk_app-20250610-0905.sqlite3"):
        assert parse_backup_name(other) is None


def test_a_year_of_twice_daily_backups_keeps_14_days_and_12_months():
    start = datetime(2024, 6, 1, 7, 30)  # the last backup is on 5 July 2025, 16:30
    moments = [start + timedelta(days=d, hours=h) for d in range(400) for h in (0, 9)]
    kept = to_keep(moments, 14, 12)
    evening = [datetime(2025, 7, 5, 16, 30) - timedelta(days=d) for d in range(14)]
    months = [(2025, m) for m in range(6, 0, -1)] + [(2024, m) for m in range(12, 7, -1)]
    month_ends = [datetime(2025, 7, 5, 16, 30)] + [
        datetime(year + month // 12, month % 12 + 1, 1, 16, 30) - timedelta(days=1)
        for year, month in months]
    assert len(month_ends) == 12 and month_ends[-1] == datetime(2024, 8, 31, 16, 30)
    assert kept == set(evening) | set(month_ends)


def test_days_without_backups_do_not_count():
    """A desk closed for Tết keeps its last 14 working days of backups."""
    before = [datetime(2025, 1, 10, 17) + timedelta(days=d) for d in range(14)]
    after_holiday = [datetime(2025, 2, 10, 17)]
    kept = to_keep(before + after_holiday, 14, 0)
    assert kept == set(before[1:] + after_holiday)


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
                max_size=60), st.integers(1, 20), st.integers(0, 15))
def test_the_newest_backup_always_stays_and_nothing_is_invented(moments, daily, monthly):
    kept = to_keep(moments, daily, monthly)
    assert kept <= set(moments)
    if moments:
        assert max(moments) in kept
    assert len(kept) <= daily + monthly
