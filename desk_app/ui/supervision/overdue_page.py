"""The Overdue page: what is late, due today or due by the next working day, where, and
whether the apology went out. Refreshed in the background without losing the selection."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.documents.overdue_xlsx import write_overdue_xlsx
from desk_app.services import exports, office
from desk_app.services.actors import Actor
from desk_app.services.errors import UserError
from desk_app.services.supervision import overdue
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.dossier_dialog import DossierDialog, open_dossier_dialog
from desk_app.ui.dossiers.dossier_model import TINTED_TEXT, format_moment
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.filling_table import FillingTable
from desk_app.ui.widgets.save_chooser import ask_save_path
from desk_app.ui.widgets.workers import ProgressStrip, Task, start, write_atomically

URGENCIES = ("overdue", "due_today", "due_soon")
# Light tints so the text stays readable; the same in the exported spreadsheet.
URGENCY_COLOURS = {
    "overdue": QColor("#f6c9c9"),
    "due_today": QColor("#fbd5a8"),
    "due_soon": QColor("#fdf0c2"),
}
MISSING_APOLOGY_TEXT = QColor("#8b0000")

CODE, PROCEDURE, APPLICANT, UNIT, OFFICER, RECEIVED, DUE, DAYS, APOLOGY = range(9)
# Pixels: the procedure's code and the start of its name.
PROCEDURE_MIN = 130
SELECT_ROW = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
# Rows of the first answer on opening the page, before the whole list.
FIRST_ROWS = 200
# The next try after a failed refresh (a successful one carries the office's setting).
DEFAULT_REFRESH_SECONDS = 30


# Vietnamese letters to their base letter (đ to d), for sorting names: the letters decide
# first, the marks only between otherwise equal names. A translation table is C-fast where
# unicodedata per character took a quarter of a second for 46,000 names.
_BASE_LETTERS = {
    code: unicodedata.normalize("NFD", chr(code))[0]
    for code in range(0xC0, 0x1EFA)
    if unicodedata.normalize("NFD", chr(code))[0].isascii()
} | {ord("đ"): "d", ord("Đ"): "D"}


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> tuple[str, str]:
    # Cached: units, procedures and officers repeat on every row, and a refresh brings back
    # mostly the same applicants.
    return text.translate(_BASE_LETTERS).casefold(), text


_TEXTS = {
    CODE: lambda r: r.code,
    PROCEDURE: lambda r: f"{r.procedure_code} – {r.procedure_name}",
    APPLICANT: lambda r: r.applicant_name,
    UNIT: lambda r: r.unit,
    OFFICER: lambda r: r.officer,
}
# Overdue today (0 days) still ranks above due today, which ranks above due soon.
_URGENCY_RANK = {"overdue": 2, "due_today": 1}
_KEYS = {
    RECEIVED: lambda r: r.received_at,
    DUE: lambda r: r.due_at,
    DAYS: lambda r: r.overdue_working_days * 3 + _URGENCY_RANK.get(r.urgency, 0),
    APOLOGY: lambda r: r.apology_issued,
} | {column: (lambda r, text=text: name_key(text(r))) for column, text in _TEXTS.items()}


@dataclass(frozen=True)
class Arrangement:
    """Which rows the table shows and in which order. Unit None: any unit; "": not yet
    transferred."""

    unit: str | None = None
    procedure_code: str | None = None
    urgency: str = ""
    without_apology: bool = False
    column: int = DAYS
    descending: bool = True

    def accepts(self, row: overdue.OverdueRow) -> bool:
        return ((self.unit is None or row.unit == self.unit)
                and (self.procedure_code is None or row.procedure_code == self.procedure_code)
                and (not self.urgency or row.urgency == self.urgency)
                and not (self.without_apology and row.apology_issued))

    def apply(self, rows: Sequence[overdue.OverdueRow]) -> list[overdue.OverdueRow]:
        shown = [r for r in rows if self.accepts(r)]
        # Stable: rows with equal keys keep the service's order (most overdue first).
        shown.sort(key=_KEYS[self.column], reverse=self.descending)
        return shown


@dataclass(frozen=True)
class OverdueSnapshot:
    """One background load: the rows, their groups and the moment they describe."""

    rows: tuple[overdue.OverdueRow, ...]
    by_unit: tuple[overdue.OverdueGroup, ...]
    by_procedure: tuple[overdue.OverdueGroup, ...]
    as_of: datetime
    refresh_seconds: int
    # False for the first rows only (the most overdue), shown while the rest loads.
    complete: bool = True
    # The rows as `arrangement` shows them, worked out off the GUI thread.
    arrangement: Arrangement = Arrangement()
    shown: tuple[overdue.OverdueRow, ...] = ()
    procedure_names: dict[str, str] = field(default_factory=dict)


def load_snapshot(url: str, actor: Actor, limit: int | None = None,
                  arrangement: Arrangement = Arrangement()) -> OverdueSnapshot:  # noqa: B008
    """Runs in a pool thread: every service call of one refresh, and the rows arranged as the
    table shows them; with `limit`, only the first rows (and no groups) unless that is all."""
    as_of = config.now()
    rows = tuple(overdue.overdue(url, as_of=as_of, include_due_soon=True, actor=actor,
                                 limit=limit))
    refresh = int(office.show(url)["overdue_refresh_seconds"])
    shown = tuple(arrangement.apply(rows))
    if limit is not None and len(rows) >= limit:
        return OverdueSnapshot(rows, (), (), as_of, refresh, False, arrangement, shown)
    return OverdueSnapshot(rows, tuple(overdue.group_overdue(rows, "unit")),
                           tuple(overdue.group_overdue(rows, "procedure")), as_of, refresh,
                           True, arrangement, shown,
                           {r.procedure_code: r.procedure_name for r in rows})


def export_rows(url: str, actor: Actor, rows: Sequence[overdue.OverdueRow], path: str,
                as_of: datetime, progress) -> str:
    """Runs in a pool thread: the spreadsheet, written whole or not at all, once the export
    of these applicants' names is authorised and audited."""
    exports.record_export(url, actor, "overdue list (xlsx)", len(rows))
    write_atomically(path, lambda temporary: write_overdue_xlsx(rows, temporary, as_of,
                                                                progress), progress)
    return path


