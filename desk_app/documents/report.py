"""The statistics report's tables as data: form 06/VPCP/KSTT bare, then its annex.

Sheet 1 (and the PDF's first part) is the official form exactly: 13 columns, its two-level
header, one row per field (lĩnh vực) and the totals, the dossiers withdrawn or closed (Decree 118
Art. 19(5)) in the period left out of every column. The annex holds what the form has no column
for: per procedure and per unit the withdrawn and the closed dossiers, the average time, the
ratings and Decision 766's indicators, then the indicators' points. The workbook
(report_xlsx.py) and the PDF (report_pdf.py) both draw these `TableSpec`s, so they cannot drift
apart. The wording is data (`resources/reports/kstt06.json`); the counters come from a
`domain.report.Report`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from desk_app.domain.index766 import INDICATORS
from desk_app.domain.report import OFFICIAL_COLUMNS, Figures, Report
from desk_app.paths import RESOURCES

WORDING_FILE = RESOURCES / "reports" / "kstt06.json"


class Span(NamedTuple):
    """A header cell: its words, first and last row, first and last column (inclusive)."""

    text: str
    row: int
    col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class Cell:
    value: str | int | float | None
    kind: str = "text"  # "text" | "name" | "count" | "percent" | "decimal"


@dataclass(frozen=True)
class Line:
    cells: tuple[Cell, ...]
    bold: bool = False


@dataclass(frozen=True)
class TableSpec:
    header: tuple[Span, ...]
    header_rows: int
    lines: tuple[Line, ...]
    # Relative widths of the columns, as Excel character widths.
    widths: tuple[float, ...]

    @property
    def columns(self) -> int:
        return len(self.widths)


@cache
def wording() -> dict[str, str]:
    """The form's fixed words, composed (an office may save the file from Unikey)."""
    data = json.loads(WORDING_FILE.read_text(encoding="utf-8"))
    return {key: unicodedata.normalize("NFC", value) for key, value in data.items()}


