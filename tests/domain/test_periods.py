from datetime import date

from desk_app.domain.periods import trend_start


def test_the_trend_covers_at_least_a_year():
    assert trend_start(date(2025, 6, 1), date(2025, 6, 30)) == date(2024, 7, 1)
    assert trend_start(date(2023, 1, 1), date(2025, 6, 30)) == date(2023, 1, 1)
