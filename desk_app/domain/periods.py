"""Calendar periods of the reports: months and quarters counted back from a day, and the span
of the monthly trend."""

from __future__ import annotations

from datetime import date, timedelta

# The trend chart shows at least this many months, ending with the period's last month.
TREND_MONTHS = 12


def month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def month_end(first: date) -> date:
    return month_start(first, -1) - timedelta(days=1)


def quarter_start(day: date, quarters_back: int = 0) -> date:
    return month_start(date(day.year, (day.month - 1) // 3 * 3 + 1, 1), 3 * quarters_back)


def trend_start(date_from: date, date_to: date) -> date:
    """The first day of the trend: the period's start, or earlier so that the chart covers
    at least TREND_MONTHS months (a month's report alone would be a single point)."""
    return min(date_from, month_start(date_to, TREND_MONTHS - 1))
