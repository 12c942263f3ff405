"""The "My dossiers" page (Hồ sơ của tôi): the dossiers the logged-in officer, their unit or the
desk holds now, by the due moment of the step in progress, with the steps falling due soon in
a banner; hand over, ask for supplements (form 02, printed by the desk) or record the result
without leaving the list."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.file_names import document_stem
from desk_app.domain.lifecycle import STATUS_NAMES_VI, allowed_events
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.processing import letters, lifecycle
from desk_app.services.supervision import step_warnings
from desk_app.services.supervision.inbox import Holder, InboxRow, inbox
from desk_app.ui.dossiers.dossier_dialog import DossierDialog, open_dossier_dialog
from desk_app.ui.dossiers.lifecycle_dialogs import (
    ActionDialog,
    ResultReadyDialog,
    SupplementRequestDialog,
    TransferDialog,
)
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.exporting import warn
from desk_app.ui.widgets.filling_table import FillingTable
from desk_app.ui.widgets.filters import refresh_key
from desk_app.ui.widgets.look import (
    BOLD,
    LATE_TEXT,
    TINTED_TEXT,
    URGENCY_COLOURS,
    format_moment,
    procedure_label,
)
from desk_app.ui.widgets.print_preview import PdfPreviewDialog
from desk_app.ui.widgets.table_model import Column, RowsModel, Tint
from desk_app.ui.widgets.tables import compact, two_line_width
from desk_app.ui.widgets.workers import Task, call, start

SELECT_ROW = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
# The column that takes the width the others leave, and the least it keeps (pixels).
PROCEDURE, PROCEDURE_MIN = 4, 100
BANNER_STYLE = ("QLabel { background: #fdf0c2; color: #1a1a1a; border: 1px solid #d9b44a; "
                "padding: 4px; }")
# The codes a banner names before "…": the list has them all.
BANNER_CODES = 5
# The actions of the page: the life-cycle event, the permission it needs, its dialog.
ACTIONS = {
    "transferred": ("dossier.transfer", TransferDialog),
    "supplement_requested": ("dossier.process", SupplementRequestDialog),
    "result_ready": ("dossier.process", ResultReadyDialog),
}


def load(desk: Desk, holder: Holder) -> tuple[list[InboxRow], step_warnings.Warnings]:
    """One answer for the page, read in a worker: the rows and the warnings, at one moment."""
    now = desk.now()
    return inbox(desk, holder, now), step_warnings.for_user(desk, now)


class InboxPage(QWidget):
    """`refreshed` after each answer is shown (or a failure said)."""

    refreshed = Signal()

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._task: Task | None = None
        self._loaded_once = False
        self.dialog: DossierDialog | None = None
        self.action_dialog: ActionDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.as_of: datetime | None = None
        self.mine_holder = step_warnings.page_holder(desk)
        self.unit_holder = (Holder(unit=self.mine_holder.unit)
                            if self.mine_holder.unit is not None else None)

        self.urgency_names = {
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "due_soon": self.tr("Due soon"),
            "within": self.tr("In time"),
            "paused": self.tr("Paused"),
        }
        self.model = RowsModel([
            Column(self.tr("Step due"), lambda r: format_moment(r.step_due_at),
                   tooltip=self._due_tip),
            Column(self.tr("Urgency"), lambda r: self.urgency_names[r.urgency],
                   tint=Tint(_background, _late_text, _late_font)),
            Column(self.tr("Code"), lambda r: r.code,
                   tooltip=lambda r: STATUS_NAMES_VI.get(r.status, r.status)),
            Column(self.tr("Applicant"), lambda r: r.applicant_name,
                   tooltip=lambda r: r.applicant_name),
            Column(self.tr("Procedure"), procedure_label, tooltip=procedure_label),
            Column(self.tr("Step"), lambda r: f"{r.step}. {r.step_name}",
                   tooltip=lambda r: f"{r.step}. {r.step_name}"),
            Column(self.tr("Unit"), lambda r: r.unit, tooltip=lambda r: r.unit),
            Column(self.tr("Officer"), lambda r: r.officer, tooltip=lambda r: r.officer),
            Column(self.tr("Dossier due"), lambda r: format_moment(r.due_at)),
        ], self, tint=Tint(_background, _tinted_text))
        self.table = FillingTable(PROCEDURE, PROCEDURE_MIN)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setEditTriggers(QTableView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        compact(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)

        self.mine_choice = QRadioButton(self.tr("&Mine"))
        self.unit_choice = QRadioButton(self.tr("My &unit's"))
        self.mine_choice.setToolTip(
            self.tr("Handed to you by name, and those of your unit handed to no one"))
        self.unit_choice.setToolTip(self.tr("Every dossier your unit holds"))
        self.unit_choice.setEnabled(self.unit_holder is not None)
        self.mine_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.mine_choice)
        choices.addButton(self.unit_choice)
        self.holder_label = QLabel()

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Enter or double-click a row"))
        self.action_buttons = {
            "transferred": QPushButton(self.tr("&Hand over…")),
            "supplement_requested": QPushButton(self.tr("Request &supplements…")),
            "result_ready": QPushButton(self.tr("Result read&y…")),
        }
        self.action_buttons["supplement_requested"].setToolTip(
            self.tr("Form 02, printed and handed to the applicant by the desk"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip("F5")
        self.updated_label = QLabel()
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.error_label = error_label()
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.mine_choice)
        top.addWidget(self.unit_choice)
        top.addSpacing(12)
        top.addWidget(self.holder_label, 1)
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        for button in self.action_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        choices.buttonToggled.connect(lambda _button, checked: checked and self.refresh())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.open_button.clicked.connect(self.open_selected)
        for kind, button in self.action_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.open_action(k))
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key(self, self.refresh)
        self._size_columns()
        self._show_holder()
        self._update_actions()
        self._update_count()

    # Loading -------------------------------------------------------------------------------

    @property
    def holder(self) -> Holder:
        if self.unit_choice.isChecked() and self.unit_holder is not None:
            return self.unit_holder
        return self.mine_holder

    @property
    def loading(self) -> bool:
        return self._task is not None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh_if_shown(self) -> None:
        """The app's timer: a hidden page reads nothing, it catches up when shown."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Fresh rows in the background; one request at a time."""
        if self._task is not None:
            return
        self._show_holder()
        task = Task(load, self._desk, self.holder)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._failed)
        self._task = start(task)
        self.refresh_button.setEnabled(False)

    def _loaded(self, answer: tuple[list[InboxRow], step_warnings.Warnings]) -> None:
        self._task = None
        self._loaded_once = True
        rows, warned = answer
        selected = self.selected_code()
        self.as_of = warned.now
        self.model.set_rows(rows)
        if selected is not None:
            self.select_code(selected)
        self._show_banner(warned)
        self.error_label.hide()
        self.updated_label.setText(
            self.tr("Updated at {time}").format(time=warned.now.strftime("%H:%M")))
        self.refresh_button.setEnabled(True)
        self._update_count()
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.error_label.setText(message)
        self.error_label.show()
        self.refresh_button.setEnabled(True)
        self.refreshed.emit()

    def _show_holder(self) -> None:
        holder = self.holder
        unit = holder.unit or ""
        if holder.officer_id is None:
            text = self.tr("All the dossiers {unit} holds").format(unit=unit)
        elif unit:
            text = self.tr("Yours, and those of {unit} handed to no one").format(unit=unit)
        else:
            text = self.tr("Handed to you by name")
        self.holder_label.setText(text)

    def _show_banner(self, warned: step_warnings.Warnings) -> None:
        soon = warned.due_soon
        if not soon:
            self.banner.hide()
            return
        codes = ", ".join(w.code for w in soon[:BANNER_CODES])
        if len(soon) > BANNER_CODES:
            codes += ", …"
        self.banner.setText(self.tr(
            "<b>%n step(s) due within {hours} working hours:</b> {codes}", "",
            len(soon)).format(hours=warned.hours, codes=codes))
        self.banner.show()

    def _update_count(self) -> None:
        rows = [self.model.row_at(n) for n in range(self.model.rowCount())]
        overdue = sum(r.urgency == "overdue" for r in rows)
        today = sum(r.urgency == "due_today" for r in rows)
        self.count_label.setText(
            self.tr("%n dossier(s)", "", len(rows)) + " – "
            + self.tr("{overdue} overdue, {today} due today").format(overdue=overdue,
                                                                      today=today))

    def _due_tip(self, row: InboxRow) -> str:
        if row.step_due_at is None:
            return self.tr("The dossier's clock stands still (supplement or stop)")
        return ""

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        moment = metrics.horizontalAdvance("31/12/2026 00:00") + 14
        code = metrics.horizontalAdvance("000.00.00.H49-261231-0000") + 14
        bold = QFont(self.table.font())
        bold.setBold(True)
        urgency = max(QFontMetrics(bold).horizontalAdvance(name)
                      for name in self.urgency_names.values()) + 14
        # Names are cut with "…" and shown whole on hover; the procedure takes the rest.
        widths = (moment, urgency, code, 130, 0, 115, 110, 115, moment)
        for number, width in enumerate(widths):
            title = str(self.model.headerData(number, Qt.Horizontal))
            self.table.setColumnWidth(
                number, max(width, two_line_width(title, header.fontMetrics()) + 16))
        header.setFixedHeight(header.fontMetrics().lineSpacing() * 2 + 10)
        self.table.fit()

    # Rows and actions ----------------------------------------------------------------------

    def shown_codes(self) -> list[str]:
        return [self.model.row_at(n).code for n in range(self.model.rowCount())]

    def selected_row(self) -> InboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_code(self) -> str | None:
        row = self.selected_row()
        return row.code if row is not None else None

    def select_code(self, code: str) -> bool:
        codes = self.shown_codes()
        if code not in codes:
            return False
        index = self.model.index(codes.index(code), 0)
        self.table.selectionModel().setCurrentIndex(index, SELECT_ROW)
        self.table.scrollTo(index)
        return True

    def _update_actions(self, *_args) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        legal = allowed_events(row.status) if row is not None else frozenset()
        for kind, button in self.action_buttons.items():
            permission, _dialog = ACTIONS[kind]
            allowed = self._desk.user.may(permission)
            button.setVisible(allowed)
            button.setEnabled(allowed and kind in legal)

    def open_selected(self) -> DossierDialog | None:
        code = self.selected_code()
        if code is None:
            return None
        self.dialog = open_dossier_dialog(self._desk, code, self)
        if self.dialog is not None:
            # What was done in the dossier's window shows in the list.
            self.dialog.finished.connect(lambda _result: self.refresh())
        return self.dialog

    def open_action(self, kind: str) -> ActionDialog | None:
        """The action's dialog for the selected dossier, window-modal; the list refreshes
        once it went through (and form 02 opens in the preview, for the desk to print)."""
        code = self.selected_code()
        if code is None or not self.action_buttons[kind].isEnabled():
            return None
        try:
            detail = call(dossiers.show, self._desk, code)
        except UserError as error:
            warn(self, self.tr("My dossiers"), str(error), self.tr("OK"))
            self.refresh()
            return None
        dialog = ACTIONS[kind][1](self._desk, detail, self)
        dialog.accepted.connect(lambda: self._action_done(dialog))
        self.action_dialog = dialog
        dialog.open()
        # The dialogs' rows join after their buttons, which would take the cursor first.
        first = _first_field(dialog)
        if first is not None:
            first.setFocus()
        return dialog

    def _action_done(self, dialog: ActionDialog) -> None:
        self.refresh()
        answer = dialog.answer
        if isinstance(answer, lifecycle.ActionResult) and answer.kind == "supplement_requested":
            code = answer.code
            self.preview = PdfPreviewDialog(
                document_stem("supplement_request", code),
                lambda target, copies: letters.write_supplement_request(
                    self._desk, code, target, copies), self)
            self.preview.setWindowTitle(self.tr("Supplement request (form 02)") + " – " + code)
            self.preview.open()


def _first_field(dialog: ActionDialog) -> QWidget | None:
    for row in range(dialog.form.rowCount()):
        item = dialog.form.itemAt(row, QFormLayout.FieldRole)
        if item is not None and isinstance(item.widget(), (QLineEdit, QPlainTextEdit)):
            return item.widget()
    return None


def _background(row: InboxRow):
    return URGENCY_COLOURS.get(row.urgency)


def _tinted_text(row: InboxRow):
    return TINTED_TEXT if row.urgency in URGENCY_COLOURS else None


def _late_text(row: InboxRow):
    return LATE_TEXT if row.urgency == "overdue" else None


def _late_font(row: InboxRow):
    return BOLD if row.urgency in ("overdue", "due_today") else None
