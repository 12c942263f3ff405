"""Sizing of the tables: short rows and two-line titles for the supervisor's dense ones, columns
that follow the table's width, and the whole text of a cut cell on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)


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


def fit_to_rows(table: QTableView, count: int, most: int) -> None:
    """A strip's table as tall as its `count` rows (at least one, at most `most`), no taller:
    the list above it keeps the rest of the screen."""
    rows = max(1, min(count, most))
    height = (table.horizontalHeader().sizeHint().height()
              + table.verticalHeader().defaultSectionSize() * rows + 2 * table.frameWidth())
    scrollbar = table.horizontalScrollBar()
    if scrollbar.maximum() > 0:
        height += scrollbar.sizeHint().height()
    table.setFixedHeight(height)


# Pixels: the narrowest a fitted column becomes on a small screen ("…" and a few letters).
NARROWEST_COLUMN = 48


class ColumnsToWidth(QObject):
    """Keeps a table's columns at `widths` (pixels, one per column) scaled to the table's
    whole width, so that no row needs a sideways scroll: wider on a large screen in
    proportion; narrower on a 1366-pixel one by taking first from the columns whose text is
    longer than their width anyway (names, cut with "…" and whole on hover), down to half,
    and from those whose text fits (dates, codes) only what that leaves. A column the view
    stretches takes what the others leave; the user may still widen a column until the table
    is resized again."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self._table = table
        self.widths: list[int] = []
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        # A table not shown yet has no width of its own: it keeps the widths as given.
        if not self._table.isVisible():
            return
        header = self._table.horizontalHeader()
        shown = [n for n in range(min(header.count(), len(self.widths)))
                 if not header.isSectionHidden(n)]
        ideal = {n: self.widths[n] for n in shown}
        total = sum(ideal.values())
        if not total:
            return
        room = self._table.viewport().width()
        for number, width in self._widths_for(ideal, total, room).items():
            if header.sectionResizeMode(number) == QHeaderView.Interactive:
                header.resizeSection(number, max(NARROWEST_COLUMN, width))

    def _widths_for(self, ideal: dict[int, int], total: int, room: int) -> dict[int, int]:
        if room >= total:
            return {n: width * room // total for n, width in ideal.items()}
        floor = {}
        for number, width in ideal.items():
            text = self._table.sizeHintForColumn(number)
            floor[number] = max(NARROWEST_COLUMN,
                                min(width, text) if text <= width else width // 2)
        spare = sum(ideal[n] - floor[n] for n in ideal)
        cut = total - room
        if cut <= spare:
            # Each column's share of the cut rounded up: the whole row fits, to the pixel.
            return {n: ideal[n] + (ideal[n] - floor[n]) * cut // -max(spare, 1) for n in ideal}
        least = sum(floor.values())
        return {n: width * room // least for n, width in floor.items()}


class CutTextTips(QStyledItemDelegate):
    """Cells draw as Qt does, the text cut with "…" where the column is too narrow; hovering
    such a cell shows its whole text (a cell with a tooltip of its own shows that one)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.ToolTip and index.data(Qt.ToolTipRole) is None:
            text = index.data(Qt.DisplayRole)
            if text and self.sizeHint(option, index).width() > view.visualRect(index).width():
                QToolTip.showText(event.globalPos(), str(text), view.viewport(),
                                  view.visualRect(index))
                return True
        return super().helpEvent(event, view, option, index)


def show_cut_text_on_hover(table: QAbstractItemView) -> None:
    table.setItemDelegate(CutTextTips(table))
