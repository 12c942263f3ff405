"""The report's tables: form 06/VPCP/KSTT's columns under their group titles, a line per
field, procedure or unit, fields and the grand total tinted and bold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

from desk_app.services.supervision import report as reports
from desk_app.ui.widgets.filling_table import FillingTable
from desk_app.ui.widgets.look import BOLD, TINTED_TEXT
from desk_app.ui.widgets.table_model import Column, RowsModel, Tint
from desk_app.ui.widgets.tables import compact

FIELD_BACKGROUND = QColor("#e3ecf7")
TOTAL_BACKGROUND = QColor("#e0e0e0")
# Pixels: a field's name or a procedure's code and the start of its name (whole on hover):
# seventeen columns of figures beside it fit a 1366-pixel screen (see size_columns).
FIRST_COLUMN_MIN = 100

# The indicators with a column of their own (the digitisation rates are on their own tab).
TABLE_INDICATORS = tuple(i for i in reports.INDICATORS if i.on_report_table)
# Form 06's eleven numbers (withdrawn and closed dossiers left out), the withdrawn, the closed
# (Decree 118 Art. 19(5)), then the rates:
# Decision 766's indicators (one column each, in the order of TABLE_INDICATORS), the
# average time and the share of satisfied ratings.
COUNT_COLUMNS = reports.OFFICIAL_COLUMNS + ("withdrawn", "closed")
RATE_COLUMNS = (*(i.key for i in TABLE_INDICATORS), "average_working_days",
                "satisfaction_rate")
COLUMNS = COUNT_COLUMNS + RATE_COLUMNS
_INDICATORS = {i.key: i for i in TABLE_INDICATORS}


def percent(value: float | None) -> str:
    """A share as the locale writes percentages ("95,2 %" in Vietnamese); "–" for none."""
    if value is None:
        return "–"
    return QLocale().toString(value * 100, "f", 1) + " %"


def _figure(name: str):
    """The text of counter or rate `name` of a line, as the locale writes numbers."""
    def text(line: tuple[str, str, object]) -> str:
        if name in _INDICATORS:
            return percent(_INDICATORS[name].compute(line[2]))
        value = getattr(line[2], name)
        if name == "satisfaction_rate":
            return percent(value)
        if name == "average_working_days":
            return "–" if value is None else QLocale().toString(value, "f", 1)
        return QLocale().toString(value)
    return text


def _highlighted(line: tuple[str, str, object]) -> bool:
    return line[0] in ("field", "total")


# Fields and the grand total stand out: tinted, dark and bold.
_TINT = Tint(lambda line: {"field": FIELD_BACKGROUND, "total": TOTAL_BACKGROUND}.get(line[0]),
             lambda line: TINTED_TEXT if _highlighted(line) else None,
             lambda line: BOLD if _highlighted(line) else None)
_NUMBER = int(Qt.AlignRight | Qt.AlignVCenter)


class ReportModel(RowsModel):
    """Lines of the report: ("field" | "procedure" | "total", label, row with counters)."""

    def __init__(self, first_title: str, parent=None):
        super().__init__(parent=parent, tint=_TINT)
        tips = self.column_tips()
        self._columns = [Column(first_title, lambda line: line[1], lambda line: line[1],
                                header_tip=first_title)] + [
            Column(title, _figure(name), align=_NUMBER, header_tip=tips.get(name, title))
            for title, name in zip(self.column_titles(), COLUMNS, strict=True)]

    def column_titles(self) -> list[str]:
        # Short words under the group titles of `groups()`: the header wraps them.
        indicators = {
            "on_time_rate": self.tr("On time or early"),
            "handling_satisfaction": self.tr("Satisfaction in handling"),
            "online_rate": self.tr("Online share"),
        }
        return [
            self.tr("Total"), self.tr("Carried over"), self.tr("Online"),
            self.tr("Direct, postal"), self.tr("Total"), self.tr("Early"), self.tr("On time"),
            self.tr("Late"), self.tr("Total"), self.tr("Within time"),
            self.tr("Overdue at period end"), self.tr("Withdrawn"),
            self.tr("Closed"),
            # An indicator added later shows its official name until it has a translation.
            *(indicators.get(i.key, i.name_vi) for i in TABLE_INDICATORS),
            self.tr("Average working days"), self.tr("Satisfied"),
        ]

    def column_tips(self) -> dict[str, str]:
        return {
            "official_received_total": self.tr(
                "Received for processing: resolved plus in progress. Dossiers withdrawn or "
                "closed in the period are left out, as on form 06/VPCP/KSTT"),
            "in_progress_overdue": self.tr(
                "Open dossiers past their due date at the end of the period (24:00 of its "
                "last day). The Overdue screen and the status bar count those overdue now, "
                "so their number can differ"),
            "withdrawn": self.tr("Withdrawn in the period: not on form 06, reported in its "
                                 "annex"),
            "closed": self.tr("Closed in the period because the requested additions did not "
                              "come in time (Decree 118, Art. 19(5)): not on form 06, reported "
                              "in its annex"),
            "handling_satisfaction": self.tr(
                "Decision 766: 100 % − (late rate + rate of dislikes), over the resolved"),
        }

    def groups(self) -> list[tuple[int, int, str]]:
        """(first column, last column, title) of the header's upper row, as form 06 groups
        its columns."""
        return [
            (1, 4, self.tr("Received for processing")),
            (5, 8, self.tr("Resolved")),
            (9, 11, self.tr("In progress")),
            (14, len(COLUMNS), self.tr("Indicators")),
        ]


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
    size_columns(table, model)
    model.modelReset.connect(lambda: size_columns(table, model))
    return table


def size_columns(table: FillingTable, model: ReportModel) -> None:
    """Each column of figures as narrow as the numbers it shows or its title's longest word
    (the title wraps). Totals are bold; a rate may be as wide as "100,0 %", a count as its
    widest text, at least four digits: a week's report keeps seventeen columns beside the
    names on a 1366-pixel screen, a year's of a large province widens them as it needs."""
    header = table.horizontalHeader()
    bold = QFontMetrics(_bold(table.font()))
    rate = bold.horizontalAdvance("100,0 %")
    least_count = bold.horizontalAdvance(QLocale().toString(9_999))
    for column in range(1, model.columnCount()):
        if column <= len(COUNT_COLUMNS):
            number = max([least_count] + [
                bold.horizontalAdvance(str(model.index(row, column).data()))
                for row in range(model.rowCount())])
        else:
            number = rate
        words = str(model.headerData(column, Qt.Horizontal)).split()
        width = max([number] + [header.fontMetrics().horizontalAdvance(w) for w in words])
        header.setSectionResizeMode(column, QHeaderView.Fixed)
        table.setColumnWidth(column, width + 6)
    table.fit()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
