"""The Return page: results ready and waiting at the desk, the longest waiting first. A citizen
comes back with the receipt; the clerk finds the dossier by code, name, phone or ID number
(or scans the receipt), hands the result over, and the citizen rates it on the screen facing
them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.processing import return_companions, returns
from desk_app.services.processing.returns import AwaitingReturn
from desk_app.services.reception import receipts
from desk_app.ui.counter.hand_over_dialog import HandOverDialog
from desk_app.ui.dossiers.dossier_dialog import (
    DossierDialog,
    open_dossier_dialog,
    rate_if_collected,
)
from desk_app.ui.dossiers.rating_view import RatingView
from desk_app.ui.dossiers.result_slip import open_result_slip
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.filters import refresh_key, search_field
from desk_app.ui.widgets.look import BOLD, LATE_TEXT, format_moment, procedure_label
from desk_app.ui.widgets.print_preview import PdfPreviewDialog
from desk_app.ui.widgets.table_model import (
    Column,
    RowsModel,
    Tint,
    read_only_table,
    size_columns,
)
from desk_app.ui.widgets.workers import Task, start

CODE, APPLICANT, PHONE, READY, DUE, DEADLINE, PROCEDURE = range(7)
# A late result's deadline cell in dark red, bold (as the dossier list marks a result ready
# late).
LATE = Tint(foreground=lambda r: LATE_TEXT if r.late else None,
            font=lambda r: BOLD if r.late else None)


class ReturnPage(QWidget):
    """Loads in the background each time it is shown and after each hand-over; `refreshed` is
    emitted once a load has been shown (or has failed)."""

    refreshed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._rows: list[AwaitingReturn] = []
        self._load_task: Task | None = None
        # A change came while a load was running: load again once it answers.
        self._reload = False
        self.return_dialog: HandOverDialog | None = None
        self.dialog: DossierDialog | None = None
        self.rating_view: RatingView | None = None

        self.filter = search_field(
            self.tr("Code, name, phone or ID number (diacritics optional); or scan the receipt"))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.filter)
        self.message = error_label()

        self.late_text = self.tr("Late")
        self.model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code, width=185),
            Column(self.tr("Applicant"), lambda r: r.applicant_name,
                   lambda r: r.applicant_name, width=190),
            Column(self.tr("Phone"), lambda r: r.phone, width=110),
            Column(self.tr("Result ready"), lambda r: format_moment(r.ready_at), width=125),
            Column(self.tr("Appointment"), lambda r: format_moment(r.due_at), width=125),
            Column(self.tr("Deadline"), lambda r: self.late_text if r.late
                   else self.tr("On time"), tint=LATE, width=90),
            Column(self.tr("Procedure"), procedure_label, procedure_label),
        ], self)
        self.table = read_only_table(self.model)

        self.hand_over_button = QPushButton(self.tr("&Hand over result…"))
        self.hand_over_button.setToolTip(self.tr("Enter on a row"))
        self.open_button = QPushButton(self.tr("&Open dossier"))
        self.open_button.setToolTip(self.tr("Double-click on a row"))
        self.slip_button = QPushButton(self.tr("&Print hand-over slip…"))
        self.slip_button.setToolTip(self.tr(
            "The result's hand-over slip with its QR code, for the collector to sign"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip("F5")
        for button in (self.hand_over_button, self.slip_button, self.open_button,
                       self.refresh_button):
            button.setAutoDefault(False)
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.filter, 1)
        top.addSpacing(12)
        top.addWidget(self.hand_over_button)
        top.addWidget(self.slip_button)
        top.addWidget(self.open_button)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self._filter_entered)
        # Enter hands over; a double-click opens the dossier (`activated` would mean both).
        for key in (Qt.Key_Return, Qt.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.WidgetShortcut)
            enter.activated.connect(self.hand_over)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.slip_button.clicked.connect(self.print_slip)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key(self, self.refresh)
        self._size_columns()
        self._update_buttons()
        self._update_count()

    def _size_columns(self) -> None:
        size_columns(self.table, self.model)
        self.table.horizontalHeader().setSectionResizeMode(PROCEDURE, QHeaderView.Stretch)

    # Loading -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._load_task is not None

    def refresh(self) -> None:
        """Read the waiting results again in the background; one read at a time."""
        if self._load_task is not None:
            self._reload = True
            return
        self._reload = False
        task = Task(returns.awaiting_return, self._desk)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._load_failed)
        self._load_task = start(task)
        self.refresh_button.setEnabled(False)

    def _loaded(self, rows: list[AwaitingReturn]) -> None:
        self._load_task = None
        self.refresh_button.setEnabled(True)
        self._rows = rows
        self._show_rows()
        if self._reload:
            self.refresh()
        else:
            self.refreshed.emit()

    def _load_failed(self, message: str) -> None:
        self._load_task = None
        self.refresh_button.setEnabled(True)
        self._say(message)
        self.refreshed.emit()

    # Finding -------------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self.message.hide()
        self._show_rows()

    def _show_rows(self) -> None:
        """The rows the filter lets through; the row of a whole code typed or scanned is
        selected, else the row selected before stays so, else the first."""
        keep = self.selected_code()
        self.model.set_rows(returns.matching(self._rows, self.filter.text()))
        typed = self.filter.text().strip().upper()
        if not (self.select_code(typed) or (keep and self.select_code(keep))) \
                and self.model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _filter_entered(self) -> None:
        """Enter in the filter: a whole code typed or scanned opens its hand-over at once;
        other text that shows rows goes to the list; else the text is taken as a receipt's
        QR code (what a scanner types) and its dossier's hand-over opens, unless the QR code
        does not verify (then the row is selected and the clerk decides)."""
        text = self.filter.text().strip()
        if self.model.rowCount():
            if text and self.select_code(text):
                self.hand_over()
            else:
                self.table.setFocus()
            return
        if not text:
            return
        try:
            scan = receipts.resolve_scan(self._desk, text)
        except UserError as error:
            self._say(str(error))
            self.filter.selectAll()
            return
        self.filter.setText(scan.code)
        if not self.model.rowCount():
            self._say(self.tr("Dossier {code} has no result waiting to be handed over.")
                      .format(code=scan.code))
            self.filter.selectAll()
            return
        if scan.genuine is False:
            self._say(self.tr("The QR code does not verify — the receipt may be forged"))
        elif scan.unverifiable:
            self._say(self.tr("The QR code cannot be verified: its check part is missing or "
                              "cut off — compare the receipt with the dossier"))
        else:
            self.hand_over()
            return
        self.table.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _update_count(self) -> None:
        total = self.tr("%n result(s) awaiting return", "", len(self._rows))
        if self.filter.text().strip():
            total = self.tr("%n shown", "", self.model.rowCount()) + " · " + total
        self.count_label.setText(total)

    def selected_row(self) -> AwaitingReturn | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_code(self) -> str | None:
        row = self.selected_row()
        return row.code if row is not None else None

    def select_code(self, code: str) -> bool:
        """Select the shown row of that code (as stored or in capitals)."""
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).code.upper() == code.upper():
                self.table.selectRow(number)
                return True
        return False

    # Acting --------------------------------------------------------------------------------

    def _update_buttons(self, *_args) -> None:
        selected = self.selected_row() is not None
        may_return = self._desk.user.may("dossier.return")
        self.hand_over_button.setEnabled(selected and may_return)
        self.hand_over_button.setToolTip(
            self.tr("Enter on a row") if may_return
            else self.tr("Your role may not hand over results"))
        self.open_button.setEnabled(selected)
        self.slip_button.setEnabled(selected)

    def print_slip(self) -> PdfPreviewDialog | None:
        """The selected result's hand-over slip in the preview, to print and have signed."""
        row = self.selected_row()
        if row is None:
            return None
        self.slip_preview = open_result_slip(self, self._desk, row.code)
        return self.slip_preview

    def hand_over(self) -> HandOverDialog | None:
        """The return dialog of the selected dossier, as the dossier's own window opens it,
        offering the same applicant's further results that wait."""
        row = self.selected_row()
        if row is None or not self._desk.user.may("dossier.return"):
            return None
        try:
            detail = dossiers.show(self._desk, row.code)
        except UserError as error:
            self._say(str(error))
            self.refresh()
            return None
        if detail.row.status != "result_ready":
            self._say(self.tr("Dossier {code} is no longer waiting: its result was handed "
                              "over elsewhere.").format(code=row.code))
            self.refresh()
            return None
        self.message.hide()
        dialog = HandOverDialog(self._desk, detail,
                                return_companions.same_applicant_waiting(self._desk, row.code),
                                self)
        dialog.accepted.connect(lambda: self._handed_over(dialog))
        # Cancelled: the next scan replaces the code.
        dialog.rejected.connect(self.filter.setFocus)
        dialog.rejected.connect(self.filter.selectAll)
        self.return_dialog = dialog
        dialog.open()
        return dialog

    def _handed_over(self, dialog: HandOverDialog) -> None:
        # Ready for the next citizen: the filter emptied, the list read again.
        self.filter.clear()
        self.filter.setFocus()
        self.refresh()
        if dialog.not_returned:
            self._say(self.tr("Not handed over: {items}").format(
                items="; ".join(f"{code}: {message}" for code, message in dialog.not_returned)))
        self.rating_view = rate_if_collected(dialog, self, self._desk)

    def open_selected(self) -> DossierDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        self.dialog = open_dossier_dialog(self._desk, row.code, self)
        if self.dialog is not None:
            self.dialog.changed.connect(self.refresh)
        return self.dialog
