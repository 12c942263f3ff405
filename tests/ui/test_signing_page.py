"""Settings → Digital signature: an administrator chooses the key (a PKCS#12 file or a SoftHSM2
token made in the test), types the password in the dialog, and the set-up is tested and saved."""

import pytest
from PySide6.QtCore import QSettings, Qt

from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.digitisation import signing
from desk_app.services.digitisation.signing_keys import KeySource
from desk_app.ui.admin.settings_page import SettingsPage
from desk_app.ui.admin.signing_page import SigningPage
from tests import signing_keys
from tests.conftest import as_admin
from tests.signing_keys import PKCS12_PASSWORD, SIGNER_NAME, make_ca, write_pkcs12

softhsm_token = signing_keys.softhsm_token


@pytest.fixture
def page(qtbot, db_url):
    widget = SigningPage(as_admin(db_url))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_password(qtbot, page, password: str) -> None:
    qtbot.mouseClick(page.test_button, Qt.LeftButton)
    dialog = page.password_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key_Return)


def test_a_pkcs12_key_is_tested_and_saved_from_the_settings(qtbot, page, db_url, tmp_path):
    assert "No signing key is set up" in page.result.text()
    ca = make_ca()
    p12 = write_pkcs12(ca, tmp_path / "can-bo.p12")
    root = tmp_path / "root.pem"
    root.write_bytes(ca.pem)
    qtbot.keyClicks(page.pkcs12_file, str(p12))
    assert not page.module.isEnabled()
    type_password(qtbot, page, "sai")
    assert page.error.isVisible() and "sai mật khẩu" in page.error.text()
    assert not signing.signing_configured(as_admin(db_url))
    qtbot.keyClicks(page.trust_file, str(root))
    type_password(qtbot, page, PKCS12_PASSWORD)
    assert not page.error.isVisible()
    assert page.result.text() == f"Saved. Signed by {SIGNER_NAME}; the probe signature is valid."
    assert signing.key_source(as_admin(db_url)) == KeySource("pkcs12", str(p12.resolve()))


def test_a_usb_token_is_set_up_from_the_settings(qtbot, page, db_url, tmp_path,
                                                  softhsm_token):
    ca = make_ca()
    label = softhsm_token.add_signer(ca, "token-gui")
    qtbot.mouseClick(page.pkcs11, Qt.LeftButton)
    assert page.module.isEnabled() and not page.pkcs12_file.isEnabled()
    qtbot.keyClicks(page.module, softhsm_token.module)
    qtbot.keyClicks(page.token, softhsm_token.label)
    qtbot.keyClicks(page.key, label)
    type_password(qtbot, page, softhsm_token.pin)
    assert page.result.text().startswith(f"Saved. Signed by {SIGNER_NAME}; the probe "
                                         "signature is not valid yet: Chứng thư của người ký")
    assert signing.key_source(as_admin(db_url)).key == label
    again = SigningPage(as_admin(db_url))
    qtbot.addWidget(again)
    assert again.pkcs11.isChecked() and again.key.text() == label


def test_only_administrators_get_the_tab(qtbot, db_url, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    clerk = SettingsPage(Desk(db_url, Actor(None, "lan", "clerk", "Lê Thị Lan")), settings)
    admin = SettingsPage(as_admin(db_url), settings)
    for widget in (clerk, admin):
        qtbot.addWidget(widget)
    assert clerk.signing_page is None and admin.signing_page is not None
    tabs = [admin.tabText(i) for i in range(admin.count())]
    assert "Digital signature" in tabs
