"""The Settings page: the audit trail (supervisors and admins), the users (admins) and the
interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.desk import Desk
from desk_app.ui.admin.audit_page import AuditPage
from desk_app.ui.admin.signing_page import SigningPage
from desk_app.ui.admin.users_page import UsersPage

# Each language is named in itself, so that whoever cannot read the current one finds theirs.
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))
DEFAULT_LANGUAGE = "vi"


class LanguagePage(QWidget):
    """Stores the choice in QSettings "language"; the program reads it when it starts."""

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self._settings = settings
        current = str(settings.value("language", DEFAULT_LANGUAGE))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Language of the interface:")))
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES:
            button = QRadioButton(name)
            button.setChecked(code == current)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, code=code: on and self.choose(code))
        self.note = QLabel(self.tr(
            "The new language is used from the next start of the program. Official documents "
            "are always in Vietnamese."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def choose(self, code: str) -> None:
        self._settings.setValue("language", code)
        self._settings.sync()


class SettingsPage(QTabWidget):
    def __init__(self, desk: Desk, settings: QSettings, parent=None):
        super().__init__(parent)
        if desk.actor is not None and desk.actor.may("audit.read"):
            self.audit_page: AuditPage | None = AuditPage(desk)
            self.addTab(self.audit_page, self.tr("Audit trail"))
        else:
            self.audit_page = None
            refusal = QLabel(self.tr(
                "Only supervisors and administrators may read the audit trail."))
            refusal.setAlignment(Qt.AlignCenter)
            refusal.setWordWrap(True)
            self.addTab(refusal, self.tr("Audit trail"))
        # Only for administrators: a tab nobody else could use is left out altogether.
        self.users_page: UsersPage | None = None
        if desk.actor is not None and desk.actor.may("user.edit"):
            self.users_page = UsersPage(desk)
            self.addTab(self.users_page, self.tr("Users"))
        self.signing_page: SigningPage | None = None
        if desk.actor is not None and desk.actor.may("office.edit"):
            self.signing_page = SigningPage(desk)
            self.addTab(self.signing_page, self.tr("Digital signature"))
        self.language_page = LanguagePage(settings)
        self.addTab(self.language_page, self.tr("Language"))
