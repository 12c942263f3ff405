"""The counts beside the overdue list: per unit or per procedure, a click filters the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desk_app.services.supervision import overdue
from desk_app.ui.widgets.tables import compact


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