def _roman(n: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for value, letters in numerals:
        while n >= value:
            text += letters
            n -= value
    return text


# -- the official form ------------------------------------------------------------------------

OFFICIAL_HEADER_KEYS = (
    ("col_number", 0, 0, 1, 0), ("col_field", 0, 1, 1, 1),
    ("received", 0, 2, 0, 5), ("resolved", 0, 6, 0, 9), ("in_progress", 0, 10, 0, 12),
    ("total", 1, 2, 1, 2), ("carried_over", 1, 3, 1, 3), ("online", 1, 4, 1, 4),
    ("direct_postal", 1, 5, 1, 5),
    ("total", 1, 6, 1, 6), ("early", 1, 7, 1, 7), ("on_time", 1, 8, 1, 8), ("late", 1, 9, 1, 9),
    ("total", 1, 10, 1, 10), ("within", 1, 11, 1, 11), ("overdue", 1, 12, 1, 12),
)


def official_header() -> tuple[Span, ...]:
    """Form 06's header: two levels of merged cells, then the column numbers (1)-(13)."""
    words = wording()
    spans = [Span(words[key], *where) for key, *where in OFFICIAL_HEADER_KEYS]
    spans += [Span(f"({n + 1})", 2, n, 2, n) for n in range(2 + len(OFFICIAL_COLUMNS))]
    return tuple(spans)


def official_table(report: Report) -> TableSpec:
    """One row per field, numbered 1, 2, ..., then the totals; exactly the form's columns."""
    def line(number: str, name: str, figures: Figures, bold: bool) -> Line:
        return Line((Cell(number), Cell(name, "name"),
                     *(Cell(getattr(figures, key), "count") for key in OFFICIAL_COLUMNS)), bold)

    lines = [line(str(i), row.field, row, False)
             for i, row in enumerate(report.field_totals, start=1)]
    lines.append(line("", wording()["totals"], report.totals, True))
    return TableSpec(official_header(), 3, tuple(lines),
                     (6, 60, 10, 10, 10, 13, 10, 10, 10, 10, 10, 10, 10))


def official_note(report: Report) -> str:
    words = wording()
    return words["note"].format(date_to=f"{report.date_to:%d/%m/%Y}",
                                lateness=words[f"lateness_{report.lateness}"])


# -- the annex --------------------------------------------------------------------------------

def _annex_cells(figures: Figures) -> tuple[Cell, ...]:
    return (
        Cell(figures.official_received_total, "count"),
        Cell(figures.withdrawn, "count"),
        Cell(figures.closed, "count"),
        Cell(figures.average_working_days, "decimal"),
        Cell(figures.satisfaction_rate, "percent"),
        *(Cell(indicator.compute(figures), "percent") for indicator in INDICATORS),
    )


def _annex_header(lead: Sequence[str]) -> tuple[Span, ...]:
    words = wording()
    titles = [*lead, words["col_official_received"], words["col_withdrawn"],
              words["col_closed"], words["col_average_days"], words["col_rating_satisfied"],
              *(f"{indicator.name_vi} (%)" for indicator in INDICATORS)]
    return (tuple(Span(text, 0, n, 0, n) for n, text in enumerate(titles))
            + tuple(Span(f"({n + 1})", 1, n, 1, n) for n in range(len(titles))))


_ANNEX_NUMBER_WIDTHS = (12, 10, 12, 12, 11)


def annex_procedures(report: Report) -> TableSpec:
    """Each field with its subtotal (I, II, ...), its procedures under it, then the totals."""
    words = wording()
    lines = []
    for i, subtotal in enumerate(report.field_totals, start=1):
        lines.append(Line((Cell(_roman(i)), Cell(subtotal.field, "name"), Cell(""),
                           *_annex_cells(subtotal)), True))
        for j, row in enumerate(report.rows_of(subtotal.field), start=1):
            lines.append(Line((Cell(str(j)), Cell(row.procedure_name, "name"),
                               Cell(row.procedure_code), *_annex_cells(row))))
    lines.append(Line((Cell(""), Cell(words["totals"], "name"), Cell(""),
                       *_annex_cells(report.totals)), True))
    header = _annex_header([words["col_number"], words["col_procedure"], words["col_code"]])
    return TableSpec(header, 2, tuple(lines),
                     (6, 40, 10, *_ANNEX_NUMBER_WIDTHS, *(12,) * len(INDICATORS)))


def annex_units(report: Report) -> TableSpec:
    words = wording()
    lines = [Line((Cell(str(i)), Cell(u.unit or words["no_unit"], "name"), *_annex_cells(u)))
             for i, u in enumerate(report.by_unit, start=1)]
    lines.append(Line((Cell(""), Cell(words["totals"], "name"), *_annex_cells(report.totals)),
                      True))
    header = _annex_header([words["col_number"], words["col_unit"]])
    return TableSpec(header, 2, tuple(lines),
                     (6, 50, *_ANNEX_NUMBER_WIDTHS, *(12,) * len(INDICATORS)))


def index_table(report: Report) -> TableSpec:
    """Decision 766's indicators of the totals: formula, value, threshold and points."""
    words = wording()
    titles = [words[k] for k in ("col_number", "col_indicator", "col_formula", "col_value",
                                 "col_threshold", "col_points_max", "col_points")]
    header = tuple(Span(text, 0, n, 0, n) for n, text in enumerate(titles))
    lines = [
        Line((Cell(str(i)), Cell(v.indicator.name_vi, "name"),
              Cell(v.indicator.formula_vi, "name"), Cell(v.value, "percent"),
              Cell(v.scoring.threshold, "percent"), Cell(v.scoring.points, "decimal"),
              Cell(v.points, "decimal")))
        for i, v in enumerate(report.indicators, start=1)
    ]
    total_max = sum(v.scoring.points for v in report.indicators)
    earned = [v.points for v in report.indicators]
    lines.append(Line((Cell(""), Cell(words["totals"], "name"), Cell(""), Cell(None, "percent"),
                       Cell(None, "percent"), Cell(total_max, "decimal"),
                       Cell(None if None in earned else sum(earned), "decimal")), True))
    return TableSpec(header, 1, tuple(lines), (6, 34, 50, 11, 12, 10, 10))


# -- the words around the tables --------------------------------------------------------------

def period_text(report: Report) -> str:
    return wording()["period"].format(date_from=f"{report.date_from:%d/%m/%Y}",
                                      date_to=f"{report.date_to:%d/%m/%Y}")


def date_line(report: Report) -> str:
    day = report.made_at.date() if report.made_at else report.date_to
    # Decree 30/2020: a leading zero before days under 10 and months 1 and 2 only.
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return wording()["date_line"].format(place=report.place_name, day=f"{day.day:02d}",
                                         month=month, year=day.year)


def format_number(value: int | float | None, kind: str) -> str:
    """Counters as integers; rates as Vietnamese decimals (comma), percentages ×100."""
    if value is None:
        return "-"
    if kind == "percent":
        return f"{value * 100:.1f}".replace(".", ",")
    if kind == "decimal":
        return f"{value:.1f}".replace(".", ",")
    return str(value)
