"""The report screen's two charts drawn for the PDF (reportlab graphics, Vietnamese labels):
dossiers received and resolved per month with the on-time share, and the on-time share per
unit. The same data as ui/supervision/report_charts.py draws on the screen."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from desk_app.documents.fonts import register_fonts
from desk_app.documents.report import format_number, wording
from desk_app.domain.report import MonthPoint, UnitRow

RECEIVED = colors.HexColor("#5c8fd6")
RESOLVED = colors.HexColor("#7cb342")
RATE = colors.HexColor("#c62828")


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(drawing.width / 2, drawing.height - 14, text, fontName=font,
                       fontSize=11, textAnchor="middle"))


def _nice_top(value: int) -> int:
    """An axis top at or above `value` a reader can count in: 1, 2 or 5 × 10^n."""
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude >= value:
                return step * magnitude
        magnitude *= 10


def trend_drawing(points: Sequence[MonthPoint], width: float, height: float) -> Drawing:
    """Bars of received and resolved per month (left axis), the on-time share as a line
    (right axis, 0-100 %)."""
    fonts = register_fonts()
    words = wording()
    drawing = Drawing(width, height)
    _title(drawing, words["chart_trend"], fonts.bold)
    left, bottom = 40, 60
    plot_width, plot_height = width - 90, height - 100
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = left, bottom, plot_width, plot_height
    bars.data = [[p.received for p in points], [p.resolved for p in points]]
    bars.bars[0].fillColor, bars.bars[1].fillColor = RECEIVED, RESOLVED
    bars.categoryAxis.categoryNames = [f"{p.month:%m/%Y}" for p in points]
    bars.categoryAxis.labels.fontName = fonts.regular
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labels.angle = 90
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = _nice_top(max([p.received for p in points]
                                            + [p.resolved for p in points] + [4]))
    bars.valueAxis.labels.fontName = fonts.regular
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.labelTextFormat = "%d"
    drawing.add(bars)
    line = HorizontalLineChart()
    line.x, line.y, line.width, line.height = left, bottom, plot_width, plot_height
    # A month with nothing resolved has no share: a gap in the line, not a zero.
    line.data = [[None if p.on_time_rate is None else p.on_time_rate * 100 for p in points]]
    line.lines[0].strokeColor = RATE
    line.lines[0].strokeWidth = 1.5
    # A marker per month: a period with one month resolved still shows its share.
    line.lines[0].symbol = makeMarker("FilledCircle", fillColor=RATE, size=5)
    line.joinedLines = 1
    line.categoryAxis.visible = 0
    line.valueAxis.valueMin, line.valueAxis.valueMax, line.valueAxis.valueStep = 0, 100, 20
    line.valueAxis.joinAxisMode = "right"
    line.valueAxis.labels.fontName = fonts.regular
    line.valueAxis.labels.fontSize = 8
    line.valueAxis.labelTextFormat = "%d %%"
    # Outside the plot, to the right of its axis.
    line.valueAxis.labels.boxAnchor = "w"
    line.valueAxis.labels.dx = 6
    drawing.add(line)
    legend = Legend()
    legend.x, legend.y = left, 12
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 150
    legend.fontName = fonts.regular
    legend.fontSize = 9
    legend.colorNamePairs = [(RECEIVED, words["chart_received"]),
                             (RESOLVED, words["chart_resolved"]), (RATE, words["chart_rate"])]
    drawing.add(legend)
    return drawing


def units_drawing(rows: Sequence[UnitRow], width: float) -> Drawing:
    """One bar per unit that resolved something, labelled "94,7 % · unit" as on the screen."""
    fonts = register_fonts()
    words = wording()
    rated = [r for r in rows if r.on_time_rate is not None]
    bar_height = 18
    height = 60 + bar_height * max(len(rated), 1)
    drawing = Drawing(width, height)
    _title(drawing, words["chart_units"], fonts.bold)
    if not rated:
        drawing.add(String(width / 2, height / 2 - 10, words["chart_no_data"],
                           fontName=fonts.italic, fontSize=10, textAnchor="middle"))
        return drawing
    chart = HorizontalBarChart()
    label_width = width * 0.45
    chart.x, chart.y = label_width, 24
    chart.width, chart.height = width - label_width - 20, bar_height * len(rated)
    # The chart draws its first category at the bottom: the first unit goes on top.
    ordered = list(reversed(rated))
    chart.data = [[r.on_time_rate * 100 for r in ordered]]
    chart.bars[0].fillColor = RECEIVED
    chart.categoryAxis.categoryNames = [
        f"{format_number(r.on_time_rate, 'percent')} % · {r.unit or words['no_unit']}"
        for r in ordered]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d %%"
    drawing.add(chart)
    return drawing
