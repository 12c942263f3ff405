"""Decision 766's indicators of the shown report: value, threshold, points, with each
indicator's formula and source on hover."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from desk_app.services.supervision import report as reports
from desk_app.ui.supervision.report_table import percent
from desk_app.ui.widgets.table_model import Column, RowsModel
from desk_app.ui.widgets.tables import compact

_NUMBER = int(Qt.AlignRight | Qt.AlignVCenter)


def _points(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "f", 1)


def _formula(value: reports.IndicatorValue) -> str:
    return f"{value.indicator.formula_vi}\n{value.indicator.source}"


class IndicatorModel(RowsModel):
    """Rows: the report's `IndicatorValue`s."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._columns = [
            # The official name, as the Decision words it (data, like a procedure's name).
            Column(self.tr("Indicator"), lambda v: v.indicator.name_vi, _formula),
            Column(self.tr("Value"), lambda v: percent(v.value), _formula, align=_NUMBER),
            Column(self.tr("Full points from"), lambda v: percent(v.scoring.threshold),
                   align=_NUMBER,
                   header_tip=self.tr("Office setting index766_KEY = THRESHOLD:POINTS")),
            Column(self.tr("Points available"), lambda v: _points(v.scoring.points),
                   align=_NUMBER),
            Column(self.tr("Points"), lambda v: _points(v.points), align=_NUMBER,
                   header_tip=self.tr("Full points at or above the threshold, in proportion "
                                      "below it")),
        ]


def index_table(model: IndicatorModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectRows)
    table.setEditTriggers(QTableView.NoEditTriggers)
    compact(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    return table
