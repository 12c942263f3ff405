"""The Intake page: receive a dossier at the counter, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.domain.catalog import DOCUMENT_FORMS, DocumentLine
from desk_app.domain.file_names import document_stem
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.text import fold, matches, visible
from desk_app.domain.validation import (
    ValidationError,
    clean_text,
    require_text,
    validate_citizen_id,
    validate_email,
    validate_phone,
    validate_tax_code,
)
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.reception import intake, intake_slips
from desk_app.services.reception.completeness import IncompleteDossier
from desk_app.services.reception.due_dates import due_date
from desk_app.services.rules import catalog
from desk_app.ui.counter.applicant_filler import ApplicantFiller
from desk_app.ui.counter.calendar_notice import EstimatedDaysNotice
from desk_app.ui.counter.incomplete_dialog import OVERRIDDEN, SUPPLEMENT, IncompleteDialog
from desk_app.ui.counter.intake_slip_dialog import IntakeSlipDialog
from desk_app.ui.counter.notice_consent import NoticeConsent
from desk_app.ui.dossiers.attachments_panel import AttachmentsPanel
from desk_app.ui.widgets.error_label import ERROR_STYLE, error_label
from desk_app.ui.widgets.field_checks import FieldChecks
from desk_app.ui.widgets.print_preview import PdfPreviewDialog, ReceiptPreviewDialog
from desk_app.ui.widgets.workers import call

DUE_FORMAT = "%H:%M %d/%m/%Y"
CHECK, NAME, FORM, COUNT = range(4)


def _field_of(error: Exception) -> str:
    """The field a service error names: ValidationError says it, UserError starts with it."""
    if isinstance(error, ValidationError):
        return error.field
    return str(error).split(":", 1)[0]


class IntakePage(QWidget):
    dossierReceived = Signal(str)

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._procedures: dict[str, catalog.ProcedureInfo] = {}
        self.procedure_code = ""
        self.preview: PdfPreviewDialog | None = None
        self.incomplete_dialog: IncompleteDialog | None = None

        self.procedure = QLineEdit()
        self.procedure.setPlaceholderText(
            self.tr("Type the procedure's code or name (diacritics optional)"))
        self.procedure.setClearButtonEnabled(True)
        self.procedure_model = QStringListModel(self)
        self.completer = QCompleter(self.procedure_model, self)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.procedure)
        self.completer.activated.connect(self._choose_text)
        self.procedure.textEdited.connect(self._filter_procedures)
        self.procedure.returnPressed.connect(self._choose_typed)
        self.procedure_name = QLabel()
        self.procedure_name.setWordWrap(True)
        self.appointment = QLabel()
        self.appointment.setStyleSheet("font-weight: bold;")
        self.calendar_notice = EstimatedDaysNotice()

        self.documents = QTableWidget(0, 4)
        self.documents.setHorizontalHeaderLabels(
            ["", self.tr("Document"), self.tr("Form"), self.tr("Count")])
        self.documents.verticalHeader().setVisible(False)
        # Long document names wrap onto two lines: rows grow to show them whole.
        self.documents.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documents.setTabKeyNavigation(False)
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        for column in (CHECK, FORM, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.add_document_button = QPushButton(self.tr("&Add document"))
        self.add_document_button.clicked.connect(self._add_empty_document)
        # Digitised copies per checklist row (issue 18), stored once the dossier is saved.
        self.attachments = AttachmentsPanel(desk, QSettings(), self)
        self.attachments.attached.connect(
            lambda row: self.documents.item(row, CHECK).setCheckState(Qt.Checked))
        self.documents.currentCellChanged.connect(
            lambda row, *_: self.attachments.select_document(row))

        self.applicant_kind = QComboBox()
        self.applicant_kind.addItem(self.tr("Person"), "person")
        self.applicant_kind.addItem(self.tr("Organisation"), "organisation")
        self.applicant_name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_label = QLabel()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notify = NoticeConsent(self.phone, self.email)
        self.address = QLineEdit()
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Direct"), "direct")
        self.channel.addItem(self.tr("Online"), "online")
        self.channel.addItem(self.tr("Postal"), "postal")
        self.delivery = QComboBox()
        self.delivery.addItem(self.tr("At the desk"), "desk")
        self.delivery.addItem(self.tr("By post"), "post")
        self.sets = QSpinBox()
        self.sets.setRange(1, 99)
        self.fee = QLineEdit()
        self.note = QLineEdit()
        self.applicant_kind.currentIndexChanged.connect(self._update_id_label)
        self.id_number.editingFinished.connect(
            lambda: self.attachments.offer_reuse(self.id_number.text(), self.procedure_code))
        self._update_id_label()

        self.error = error_label()
        # Bold at the counter: the clerk must see it before printing anything.
        self.error.setStyleSheet(f"{ERROR_STYLE} font-weight: bold;")
        self.save_button = QPushButton(self.tr("&Receive (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        # Letters, not the digits: Alt+2 and Alt+3 switch the main window's pages.
        self.supplement_button = QPushButton(self.tr("&Incomplete: form 02…"))
        self.supplement_button.clicked.connect(lambda: self.issue_slip("supplement_request"))
        self.refusal_button = QPushButton(self.tr("Ine&ligible: form 03…"))
        self.refusal_button.clicked.connect(lambda: self.issue_slip("refusal"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        self._lay_out()
        # Enter in the ID field: a CCCD's QR fills the applicant, a known ID recalls them.
        self.applicant_filler = ApplicantFiller(self, desk)
        self._watch_applicant_fields()
        self._procedures = {self._display(p): p
                            for p in catalog.list_procedures(desk, "")}
        self.procedure_model.setStringList(list(self._procedures))

    def _lay_out(self) -> None:
        procedure_box = QGroupBox(self.tr("Procedure"))
        procedure_form = QFormLayout(procedure_box)
        procedure_form.addRow(self.tr("&Procedure:"), self.procedure)
        procedure_form.addRow("", self.procedure_name)
        procedure_form.addRow(self.tr("Appointment:"), self.appointment)
        procedure_form.addRow("", self.calendar_notice)
        documents_box = QGroupBox(self.tr("Documents received"))
        documents_layout = QVBoxLayout(documents_box)
        # The checklist before the scans' panel when the window has room to share.
        documents_layout.addWidget(self.documents, 2)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_document_button)
        add_row.addStretch()
        documents_layout.addLayout(add_row)
        documents_layout.addWidget(self.attachments, 1)
        applicant_box = QGroupBox(self.tr("Applicant"))
        applicant_form = QFormLayout(applicant_box)
        applicant_form.addRow(self.tr("&Kind:"), self.applicant_kind)
        applicant_form.addRow(self.tr("&Name:"), self.applicant_name)
        applicant_form.addRow(self.id_label, self.id_number)
        self.id_label.setBuddy(self.id_number)
        applicant_form.addRow(self.tr("P&hone:"), self.phone)
        applicant_form.addRow(self.tr("&Email:"), self.email)
        applicant_form.addRow(self.tr("A&ddress:"), self.address)
        applicant_form.addRow(self.tr("Not&ices by:"), self.notify)
        dossier_box = QGroupBox(self.tr("Dossier"))
        dossier_form = QFormLayout(dossier_box)
        dossier_form.addRow(self.tr("&Channel:"), self.channel)
        dossier_form.addRow(self.tr("Result &delivery:"), self.delivery)
        dossier_form.addRow(self.tr("&Sets:"), self.sets)
        dossier_form.addRow(self.tr("&Fee:"), self.fee)
        dossier_form.addRow(self.tr("N&ote:"), self.note)
        right = QVBoxLayout()
        right.addWidget(applicant_box)
        right.addWidget(dossier_box)
        right.addStretch()
        left = QVBoxLayout()
        left.addWidget(procedure_box)
        left.addWidget(documents_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.supplement_button)
        bottom.addWidget(self.refusal_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        order = [self.procedure, self.documents, self.add_document_button, self.applicant_kind,
                 self.applicant_name, self.id_number, self.phone, self.email, self.address,
                 *self.notify.boxes.values(), self.channel, self.delivery, self.sets, self.fee,
                 self.note, self.save_button,
                 self.supplement_button, self.refusal_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _watch_applicant_fields(self) -> None:
        """The applicant's fields checked as the clerk leaves each, by the intake's rules."""
        self.checks = FieldChecks(self)
        self.checks.watch(self.applicant_name,
                          lambda text: require_text(visible(text), "Họ tên người nộp"))
        self.checks.watch(self.id_number, lambda text: (
            validate_citizen_id(text) if self.applicant_kind.currentData() == "person"
            else validate_tax_code(text)))
        self.checks.watch(self.phone, validate_phone)
        self.checks.watch(self.email, validate_email)
        self.checks.watch(self.address,
                          lambda text: clean_text(visible(text), "Địa chỉ", max_length=500))
        self.applicant_kind.currentIndexChanged.connect(
            lambda _index: self.checks.check(self.id_number))

    @staticmethod
    def _display(procedure: catalog.ProcedureInfo) -> str:
        return f"{procedure.code} — {procedure.name}"

    def _matching(self, text: str) -> list[str]:
        """Procedures matching every typed word; those holding the words as one phrase, then
        the shortest names, first ("dang ky khai sinh" puts the plain birth registration on
        top)."""
        phrase = fold(text)
        found = [(shown, p) for shown, p in self._procedures.items()
                 if matches(text, p.code, p.name)]
        found.sort(key=lambda item: (phrase not in fold(item[0]), len(item[1].name)))
        return [shown for shown, _ in found]

    def _filter_procedures(self, text: str) -> None:
        self.procedure_model.setStringList(self._matching(text))
        if text.strip() and self.procedure_model.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _choose_typed(self) -> None:
        """Enter in the picker: the text as chosen, or the first procedure that matches it."""
        text = self.procedure.text()
        if text in self._procedures:
            self._choose_text(text)
        elif text.strip() and (found := self._matching(text)):
            self._choose_text(found[0])

    def _choose_text(self, shown: str) -> None:
        procedure = self._procedures[shown]
        self.completer.popup().hide()
        self.procedure.setText(shown)
        self.procedure_code = procedure.code
        self.procedure_name.setText(procedure.name)
        self.fee.setText(procedure.fee)
        self.documents.setRowCount(0)
        for document in procedure.documents:
            self._add_document(document.name, document.form, document.count,
                               listed_optional=document.optional)
        self._show_appointment()
        self._documents_changed()
        self.documents.setFocus()
        if self.documents.rowCount():
            self.documents.setCurrentCell(0, CHECK)

    def _show_appointment(self) -> None:
        try:
            answer = due_date(self._desk, self.procedure_code, config.now())
        except UserError as exc:
            self.appointment.setText(str(exc))
            self.appointment.setToolTip("")
            self.calendar_notice.clear()
            return
        self.appointment.setText(answer.due_at.strftime(DUE_FORMAT))
        self.appointment.setToolTip(answer.explanation)
        self.calendar_notice.show_for(self._desk, answer.received_at, answer.due_at)

    def _add_document(self, name: str, form: str, count: int,
                      listed_optional: bool | None = None) -> None:
        """A row of the checklist: `listed_optional` None for a paper the clerk adds (its
        name typed, ticked), else the catalogue's paper, ticked when required and named as
        the catalogue names it (the service matches the required ones by name)."""
        row = self.documents.rowCount()
        self.documents.insertRow(row)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        check.setCheckState(Qt.Unchecked if listed_optional else Qt.Checked)
        check.setData(Qt.UserRole, bool(listed_optional))
        self.documents.setItem(row, CHECK, check)
        name_item = QTableWidgetItem(name)
        if listed_optional is not None:
            name_item.setFlags(name_item.flags() & ~Qt.ItemIsEditable)
            font = name_item.font()
            font.setItalic(listed_optional)
            name_item.setFont(font)
            name_item.setToolTip(self.tr("Optional: tick it only when handed in")
                                 if listed_optional
                                 else self.tr("Required: without it the dossier is not "
                                              "received"))
        self.documents.setItem(row, NAME, name_item)
        forms = QComboBox()
        forms.addItems(list(DOCUMENT_FORMS) if form in DOCUMENT_FORMS
                       else [form, *DOCUMENT_FORMS])
        forms.setCurrentText(form)
        self.documents.setCellWidget(row, FORM, forms)
        spin = QSpinBox()
        spin.setRange(1, 999)
        spin.setValue(count)
        self.documents.setCellWidget(row, COUNT, spin)

    def _add_empty_document(self) -> None:
        self._add_document("", DOCUMENT_FORMS[0], 1)
        self._documents_changed()
        row = self.documents.rowCount() - 1
        self.documents.setCurrentCell(row, NAME)
        self.documents.setFocus()
        self.documents.editItem(self.documents.item(row, NAME))

    def _documents_changed(self) -> None:
        self.attachments.set_documents([self.documents.item(row, NAME).text()
                                        for row in range(self.documents.rowCount())])
        self.attachments.offer_reuse(self.id_number.text(), self.procedure_code)

    def _update_id_label(self) -> None:
        person = self.applicant_kind.currentData() == "person"
        self.id_label.setText(self.tr("C&CCD number:") if person else self.tr("&Tax code:"))

    def checked_documents(self) -> tuple[DocumentLine, ...]:
        return tuple(
            DocumentLine(self.documents.item(row, NAME).text(),
                         self.documents.cellWidget(row, FORM).currentText(),
                         self.documents.cellWidget(row, COUNT).value())
            for row in range(self.documents.rowCount())
            if self.documents.item(row, CHECK).checkState() == Qt.Checked
        )

    def request(self) -> IntakeRequest:
        return IntakeRequest(
            procedure_code=self.procedure_code,
            applicant_name=self.applicant_name.text(),
            applicant_kind=self.applicant_kind.currentData(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            channel=self.channel.currentData(),
            delivery=self.delivery.currentData(),
            sets=self.sets.value(),
            fee=self.fee.text(),
            note=self.note.text(),
            documents=self.checked_documents(),
            notify=self.notify.channels(),
        )

    def save(self) -> None:
        failing = self.checks.check_all()
        if failing:
            self._show_error(self.checks.errors[failing[0]])
            return
        request = self.request()
        try:
            received = call(intake.receive, self._desk, request)
        except IncompleteDossier as exc:
            self._offer_completion(request, exc.missing)
            return
        except (ValidationError, UserError, DatabaseBusy) as exc:
            self._show_error(exc)
            return
        self._received(received)

    def _offer_completion(self, request: IntakeRequest, missing: list[str]) -> None:
        """Required papers missing: form 02, or a supervisor's override, or back."""
        self.error.hide()
        dialog = IncompleteDialog(
            self._desk, missing,
            lambda override: call(intake.receive, self._desk, request, override=override),
            self)
        dialog.finished.connect(lambda result: self._completion_chosen(dialog, result))
        self.incomplete_dialog = dialog
        dialog.open()

    def _completion_chosen(self, dialog: IncompleteDialog, result: int) -> None:
        if result == SUPPLEMENT:
            self.issue_slip("supplement_request")
        elif result == OVERRIDDEN:
            self._received(dialog.received)
        else:
            # Back to the checklist, even where no window manager hands the focus back.
            self.window().activateWindow()
            self.documents.setFocus()

    def _received(self, received: intake.ReceivedDossier) -> None:
        checked = [row for row in range(self.documents.rowCount())
                   if self.documents.item(row, CHECK).checkState() == Qt.Checked]
        problems = self.attachments.commit(
            received.code, {row: position for position, row in enumerate(checked, start=1)})
        self.clear()
        if problems:
            self._show_error(UserError("; ".join(problems)))
        self.dossierReceived.emit(received.code)
        self.preview = ReceiptPreviewDialog(self._desk, received.code, self)
        # Back at the counter after the preview, the window's shortcuts (F2, Alt+N) must work
        # even where no window manager hands the focus back.
        self.preview.finished.connect(self.window().activateWindow)
        self.preview.open()

    def unchecked_documents(self) -> list[str]:
        """The required papers not ticked (an optional one left out is no fault)."""
        return [self.documents.item(row, NAME).text()
                for row in range(self.documents.rowCount())
                if self.documents.item(row, CHECK).checkState() != Qt.Checked
                and not self.documents.item(row, CHECK).data(Qt.UserRole)]

    def issue_slip(self, kind: str) -> IntakeSlipDialog | None:
        """Form 02 (suggesting the unticked documents as missing) or 03 instead of receiving;
        the issued slip opens in the preview."""
        if not self.procedure_code:
            self._show_error(UserError(self.tr("Procedure: choose the procedure first")))
            return None
        self.error.hide()
        suggested = ([f"{name}: " for name in self.unchecked_documents()]
                     if kind == "supplement_request" else [])
        dialog = IntakeSlipDialog(self._desk, kind, self.request(), suggested, self)
        dialog.accepted.connect(lambda: self._preview_slip(dialog.issued))
        dialog.open()
        return dialog

    def _preview_slip(self, issued: intake_slips.IssuedSlip) -> None:
        number = f"{issued.number}/{issued.year}"
        self.preview = PdfPreviewDialog(
            document_stem(issued.kind, number),
            lambda target, copies: intake_slips.write_slip(self._desk, issued.letter_id, target,
                                                           copies),
            self,
        )
        self.preview.finished.connect(self.window().activateWindow)
        self.preview.open()

    def _show_error(self, error: Exception) -> None:
        self.error.setText(str(error))
        self.error.show()
        field = _field_of(error)
        widgets = {
            "Thủ tục": self.procedure, "Mã thủ tục": self.procedure,
            "Loại người nộp": self.applicant_kind, "Họ tên người nộp": self.applicant_name,
            "Số CCCD": self.id_number, "Mã số thuế": self.id_number,
            "Số điện thoại": self.phone, "Email": self.email,
            "Số bộ hồ sơ": self.sets, "Hình thức nộp": self.channel,
            "Nơi nhận kết quả": self.delivery, "Nhận thông báo qua": self.notify,
        }
        if field in widgets:
            widgets[field].setFocus()
        elif "giấy tờ thứ" in field.lower():
            self.documents.setFocus()
            row = int(field.rsplit(" ", 1)[1]) - 1
            self.documents.setCurrentCell(row, NAME)

    def showEvent(self, event) -> None:
        # Arriving at the counter page, the clerk types the procedure straight away.
        super().showEvent(event)
        if not self.procedure_code:
            self.procedure.setFocus()

    def clear(self) -> None:
        for edit in (self.procedure, self.applicant_name, self.id_number, self.phone,
                     self.email, self.address, self.fee, self.note):
            edit.clear()
        self.procedure_code = ""
        self.procedure_name.clear()
        self.appointment.clear()
        self.calendar_notice.clear()
        self.appointment.setToolTip("")
        self.documents.setRowCount(0)
        for combo in (self.applicant_kind, self.channel, self.delivery):
            combo.setCurrentIndex(0)
        self.sets.setValue(1)
        self.notify.clear()
        self.attachments.clear()
        self.error.hide()
        self.checks.clear_all()
        self.procedure_model.setStringList(list(self._procedures))
        self.procedure.setFocus()
