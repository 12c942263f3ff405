"""The Dossiers page: search and filter every dossier, newest first, and open one."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.domain.lifecycle import STATUS_NAMES_VI, STATUSES
from desk_app.domain.text import MAX_SEARCH_WORDS, search_words
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.dossier_dialog import DossierDialog, open_dossier_dialog
from desk_app.ui.dossiers.dossier_model import DossierModel
from desk_app.ui.dossiers.register_dialog import RegisterDialog, open_register_dialog
from desk_app.ui.widgets.day_counts import urgency_texts
from desk_app.ui.widgets.filters import Filters, ticked_date
from desk_app.ui.widgets.look import LATE_TEXT
from desk_app.ui.widgets.table_model import read_only_table, size_columns

DEBOUNCE_MS = 250


class DossiersPage(QWidget):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._shown_before = False
        self.dialog: DossierDialog | None = None
        self.apology_dialog: ApologyDialog | None = None
        self.filters = Filters(self, DEBOUNCE_MS)
        self.search = self.filters.text(
            self.tr("Search by code, name, phone or ID number (diacritics optional)"))

        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status.addItem(STATUS_NAMES_VI[status], status)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("Any deadline"), "")
        for urgency, (label, tip) in urgency_texts().items():
            self.urgency.addItem(label, urgency)
            self.urgency.setItemData(self.urgency.count() - 1, tip, Qt.ToolTipRole)
        self.procedure = self.filters.text(self.tr("Procedure code"))
        self.unit = self.filters.text(self.tr("Unit"))
        today = QDate(config.now().date())
        self.from_enabled, self.from_date, self.to_enabled, self.to_date = self.filters.period(
            self.tr("Received from"), self.tr("to"), today.addDays(-30), today)

        self.model = DossierModel(desk, self)
        self.table = read_only_table(self.model)
        self.count_label = QLabel()

        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        for widget in (self.from_enabled, self.from_date, self.to_enabled, self.to_date):
            top.addWidget(widget)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status)
        filters.addWidget(self.urgency)
        filters.addWidget(self.procedure)
        filters.addWidget(self.unit)
        filters.addStretch(1)
        self.register_button = QPushButton(self.tr("Re&gister…"))
        self.register_button.setToolTip(self.tr("Register of dossiers (XLSX or PDF)"))
        # The register carries applicants' names, addresses and phones: an export of personal
        # data, which the export service allows supervisors and administrators only.
        if desk.actor is not None and not desk.actor.may("personal.export"):
            self.register_button.setEnabled(False)
            self.register_button.setToolTip(self.tr(
                "The register holds applicants' personal data: supervisors and administrators "
                "export it"))
        self.register_button.clicked.connect(self.open_register)
        self.apology_button = QPushButton(self.tr("&Apology letter…"))
        self.apology_button.clicked.connect(self.issue_apology)
        filters.addWidget(self.apology_button)
        filters.addWidget(self.register_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filters.choice(self.status)
        self.filters.choice(self.urgency)
        self.filters.changed.connect(self.refresh)
        self.search.returnPressed.connect(self._search_entered)
        self.table.activated.connect(self._row_activated)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_apology_button)
        self.refresh()
        self._update_apology_button()
        size_columns(self.table, self.model)

    def _legend_html(self) -> str:
        """Swatch and label kept together (non-breaking spaces); the entries wrap."""
        entries = []
        for colour, label in self.model.legend():
            if colour == LATE_TEXT:
                swatch = f'<span style="color: {colour.name()}; font-weight: bold;">Aa</span>'
            else:
                swatch = (f'<span style="background-color: {colour.name()};">'
                          "&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            entries.append(f"{swatch}&nbsp;{html.escape(label).replace(' ', '&nbsp;')}")
        return "&nbsp;&nbsp;&nbsp; ".join(entries)

    def query(self) -> dossiers.DossierQuery:
        return dossiers.DossierQuery(
            text=self.search.text(),
            status=self.status.currentData(),
            procedure_code=self.procedure.text().strip(),
            unit=self.unit.text().strip(),
            received_from=ticked_date(self.from_enabled, self.from_date),
            received_to=ticked_date(self.to_enabled, self.to_date),
            urgency=self.urgency.currentData(),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Dossiers received or changed elsewhere since the list was read (the counter, the
        # overdue page, another desk): shown again, it reads them afresh.
        if self._shown_before:
            row = self.selected_row()
            self.refresh_keeping(row.code if row is not None else "")
        self._shown_before = True

    def show_urgency(self, urgency: str) -> None:
        """Every dossier of one count of the status bar (`counts.URGENCY_FILTERS`)."""
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(urgency)))
        self.refresh()

    def refresh(self) -> None:
        self.filters.settle()
        query = self.query()
        self.model.set_query(query)
        total = dossiers.count(self._desk, query)
        counted = self.tr("%n dossier(s)", "", total)
        if search_words(query.text)[1]:
            counted = self.tr("Searched by the first {words} words only").format(
                words=MAX_SEARCH_WORDS) + " · " + counted
        self.count_label.setText(counted)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _search_entered(self) -> None:
        """Enter in the search box: run the pending search now; open the dossier when only
        one matches, else move to the table."""
        if self.filters.pending:
            self.refresh()
        if self.model.rowCount() == 1:
            self.open_dossier(self.model.row_at(0).code)
        elif self.model.rowCount():
            self.table.setFocus()

    def _row_activated(self, index) -> None:
        if index.isValid():
            self.open_dossier(self.model.row_at(index.row()).code)

    def open_register(self) -> RegisterDialog:
        # The export is recorded in the audit trail under the user who made it.
        return open_register_dialog(self, self._desk)

    def open_dossier(self, code: str) -> DossierDialog | None:
        self.dialog = open_dossier_dialog(self._desk, code, self)
        if self.dialog is not None:
            self.dialog.changed.connect(lambda: self.refresh_keeping(code))
        return self.dialog

    # Apology letters, two clicks from the list: select the row, then the button (or the
    # row's context menu).

    def selected_row(self) -> dossiers.DossierRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _apology_refusal(self, row: dossiers.DossierRow | None) -> str:
        """Why no apology can be issued for the row now; empty when one can."""
        if self._desk.actor is None or not self._desk.actor.may("dossier.apology"):
            return self.tr("Apology letters are issued by a leader")
        if row is None:
            return self.tr("Select a dossier first")
        if row.status == "withdrawn":
            return self.tr("The dossier was withdrawn")
        return ""

    def _update_apology_button(self, *_args) -> None:
        refusal = self._apology_refusal(self.selected_row())
        self.apology_button.setEnabled(not refusal)
        self.apology_button.setToolTip(
            refusal or self.tr("Apology letter (form 04) for the selected dossier"))

    def issue_apology(self) -> ApologyDialog | None:
        row = self.selected_row()
        if self._apology_refusal(row):
            return None
        code = row.code
        self.apology_dialog = ApologyDialog(self._desk, code, self)
        self.apology_dialog.accepted.connect(lambda: self.refresh_keeping(code))
        self.apology_dialog.open()
        return self.apology_dialog

    def context_menu(self) -> QMenu:
        """The selected row's menu: open it, or write its apology letter."""
        menu = QMenu(self)
        row = self.selected_row()
        open_action = menu.addAction(self.tr("&Open"))
        open_action.setEnabled(row is not None)
        open_action.triggered.connect(lambda: self.open_dossier(row.code))
        apology = menu.addAction(self.tr("&Apology letter…"))
        apology.setEnabled(not self._apology_refusal(row))
        apology.triggered.connect(self.issue_apology)
        return menu

    def _show_context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
            self.context_menu().exec(self.table.viewport().mapToGlobal(position))

    def refresh_keeping(self, code: str) -> None:
        """Reload after a change, the changed dossier still selected when it is listed."""
        self.refresh()
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).code == code:
                self.table.selectRow(number)
                break
