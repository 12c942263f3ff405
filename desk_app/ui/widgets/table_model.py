"""Read-only Qt table models described by their columns: each column says its title, the text
of a row's cell, and optionally its tooltip, alignment, tint and width (in the spirit of
MusicBrainz Picard's `itemviews/columns.py`). `ColumnsModel` answers Qt from the columns;
`RowsModel` adds a plain list of rows (service dataclasses)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from desk_app.ui.widgets.tables import ColumnsToWidth, show_cut_text_on_hover

# Roles as plain integers: `data` is called for every cell and role at each paint, and
# comparing with Qt's enum members costs microseconds each, a frame's worth in all.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _FONT})


@dataclass(frozen=True)
class Tint:
    """How a row's cells stand out; each part maps the row to its value (None: the view's)."""

    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    font: Callable[[Any], QFont | None] | None = None


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], Any]
    tooltip: Callable[[Any], str | None] | None = None
    # Qt.Alignment of the cells as an int; 0 leaves the view's.
    align: int = 0
    # Replaces the model's tint for this column's cells.
    tint: Tint | None = None
    # Pixels; 0 leaves the view's (see `size_columns`).
    width: int = 0
    header_tip: str | None = None


class ColumnsModel(QAbstractTableModel):
    """Answers Qt's questions from `columns`; a subclass says where row `n` comes from
    (`_row`, None for a row that is gone) and how many there are (`rowCount`). `tint` applies
    to the cells of every column without a tint of its own; `header_align` (an int) to every
    title."""

    def __init__(self, columns: Sequence[Column] = (), parent=None, tint: Tint | None = None,
                 header_align: int = 0):
        super().__init__(parent)
        # A model that translates its own titles sets `_columns` once Qt knows it (tr).
        self._columns = list(columns)
        self._tint = tint
        self._header_align = header_align

    @property
    def columns(self) -> list[Column]:
        return self._columns

    def _row(self, row: int) -> Any | None:
        raise NotImplementedError

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == _DISPLAY:
            value = column.text(row)
            return "" if value is None else str(value)
        if role == _TOOLTIP:
            return None if column.tooltip is None else column.tooltip(row)
        if role == _ALIGNMENT:
            return column.align or None
        tint = column.tint or self._tint
        if tint is None:
            return None
        part = (tint.background if role == _BACKGROUND
                else tint.foreground if role == _FOREGROUND else tint.font)
        return None if part is None else part(row)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return self._columns[section].title
        if role == Qt.ToolTipRole:
            return self._columns[section].header_tip
        if role == Qt.TextAlignmentRole and self._header_align:
            return self._header_align
        return None


class RowsModel(ColumnsModel):
    """Adapts a list the caller owns; `set_rows` replaces it in one reset."""

    def __init__(self, columns: Sequence[Column] = (), parent=None, tint: Tint | None = None,
                 header_align: int = 0):
        super().__init__(columns, parent, tint, header_align)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _row(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)


def size_columns(table: QTableView, model: ColumnsModel) -> None:
    """The columns' widths in the proportions of their declared ones (never narrower than
    their translated titles), filling the table's width as it changes (`ColumnsToWidth`)."""
    header = table.horizontalHeader()
    widths = [max(column.width, header.sectionSizeHint(number)) if column.width
              else table.columnWidth(number) for number, column in enumerate(model.columns)]
    for number, width in enumerate(widths):
        table.setColumnWidth(number, width)
    fitter = table.findChild(ColumnsToWidth) or ColumnsToWidth(table)
    fitter.widths = widths
    fitter.fit()


def read_only_table(model: QAbstractItemModel) -> QTableView:
    """The program's list of rows: whole rows selected one at a time, nothing editable, one
    line per row, columns the user can widen and the last one filling the rest."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectRows)
    table.setSelectionMode(QTableView.SingleSelection)
    table.setEditTriggers(QTableView.NoEditTriggers)
    table.setWordWrap(False)
    show_cut_text_on_hover(table)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    return table
