"""The report's tables: form 06/VPCP/KSTT's columns under their group titles, a line per
field, procedure or unit, fields and the grand total tinted and bold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

from desk_app.services.supervision import report as reports
from desk_app.ui.widgets.filling_table import FillingTable
from desk_app.ui.widgets.tables import compact

FIELD_BACKGROUND = QColor("#e3ecf7")
TOTAL_BACKGROUND = QColor("#e0e0e0")
# Pixels: enough for a field's name or a procedure's code and the start of its name.
FIRST_COLUMN_MIN = 200

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
    compact(table)
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
