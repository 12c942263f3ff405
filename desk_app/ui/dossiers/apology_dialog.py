"""The apology letter (form 04) of one dossier: a late result (its reason and a new
appointment, suggested from the calendar), errors (the common kinds ticked, others typed), the
unit that apologises (the one whose step overran most, editable), the signer; once issued,
the letter as a PDF to print or an editable Word document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desk_app.domain.apology import COMMON_ERRORS, EXTENSION_WORKING_DAYS
from desk_app.domain.file_names import document_file_name, document_stem
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.processing import decree_clocks, letters
from desk_app.ui.dossiers.lifecycle_dialogs import (
    DEFAULT_AUTHORITY,
    DEFAULT_TITLE,
    LinesEdit,
    SignerFields,
)
from desk_app.ui.widgets.error_label import ERROR_STYLE
from desk_app.ui.widgets.field_checks import grow_to_fit
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.print_preview import PdfPreviewDialog
from desk_app.ui.widgets.save_chooser import ask_save_path, confirm_saved
from desk_app.ui.widgets.screen_fit import resize_to_fit
from desk_app.ui.widgets.workers import call

DATE_FORMAT = "dd/MM/yyyy HH:mm"


def signer_for(desk: Desk) -> tuple[str, ...]:
    """The leader logged in signs the letter: their name, with the titles of their own last
    apology, else those of a deputy signing for the director."""
    last = letters.last_signer(desk)
    name = desk.user.full_name
    if not name or (last and last[-1] == name):
        return last
    return (DEFAULT_AUTHORITY, DEFAULT_TITLE, name)


class ApologyDialog(QDialog):
    """Accepted once a letter was issued (whatever was printed or saved after), rejected
    otherwise. Raises the service's NotFound when there is no such dossier."""

    def __init__(self, desk: Desk, code: str, parent=None):
        super().__init__(parent)
        self._desk, self._code = desk, code
        self.issued: letters.IssuedApology | None = None
        self.preview: PdfPreviewDialog | None = None
        self.saved_notice: QDialog | None = None
        detail = dossiers.show(desk, code)
        status = letters.apology_status(desk, code)
        self._second_extension = status.extensions >= 1
        self.setWindowTitle(self.tr("Apology letter (form 04) – %1").replace("%1", code))

        summary = QLabel(self.tr("<b>%1</b> – %2<br>Received %3 · due %4")
                         .replace("%1", code).replace("%2", detail.row.applicant_name)
                         .replace("%3", format_moment(detail.row.received_at))
                         .replace("%4", format_moment(detail.row.due_at) or "–"))
        summary.setTextFormat(Qt.RichText)
        previous = QLabel()
        previous.setWordWrap(True)
        if status.apologies:
            previous.setText(self.tr("Already issued: %1 letter(s), the latest %2; new "
                                     "appointment %3.")
                             .replace("%1", str(status.apologies))
                             .replace("%2", status.latest_number_text)
                             .replace("%3", format_moment(status.new_due_at) or "–"))
        else:
            previous.hide()

        self.late = QCheckBox(self.tr("The result is late"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the result is late"))
        self.new_appointment = QCheckBox(self.tr("New appointment:"))
        self.new_date = QDateTimeEdit()
        self.new_date.setDisplayFormat(DATE_FORMAT)
        self.new_date.setCalendarPopup(True)
        suggested = letters.suggest_new_date(desk, code)
        self.new_date.setDateTime(QDateTime(suggested))
        # Decree 118 Art. 19(6): the unit's notice gives the reason and the proposed date.
        notice = decree_clocks.apology_defaults(desk, code)
        if notice is not None:
            self.reason.setText(notice.reason)
            self.new_date.setDateTime(QDateTime(notice.proposed_due_at))
        self.new_date.setToolTip(self.tr("Suggested: %n working day(s) after the later of now "
                                         "and the appointment it replaces", "",
                                         EXTENSION_WORKING_DAYS))
        delay = QGroupBox(self.tr("Delay"))
        delay_form = QFormLayout(delay)
        delay_form.addRow(self.late)
        delay_form.addRow(self.tr("Reason:"), self.reason)
        appointment = QHBoxLayout()
        appointment.addWidget(self.new_appointment)
        appointment.addWidget(self.new_date)
        appointment.addStretch(1)
        delay_form.addRow(appointment)

        errors = QGroupBox(self.tr("Errors (sai sót)"))
        errors_layout = QVBoxLayout(errors)
        # The ticked lines are printed as they stand, hence in Vietnamese.
        self.error_checks = [QCheckBox(text) for text in COMMON_ERRORS]
        for check in self.error_checks:
            errors_layout.addWidget(check)
        self.other_errors = LinesEdit()
        self.other_errors.setPlaceholderText(self.tr("Other errors, one per line"))
        self.other_errors.setMaximumHeight(70)
        errors_layout.addWidget(self.other_errors)

        self.issuing_unit = QLineEdit(letters.apology_unit(desk, code))
        self.issuing_unit.setToolTip(self.tr("The unit that caused the delay makes the apology: "
                                             "by default the one whose step overran most"))
        self.signer = SignerFields(signer_for(desk))
        self.confirmation = QLineEdit()
        self.confirmation.setPlaceholderText(
            self.tr("Why the leader agrees to extend a second time"))
        signing = QFormLayout()
        # The confirmation's label is long: the fields go under their labels when needed.
        signing.setRowWrapPolicy(QFormLayout.WrapLongRows)
        signing.addRow(self.tr("Apologising unit:"), self.issuing_unit)
        signing.addRow(self.tr("Signed by:"), self.signer)
        confirmation_label = QLabel(self.tr("Second extension, confirmed because:"))
        signing.addRow(confirmation_label, self.confirmation)
        confirmation_label.setVisible(self._second_extension)
        self.confirmation.setVisible(self._second_extension)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.issue_button = QPushButton(self.tr("&Issue"))
        self.issue_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("&PDF: preview and print…"))
        self.docx_button = QPushButton(self.tr("&Word (.docx)…"))
        self.close_button = QPushButton(self.tr("Cancel"))
        for button in (self.pdf_button, self.docx_button):
            button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.issue_button, self.pdf_button, self.docx_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(previous)
        layout.addWidget(delay)
        layout.addWidget(errors)
        layout.addLayout(signing)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._inputs = [delay, errors, self.issuing_unit, self.signer, self.confirmation]

        self.late.toggled.connect(self._late_toggled)
        self.new_appointment.toggled.connect(self.new_date.setEnabled)
        self.issue_button.clicked.connect(self.issue)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.docx_button.clicked.connect(self.choose_docx_file)
        self.close_button.clicked.connect(self.reject)
        # An open dossier is usually late; a resolved one is apologised to for errors.
        self.late.setChecked(detail.row.status in OPEN_STATUSES)
        self._late_toggled(self.late.isChecked())
        resize_to_fit(self, 720, self.sizeHint().height())

    def _late_toggled(self, late: bool) -> None:
        self.reason.setEnabled(late)
        # A delay always comes with its new appointment; errors may or may not.
        if late:
            self.new_appointment.setChecked(True)
        self.new_appointment.setEnabled(not late)
        self.new_date.setEnabled(self.new_appointment.isChecked())

    def errors(self) -> list[str]:
        ticked = [check.text() for check in self.error_checks if check.isChecked()]
        return ticked + self.other_errors.lines()

    def issue(self) -> None:
        lines = self.signer.lines()
        titles, name = lines[:-1], lines[-1] if lines else ""
        new_due = (self.new_date.dateTime().toPython().replace(second=0, microsecond=0)
                   if self.new_appointment.isChecked() else None)
        try:
            self.issued = call(letters.issue_apology,
                self._desk, self._code, self.reason.text() if self.late.isChecked() else "",
                new_due, "\n".join(titles), name, errors=self.errors(),
                confirmation_reason=self.confirmation.text(),
                issuing_unit=self.issuing_unit.text())
        except (UserError, DatabaseBusy) as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            self.message.show()
            # Taller rather than the buttons pushed under the screen's edge (issue 16).
            grow_to_fit(self)
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Letter %1 issued: print it or save it for editing.")
                             .replace("%1", self.issued.number_text))
        self.message.show()
        for widget in self._inputs:
            widget.setEnabled(False)
        self.issue_button.hide()
        self.pdf_button.show()
        self.docx_button.show()
        self.close_button.setText(self.tr("Close"))
        self.pdf_button.setDefault(True)
        self.show_pdf()

    def show_pdf(self) -> PdfPreviewDialog | None:
        if self.issued is None:
            return None
        letter_id = self.issued.letter_id
        self.preview = PdfPreviewDialog(
            document_stem("apology", self._code),
            lambda target, copies: letters.write_apology_pdf(self._desk, letter_id, target,
                                                             copies),
            self)
        self.preview.setWindowTitle(self.tr("Apology letter %1").replace(
            "%1", self.issued.number_text))
        self.preview.open()
        return self.preview

    def choose_docx_file(self) -> None:
        path = ask_save_path(self, self.tr("Save the letter for editing"),
                             self.tr("Word documents (*.docx)"),
                             document_file_name("apology", self._code, "docx"))
        if path:
            self.save_docx(path)

    def save_docx(self, path: str | Path) -> bool:
        """Writes the issued letter as .docx (a fraction of a second: a busy cursor)."""
        if self.issued is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            letters.write_apology_docx(self._desk, self.issued.letter_id, Path(path))
        except (UserError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.saved_notice = confirm_saved(self, path)
        return True

    def reject(self) -> None:
        """Closing after issuing still reports the letter as issued."""
        if self.issued is not None:
            self.accept()
        else:
            super().reject()