def two_line_width(text: str, metrics: QFontMetrics) -> int:
    """The narrowest width that holds `text` on at most two lines broken between words."""
    words = text.split()
    return min(max(metrics.horizontalAdvance(" ".join(words[:cut])),
                   metrics.horizontalAdvance(" ".join(words[cut:])))
               for cut in range(1, len(words) + 1))


def compact(table: QTableView) -> None:
    """Rows as tall as the text needs: a supervisor reads many at a glance."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


class OverdueModel(QAbstractTableModel):
    """The rows of the last refresh, filtered and sorted by the model itself.

    Sorting and filtering are Python list operations with one key per row (`Arrangement`),
    done by the refresh's worker for the arrangement in force: a QSortFilterProxyModel calls
    back into Python for every comparison, which took 5 s on the GUI thread for 46,000
    rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: tuple[overdue.OverdueRow, ...] = ()
        self._shown: list[overdue.OverdueRow] = []
        self._positions: dict[str, int] = {}
        self.arrangement = Arrangement()
        self._titles = [
            self.tr("Code"), self.tr("Procedure"), self.tr("Applicant"), self.tr("Unit"),
            self.tr("Officer"), self.tr("Received"), self.tr("Due"),
            self.tr("Days overdue"), self.tr("Apology"),
        ]
        self._header_tips = {DAYS: self.tr("Working days after the due day, up to today"),
                             APOLOGY: self.tr("Apology letter issued")}
        self.urgency_names = {
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "due_soon": self.tr("Due by the next working day"),
        }

    # Rows, filters, order ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[overdue.OverdueRow],
                 arranged: tuple[Arrangement, Sequence[overdue.OverdueRow]] | None = None
                 ) -> None:
        """New rows; `arranged` is (arrangement, rows as it shows them) when a worker already
        did the work for the arrangement in force."""
        self.beginResetModel()
        self._all = tuple(rows)
        if arranged is not None and arranged[0] == self.arrangement:
            self._show(list(arranged[1]))
        else:
            self._show(self.arrangement.apply(self._all))
        self.endResetModel()

    def set_filters(self, unit: str | None, procedure_code: str | None, urgency: str,
                    without_apology: bool) -> None:
        self.beginResetModel()
        self.arrangement = replace(self.arrangement, unit=unit, procedure_code=procedure_code,
                                   urgency=urgency, without_apology=without_apology)
        self._show(self.arrangement.apply(self._all))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Called by the view when a header is clicked; the selection follows its rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        codes = [self._shown[i.row()].code if i.isValid() else None for i in persistent]
        self.arrangement = replace(self.arrangement, column=column,
                                   descending=order == Qt.DescendingOrder)
        self._show(self.arrangement.apply(self._all))
        self.changePersistentIndexList(
            persistent, [self.index(self._positions[c], i.column()) if c in self._positions
                         else QModelIndex() for c, i in zip(codes, persistent, strict=True)])
        self.layoutChanged.emit()

    def _show(self, shown: list[overdue.OverdueRow]) -> None:
        self._shown = shown
        self._positions = {r.code: i for i, r in enumerate(shown)}

    # Reading -------------------------------------------------------------------------------

    def row_at(self, row: int) -> overdue.OverdueRow:
        return self._shown[row]

    def shown_rows(self) -> list[overdue.OverdueRow]:
        """The rows as the table shows them: filtered and in the table's order."""
        return list(self._shown)

    @property
    def total(self) -> int:
        """All rows of the last refresh, whatever the filters."""
        return len(self._all)

    def position(self, code: str) -> int | None:
        return self._positions.get(code)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def _text(self, row: overdue.OverdueRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == PROCEDURE:
            return f"{row.procedure_code} – {row.procedure_name}"
        if column == APPLICANT:
            return row.applicant_name
        if column == UNIT:
            return row.unit
        if column == OFFICER:
            return row.officer
        if column == RECEIVED:
            return format_moment(row.received_at)
        if column == DUE:
            return format_moment(row.due_at)
        if column == DAYS:
            # Not overdue yet: the due date and the row's tint (and tooltip) say when.
            return str(row.overdue_working_days) if row.urgency == "overdue" else "–"
        return self.tr("Yes") if row.apology_issued else self.tr("No")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(row, column)
        if role == Qt.ToolTipRole:
            if column == PROCEDURE:
                return self._text(row, column)
            return self.urgency_names.get(row.urgency, "")
        if role == Qt.BackgroundRole:
            return URGENCY_COLOURS.get(row.urgency)
        if role == Qt.ForegroundRole:
            if column == APOLOGY and not row.apology_issued:
                return MISSING_APOLOGY_TEXT
            return TINTED_TEXT
        if role == Qt.FontRole and column == APOLOGY and not row.apology_issued:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and column in (DAYS, APOLOGY):
            return int(Qt.AlignCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return self._titles[section]
        if role == Qt.ToolTipRole:
            return self._header_tips.get(section)
        if role == Qt.TextAlignmentRole:
            # Titles wrap onto two lines so the numbers' columns stay narrow.
            return int(Qt.AlignCenter | Qt.TextWordWrap)
        return None


class GroupTable(QTableWidget):
    """Counts per unit or per procedure; the first row stands for all of them. Clicking a row
    emits the group's key (None for all)."""

    groupChosen = Signal(object)

    def __init__(self, first_title: str, parent=None):
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([
            first_title, self.tr("Total"), self.tr("Overdue"), self.tr("Due soon"),
            self.tr("No apology"),
        ])
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(False)
        compact(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self._keys: list[str | None] = []
        self.itemSelectionChanged.connect(self._selection_changed)

    def set_groups(self, groups: Sequence[overdue.OverdueGroup], labels: dict[str, str],
                   all_label: str, current: str | None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        self._keys = [None] + [g.key for g in groups]
        totals = [sum(getattr(g, name) for g in groups)
                  for name in ("total", "overdue", "due_soon", "without_apology")]
        entries = [(all_label, *totals)] + [
            (labels.get(g.key, g.key), g.total, g.overdue, g.due_soon, g.without_apology)
            for g in groups]
        self.setRowCount(len(entries))
        for row, (label, *counts) in enumerate(entries):
            item = QTableWidgetItem(label)
            item.setToolTip(label)
            if row == 0:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, 0, item)
            for column, number in enumerate(counts, start=1):
                cell = QTableWidgetItem(str(number))
                cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.setItem(row, column, cell)
        self.blockSignals(False)
        self.show_current(current)

    def key_at(self, row: int) -> str | None:
        return self._keys[row]

    def show_current(self, key: str | None) -> None:
        """Select the row of the current filter without telling anybody."""
        self.blockSignals(True)
        self.clearSelection()
        if key in self._keys:
            self.selectRow(self._keys.index(key))
        self.blockSignals(False)

    def _selection_changed(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            self.groupChosen.emit(self._keys[rows[0].row()])


class OverduePage(QWidget):
    """`refreshed` is emitted after each answer has been shown."""

    refreshed = Signal()

    def __init__(self, url: str, actor: Actor, parent=None):
        super().__init__(parent)
        self._url = url
        self._actor = actor
        self.dialog: DossierDialog | None = None
        self.pool = QThreadPool(self)
        self._load_task: Task | None = None
        self._export_task: Task | None = None
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
        self._fill_combo(self.unit_filter, self.tr("All units"), [], {})
        self._fill_combo(self.procedure_filter, self.tr("All procedures"), [], {})

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

        self.unit_groups = GroupTable(self.tr("By unit"))
        self.procedure_groups = GroupTable(self.tr("By procedure"))
        self.groups = QWidget()
        groups_layout = QHBoxLayout(self.groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(self.unit_groups, 1)
        groups_layout.addWidget(self.procedure_groups, 1)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.apology_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.updated_label)
        actions.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Unit:"), self.unit_filter),
                              (self.tr("Procedure:"), self.procedure_filter),
                              (self.tr("Urgency:"), self.urgency_filter)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1 if widget is not self.urgency_filter else 0)
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
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timer_fired)
        for combo in (self.unit_filter, self.procedure_filter, self.urgency_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.without_apology.toggled.connect(self._filters_changed)
        self.unit_groups.groupChosen.connect(lambda key: self._choose(self.unit_filter, key))
        self.procedure_groups.groupChosen.connect(
            lambda key: self._choose(self.procedure_filter, key))
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.open_button.clicked.connect(self.open_selected)
        self.apology_button.clicked.connect(self.issue_apology)
        self.export_button.clicked.connect(self.choose_export_file)
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(Qt.Key_F5), self)
        refresh_key.setContext(Qt.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
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
        if not self._actor.may("report.read"):
            self._show_denied()
            return
        if self._load_task is not None:
            return
        self._stale = False
        self.timer.stop()
        # The first time, the most overdue rows come first, on their own: a long list takes
        # seconds to read and the supervisor should not wait for its tail.
        limit = FIRST_ROWS if self.model.total == 0 else None
        task = Task(load_snapshot, self._url, self._actor, limit, self.model.arrangement)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._load_failed)
        self._load_task = start(self.pool, task)
        self.refresh_button.setEnabled(False)

    def _show_denied(self) -> None:
        self._loaded_once = True
        self.error_label.setText(self.tr("Only supervisors and administrators see this page."))
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
        self._fill_combo(self.unit_filter, self.tr("All units"), units, unit_labels)
        self._fill_combo(self.procedure_filter, self.tr("All procedures"), procedures,
                         procedure_labels)
        self.unit_groups.set_groups(snapshot.by_unit, unit_labels, self.tr("All units"),
                                    self.unit_filter.currentData())
        self.procedure_groups.set_groups(snapshot.by_procedure, procedure_labels,
                                         self.tr("All procedures"),
                                         self.procedure_filter.currentData())

    def _fill_combo(self, combo: QComboBox, all_label: str, keys: Sequence[str],
                    labels: dict[str, str]) -> None:
        """New choices, the current one kept (even when no row has it any more)."""
        current = combo.currentData() if combo.count() else None
        current_label = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for key in keys:
            combo.addItem(labels.get(key, key), key)
            combo.setItemData(combo.count() - 1, labels.get(key, key), Qt.ToolTipRole)
        if current is not None and current not in keys:
            combo.addItem(current_label, current)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    # Filters -------------------------------------------------------------------------------

    def _choose(self, combo: QComboBox, key: str | None) -> None:
        combo.setCurrentIndex(0 if key is None else max(0, combo.findData(key)))

    def _filters_changed(self) -> None:
        selected = self.selected_code()
        self.model.set_filters(self.unit_filter.currentData(),
                               self.procedure_filter.currentData(),
                               self.urgency_filter.currentData(),
                               self.without_apology.isChecked())
        self.unit_groups.show_current(self.unit_filter.currentData())
        self.procedure_groups.show_current(self.procedure_filter.currentData())
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
        may_apologise = self._actor.may("dossier.apology")
        self.apology_button.setEnabled(has_selection and may_apologise)
        self.apology_button.setToolTip(
            self.tr("Apology letter (form 04) for the selected dossier") if may_apologise
            else self.tr("Only a supervisor may issue an apology letter"))
        self.export_button.setEnabled(self.model.rowCount() > 0 and not self.progress.busy)

    def open_selected(self) -> DossierDialog | None:
        code = self.selected_code()
        if code is None:
            return None
        self.dialog = open_dossier_dialog(self._url, code, self)
        return self.dialog

    def issue_apology(self) -> None:
        """The apology letter of the selected dossier; once issued the list shows it."""
        code = self.selected_code()
        if code is None or not self._actor.may("dossier.apology"):
            return
        try:
            dialog = ApologyDialog(self._url, code, self._actor, self)
        except UserError as error:
            self._warn(self.tr("Apology letter"), str(error))
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
        task = Task(export_rows, self._url, self._actor, self.shown_rows(), str(path),
                    self.as_of or config.now(), with_progress=True)
        self.progress.follow(task, self.tr("Exporting…"))
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
        self.updated_label.setText(self.tr("Saved {name}").format(name=Path(path).name))

    def _export_failed(self, message: str) -> None:
        self._export_ended()
        self._warn(self.tr("Export"), message)

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.NoButton, self)
        box.addButton(self.tr("OK"), QMessageBox.AcceptRole)
        box.open()

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
        for column, width in enumerate((code, 0, 110, 120, 90, moment, moment, 0, apology)):
            title = str(self.model.headerData(column, Qt.Horizontal))
            # Room for the (translated) title on two lines, and for the sort arrow.
            self.table.setColumnWidth(
                column, max(width, two_line_width(title, header.fontMetrics()) + 28))
        header.setFixedHeight(header.fontMetrics().lineSpacing() * 2 + 10)
        # The procedure's name takes what the other columns leave (its tooltip has it all).
        self.table.fit()
