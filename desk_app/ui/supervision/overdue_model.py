"""The overdue list's table model: the rows of the last refresh, tinted by urgency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desk_app.services.supervision import overdue
from desk_app.ui.supervision.overdue_rows import (
    APPLICANT,
    CODE,
    PROCEDURE,
    TEXTS,
    UNIT,
    Arrangement,
)
from desk_app.ui.widgets.look import BOLD, TINTED_TEXT, URGENCY_COLOURS, format_moment
from desk_app.ui.widgets.table_model import Column, ColumnsModel, Tint

MISSING_APOLOGY_TEXT = QColor("#8b0000")
CENTRED = int(Qt.AlignCenter)


def _background(row: overdue.OverdueRow) -> QColor | None:
    return URGENCY_COLOURS.get(row.urgency)


def _days(row: overdue.OverdueRow) -> str:
    # Not overdue yet: the due date and the row's tint (and tooltip) say when.
    return str(row.overdue_working_days) if row.urgency == "overdue" else "–"


class OverdueModel(ColumnsModel):
    """The rows of the last refresh, filtered and sorted by the model itself.

    Sorting and filtering are Python list operations with one key per row (`Arrangement`),
    done by the refresh's worker for the arrangement in force: a QSortFilterProxyModel calls
    back into Python for every comparison, which took 5 s on the GUI thread for 46,000
    rows."""

    def __init__(self, parent=None):
        # Titles wrap onto two lines so the numbers' columns stay narrow.
        super().__init__(parent=parent, tint=Tint(_background, lambda _row: TINTED_TEXT),
                         header_align=int(Qt.AlignCenter | Qt.TextWordWrap))
        self._all: tuple[overdue.OverdueRow, ...] = ()
        self._shown: list[overdue.OverdueRow] = []
        self._positions: dict[str, int] = {}
        self.arrangement = Arrangement()
        self.urgency_names = {
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "due_soon": self.tr("Due by the next working day"),
        }
        urgency = self._urgency_name
        yes, no = self.tr("Yes"), self.tr("No")
        self.reason_names = {
            "supplement_requested": self.tr("Supplement"),
            "stopped": self.tr("Stopped"),
            "lateness_notice": self.tr("Lateness notice"),
            "apology_issued": self.tr("Apology"),
        }
        at_desk = self.tr("At the desk")
        self._columns = [
            Column(self.tr("Code"), TEXTS[CODE], urgency),
            Column(self.tr("Procedure"), TEXTS[PROCEDURE], TEXTS[PROCEDURE]),
            Column(self.tr("Applicant"), TEXTS[APPLICANT], urgency),
            Column(self.tr("Unit"), TEXTS[UNIT], TEXTS[UNIT]),
            Column(self.tr("Held by"), lambda r: r.holder or at_desk,
                   lambda r: r.holder or at_desk,
                   header_tip=self.tr("The officer, else the unit, of the latest hand-over")),
            Column(self.tr("Reason"), self._reason, self._reason,
                   header_tip=self.tr("The latest reason recorded: supplement, stop or "
                                      "apology")),
            Column(self.tr("Received"), lambda r: format_moment(r.received_at), urgency),
            Column(self.tr("Due"), lambda r: format_moment(r.due_at), urgency),
            Column(self.tr("Days overdue"), _days, urgency, CENTRED,
                   header_tip=self.tr("Working days after the due day, up to today")),
            Column(self.tr("Apology"), lambda r: yes if r.apology_issued else no, urgency,
                   CENTRED, Tint(_background,
                                 lambda r: TINTED_TEXT if r.apology_issued
                                 else MISSING_APOLOGY_TEXT,
                                 lambda r: None if r.apology_issued else BOLD),
                   header_tip=self.tr("Apology letter issued")),
        ]

    def _reason(self, row: overdue.OverdueRow) -> str:
        if not row.reason_kind:
            return ""
        name = self.reason_names.get(row.reason_kind, row.reason_kind)
        return f"{name}: {row.reason}" if row.reason else name

    def _urgency_name(self, row: overdue.OverdueRow) -> str:
        return self.urgency_names.get(row.urgency, "")

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
                    without_apology: bool, step: str | None = None) -> None:
        self.beginResetModel()
        self.arrangement = replace(self.arrangement, unit=unit, procedure_code=procedure_code,
                                   urgency=urgency, without_apology=without_apology,
                                   step=step)
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

    def _row(self, row: int) -> overdue.OverdueRow:
        return self._shown[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)
