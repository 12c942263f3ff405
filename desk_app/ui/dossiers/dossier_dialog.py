"""One dossier's whole story: its fields, documents and events, the actions its state allows
(each in a small dialog, then its form in the preview), and its forms as PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.file_names import document_file_name, document_stem
from desk_app.domain.intake import CHANNEL_NAMES_VI, DELIVERY_NAMES_VI
from desk_app.domain.lifecycle import EVENT_NAMES_VI, STATUS_NAMES_VI, allowed_events
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.notices import outbox
from desk_app.services.processing import decree_clocks, letters, lifecycle
from desk_app.services.reception import receipts
from desk_app.ui.dossiers.apology_dialog import ApologyDialog
from desk_app.ui.dossiers.attachments_panel import AttachmentsPanel
from desk_app.ui.dossiers.control_sheet_preview import open_control_sheet
from desk_app.ui.dossiers.decree_dialogs import DECREE_DIALOGS, clocks_text
from desk_app.ui.dossiers.lifecycle_dialogs import DIALOGS, ActionDialog, ReturnDialog, StopDialog
from desk_app.ui.dossiers.notices_view import ConsentEditor, notices_model
from desk_app.ui.dossiers.rating_view import RatingView, open_rating_view
from desk_app.ui.dossiers.result_slip import SLIP_STATUSES, open_result_slip
from desk_app.ui.dossiers.steps_view import StepsView
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.print_preview import PdfPreviewDialog
from desk_app.ui.widgets.save_chooser import ask_save_path, confirm_saved
from desk_app.ui.widgets.screen_fit import resize_to_fit
from desk_app.ui.widgets.table_model import Column, RowsModel, read_only_table

WARNING_STYLE = ("QLabel { background: #c62828; color: white; font-weight: bold; "
                 "padding: 8px; border-radius: 3px; }")
# The order a dossier's life goes through, for the action buttons (two rows).
ACTIONS = ("transferred", "supplement_requested", "supplement_received", "stopped", "resumed",
           "result_ready", "refused", "returned", "withdrawn", "apology_issued",
           "lateness_notice", "closed")
ACTION_COLUMNS = 6
# The letter an action issues: (letter kind, service writing its latest PDF, file name part).
PRINTED_BY = {
    "supplement_requested": ("supplement_request", letters.write_supplement_request),
    "refused": ("refusal", letters.write_refusal),
    "stopped": ("stop_notice", letters.write_stop_notice),
    "closed": ("closing_notice", decree_clocks.write_closing_notice),
}


def _table(model: RowsModel) -> QTableView:
    table = read_only_table(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return table


class DossierDialog(QDialog):
    """Raises `NotFound` (from the service) when there is no dossier with this code.

    Without an `actor` (no one logged in) the dossier can be read but not acted on.
    `changed` is emitted after each action, for the lists that show the dossier.
    """

    changed = Signal()

    def __init__(self, desk: Desk, code: str, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.action_dialog: QDialog | None = None
        self.preview: QDialog | None = None
        self.saved_notice: QDialog | None = None
        self._read(code)
        row = self.detail.row
        self.setWindowTitle(self.tr("Dossier %1").replace("%1", row.code))
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.documents_model = RowsModel([
            Column(self.tr("Document"), lambda d: d.name, lambda d: d.name),
            Column(self.tr("Form"), lambda d: d.form),
            Column(self.tr("Count"), lambda d: d.count),
        ], self)
        self.documents_model.set_rows(self.detail.documents)
        self.events_model = RowsModel([
            Column(self.tr("Time"), lambda e: format_moment(e.at)),
            Column(self.tr("Event"), lambda e: EVENT_NAMES_VI.get(e.kind, e.kind)),
            Column(self.tr("By"), lambda e: e.actor),
            Column(self.tr("Unit"), lambda e: e.unit),
            Column(self.tr("Note"), self._event_note, self._event_note),
        ], self)
        self.events_model.set_rows(self.detail.events)
        self.documents_table = _table(self.documents_model)
        self.documents_table.horizontalHeader().setStretchLastSection(False)
        self.documents_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.events_table = _table(self.events_model)
        self.notices_model = notices_model(self)
        self.notices_model.set_rows(self._notices(row.code))
        self.notices_table = _table(self.notices_model)
        # Digitised copies and the result, with their signatures (issue 18).
        self.attachments = AttachmentsPanel(desk, QSettings(), self)
        self.attachments.show_dossier(code, [d.name for d in self.detail.documents])

        self.steps = StepsView(desk, self)
        self.steps.show_dossier(code)

        self.receipt_button = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(self._fields())
        # Decree 118's clocks beside the due date (acceptance, supplements, lateness notice).
        self.clocks_label = QLabel()
        self.clocks_label.setWordWrap(True)
        self.clocks_label.setStyleSheet("QLabel { color: #b71c1c; }")
        layout.addWidget(self.clocks_label)
        self._show_clocks()
        layout.addLayout(self._action_buttons())
        # One part at a time: the four together do not fit a 1366×768 counter screen.
        self.parts = QTabWidget()
        self.parts.addTab(self.documents_table, self.tr("Documents"))
        self.parts.addTab(self.attachments, self.tr("Digitised copies"))
        self.parts.addTab(self.events_table, self.tr("History"))
        self.parts.addTab(self.steps, self.tr("Steps"))
        self.parts.addTab(self._notices_part(row.code), self.tr("Notices to the applicant"))
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.button_box)
        self._update_actions()
        resize_to_fit(self, 980, 700)

    def _event_note(self, event: dossiers.EventInfo) -> str:
        """The note, after what the event's data says a clerk needs to see at a glance."""
        data = event.data
        parts = []
        if event.kind == "transferred" and data.get("receiver"):
            parts.append(self.tr("%1 → %2").replace("%1", data.get("giver", ""))
                         .replace("%2", data["receiver"]))
        elif event.kind == "returned" and data.get("by_post"):
            parts.append(self.tr("by post, tracking number %1").replace(
                "%1", data.get("tracking_number", "")))
        elif event.kind == "returned" and data.get("collector_name"):
            parts.append(self.tr("collected by %1 (ID %2)")
                         .replace("%1", data["collector_name"])
                         .replace("%2", data.get("collector_id", "")))
        elif event.kind == "result_ready" and "valid_until" in data:
            parts.append(self.tr("no time limit") if not data["valid_until"] else
                         self.tr("valid until %1").replace(
                             "%1", f"{date.fromisoformat(data['valid_until']):%d/%m/%Y}"))
        elif data.get("letter_id"):
            parts.append(self.tr("letter no. %1").replace("%1", str(data.get("number", ""))))
        if event.note:
            parts.append(event.note)
        return " · ".join(parts)

    # -- fields --------------------------------------------------------------------------------

    def _field_values(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        detail, row = self.detail, self.detail.row
        contacts = " · ".join(v for v in (detail.phone, detail.email) if v)
        register = (f"{detail.register_book} / {detail.register_number}"
                    if detail.register_number is not None else detail.register_book)
        left = [
            (self.tr("Code"), row.code),
            (self.tr("Procedure"), f"{row.procedure_code} – {row.procedure_name}"),
            (self.tr("Applicant"), row.applicant_name),
            (self.tr("ID number"), detail.id_number),
            (self.tr("Contacts"), contacts),
            (self.tr("Address"), detail.address),
        ]
        right = [
            (self.tr("Channel"), CHANNEL_NAMES_VI.get(row.channel, row.channel)),
            (self.tr("Delivery"), DELIVERY_NAMES_VI.get(detail.delivery, detail.delivery)),
            (self.tr("Received"), format_moment(row.received_at)),
            (self.tr("Due"), format_moment(row.due_at) or self.tr("paused, no due date")),
            (self.tr("Status"), STATUS_NAMES_VI.get(row.status, row.status)),
            (self.tr("Unit"), row.unit),
            (self.tr("Register book / number"), register),
            (self.tr("Apology"), self._apology_text()),
        ]
        return left, right

    def _apology_text(self) -> str:
        status = self.apology
        if not status.apologies:
            return self.tr("none")
        if status.new_due_at is None:
            return self.tr("%1 (errors, no new appointment)").replace(
                "%1", status.latest_number_text)
        states = {
            "pending": self.tr("not yet due"),
            "kept": self.tr("kept"),
            "missed": self.tr("missed"),
            "withdrawn": self.tr("dossier withdrawn"),
        }
        return (self.tr("%1, new appointment %2: %3")
                .replace("%1", status.latest_number_text)
                .replace("%2", format_moment(status.new_due_at))
                .replace("%3", states.get(status.state, status.state)))

    def _fields(self) -> QHBoxLayout:
        self.field_labels: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        for fields in self._field_values():
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            for title, value in fields:
                label = QLabel(value)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextSelectableByMouse)
                form.addRow(title + ":", label)
                self.field_labels[title] = label
            columns.addLayout(form, 1)
        self.field_labels[self.tr("Due")].setToolTip(self.detail.explanation)
        self.field_labels[self.tr("Apology")].setToolTip(
            self.tr("A new appointment does not change the due date: lateness still counts "
                    "against the receipt's appointment"))
        return columns

    # -- actions -------------------------------------------------------------------------------

    def _action_buttons(self) -> QGridLayout:
        titles = {
            "transferred": self.tr("&Hand over…"),
            "supplement_requested": self.tr("Request &supplements…"),
            "supplement_received": self.tr("Supplement re&ceived…"),
            "stopped": self.tr("S&top…"),
            "resumed": self.tr("Res&ume…"),
            "result_ready": self.tr("Result read&y…"),
            "refused": self.tr("Re&fuse…"),
            "returned": self.tr("&Return result…"),
            "withdrawn": self.tr("&Withdraw…"),
            "apology_issued": self.tr("&Apology letter…"),
            "lateness_notice": self.tr("&Lateness notice…"),
            "closed": self.tr("Close (no supplements)…"),
        }
        grid = QGridLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for index, kind in enumerate(ACTIONS):
            button = QPushButton(titles[kind])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self.open_action(k))
            grid.addWidget(button, index // ACTION_COLUMNS, index % ACTION_COLUMNS)
            self.action_buttons[kind] = button
        return grid

    def _update_actions(self) -> None:
        """Only what the state allows, and what the user's role may do, is enabled."""
        legal = allowed_events(self.detail.row.status)
        actor = self._desk.actor
        for kind, button in self.action_buttons.items():
            permission = lifecycle.PERMISSION_FOR.get(kind, "dossier.process")
            if kind == "supplement_received" and actor is not None and actor.may(
                    "dossier.receive"):
                permission = "dossier.receive"
            allowed = actor is not None and actor.may(permission)
            button.setEnabled(kind in legal and allowed)
            if actor is None:
                button.setToolTip(self.tr("Log in to act on the dossier"))
            elif not allowed:
                button.setToolTip(self.tr("Your role may not do this"))
            elif kind not in legal:
                button.setToolTip(self.tr("Not possible in the dossier's present state"))
            else:
                button.setToolTip("")
        for kind, action in self.form_actions.items():
            action.setEnabled(kind in self._letters)
        self.result_slip_action.setEnabled(self.detail.row.status in SLIP_STATUSES)

    def open_action(self, kind: str) -> QDialog | None:
        """The dialog of that action, window-modal; on success the dialog refreshes and the
        form the action issued opens in the preview."""
        if self._desk.actor is None:
            return None
        if kind == "apology_issued":
            dialog = ApologyDialog(self._desk, self.detail.row.code, self)
            dialog.accepted.connect(self.refresh)
        else:
            dialog_class = DIALOGS.get(kind) or DECREE_DIALOGS[kind]
            if dialog_class is StopDialog:
                dialog = StopDialog(self._desk, self.detail, self,
                                    letters.last_signer(self._desk))
            else:
                dialog = dialog_class(self._desk, self.detail, self)
            dialog.accepted.connect(lambda: self._action_done(dialog))
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _action_done(self, dialog: ActionDialog) -> None:
        self.refresh()
        if not isinstance(dialog.answer, lifecycle.ActionResult):
            return
        if dialog.answer.kind in PRINTED_BY:
            self.preview_form(dialog.answer.kind)
        elif isinstance(dialog, ReturnDialog):
            self.rating_view = rate_if_collected(dialog, self, self._desk)

    def preview_form(self, action: str) -> PdfPreviewDialog:
        """The latest form that `action` issued (02, 03 or 05), in the preview."""
        document, writer = PRINTED_BY[action]
        code = self.detail.row.code
        preview = PdfPreviewDialog(
            document_stem(document, code),
            lambda target, copies: writer(self._desk, code, target, copies), self)
        preview.setWindowTitle(self.form_actions_titles[action] + " – " + code)
        self.preview = preview
        preview.open()
        return preview

    def preview_apology(self) -> PdfPreviewDialog:
        """The dossier's latest apology letter in the preview."""
        code = self.detail.row.code
        letter_id = letters.latest_letter_id(self._desk, code, "apology")
        preview = PdfPreviewDialog(
            document_stem("apology", code),
            lambda target, copies: letters.write_apology_pdf(self._desk, letter_id, target,
                                                             copies),
            self)
        preview.setWindowTitle(self.tr("Apology letter") + " – " + code)
        self.preview = preview
        preview.open()
        return preview

    def _read(self, code: str) -> None:
        view = letters.dossier_view(self._desk, code)
        self.detail, self.apology, self._letters = view.detail, view.apology, view.letters

    def _notices_part(self, code: str) -> QWidget:
        """The notices sent, and (for whoever is logged in) the consent to change."""
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self.consent: ConsentEditor | None = None
        if self._desk.actor is not None:
            self.consent = ConsentEditor(self._desk, code, part)
            layout.addWidget(self.consent)
        layout.addWidget(self.notices_table, 1)
        return part

    def _notices(self, code: str) -> list:
        # Read without anyone logged in (the window only shows), there is no one to ask for
        # the applicant's contacts.
        return outbox.dossier_notices(self._desk, code) if self._desk.actor is not None else []

    def refresh(self) -> None:
        """Read the dossier again after a change."""
        self._read(self.detail.row.code)
        for fields in self._field_values():
            for title, value in fields:
                self.field_labels[title].setText(value)
        self.field_labels[self.tr("Due")].setToolTip(self.detail.explanation)
        self.documents_model.set_rows(self.detail.documents)
        self.events_model.set_rows(self.detail.events)
        self.steps.show_dossier(self.detail.row.code)
        self.notices_model.set_rows(self._notices(self.detail.row.code))
        self._show_clocks()
        self._update_actions()
        self.changed.emit()

    def _show_clocks(self) -> None:
        text = clocks_text(decree_clocks.dossier_clocks(self._desk, self.detail.row.code))
        self.clocks_label.setText(text)
        self.clocks_label.setVisible(bool(text))

    # -- forms ---------------------------------------------------------------------------------

    def _buttons(self):
        self.button_box = QDialogButtonBox()
        receipt = self.button_box.addButton(self.tr("Receipt (PDF)…"),
                                            QDialogButtonBox.ActionRole)
        forms = self.button_box.addButton(self.tr("F&orms"), QDialogButtonBox.ActionRole)
        close = self.button_box.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        close.setDefault(True)
        receipt.clicked.connect(self.choose_receipt_file)
        self.button_box.rejected.connect(self.reject)
        self.forms_menu = QMenu(self)
        self.form_actions_titles = {
            "supplement_requested": self.tr("Request for supplements (form 02)"),
            "refused": self.tr("Refusal (form 03)"),
            "stopped": self.tr("Stop notice (form 05)"),
            "closed": self.tr("Closing notice"),
        }
        control_sheet = self.forms_menu.addAction(self.tr("Control sheet…"))
        control_sheet.triggered.connect(self.preview_control_sheet)
        self.form_actions = {}
        for action, title in self.form_actions_titles.items():
            entry = self.forms_menu.addAction(title + "…")
            entry.triggered.connect(lambda _=False, a=action: self.preview_form(a))
            self.form_actions[PRINTED_BY[action][0]] = entry
        apology = self.forms_menu.addAction(self.tr("Apology letter (form 04)…"))
        apology.triggered.connect(self.preview_apology)
        self.form_actions["apology"] = apology
        self.result_slip_action = self.forms_menu.addAction(
            self.tr("Result hand-over slip…"))
        self.result_slip_action.triggered.connect(self.preview_result_slip)
        forms.setMenu(self.forms_menu)
        return receipt

    def preview_result_slip(self) -> PdfPreviewDialog:
        self.preview = open_result_slip(self, self._desk, self.detail.row.code)
        return self.preview

    def preview_control_sheet(self) -> QDialog:
        self.preview = open_control_sheet(self, self._desk, self.detail.row.code)
        return self.preview

    def show_forgery_warning(self) -> None:
        self.warning.setText(
            self.tr("The QR code does not verify — the receipt may be forged"))
        self.warning.show()

    def show_unverifiable_warning(self) -> None:
        self.warning.setText(self.tr(
            "The QR code cannot be verified: its check part is missing or cut off — "
            "compare the receipt with the dossier"))
        self.warning.show()

    def choose_receipt_file(self) -> None:
        path = ask_save_path(self, self.tr("Save the receipt"), self.tr("PDF files (*.pdf)"),
                             document_file_name("receipt", self.detail.row.code))
        if path and self.save_receipt(path):
            self.saved_notice = confirm_saved(self, path)

    def save_receipt(self, path: str | Path) -> bool:
        """Writes the receipt (about a tenth of a second: a busy cursor, no worker)."""
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            receipts.write_receipt(self._desk, self.detail.row.code, Path(path))
        except (UserError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            self._warn(str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Receipt"), message,
                          QMessageBox.NoButton, self)
        box.addButton(self.tr("OK"), QMessageBox.AcceptRole)
        box.exec()


def rate_if_collected(dialog: ReturnDialog, parent: QWidget, desk: Desk) -> RatingView | None:
    """After an accepted return: a result handed over at the counter (not posted) is rated by
    the citizen on the screen facing them; None when it went by post."""
    if dialog.answer is None or dialog.by_post.isChecked():
        return None
    return open_rating_view(parent.window(), desk, dialog.answer.code)


def open_dossier_dialog(desk: Desk, code: str, parent: QWidget) -> DossierDialog | None:
    """Shows the dossier, not modal (a clerk may compare two); a warning box when there is no
    such dossier (any more)."""
    try:
        dialog = DossierDialog(desk, code, parent)
    except UserError as error:
        box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("DossierDialog",
                                                                          "Dossier"),
                          str(error), QMessageBox.NoButton, parent)
        box.addButton(QCoreApplication.translate("DossierDialog", "OK"), QMessageBox.AcceptRole)
        box.exec()
        return None
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog
