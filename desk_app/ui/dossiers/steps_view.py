"""The dossier window's Steps tab: each internal process step with its due moment, its end and
its result; for a late dossier the steps that overran are tinted and say by how much."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desk_app.services.desk import Desk
from desk_app.services.dossier_steps import StepView, steps_of
from desk_app.services.rules.catalog import day_minutes
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel, Tint, read_only_table

OVERRUN_TINT = QColor("#f6c9c9")  # the overdue screen's tint


def result_names() -> dict[str, str]:
    # Literal calls, so that the translation tools find the strings.
    return {"early": QCoreApplication.translate("StepsView", "Early"),
            "on_time": QCoreApplication.translate("StepsView", "On time"),
            "late": QCoreApplication.translate("StepsView", "Late"),
            "open": QCoreApplication.translate("StepsView", "In progress"),
            "overdue": QCoreApplication.translate("StepsView", "Overdue")}


def overrun_words(minutes: int, day: int) -> str:
    """Office minutes past due as working days and hours ("" when none)."""
    if minutes <= 0:
        return ""
    days, rest = divmod(minutes, day)
    hours = f"{rest / 60:.1f}".rstrip("0").rstrip(".")
    if not days:
        return QCoreApplication.translate("StepsView", "%1 working hour(s)").replace(
            "%1", hours)
    if not rest:
        return QCoreApplication.translate("StepsView", "%1 working day(s)").replace(
            "%1", str(days))
    return QCoreApplication.translate("StepsView", "%1 working day(s) %2 hour(s)").replace(
        "%1", str(days)).replace("%2", hours)


class StepsView(QWidget):
    """Read for whoever is logged in; without anyone, nothing (as the notices)."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._day = day_minutes(desk)
        names = result_names()
        bold = QFont()
        bold.setBold(True)
        tint = Tint(background=lambda s: OVERRUN_TINT if s.overrun_minutes else None,
                    font=lambda s: bold if s.overrun_minutes else None)
        self.model = RowsModel([
            # What a reader looks for first comes first: a narrow window cuts the start.
            Column(self.tr("Step"), lambda s: s.step),
            Column(self.tr("Name"), lambda s: s.name, lambda s: s.name),
            Column(self.tr("Result"), lambda s: names.get(s.result, s.result)),
            Column(self.tr("Overrun"), lambda s: overrun_words(s.overrun_minutes, self._day)),
            Column(self.tr("Due"), lambda s: format_moment(s.due_at)),
            Column(self.tr("Done"), lambda s: format_moment(s.done_at)),
            Column(self.tr("Unit"), self._unit, self._unit),
            Column(self.tr("Officer"), lambda s: s.officer),
            Column(self.tr("Budget"), lambda s: s.budget),
            Column(self.tr("Started"), lambda s: format_moment(s.started_at)),
        ], self, tint=tint)
        self.table: QTableView = read_only_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # The name gives way (its tooltip holds it whole) rather than the table scrolling.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _unit(step: StepView) -> str:
        # The holder differs from the published unit when the dossier went elsewhere.
        if step.holder and step.holder != step.unit:
            return f"{step.unit} → {step.holder}"
        return step.unit

    def show_dossier(self, code: str) -> None:
        steps = steps_of(self._desk, code) if self._desk.actor is not None else []
        self.model.set_rows(steps)
        overran = [s for s in steps if s.overrun_minutes]
        if not overran:
            self.summary.hide()
            return
        parts = [self.tr("step %1 (%2) by %3").replace("%1", str(s.step))
                 .replace("%2", s.holder or s.unit)
                 .replace("%3", overrun_words(s.overrun_minutes, self._day)) for s in overran]
        self.summary.setText(self.tr("Overran: %1").replace("%1", "; ".join(parts)))
        self.summary.show()
