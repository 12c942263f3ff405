"""The Overdue page: what is late, due today or due by the next working day, where, and
whether the apology went out. Refreshed in the background without losing the selection."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.supervision import overdue
from desk_app.services.supervision.overdue import URGENCIES
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.dossier_dialog import DossierDialog, open_dossier_dialog
from desk_app.ui.supervision.clock_warnings import ClockWarningsPanel
from desk_app.ui.supervision.overdue_groups import GroupTable
from desk_app.ui.supervision.overdue_model import (
    MISSING_APOLOGY_TEXT,
    URGENCY_COLOURS,
    OverdueModel,
)
from desk_app.ui.supervision.overdue_rows import DAYS, PROCEDURE, OverdueSnapshot, load_snapshot
from desk_app.ui.supervision.step_warnings_panel import StepWarningsPanel
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.exporting import BackgroundExport, warn
from desk_app.ui.widgets.filling_table import FillingTable
from desk_app.ui.widgets.filters import (
    Filters,
    add_captioned,
    choose,
    fill_choices,
    refresh_key,
)
from desk_app.ui.widgets.save_chooser import ask_save_path
from desk_app.ui.widgets.tables import compact, two_line_width
from desk_app.ui.widgets.workers import ProgressStrip, Task, start

# Pixels: the procedure's code and the start of its name.
PROCEDURE_MIN = 110
SELECT_ROW = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
# Rows of the first answer on opening the page, before the whole list.
FIRST_ROWS = 200
# The next try after a failed refresh (a successful one carries the office's setting).
DEFAULT_REFRESH_SECONDS = 30


class OverduePage(QWidget):
    """`refreshed` is emitted after each answer has been shown."""

    refreshed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.dialog: DossierDialog | None = None
        self._load_task: Task | None = None
        self._loaded_once = False
        self._stale = False
        self.as_of: datetime | None = None

        self.model = OverdueModel(self)
        self.table = FillingTable(PROCEDURE, PROCEDURE_MIN)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setEditTriggers(QTableView.NoEditTriggers)
        self.table.setWordWrap(False)
        # Long unit and procedure names end in "…", the whole name in their tooltip.
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DAYS, Qt.DescendingOrder)
        compact(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)

        self.unit_filter = QComboBox()
        self.procedure_filter = QComboBox()
        self.procedure_filter.setMinimumContentsLength(24)
        self.procedure_filter.setSizeAdjustPolicy(
            QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unit_filter.setMinimumContentsLength(16)
        self.unit_filter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.urgency_filter = QComboBox()
        self.urgency_filter.addItem(self.tr("Any urgency"), "")
        for urgency in URGENCIES:
            self.urgency_filter.addItem(self.model.urgency_names[urgency], urgency)
        self.without_apology = QCheckBox(self.tr("Without apology only"))
        fill_choices(self.unit_filter, self.tr("All units"), [], {})
        fill_choices(self.procedure_filter, self.tr("All procedures"), [], {})

        self.open_button = QPushButton(self.tr("&Open"))
        self.apology_button = QPushButton(self.tr("Issue &apology…"))
        self.export_button = QPushButton(self.tr("E&xport XLSX…"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip("F5")
        self.updated_label = QLabel()
        self.error_label = error_label()
        self.count_label = QLabel()
        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)
        self.progress = ProgressStrip()
        self.exporter = BackgroundExport(self.progress, self)

        self.unit_groups = GroupTable(self.tr("By unit"))
        self.procedure_groups = GroupTable(self.tr("By procedure"))
        # Where the late files wait inside the process: the step in progress and its unit.
        self.step_groups = GroupTable(self.tr("By step and unit"))
        self.step_filter: str | None = None
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By procedure"), "procedure")
        self.grouping.addItem(self.tr("By step and unit"), "step")
        self.second_groups = QStackedWidget()
        self.second_groups.addWidget(self.procedure_groups)
        self.second_groups.addWidget(self.step_groups)
        self.groups = QWidget()
        groups_layout = QHBoxLayout(self.groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(self.unit_groups, 1)
        groups_layout.addWidget(self.second_groups, 1)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.apology_button)
        actions.addWidget(self.export_button)
        # The desk and the units read the list; apologies and exports are the supervisor's.
        self.apology_button.setVisible(desk.user.may("dossier.apology"))
        self.export_button.setVisible(desk.user.may("personal.export"))
        actions.addStretch(1)
        add_captioned(actions, self.tr("&Groups:"), self.grouping, 0)
        actions.addSpacing(8)
        actions.addWidget(self.updated_label)
        actions.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Unit:"), self.unit_filter),
                              (self.tr("Procedure:"), self.procedure_filter),
                              (self.tr("Urgency:"), self.urgency_filter)):
            add_captioned(filters, label, widget, 1 if widget is not self.urgency_filter else 0)
            filters.addSpacing(8)
        filters.addWidget(self.without_apology)
        filters.addStretch(0)
        # The groups above the list: the list keeps the page's whole width for its columns.
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.groups)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 500])
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.clock_warnings = ClockWarningsPanel(desk, self)
        layout.addWidget(self.clock_warnings)
        self.step_warnings = StepWarningsPanel(desk, self)
        layout.addWidget(self.step_warnings)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timer_fired)
        self.filters = Filters(self)
        for combo in (self.unit_filter, self.procedure_filter, self.urgency_filter):
            self.filters.choice(combo)
        self.filters.at_once(self.without_apology.toggled)
        self.filters.changed.connect(self._filters_changed)
        self.unit_groups.groupChosen.connect(lambda key: choose(self.unit_filter, key))
        self.procedure_groups.groupChosen.connect(
            lambda key: choose(self.procedure_filter, key))
        self.step_groups.groupChosen.connect(self._choose_step)
        self.grouping.currentIndexChanged.connect(self._grouping_changed)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.open_button.clicked.connect(self.open_selected)
        self.apology_button.clicked.connect(self.issue_apology)
        self.export_button.clicked.connect(self.choose_export_file)
        self.refresh_button.clicked.connect(self.refresh)
        self.exporter.ended.connect(self._update_actions)
        self.exporter.saved.connect(
            lambda path: self.updated_label.setText(
                self.tr("Saved {name}").format(name=Path(path).name)))
        self.exporter.failed.connect(
            lambda message: warn(self, self.tr("Export"), message, self.tr("OK")))
        refresh_key(self, self.refresh)
        self._size_columns()
        self._update_actions()
        self._update_count()

    # Loading -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once or self._stale:
            self.refresh()

    def _timer_fired(self) -> None:
        # A hidden page costs the database nothing: it catches up when shown again.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @property
    def loading(self) -> bool:
        return self._load_task is not None

    def refresh(self) -> None:
        """Ask for fresh rows in the background; one request at a time."""
        if not self._desk.user.may("overdue.read"):
            self._show_denied()
            return
        if self._load_task is not None:
            return
        self._stale = False
        self.timer.stop()
        # The first time, the most overdue rows come first, on their own: a long list takes
        # seconds to read and the supervisor should not wait for its tail.
        limit = FIRST_ROWS if self.model.total == 0 else None
        task = Task(load_snapshot, self._desk, limit, self.model.arrangement)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._load_failed)
        self._load_task = start(task)
        self.refresh_button.setEnabled(False)
        self.clock_warnings.refresh()
        self.step_warnings.refresh()

    def _show_denied(self) -> None:
        self._loaded_once = True
        self.error_label.setText(self.tr("This account does not see the overdue list."))
        self.error_label.show()
        for button in (self.refresh_button, self.export_button):
            button.setEnabled(False)

    def _loaded(self, snapshot: OverdueSnapshot) -> None:
        self._load_task = None
        self._loaded_once = True
        self.error_label.hide()
        self.show_snapshot(snapshot)
        if not snapshot.complete:
            self.refresh()
            return
        self._schedule(snapshot.refresh_seconds)
        self.refreshed.emit()

    def _load_failed(self, message: str) -> None:
        self._load_task = None
        self._loaded_once = True
        self.error_label.setText(message)
        self.error_label.show()
        self._schedule(DEFAULT_REFRESH_SECONDS)
        self.refreshed.emit()

    def _schedule(self, seconds: int) -> None:
        self.refresh_button.setEnabled(True)
        self.timer.start(seconds * 1000)

    def show_snapshot(self, snapshot: OverdueSnapshot) -> None:
        """Replace the rows, keeping the selected dossier selected and the same dossier at the
        top of the view (or the same scroll offset when that one is gone)."""
        selected = self.selected_code()
        top_code = self._code_at(self.table.indexAt(QPoint(0, 0)))
        vertical = self.table.verticalScrollBar().value()
        horizontal = self.table.horizontalScrollBar().value()

        self.as_of = snapshot.as_of
        self.model.set_rows(snapshot.rows, (snapshot.arrangement, snapshot.shown))
        if snapshot.complete:
            self._refill_filters(snapshot)

        if selected is not None:
            index = self._index_of(selected)
            if index.isValid():
                self.table.selectionModel().setCurrentIndex(index, SELECT_ROW)
        top = self._index_of(top_code) if top_code is not None else QModelIndex()
        if top.isValid():
            self.table.scrollTo(top, QAbstractItemView.PositionAtTop)
        else:
            self.table.verticalScrollBar().setValue(vertical)
        self.table.horizontalScrollBar().setValue(horizontal)
        if snapshot.complete:
            self.updated_label.setText(
                self.tr("Updated at {time}").format(time=snapshot.as_of.strftime("%H:%M")))
        else:
            self.updated_label.setText(self.tr("Loading the rest of the list…"))
        self._update_count()
        self._update_actions()

    def _refill_filters(self, snapshot: OverdueSnapshot) -> None:
        units = [g.key for g in snapshot.by_unit]
        unit_labels = {key: key or self.tr("(not transferred)") for key in units}
        procedures = [g.key for g in snapshot.by_procedure]
        names = snapshot.procedure_names
        procedure_labels = {code: f"{code} – {names[code]}" if code in names else code
                            for code in procedures}
        fill_choices(self.unit_filter, self.tr("All units"), units, unit_labels)
        fill_choices(self.procedure_filter, self.tr("All procedures"), procedures,
                         procedure_labels)
        self.unit_groups.set_groups(snapshot.by_unit, unit_labels, self.tr("All units"),
                                    self.unit_filter.currentData())
        self.procedure_groups.set_groups(snapshot.by_procedure, procedure_labels,
                                         self.tr("All procedures"),
                                         self.procedure_filter.currentData())
        steps = {g.key: g.key or self.tr("(no step in progress)") for g in snapshot.by_step}
        if self.step_filter is not None and self.step_filter not in steps:
            # That step holds no late dossier any more: no filter the page does not show.
            self._choose_step(None)
        self.step_groups.set_groups(snapshot.by_step, steps, self.tr("All steps"),
                                    self.step_filter)

    def _choose_step(self, key: str | None) -> None:
        self.step_filter = key
        self._filters_changed()

    def _grouping_changed(self, index: int) -> None:
        self.second_groups.setCurrentIndex(index)
        # The step filter lives in its table only: hidden, it would filter unseen.
        if self.grouping.currentData() != "step" and self.step_filter is not None:
            self._choose_step(None)

    # Filters -------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        selected = self.selected_code()
        self.model.set_filters(self.unit_filter.currentData(),
                               self.procedure_filter.currentData(),
                               self.urgency_filter.currentData(),
                               self.without_apology.isChecked(), self.step_filter)
        self.unit_groups.show_current(self.unit_filter.currentData())
        self.procedure_groups.show_current(self.procedure_filter.currentData())
        self.step_groups.show_current(self.step_filter)
        # The dossier stays selected while the filters still show it.
        if selected is not None:
            self.select_code(selected)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%n dossier(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} dossiers").format(shown=shown, total=total))

    # Rows ----------------------------------------------------------------------------------

    def _code_at(self, index: QModelIndex) -> str | None:
        return self.model.row_at(index.row()).code if index.isValid() else None

    def _index_of(self, code: str) -> QModelIndex:
        row = self.model.position(code)
        return QModelIndex() if row is None else self.model.index(row, 0)

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._code_at(rows[0]) if rows else None

    def select_code(self, code: str) -> bool:
        index = self._index_of(code)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(index, SELECT_ROW)
            self.table.scrollTo(index)
        return index.isValid()

    def shown_rows(self) -> list[overdue.OverdueRow]:
        """The rows as the table shows them: filtered and in the table's order."""
        return self.model.shown_rows()

    def _update_actions(self, *_args) -> None:
        has_selection = self.selected_code() is not None
        self.open_button.setEnabled(has_selection)
        may_apologise = self._desk.user.may("dossier.apology")
        self.apology_button.setEnabled(has_selection and may_apologise)
        self.apology_button.setToolTip(
            self.tr("Apology letter (form 04) for the selected dossier") if may_apologise
            else self.tr("Only a supervisor may issue an apology letter"))
        self.export_button.setEnabled(self.model.rowCount() > 0 and not self.exporter.busy)

    def open_selected(self) -> DossierDialog | None:
        code = self.selected_code()
        if code is None:
            return None
        self.dialog = open_dossier_dialog(self._desk, code, self)
        return self.dialog

    def issue_apology(self) -> None:
        """The apology letter of the selected dossier; once issued the list shows it."""
        code = self.selected_code()
        if code is None or not self._desk.user.may("dossier.apology"):
            return
        try:
            dialog = ApologyDialog(self._desk, code, self)
        except UserError as error:
            warn(self, self.tr("Apology letter"), str(error), self.tr("OK"))
            return
        if dialog.exec() == QDialog.Accepted:
            self.refresh()

    # Export --------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        moment = self.as_of or config.now()
        path = ask_save_path(self, self.tr("Export the overdue list"),
                             self.tr("Excel workbooks (*.xlsx)"),
                             f"ho-so-qua-han-{moment:%Y%m%d-%H%M}.xlsx")
        if path:
            self.export_xlsx(path)

    def export_xlsx(self, path: str | Path) -> Task:
        """Writes the shown rows in the background; the progress strip can cancel it."""
        task = self.exporter.start(self.tr("Exporting…"), overdue.export_rows, self._desk,
                                   self.shown_rows(), str(path),
                                   self.as_of or config.now())
        self._update_actions()
        return task

    # Looks ---------------------------------------------------------------------------------

    def _legend_html(self) -> str:
        entries = []
        for urgency in URGENCIES:
            swatch = (f'<span style="background-color: {URGENCY_COLOURS[urgency].name()};">'
                      "&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            label = html.escape(self.model.urgency_names[urgency]).replace(" ", "&nbsp;")
            entries.append(f"{swatch}&nbsp;{label}")
        missing = html.escape(self.tr("No apology yet")).replace(" ", "&nbsp;")
        no = html.escape(self.tr("No"))
        entries.append(f'<span style="color: {MISSING_APOLOGY_TEXT.name()}; font-weight: bold;">'
                       f"{no}</span>&nbsp;{missing}")
        return "&nbsp;&nbsp;&nbsp; ".join(entries)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        code = metrics.horizontalAdvance("000.00.00.H49-261231-0000") + 12
        moment = metrics.horizontalAdvance("31/12/2026 00:00") + 12
        bold = QFont(self.table.font())
        bold.setBold(True)
        # "No" is bold in the apology column.
        apology = QFontMetrics(bold).horizontalAdvance(self.tr("No")) + 16
        for column, width in enumerate((code, 0, 110, 110, 100, 130, moment, moment, 0,
                                        apology)):
            title = str(self.model.headerData(column, Qt.Horizontal))
            # Room for the (translated) title on two lines, and for the sort arrow.
            self.table.setColumnWidth(
                column, max(width, two_line_width(title, header.fontMetrics()) + 28))
        header.setFixedHeight(header.fontMetrics().lineSpacing() * 2 + 10)
        # The procedure's name takes what the other columns leave (its tooltip has it all).
        self.table.fit()
