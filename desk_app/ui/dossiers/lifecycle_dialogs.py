"""Small dialogs for the steps of a dossier's life: each asks what its action needs, calls the
service and shows the service's message when it refuses (the dialog then stays open)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desk_app.domain.validation import ValidationError
from desk_app.services.desk import Desk
from desk_app.services.dossiers import DossierDetail
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.processing import lifecycle
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.workers import call

# How the authority and title of a signer are usually written (Decree 30/2020): offered in the
# lists, any other wording may be typed. Document text, so Vietnamese as printed.
AUTHORITIES = ("", "KT. GIÁM ĐỐC", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC")
TITLES = ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG PHÒNG")
DEFAULT_AUTHORITY, DEFAULT_TITLE = "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"


class LinesEdit(QPlainTextEdit):
    """A list typed one item a line; Tab leaves it, as in the fields around it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def lines(self) -> list[str]:
        """The lines typed, trimmed, the empty ones left out."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class SignerFields(QWidget):
    """Who signs a letter: the authority line (KT. GIÁM ĐỐC), the signer's title and name,
    prefilled with the last signer the office used."""

    def __init__(self, last_signer: tuple[str, ...] = (), parent=None):
        super().__init__(parent)
        self.authority = QComboBox()
        self.authority.setEditable(True)
        self.authority.addItems(AUTHORITIES)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.name = QLineEdit()
        self.name.setMinimumWidth(170)
        self.authority.setToolTip(self.tr("Authority, e.g. KT. GIÁM ĐỐC when a deputy signs "
                                          "for the director; empty when signing in one's own "
                                          "name"))
        self.name.setPlaceholderText(self.tr("Full name"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.authority, 2)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.name, 3)
        self.authority.lineEdit().setPlaceholderText(self.tr("Authority"))
        self.title.lineEdit().setPlaceholderText(self.tr("Title"))
        # Without an earlier letter, the most usual signer: a deputy for the director.
        *titles, name = last_signer or (DEFAULT_AUTHORITY, DEFAULT_TITLE, "")
        self.authority.setCurrentText(titles[-2] if len(titles) >= 2 else "")
        self.title.setCurrentText(titles[-1] if titles else "")
        self.name.setText(name)

    def lines(self) -> list[str]:
        """The signer's lines for the services: authority (if any), title, name."""
        return [text for text in (self.authority.currentText().strip(),
                                  self.title.currentText().strip(), self.name.text().strip())
                if text]


class ActionDialog(FormDialog):
    """Base: the dossier's code and applicant above the form; `run` calls the service and
    `answer` holds its lifecycle.ActionResult once the action went through."""

    refusals = (UserError, ValidationError, DatabaseBusy)

    def __init__(self, desk: Desk, detail: DossierDetail, title: str,
                 confirm: str, parent=None):
        super().__init__(parent)
        self._desk, self._detail = desk, detail
        self._code = detail.row.code
        self.setWindowTitle(f"{title} – {self._code}")
        # Defined here for every subclass: tr() would look the text up under the subclass.
        self.ok_button = self.add_buttons(confirm,
                                          QCoreApplication.translate("ActionDialog", "Cancel"))
        heading = QLabel(f"<b>{self._code}</b> – {detail.row.applicant_name}")
        self.lay_out(above=[heading], width=520)


class TransferDialog(ActionDialog):
    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Hand over the dossier"),
                         self.tr("Hand over"), parent)
        self.unit = QLineEdit()
        self.receiver = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("From:"), QLabel(detail.row.unit or self.tr("One-stop desk")))
        self.form.addRow(self.tr("To unit:"), self.unit)
        self.form.addRow(self.tr("Receiver:"), self.receiver)
        self.form.addRow(self.tr("Note:"), self.note)

    def run(self):
        return call(lifecycle.transfer, self._desk, self._code, self.unit.text(),
                                  self.receiver.text(), self.note.text())


class SupplementRequestDialog(ActionDialog):
    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Request supplements (form 02)"),
                         self.tr("Request and print"), parent)
        self.missing = LinesEdit()
        # An example of the expected shape, in the language the slip is printed in.
        self.missing.setPlaceholderText("Tờ khai: chưa ký tên")
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Missing documents\n(one per line; \"name: what to do\"):"),
                         self.missing)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.field_widgets.update({"Giấy tờ cần bổ sung": self.missing})

    def run(self):
        missing = [(name.strip(), detail.strip())
                   for name, _, detail in (line.partition(":") for line in self.missing.lines())]
        return call(lifecycle.request_supplement, self._desk, self._code, missing,
                    self.reason.text())


class NoteDialog(ActionDialog):
    """An action that needs nothing but an optional note."""

    def __init__(self, desk: Desk, detail, title, confirm, parent=None):
        super().__init__(desk, detail, title, confirm, parent)
        self.note = QLineEdit()
        self.form.addRow(QCoreApplication.translate("ActionDialog", "Note:"), self.note)


class ReceiveSupplementDialog(NoteDialog):
    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Supplement received"),
                         self.tr("Record"), parent)

    def run(self):
        return call(lifecycle.receive_supplement, self._desk, self._code,
                                            self.note.text())


class ResumeDialog(NoteDialog):
    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Resume processing"),
                         self.tr("Resume"), parent)

    def run(self):
        return call(lifecycle.resume, self._desk, self._code, self.note.text())


