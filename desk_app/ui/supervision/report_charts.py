"""The report's charts: the monthly trend and the on-time share per unit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QToolTip

from desk_app.services.supervision import report as reports
from desk_app.ui.supervision.report_table import percent


def trend_chart(points: Sequence[reports.MonthPoint], titles: dict[str, str]) -> QChart:
    """Received and resolved per month (bars), on-time share (line, right axis in %)."""
    chart = QChart()
    chart.setTitle(titles["trend"])
    received, resolved = QBarSet(titles["received"]), QBarSet(titles["resolved"])
    received.setColor(QColor("#5c8fd6"))
    resolved.setColor(QColor("#7cb342"))
    rate = QLineSeries()
    rate.setName(titles["rate"])
    rate.setColor(QColor("#c62828"))
    rate.setPointsVisible(True)
    for index, point in enumerate(points):
        received.append(point.received)
        resolved.append(point.resolved)
        if point.on_time_rate is not None:
            rate.append(index, point.on_time_rate * 100)
    bars = QBarSeries()
    bars.append(received)
    bars.append(resolved)
    chart.addSeries(bars)
    chart.addSeries(rate)
    months = QBarCategoryAxis()
    months.append([f"{p.month:%m/%y}" for p in points])
    # Upright, thirteen months do not fit beside each other on a laptop and are cut to "12…".
    months.setLabelsAngle(-90)
    chart.addAxis(months, Qt.AlignBottom)
    counts = QValueAxis()
    counts.setLabelFormat("%d")
    counts.setRange(0, max([p.received for p in points] + [p.resolved for p in points] + [4]))
    counts.applyNiceNumbers()
    chart.addAxis(counts, Qt.AlignLeft)
    share = QValueAxis()
    share.setRange(0, 100)
    share.setLabelFormat("%d %%")
    chart.addAxis(share, Qt.AlignRight)
    for series, axes in ((bars, (months, counts)), (rate, (months, share))):
        for axis in axes:
            series.attachAxis(axis)
    chart.legend().setAlignment(Qt.AlignBottom)
    return chart


def units_chart(rows: Sequence[reports.UnitRow], titles: dict[str, str]) -> QChart:
    """The on-time share of each unit that resolved something in the period."""
    chart = QChart()
    chart.setTitle(titles["units"])
    rated = [r for r in rows if r.on_time_rate is not None]
    shares = QBarSet(titles["rate"])
    shares.setColor(QColor("#5c8fd6"))
    for row in reversed(rated):  # the chart draws its first category at the bottom
        shares.append(round(row.on_time_rate * 100, 1))
    series = QHorizontalBarSeries()
    series.append(shares)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    # The share beside the name rather than as the bar's label: a bar label prints the value
    # as C does ("94.7"), not as the locale writes it ("94,7 %") like the tables. First, so
    # that a long unit name cut short by the axis loses its end, not the share.
    labels = [f"{percent(r.on_time_rate)} · {r.unit or titles['no_unit']}"
              for r in reversed(rated)]
    names.append(labels)

    def show_whole_label(over: bool, index: int, _bars: QBarSet) -> None:
        # The axis cuts a long unit name short; the bar under the mouse tells it whole.
        if over:
            QToolTip.showText(QCursor.pos(), labels[index])
        else:
            QToolTip.hideText()

    series.hovered.connect(show_whole_label)
    chart.addAxis(names, Qt.AlignLeft)
    share = QValueAxis()
    share.setRange(0, 100)
    share.setLabelFormat("%d %%")
    chart.addAxis(share, Qt.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(share)
    chart.legend().hide()
    return chart
