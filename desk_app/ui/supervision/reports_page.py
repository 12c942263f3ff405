"""The Reports page: form 06/VPCP/KSTT's numbers for a period, by field and procedure and by
unit, the monthly trend and the on-time rate per unit as charts, the internal steps handled
and held per unit and officer, and the exports (XLSX, PDF).
Computing and exporting run in the background, each with its progress and a cancel button."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.domain.periods import month_end, month_start, quarter_start, trend_start
from desk_app.files import write_atomically
from desk_app.services.desk import Desk
from desk_app.services.supervision import report as reports
from desk_app.ui.dossiers.rating_view import RatingView, open_rating_view
from desk_app.ui.supervision.digitisation_table import DigitisationModel, digitisation_table
from desk_app.ui.supervision.report_charts import trend_chart, units_chart
from desk_app.ui.supervision.report_index import IndicatorModel, index_table
from desk_app.ui.supervision.report_table import ReportModel, percent, report_table
from desk_app.ui.supervision.workload_view import WorkloadView
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.exporting import BackgroundExport, warn
from desk_app.ui.widgets.filters import Filters, add_captioned, date_edit, refresh_key
from desk_app.ui.widgets.save_chooser import ask_save_path
from desk_app.ui.widgets.workers import ProgressStrip, Task, start

# A report is computed again this long after the period was last edited (typing a date).
RECOMPUTE_DELAY_MS = 600


@dataclass(frozen=True)
class ReportResult:
    report: reports.Report
    trend: tuple[reports.MonthPoint, ...]


def load_report(desk: Desk, date_from: date, date_to: date) -> ReportResult:
    """Runs in a worker: the report and its trend."""
    report = reports.build_report(desk, date_from, date_to)
    trend = reports.monthly_trend(desk, trend_start(date_from, date_to), date_to)
    return ReportResult(report, tuple(trend))


def export_report(result: ReportResult, path: str, kind: str, progress) -> str:
    """Runs in a worker: the workbook or PDF (with the charts), written whole or not at
    all."""
    if kind == "xlsx":
        write_atomically(path, lambda temporary: reports.write_report_xlsx(
            result.report, temporary), progress)
    else:
        write_atomically(path, lambda temporary: reports.write_report_pdf(
            result.report, temporary, result.trend), progress)
    return path


class ReportsPage(QWidget):
    """`computed` is emitted once a report (or its error) is shown."""

    computed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.result: ReportResult | None = None
        self._compute_task: Task | None = None
        self._loaded_once = False
        self.rating_view: RatingView | None = None

        self.preset = QComboBox()
        self.date_from = date_edit()
        self.date_to = date_edit()
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
        self.exporter = BackgroundExport(self.export_progress, self)

        self.model = ReportModel(self.tr("Field / procedure"), self)
        self.unit_model = ReportModel(self.tr("Unit"), self)
        self.table = report_table(self.model)
        self.unit_table = report_table(self.unit_model)
        self.index_model = IndicatorModel(self)
        self.index_table = index_table(self.index_model)
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
        self.tabs.addTab(self.index_table, self.tr("Decision 766"))
        self.tabs.addTab(charts, self.tr("Charts"))
        self.digitisation_model = DigitisationModel(self)
        self.tabs.addTab(digitisation_table(self.digitisation_model), self.tr("Digitisation"))
        # The internal steps handled in the same period, held now (issue 20).
        self.workload = WorkloadView(desk, self)
        self.tabs.addTab(self.workload, self.tr("Units and officers"))

        period = QHBoxLayout()
        for text, widget in ((self.tr("Period:"), self.preset), (self.tr("From"), self.date_from),
                             (self.tr("to"), self.date_to)):
            add_captioned(period, text, widget)
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

        self.filters = Filters(self, RECOMPUTE_DELAY_MS)
        self.filters.changed.connect(self.compute)
        self.preset.activated.connect(self._preset_chosen)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)
            self.filters.later(edit.dateChanged)
        self.compute_button.clicked.connect(self.compute)
        self.xlsx_button.clicked.connect(lambda: self.choose_export_file("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_export_file("pdf"))
        self.rating_button.clicked.connect(self.ask_rating)
        self.exporter.ended.connect(self._update_actions)
        self.exporter.saved.connect(
            lambda path: self.status_label.setText(
                self.tr("Saved {name}").format(name=Path(path).name)))
        self.exporter.failed.connect(
            lambda message: warn(self, self.tr("Export"), message, self.tr("OK")))
        refresh_key(self, self.compute)
        self._update_actions()

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
        # Typed dates are no preset any more; the report follows once the typing pauses.
        self.preset.setCurrentIndex(self.preset.count() - 1)

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
        self.filters.settle()
        self._loaded_once = True
        if not self._desk.user.may("report.read"):
            self.error_label.setText(
                self.tr("Only supervisors and administrators see this page."))
            self.error_label.show()
            self.compute_button.setEnabled(False)
            return None
        if self._compute_task is not None:
            self._compute_task.cancel()
        first, last = self.period()
        self.workload.compute(first, last)
        task = Task(load_report, self._desk, first, last)
        task.signals.finished.connect(lambda result, task=task: self._computed(task, result))
        task.signals.failed.connect(lambda message, task=task: self._failed(task, message))
        task.signals.cancelled.connect(lambda task=task: self._cancelled(task))
        self.compute_progress.follow(task, self.tr("Computing…"))
        self._compute_task = start(task)
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
        self.model.set_rows(lines)
        no_unit = self.tr("(not transferred)")
        self.unit_model.set_rows(
            [("procedure", row.unit or no_unit, row) for row in report.by_unit]
            + [("total", self.tr("Grand total"), report.totals)])
        self.index_model.set_rows(report.indicators)
        self.summary.setText(self._summary_text(report))
        self.summary.setToolTip(self.tr(
            "Overdue at period end: open dossiers past their due date at 24:00 of the "
            "period's last day. The Overdue screen and the status bar count those overdue "
            "now. Withdrawn and closed dossiers are not in form 06's received total."))
        self.digitisation_model.show_report(report, self.tr("Grand total"))
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
            "resolved {resolved}, on time or early {rate} · in progress {open}, overdue at "
            "period end {overdue} · withdrawn besides {withdrawn} · closed besides {closed} · "
            "satisfied {satisfied}"
        ).format(first=f"{report.date_from:%d/%m/%Y}", last=f"{report.date_to:%d/%m/%Y}",
                 received=totals.official_received_total,
                 carried=totals.official_carried_over,
                 resolved=totals.resolved_total, rate=percent(totals.on_time_rate),
                 open=totals.in_progress_total, overdue=totals.in_progress_overdue,
                 withdrawn=totals.withdrawn, closed=totals.closed,
                 satisfied=percent(totals.satisfaction_rate))

    # Exports -----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        ready = (self.result is not None and self._compute_task is None
                 and not self.exporter.busy)
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
        task = self.exporter.start(self.tr("Exporting…"), export_report, self.result,
                                   str(path), kind)
        self._update_actions()
        return task

    # Ratings -----------------------------------------------------------------------------

    def ask_rating(self) -> None:
        """Open the citizen's rating screen for a dossier code the clerk types or scans."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rating screen"))
        dialog.setLabelText(self.tr("Code of the returned dossier:"))
        dialog.setOkButtonText(self.tr("Open"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() == QDialog.Accepted and dialog.textValue().strip():
            self.rating_view = open_rating_view(self.window(), self._desk,
                                                dialog.textValue().strip())