class ResultReadyDialog(NoteDialog):
    """The result's note and its validity (printed on the hand-over slip and in its QR code):
    without a time limit unless a last valid day is given."""

    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Result ready"), self.tr("Record"),
                         parent)
        self.no_time_limit = QCheckBox(self.tr("No time limit"))
        self.no_time_limit.setChecked(True)
        today = desk.now().date()
        self.valid_until = QDateEdit(QDate(today.year, today.month, today.day).addYears(5))
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("dd/MM/yyyy")
        validity = QHBoxLayout()
        validity.addWidget(self.no_time_limit)
        validity.addWidget(self.valid_until, 1)
        self.form.addRow(self.tr("Valid until:"), validity)
        self.field_widgets.update({"Hiệu lực đến ngày": self.valid_until})
        self.no_time_limit.toggled.connect(self._switch)
        self._switch()

    def _switch(self) -> None:
        self.valid_until.setEnabled(not self.no_time_limit.isChecked())

    def chosen_valid_until(self) -> date | None:
        if self.no_time_limit.isChecked():
            return None
        return self.valid_until.date().toPython()

    def run(self):
        return call(lifecycle.result_ready, self._desk, self._code, self.note.text(),
                    valid_until=self.chosen_valid_until())


class StopDialog(ActionDialog):
    def __init__(self, desk: Desk, detail, parent=None, last_signer=()):
        super().__init__(desk, detail, self.tr("Stop processing (form 05)"),
                         self.tr("Stop and print"), parent)
        self.reason = QLineEdit()
        self.legal_basis = QLineEdit()
        self.legal_basis.setPlaceholderText("khoản 2 Điều 17 Nghị định số 118/2025/NĐ-CP")
        self.signer = SignerFields(last_signer)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Legal basis:"), self.legal_basis)
        self.form.addRow(self.tr("Signed by:"), self.signer)

    def run(self):
        return call(lifecycle.stop, self._desk, self._code, self.reason.text(),
                              legal_basis=self.legal_basis.text(), signer=self.signer.lines())


class RefuseDialog(ActionDialog):
    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Refuse (form 03)"),
                         self.tr("Refuse and print"), parent)
        self.reasons = LinesEdit()
        self.legal_basis = QLineEdit()
        self.form.addRow(self.tr("Reasons (one per line):"), self.reasons)
        self.form.addRow(self.tr("Legal basis:"), self.legal_basis)
        self.field_widgets.update({"Lý do từ chối": self.reasons})

    def run(self):
        return call(lifecycle.refuse, self._desk, self._code, self.reasons.lines(),
                                legal_basis=self.legal_basis.text())


class ReturnDialog(ActionDialog):
    """In person (name and ID paper of whoever collects, the applicant's by default) or by
    post (tracking number)."""

    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Return the result"),
                         self.tr("Return"), parent)
        self.in_person = QRadioButton(self.tr("Collected at the desk"))
        self.by_post = QRadioButton(self.tr("Sent by post"))
        group = QButtonGroup(self)
        group.addButton(self.in_person)
        group.addButton(self.by_post)
        self.collector = QLineEdit(detail.row.applicant_name)
        self.collector_id = QLineEdit(detail.id_number)
        self.collector_id.setPlaceholderText(self.tr("Number of the ID paper shown"))
        self.tracking = QLineEdit()
        choice = QHBoxLayout()
        choice.addWidget(self.in_person)
        choice.addWidget(self.by_post)
        choice.addStretch(1)
        self.form.addRow(choice)
        self.form.addRow(self.tr("Collected by:"), self.collector)
        self.form.addRow(self.tr("ID paper:"), self.collector_id)
        self.form.addRow(self.tr("Tracking number:"), self.tracking)
        self.field_widgets.update({"Người nhận kết quả": self.collector,
                                   "Số vận đơn": self.tracking})
        self.by_post.toggled.connect(self._switch)
        (self.by_post if detail.delivery == "post" else self.in_person).setChecked(True)
        self._switch()

    def _switch(self) -> None:
        post = self.by_post.isChecked()
        self.collector.setEnabled(not post)
        self.collector_id.setEnabled(not post)
        self.tracking.setEnabled(post)

    def run(self):
        return self.return_dossier(self._code)

    def return_dossier(self, code: str):
        """Hand over `code`'s result as the dialog says (the return desk hands over the same
        applicant's further results with the same collector)."""
        if self.by_post.isChecked():
            return call(lifecycle.return_result, self._desk, code, by_post=True,
                        tracking_number=self.tracking.text())
        return call(lifecycle.return_result, self._desk, code,
                    collector_name=self.collector.text(),
                    collector_id=self.collector_id.text())


class WithdrawDialog(ActionDialog):
    def __init__(self, desk: Desk, detail, parent=None):
        super().__init__(desk, detail, self.tr("Withdraw the dossier"),
                         self.tr("Withdraw"), parent)
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Reason given by the applicant:"), self.reason)

    def run(self):
        return call(lifecycle.withdraw, self._desk, self._code, self.reason.text())


DIALOGS: dict[str, type[ActionDialog]] = {
    "transferred": TransferDialog,
    "supplement_requested": SupplementRequestDialog,
    "supplement_received": ReceiveSupplementDialog,
    "stopped": StopDialog,
    "resumed": ResumeDialog,
    "result_ready": ResultReadyDialog,
    "refused": RefuseDialog,
    "returned": ReturnDialog,
    "withdrawn": WithdrawDialog,
}
