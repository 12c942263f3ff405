"""The first start on an empty database: the office profile and the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desk_app.services import office, setup, users
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.workers import call


class _CheckedPage(QWizardPage):
    """A page with a form and an inline error label; `check` raises UserError to stay."""

    def __init__(self, title: str, subtitle: str, parent=None):
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch()
        layout.addWidget(self.error)

    def check(self) -> None:
        raise NotImplementedError

    def validatePage(self) -> bool:
        try:
            self.check()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        return True


class AgencyPage(_CheckedPage):
    def __init__(self, defaults: dict[str, str], parent=None):
        super().__init__(self.tr("The agency"),
                         self.tr("As printed at the top left of every receipt."), parent)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "parent_agency_name": self.tr("&Parent agency:"),
            "agency_name": self.tr("&Desk (agency) name:"),
            "agency_code": self.tr("Agency &code:"),
            "place_name": self.tr("P&lace name:"),
        }
        for key, label in labels.items():
            edit = QLineEdit(defaults[key])
            self.form.addRow(label, edit)
            self.edits[key] = edit
        self.edits["agency_code"].setPlaceholderText("000.00.00.H49")

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def check(self) -> None:
        for key, edit in self.edits.items():
            try:
                office.validate(key, edit.text())
            except UserError:
                edit.setFocus()
                raise


class OfficePage(_CheckedPage):
    def __init__(self, defaults: dict[str, str], parent=None):
        subtitle = self.tr("Hours decide appointment times; the form set, the printed wording.")
        super().__init__(self.tr("Office hours and forms"), subtitle, parent)
        self.office_hours = QLineEdit(defaults["office_hours"])
        self.form_set = QComboBox()
        self.form_set.addItem(self.tr("2025 set"), "2025")
        self.form_set.addItem(self.tr("2018 set"), "2018")
        self.form_set.setCurrentIndex(self.form_set.findData(defaults["form_set"]))
        self.form.addRow(self.tr("Office &hours:"), self.office_hours)
        self.form.addRow(self.tr("&Form set:"), self.form_set)

    def values(self) -> dict[str, str]:
        return {"office_hours": self.office_hours.text(),
                "form_set": self.form_set.currentData()}

    def check(self) -> None:
        for key, value in self.values().items():
            office.validate(key, value)


class AdminPage(_CheckedPage):
    def __init__(self, parent=None):
        super().__init__(self.tr("The first administrator"),
                         self.tr("This account adds the other users."), parent)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.Password)
        self.form.addRow(self.tr("&Username:"), self.username)
        self.form.addRow(self.tr("F&ull name:"), self.full_name)
        self.form.addRow(self.tr("Pass&word:"), self.password)
        self.form.addRow(self.tr("Password (&again):"), self.password_again)

    def check(self) -> None:
        users.check_password_rules(self.password.text(), self.username.text())
        if self.password.text() != self.password_again.text():
            self.password_again.setFocus()
            raise UserError(self.tr("Password (again): the two passwords differ"))
        wizard = self.wizard()
        wizard.finish_setup()


class SetupWizard(QWizard):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.actor: Actor | None = None
        defaults = office.show(desk)
        self.setWindowTitle(self.tr("First start: set up the office"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.agency_page = AgencyPage(defaults)
        self.office_page = OfficePage(defaults)
        self.admin_page = AdminPage()
        for page in (self.agency_page, self.office_page, self.admin_page):
            self.addPage(page)
        self.setButtonText(QWizard.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.CancelButton, self.tr("Cancel"))
        self.resize(640, 420)

    def finish_setup(self) -> None:
        """Write everything in one go (the last page's check): raises UserError to stay."""
        self.actor = call(setup.complete_setup,
            self._desk,
            {**self.agency_page.values(), **self.office_page.values()},
            self.admin_page.username.text(),
            self.admin_page.full_name.text(),
            self.admin_page.password.text(),
        )
