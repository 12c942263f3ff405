"""A lazy table model over the dossier search: pages of rows fetched as the view scrolls."""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor

from desk_app.domain.intake import CHANNEL_NAMES_VI
from desk_app.domain.lifecycle import STATUS_NAMES_VI
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.ui.widgets.look import (
    BOLD,
    LATE_TEXT,
    TINTED_TEXT,
    format_moment,
    procedure_label,
)
from desk_app.ui.widgets.table_model import Column, ColumnsModel, Tint

PAGE_SIZE = 100
# Pages held in memory at most: a few screens either way of what is shown.
KEPT_PAGES = 20

# Light tints, so that the text stays readable; "late" is marked by its text colour instead.
BACKGROUNDS = {
    "overdue": QColor("#f6c9c9"),
    "due_soon": QColor("#fde3a7"),
    "within": QColor("#e2f3df"),
    "early": QColor("#d3eccf"),
    "on_time": QColor("#d4ede9"),
    "paused": QColor("#e2e2e2"),
}

CODE, PROCEDURE, APPLICANT, ID_NUMBER, CHANNEL, RECEIVED, DUE, STATUS, UNIT, DEADLINE = range(10)


def _background(row: dossiers.DossierRow) -> QColor | None:
    return BACKGROUNDS.get(row.deadline_class)


def _foreground(row: dossiers.DossierRow) -> QColor | None:
    if row.deadline_class == "late":
        return LATE_TEXT
    return TINTED_TEXT if row.deadline_class in BACKGROUNDS else None


def needs_apology(row: dossiers.DossierRow) -> bool:
    """Overdue and no apology yet: what the status bar counts as "needs apology"
    (services/supervision/counts.py)."""
    return row.deadline_class == "overdue" and not row.apology_issued


class DossierModel(ColumnsModel):
    """Rows come a page at a time as the view scrolls (`fetchMore`), and only the pages last
    looked at stay in memory: scrolled from top to bottom of a million dossiers the model
    holds the boundary of each page, not a million rows. A page that was let go is read again
    from the boundary where it starts (keyset paging: as quick at the bottom as at the top).
    `set_query` starts again from the first page. ID numbers come masked unless `actor` may
    see them in full (services.dossiers.search)."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent=parent, tint=Tint(_background, _foreground))
        self._desk = desk
        self._query = dossiers.DossierQuery()
        self._rows = 0
        # _starts[k]: the (received_at, id) page k continues after; None for the first page.
        self._starts: list[tuple[datetime, int] | None] = [None]
        self._pages: OrderedDict[int, list[dossiers.DossierRow]] = OrderedDict()
        self._exhausted = True
        self._deadline_names = {
            "within": self.tr("Within the time limit"),
            "due_soon": self.tr("Due soon"),
            "overdue": self.tr("Overdue"),
            "paused": self.tr("Paused"),
            "early": self.tr("Resolved early"),
            "on_time": self.tr("Resolved on time"),
            "late": self.tr("Resolved late"),
        }
        self._apology_issued = self.tr("apology issued")
        self._apology_needed = self.tr("needs an apology letter")
        self._columns = [
            Column(self.tr("Code"), lambda r: r.code, width=185),
            Column(self.tr("Procedure"), procedure_label, procedure_label, width=230),
            Column(self.tr("Applicant"), lambda r: r.applicant_name, width=145),
            Column(self.tr("ID number"), lambda r: r.id_number, width=110),
            Column(self.tr("Channel"), lambda r: CHANNEL_NAMES_VI.get(r.channel, r.channel),
                   width=80),
            Column(self.tr("Received"), lambda r: format_moment(r.received_at), width=125),
            Column(self.tr("Due"), lambda r: format_moment(r.due_at), width=125),
            Column(self.tr("Status"), lambda r: STATUS_NAMES_VI.get(r.status, r.status),
                   width=135),
            Column(self.tr("Unit"), lambda r: r.unit, width=110),
            Column(self.tr("Deadline"), self._deadline, self._deadline,
                   tint=Tint(_background, _foreground,
                             lambda r: BOLD if needs_apology(r) else None)),
        ]

    @property
    def query(self) -> dossiers.DossierQuery:
        return self._query

    def set_query(self, query: dossiers.DossierQuery) -> None:
        """Forget the rows held and load the first page of the new query."""
        self.beginResetModel()
        self._query = query
        self._starts = [None]
        self._pages.clear()
        first = self._load(0)
        self._rows = len(first)
        self._exhausted = len(first) < PAGE_SIZE
        self.endResetModel()

    def legend(self) -> list[tuple[QColor, str]]:
        """(swatch colour, label) for each deadline class, in the order a clerk reads them."""
        order = ("overdue", "due_soon", "within", "paused", "early", "on_time")
        return [(BACKGROUNDS[name], self._deadline_names[name]) for name in order] + [
            (LATE_TEXT, self._deadline_names["late"])]

    def _load(self, page: int) -> list[dossiers.DossierRow]:
        """Page `page`, from memory or the database; the least recently used one goes when
        more than KEPT_PAGES are held."""
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        rows = dossiers.search(self._desk, self._query, limit=PAGE_SIZE,
                               after=self._starts[page])
        if page + 1 == len(self._starts) and len(rows) == PAGE_SIZE:
            self._starts.append((rows[-1].received_at, rows[-1].dossier_id))
        self._pages[page] = rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _row(self, row: int) -> dossiers.DossierRow | None:
        """None when the row is gone since its page was first read (a dossier that no longer
        matches): the count shown stays that of the list as it was read."""
        rows = self._load(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_at(self, row: int) -> dossiers.DossierRow:
        found = self._row(row) if 0 <= row < self._rows else None
        if found is None:
            raise IndexError(row)
        return found

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._exhausted:
            return
        # Not exhausted: every page so far was full, and the last one noted where this starts.
        page = self._load(self._rows // PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = self._rows
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows += len(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def _deadline(self, row: dossiers.DossierRow) -> str:
        text = self._deadline_names.get(row.deadline_class, "")
        if row.apology_issued:
            return text + " · " + self._apology_issued
        if needs_apology(row):
            return text + " · " + self._apology_needed
        return text
