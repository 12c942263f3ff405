"""The overdue list's table model: the rows of the last refresh, tinted by urgency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desk_app.services.supervision import overdue
from desk_app.ui.dossiers.dossier_model import TINTED_TEXT, format_moment
from desk_app.ui.supervision.overdue_rows import (
    APOLOGY,
    APPLICANT,
    CODE,
    DAYS,
    DUE,
    OFFICER,
    PROCEDURE,
    RECEIVED,
    UNIT,
    Arrangement,
)

# Light tints so the text stays readable; the same in the exported spreadsheet.
URGENCY_COLOURS = {
    "overdue": QColor("#f6c9c9"),
    "due_today": QColor("#fbd5a8"),
    "due_soon": QColor("#fdf0c2"),
}
MISSING_APOLOGY_TEXT = QColor("#8b0000")


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
