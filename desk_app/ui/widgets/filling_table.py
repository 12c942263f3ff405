"""A table whose one wide text column takes the width the other columns leave."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from desk_app.ui.widgets.tables import show_cut_text_on_hover


class FillingTable(QTableView):
    """Column `fill` (a name: procedure, field, unit) gets the viewport's width less the other
    columns, but never less than `minimum` pixels: on a narrow window the table scrolls
    sideways instead of squeezing the name to nothing. The user may still resize it. A name
    cut short shows whole on hover."""

    def __init__(self, fill: int, minimum: int, parent=None):
        super().__init__(parent)
        show_cut_text_on_hover(self)
        self._fill = fill
        self._minimum = minimum

    def fit(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(self._fill, QHeaderView.Interactive)
        others = sum(self.columnWidth(c) for c in range(header.count()) if c != self._fill)
        self.setColumnWidth(self._fill, max(self._minimum, self.viewport().width() - others))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
