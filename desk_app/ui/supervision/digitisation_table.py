"""The Reports page's digitisation tab (issue 18, Decision 766/QĐ-TTg): per procedure and in
total, the new dossiers received with every document digitised, the results digitised and the
new dossiers that reused a digitised copy, each with its rate."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from desk_app.services.supervision import report as reports
from desk_app.ui.supervision.report_table import percent
from desk_app.ui.widgets.table_model import Column, RowsModel, read_only_table

_NUMBER = int(Qt.AlignRight | Qt.AlignVCenter)


def _number(value: int) -> str:
    return QLocale().toString(value)


class DigitisationModel(RowsModel):
    """Lines (label, report row)."""

    def __init__(self, parent=None):
        super().__init__([
            Column(self.tr("Procedure"), lambda line: line[0], lambda line: line[0]),
            Column(self.tr("New dossiers received"), lambda line: _number(
                line[1].received_online + line[1].received_direct_postal), align=_NUMBER),
            Column(self.tr("Every document digitised"),
                   lambda line: _number(line[1].received_digitised), align=_NUMBER),
            Column(self.tr("Dossiers digitised (%)"),
                   lambda line: percent(line[1].received_digitised_rate), align=_NUMBER),
            Column(self.tr("Resolved"), lambda line: _number(line[1].resolved_total),
                   align=_NUMBER),
            Column(self.tr("Result digitised"),
                   lambda line: _number(line[1].results_digitised), align=_NUMBER),
            Column(self.tr("Results digitised (%)"),
                   lambda line: percent(line[1].results_digitised_rate), align=_NUMBER),
            Column(self.tr("Reused a digitised copy"),
                   lambda line: _number(line[1].received_reused), align=_NUMBER,
                   header_tip=self.tr("New dossiers received with at least one document "
                                      "reused from an earlier dossier's digitised copy")),
            Column(self.tr("Data reused (%)"),
                   lambda line: percent(line[1].reuse_rate), align=_NUMBER),
        ], parent)

    def show_report(self, report: reports.Report, total_label: str) -> None:
        self.set_rows([(f"{row.procedure_code} – {row.procedure_name}", row)
                       for row in report.rows] + [(total_label, report.totals)])


def digitisation_table(model: DigitisationModel) -> QTableView:
    table = read_only_table(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    return table
