"""Settings → Digital signature (administrators): where the office's signing key is, a PKCS#12
file or a USB token's PKCS#11 library, token and key; "Test and save" asks the password or
PIN, signs a probe and stores the set-up (never the password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.desk import Desk
from desk_app.services.digitisation import sign_setup, signing
from desk_app.services.digitisation.signing_keys import KeySource
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.workers import call


class PasswordDialog(QDialog):
    """Asks the key's password or the token's PIN; nothing keeps it after the set-up."""

    def __init__(self, prompt: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the signing key"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.password)
        layout.addWidget(buttons)


class SigningPage(QWidget):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.password_dialog: PasswordDialog | None = None
        self.pkcs12 = QRadioButton(self.tr("PKCS#12 &file (.p12, .pfx)"))
        self.pkcs11 = QRadioButton(self.tr("USB &token (PKCS#11)"))
        self.kinds = QButtonGroup(self)
        for button in (self.pkcs12, self.pkcs11):
            self.kinds.addButton(button)
            button.toggled.connect(self._enable)
        self.pkcs12_file = QLineEdit()
        self.module = QLineEdit()
        self.module.setPlaceholderText(self.tr("The token vendor's PKCS#11 library (.dll)"))
        self.token = QLineEdit()
        self.key = QLineEdit()
        self.trust_file = QLineEdit()
        self.trust_file.setPlaceholderText(
            self.tr("Root certificate to trust when checking signatures (optional)"))
        self.test_button = QPushButton(self.tr("Test and &save…"))
        self.test_button.clicked.connect(self.ask_password)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.pkcs12)
        form.addRow(self.tr("Key file:"), self._with_browse(self.pkcs12_file, self.tr(
            "PKCS#12 files (*.p12 *.pfx)")))
        form.addRow(self.pkcs11)
        form.addRow(self.tr("Library:"), self._with_browse(self.module, self.tr(
            "PKCS#11 libraries (*.dll *.so *.dylib)")))
        form.addRow(self.tr("Token label:"), self.token)
        form.addRow(self.tr("Key label:"), self.key)
        form.addRow(self.tr("Trusted root:"), self._with_browse(self.trust_file, self.tr(
            "Certificates (*.cer *.crt *.pem *.der)")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._show_current(signing.key_source(desk))

    def _with_browse(self, edit: QLineEdit, filter_text: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(lambda: self._browse(edit, filter_text))
        row.addWidget(button)
        return holder

    def _browse(self, edit: QLineEdit, filter_text: str) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), edit.text(),
                                                filter_text)
        if chosen:
            edit.setText(chosen)

    def _show_current(self, source: KeySource | None) -> None:
        if source is None:
            self.pkcs12.setChecked(True)
            self.result.setText(self.tr("No signing key is set up: copies are kept unsigned."))
            return
        (self.pkcs12 if source.kind == "pkcs12" else self.pkcs11).setChecked(True)
        self.pkcs12_file.setText(source.pkcs12_file)
        self.module.setText(source.module)
        self.token.setText(source.token)
        self.key.setText(source.key)
        self.result.setText(self.tr("Signing key: %1").replace("%1", source.describe()))

    def _enable(self) -> None:
        on_file = self.pkcs12.isChecked()
        self.pkcs12_file.setEnabled(on_file)
        for edit in (self.module, self.token, self.key):
            edit.setEnabled(not on_file)

    def source(self) -> KeySource:
        if self.pkcs12.isChecked():
            return KeySource("pkcs12", self.pkcs12_file.text())
        return KeySource("pkcs11", module=self.module.text(), token=self.token.text(),
                         key=self.key.text())

    def ask_password(self) -> None:
        prompt = (self.tr("Password of the key file:") if self.pkcs12.isChecked()
                  else self.tr("PIN of the token:"))
        self.password_dialog = PasswordDialog(prompt, self)
        self.password_dialog.accepted.connect(
            lambda: self.test_and_save(self.password_dialog.password.text()))
        self.password_dialog.open()

    def test_and_save(self, password: str) -> None:
        trust = [Path(self.trust_file.text().strip())] if self.trust_file.text().strip() else []
        try:
            # Signing the probe (and loading pyHanko the first time) takes seconds.
            done = call(sign_setup.set_up, self._desk, self.source(), password, trust)
        except (UserError, DatabaseBusy) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.trust_file.clear()
        verdict = (self.tr("the probe signature is valid.") if done.probe.valid
                   else self.tr("the probe signature is not valid yet: %1")
                   .replace("%1", done.probe.problem or ""))
        self.result.setText(self.tr("Saved. Signed by %1; %2")
                            .replace("%1", done.probe.signer or "").replace("%2", verdict))
