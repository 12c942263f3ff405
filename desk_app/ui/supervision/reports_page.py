"""The Reports page: form 06/VPCP/KSTT's numbers for a period, by field and procedure and by
unit, the monthly trend and the on-time rate per unit as charts, and the exports (XLSX, PDF).
Computing and exporting run in the background, each with its progress and a cancel button."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.services.actors import Actor
from desk_app.services.supervision import report as reports
from desk_app.ui.dossiers.rating_view import RatingView, open_rating_view
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.filling_table import FillingTable
from desk_app.ui.widgets.save_chooser import ask_save_path
from desk_app.ui.widgets.workers import ProgressStrip, Task, start, write_atomically

FIELD_BACKGROUND = QColor("#e3ecf7")
TOTAL_BACKGROUND = QColor("#e0e0e0")
# A report is computed again this long after the period was last edited (typing a date).
RECOMPUTE_DELAY_MS = 600
# Pixels: enough for a field's name or a procedure's code and the start of its name.
FIRST_COLUMN_MIN = 200
# The trend chart shows at least this many months, ending with the period's last month.
TREND_MONTHS = 12


@dataclass(frozen=True)
class ReportResult:
    report: reports.Report
    trend: tuple[reports.MonthPoint, ...]


def trend_start(date_from: date, date_to: date) -> date:
    """The first day of the trend: the period's start, or earlier so that the chart covers
    at least TREND_MONTHS months (a month's report alone would be a single point)."""
    month_index = date_to.year * 12 + date_to.month - 1 - (TREND_MONTHS - 1)
    earliest = date(month_index // 12, month_index % 12 + 1, 1)
    return min(date_from, earliest)


def load_report(url: str, date_from: date, date_to: date, actor: Actor) -> ReportResult:
    """Runs in a pool thread: the report and its trend."""
    report = reports.build_report(url, date_from, date_to, actor)
    trend = reports.monthly_trend(url, trend_start(date_from, date_to), date_to, actor)
    return ReportResult(report, tuple(trend))


def export_report(report: reports.Report, path: str, kind: str, progress) -> str:
    """Runs in a pool thread: the workbook or PDF, written whole or not at all."""
    write = reports.write_report_xlsx if kind == "xlsx" else reports.write_report_pdf
    write_atomically(path, lambda temporary: write(report, temporary), progress)
    return path


# --- periods ------------------------------------------------------------------------------

def month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def month_end(first: date) -> date:
    return month_start(first, -1) - timedelta(days=1)


def quarter_start(day: date, quarters_back: int = 0) -> date:
    return month_start(date(day.year, (day.month - 1) // 3 * 3 + 1, 1), 3 * quarters_back)


# --- the table ----------------------------------------------------------------------------

COLUMNS = reports.COUNTERS + reports.RATES
PERCENT_COLUMNS = frozenset({"on_time_rate", "online_share", "satisfaction_rate"})


def percent(value: float | None) -> str:
    """A share as the locale writes percentages ("95,2 %" in Vietnamese); "–" for none."""
    if value is None:
        return "–"
    return QLocale().toString(value * 100, "f", 1) + " %"


class ReportModel(QAbstractTableModel):
    """Lines of the report: ("field" | "procedure" | "total", label, row with counters)."""

    def __init__(self, first_title: str, parent=None):
        super().__init__(parent)
        self._lines: list[tuple[str, str, object]] = []
        self._titles = [first_title] + self.column_titles()

    def column_titles(self) -> list[str]:
        # Short words under the group titles of `groups()`: the header wraps them.
        return [
            self.tr("Carried over"), self.tr("Online"), self.tr("Direct, postal"),
            self.tr("Total"), self.tr("Total"), self.tr("Early"), self.tr("On time"),
            self.tr("Late"), self.tr("Total"), self.tr("Within time"), self.tr("Overdue"),
            self.tr("Withdrawn"), self.tr("On time or early"), self.tr("Average working days"),
            self.tr("Online share"), self.tr("Satisfied"),
        ]

    def groups(self) -> list[tuple[int, int, str]]:
        """(first column, last column, title) of the header's upper row, as form 06 groups
        its columns."""
        return [
            (1, 4, self.tr("Received for processing")),
            (5, 8, self.tr("Resolved")),
            (9, 11, self.tr("In progress")),
            (13, 16, self.tr("Indicators")),
        ]

    def set_lines(self, lines: Sequence[tuple[str, str, object]]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> tuple[str, str, object]:
        return self._lines[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def _text(self, row: int, column: int) -> str:
        kind, label, values = self._lines[row]
        if column == 0:
            return label
        name = COLUMNS[column - 1]
        value = getattr(values, name)
        if name in PERCENT_COLUMNS:
            return percent(value)
        if name == "average_working_days":
            return "–" if value is None else QLocale().toString(value, "f", 1)
        return QLocale().toString(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        kind = self._lines[index.row()][0]
        if role == Qt.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ToolTipRole and index.column() == 0:
            return self._lines[index.row()][1]
        if role == Qt.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and kind in ("field", "total"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole:
            return {"field": FIELD_BACKGROUND, "total": TOTAL_BACKGROUND}.get(kind)
        if role == Qt.ForegroundRole and kind in ("field", "total"):
            return QColor("#1a1a1a")
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self._titles[section]
        return None


class GroupedHeader(QHeaderView):
    """A horizontal header with a row of group titles above the columns' own titles (which
    wrap); a column outside every group takes the whole height."""

    def __init__(self, groups: Sequence[tuple[int, int, str]], parent=None):
        super().__init__(Qt.Horizontal, parent)
        self._groups = list(groups)
        self.setSectionsClickable(False)

    def _group(self, section: int) -> tuple[int, int, str] | None:
        return next((g for g in self._groups if g[0] <= section <= g[1]), None)

    def _top_height(self) -> int:
        return self.fontMetrics().lineSpacing() + 8

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        # The group row and three lines of a column's wrapped title.
        size.setHeight(self._top_height() + self.fontMetrics().lineSpacing() * 3 + 8)
        return size

    def _paint_cell(self, painter: QPainter, rect: QRect, text: str) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.text = text
        option.textAlignment = Qt.AlignCenter | Qt.TextWordWrap
        option.position = QStyleOptionHeader.Middle
        self.style().drawControl(QStyle.CE_Header, option, painter, self)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        text = str(self.model().headerData(section, Qt.Horizontal))
        group = self._group(section)
        if group is None:
            self._paint_cell(painter, rect, text)
            return
        first, last, title = group
        top = self._top_height()
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        painter.save()
        # Every column of the group paints its share of the one group cell.
        painter.setClipRect(rect)
        self._paint_cell(painter, QRect(left, rect.top(), right - left, top), title)
        painter.restore()
        self._paint_cell(painter, QRect(rect.left(), rect.top() + top, rect.width(),
                                        rect.height() - top), text)


def report_table(model: ReportModel) -> QTableView:
    table = FillingTable(0, FIRST_COLUMN_MIN)
    table.setModel(model)
    header = GroupedHeader(model.groups(), table)
    table.setHorizontalHeader(header)
    table.setSelectionBehavior(QTableView.SelectRows)
    table.setEditTriggers(QTableView.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header.setStretchLastSection(False)
    bold = QFont(table.font())
    bold.setBold(True)
    # Totals are bold: "100,0 %" in bold is the widest number.
    number = QFontMetrics(bold).horizontalAdvance("100,0 %")
    for column in range(1, model.columnCount()):
        # As narrow as the numbers or the title's longest word (the title wraps).
        words = str(model.headerData(column, Qt.Horizontal)).split()
        width = max([number] + [header.fontMetrics().horizontalAdvance(w) for w in words])
        header.setSectionResizeMode(column, QHeaderView.Fixed)
        table.setColumnWidth(column, width + 10)
    return table


# --- charts -------------------------------------------------------------------------------

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


# --- the page -----------------------------------------------------------------------------

class ReportsPage(QWidget):
    """`computed` is emitted once a report (or its error) is shown."""

    computed = Signal()

    def __init__(self, url: str, actor: Actor, parent=None):
        super().__init__(parent)
        self._url = url
        self._actor = actor
        self.pool = QThreadPool(self)
        self.result: ReportResult | None = None
        self._compute_task: Task | None = None
        self._export_task: Task | None = None
        self._loaded_once = False
        self.rating_view: RatingView | None = None

        self.preset = QComboBox()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self._fill_presets()
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.compute_button.setToolTip("F5")
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.rating_button = QPushButton(self.tr("Rating screen…"))
        self.rating_button.setToolTip(
            self.tr("Open the citizen's rating screen for a returned dossier"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.error_label = error_label()
        self.compute_progress = ProgressStrip()
        self.export_progress = ProgressStrip()

        self.model = ReportModel(self.tr("Field / procedure"), self)
        self.unit_model = ReportModel(self.tr("Unit"), self)
        self.table = report_table(self.model)
        self.unit_table = report_table(self.unit_model)
        self.trend_view = QChartView()
        self.units_view = QChartView()
        for view in (self.trend_view, self.units_view):
            view.setRenderHint(QPainter.Antialiasing)
            view.setMinimumHeight(260)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        # Near halves: the trend's legend and the units' names both need the room.
        charts_layout.addWidget(self.trend_view, 4)
        charts_layout.addWidget(self.units_view, 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("By field and procedure"))
        self.tabs.addTab(self.unit_table, self.tr("By unit"))
        self.tabs.addTab(charts, self.tr("Charts"))

        period = QHBoxLayout()
        for text, widget in ((self.tr("Period:"), self.preset), (self.tr("From"), self.date_from),
                             (self.tr("to"), self.date_to)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            period.addWidget(caption)
            period.addWidget(widget)
        period.addWidget(self.compute_button)
        period.addStretch(1)
        period.addWidget(self.rating_button)
        period.addWidget(self.xlsx_button)
        period.addWidget(self.pdf_button)
        self.status_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        # Beside the status, not among the period's fields and buttons: there a strip
        # appearing would widen the window past the screen.
        bottom.addWidget(self.compute_progress)
        bottom.addWidget(self.export_progress)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(RECOMPUTE_DELAY_MS)
        self._debounce.timeout.connect(self.compute)
        self.preset.activated.connect(self._preset_chosen)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)
        self.compute_button.clicked.connect(self.compute)
        self.xlsx_button.clicked.connect(lambda: self.choose_export_file("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_export_file("pdf"))
        self.rating_button.clicked.connect(self.ask_rating)
        compute_key = QShortcut(QKeySequence(Qt.Key_F5), self)
        compute_key.setContext(Qt.WidgetWithChildrenShortcut)
        compute_key.activated.connect(self.compute)
        self._update_actions()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # Period ------------------------------------------------------------------------------

    def _fill_presets(self) -> None:
        today = config.now().date()
        this_month = month_start(today)
        last_month = month_start(today, 1)
        this_quarter = quarter_start(today)
        last_quarter = quarter_start(today, 1)
        year = date(today.year, 1, 1)
        entries = [
            (self.tr("This month"), (this_month, today)),
            (self.tr("Last month"), (last_month, month_end(last_month))),
        ]
        for back in range(2, 12):
            first = month_start(today, back)
            entries.append((self.tr("Month {month}").format(month=f"{first:%m/%Y}"),
                            (first, month_end(first))))
        entries += [
            (self.tr("This quarter"), (this_quarter, today)),
            (self.tr("Last quarter"), (last_quarter, this_quarter - timedelta(days=1))),
            (self.tr("This year"), (year, today)),
            (self.tr("Last year"), (date(today.year - 1, 1, 1), year - timedelta(days=1))),
        ]
        for label, period in entries:
            self.preset.addItem(label, period)
        self.preset.addItem(self.tr("Other period"), None)
        self.preset.setCurrentIndex(0)
        self._show_period(*entries[0][1])

    def _show_period(self, first: date, last: date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def _preset_chosen(self, index: int) -> None:
        period = self.preset.itemData(index)
        if period is not None:
            self._show_period(*period)
            self.compute()

    def _dates_edited(self) -> None:
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self._debounce.start()

    def set_period(self, first: date, last: date) -> None:
        """Choose a period as the user would by typing the dates (then compute)."""
        self._show_period(first, last)
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self.compute()

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    # Computing ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.compute()

    @property
    def computing(self) -> bool:
        return self._compute_task is not None

    def compute(self) -> Task | None:
        """Compute the chosen period's report in the background; a newer request makes the
        answer of an older one irrelevant. None when the user may not see reports."""
        self._debounce.stop()
        self._loaded_once = True
        if not self._actor.may("report.read"):
            self.error_label.setText(
                self.tr("Only supervisors and administrators see this page."))
            self.error_label.show()
            self.compute_button.setEnabled(False)
            return None
        if self._compute_task is not None:
            self._compute_task.cancel()
        first, last = self.period()
        task = Task(load_report, self._url, first, last, self._actor)
        task.signals.finished.connect(lambda result, task=task: self._computed(task, result))
        task.signals.failed.connect(lambda message, task=task: self._failed(task, message))
        task.signals.cancelled.connect(lambda task=task: self._cancelled(task))
        self.compute_progress.follow(task, self.tr("Computing…"))
        self._compute_task = start(self.pool, task)
        self._update_actions()
        return task

    def _computed(self, task: Task, result: ReportResult) -> None:
        if task is not self._compute_task:
            return
        self._compute_task = None
        self.error_label.hide()
        self.show_result(result)
        self.computed.emit()

    def _failed(self, task: Task, message: str) -> None:
        if task is not self._compute_task:
            return
        self._compute_task = None
        self.error_label.setText(message)
        self.error_label.show()
        self._update_actions()
        self.computed.emit()

    def _cancelled(self, task: Task) -> None:
        if task is self._compute_task:
            self._compute_task = None
            self._update_actions()

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        report = result.report
        field_totals = {row.field: row for row in report.field_totals}
        lines: list[tuple[str, str, object]] = []
        for field_name in dict.fromkeys(row.field for row in report.rows):
            lines.append(("field", field_name, field_totals[field_name]))
            lines += [("procedure", f"    {row.procedure_code} – {row.procedure_name}", row)
                      for row in report.rows_of(field_name)]
        lines.append(("total", self.tr("Grand total"), report.totals))
        self.model.set_lines(lines)
        no_unit = self.tr("(not transferred)")
        self.unit_model.set_lines(
            [("procedure", row.unit or no_unit, row) for row in report.by_unit]
            + [("total", self.tr("Grand total"), report.totals)])
        self.summary.setText(self._summary_text(report))
        titles = {
            "trend": self.tr("Dossiers per month"),
            "received": self.tr("Dossiers received"),
            "resolved": self.tr("Dossiers resolved"),
            "rate": self.tr("Resolved on time or early (%)"),
            "units": self.tr("Resolved on time or early, by unit"),
            "no_unit": no_unit,
        }
        self.trend_view.setChart(trend_chart(result.trend, titles))
        self.units_view.setChart(units_chart(report.by_unit, titles))
        self._update_actions()

    def _summary_text(self, report: reports.Report) -> str:
        totals = report.totals
        return self.tr(
            "<b>{first} – {last}</b>: received {received} (of which carried over {carried}) · "
            "resolved {resolved}, on time or early {rate} · in progress {open}, overdue "
            "{overdue} · withdrawn {withdrawn} · satisfied {satisfied}"
        ).format(first=f"{report.date_from:%d/%m/%Y}", last=f"{report.date_to:%d/%m/%Y}",
                 received=totals.received_total, carried=totals.carried_over,
                 resolved=totals.resolved_total, rate=percent(totals.on_time_rate),
                 open=totals.in_progress_total, overdue=totals.in_progress_overdue,
                 withdrawn=totals.withdrawn, satisfied=percent(totals.satisfaction_rate))

    # Exports -----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        ready = (self.result is not None and self._compute_task is None
                 and self._export_task is None)
        self.xlsx_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def choose_export_file(self, kind: str) -> None:
        if self.result is None:
            return
        report = self.result.report
        path = ask_save_path(
            self, self.tr("Export the report"),
            self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx"
            else self.tr("PDF files (*.pdf)"),
            f"bao-cao-06-KSTT-{report.date_from:%Y%m%d}-{report.date_to:%Y%m%d}.{kind}")
        if path:
            self.export(kind, path)

    def export(self, kind: str, path: str | Path) -> Task:
        """Write the shown report as `kind` ("xlsx" or "pdf") in the background."""
        self.status_label.clear()
        task = Task(export_report, self.result.report, str(path), kind, with_progress=True)
        self.export_progress.follow(task, self.tr("Exporting…"))
        task.signals.finished.connect(self._exported)
        task.signals.failed.connect(self._export_failed)
        task.signals.cancelled.connect(self._export_ended)
        self._export_task = start(self.pool, task)
        self._update_actions()
        return task

    def _export_ended(self) -> None:
        self._export_task = None
        self._update_actions()

    def _exported(self, path: str) -> None:
        self._export_ended()
        self.status_label.setText(self.tr("Saved {name}").format(name=Path(path).name))

    def _export_failed(self, message: str) -> None:
        self._export_ended()
        box = QMessageBox(QMessageBox.Warning, self.tr("Export"), message, QMessageBox.NoButton,
                          self)
        box.addButton(self.tr("OK"), QMessageBox.AcceptRole)
        box.open()

    # Ratings -----------------------------------------------------------------------------

    def ask_rating(self) -> None:
        """Open the citizen's rating screen for a dossier code the clerk types or scans."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rating screen"))
        dialog.setLabelText(self.tr("Code of the returned dossier:"))
        dialog.setOkButtonText(self.tr("Open"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() == QDialog.Accepted and dialog.textValue().strip():
            self.rating_view = open_rating_view(self.window(), self._url,
                                                dialog.textValue().strip(), self._actor)
