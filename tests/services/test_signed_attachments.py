"""Attaching with the office's key set up signs at once (PAdES, the scan's bytes kept as the
signed file's first bytes), with a key made in the test; a required signature without a key
refuses the copy and stores nothing."""

from __future__ import annotations

import json

import pytest
from pyhanko.sign.validation.status import PdfSignatureStatus

from desk_app.cli import main
from desk_app.services import office
from desk_app.services.digitisation import attachments
from desk_app.services.errors import UserError
from tests import scans
from tests.conftest import as_admin
from tests.services import test_digitised_files as digitised
from tests.services import test_signing as signing_tests
from tests.signing_keys import PKCS12_PASSWORD, SIGNER_NAME

ca = signing_tests.ca
root_file = signing_tests.root_file
pkcs12_desk = signing_tests.pkcs12_desk


def test_a_png_and_a_two_page_pdf_are_signed_as_they_are_attached(pkcs12_desk, ca, tmp_path,
                                                                  monkeypatch):
    digitised.set_up(pkcs12_desk.url)
    code = digitised.receive(pkcs12_desk.url)
    picture = scans.png(tmp_path / "to-khai.png")
    paper = scans.pdf(tmp_path / "giay-chung-sinh.pdf", pages=2)
    first = attachments.attach(pkcs12_desk, code, 1, [picture], password=PKCS12_PASSWORD)
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", PKCS12_PASSWORD)
    second = attachments.attach(pkcs12_desk, code, 2, [paper])
    for attached in (first, second):
        assert attached.signed and attached.valid and attached.signer == SIGNER_NAME
        assert attached.signed_at is not None
    signed = attachments.document_pdf(pkcs12_desk, code, 2)
    # An incremental update: the scanned PDF as it was, then the signature.
    assert signed.startswith(paper.read_bytes()) and len(signed) > len(paper.read_bytes())
    status = signing_tests.pyhanko_status(signed, ca)
    assert isinstance(status, PdfSignatureStatus) and status.bottom_line

    listed = attachments.files(pkcs12_desk, code)
    assert [(f.document, f.signed, f.valid, f.signer) for f in listed] == [
        (1, True, True, SIGNER_NAME), (2, True, True, SIGNER_NAME)]


def test_the_command_line_attaches_signed_with_the_password_from_the_environment(
        pkcs12_desk, tmp_path, monkeypatch, capsys):
    digitised.set_up(pkcs12_desk.url)
    code = digitised.receive(pkcs12_desk.url)
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", PKCS12_PASSWORD)
    monkeypatch.delenv("DESK_APP_USER", raising=False)
    picture = scans.png(tmp_path / "to-khai.png")
    assert main(["--db", pkcs12_desk.url, "dossier", "attach", code, "--document", "1",
                 str(picture)]) == 0
    capsys.readouterr()
    assert main(["--db", pkcs12_desk.url, "dossier", "files", code, "--format", "json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["signed"], listed["valid"], listed["signer"]) == (True, True, SIGNER_NAME)


def test_a_required_signature_without_a_key_stores_nothing(db_url, tmp_path):
    digitised.set_up(db_url)
    office.set_value(as_admin(db_url), "sign_required", "1")
    code = digitised.receive(db_url)
    with pytest.raises(UserError, match="Chữ ký số: cơ quan yêu cầu bản sao điện tử"):
        attachments.attach(as_admin(db_url), code, 1, [scans.png(tmp_path / "to-khai.png")])
    assert attachments.files(as_admin(db_url), code) == []
    assert digitised.stored_count(db_url) == 0


def test_the_dossier_window_attaches_signed(qtbot, pkcs12_desk, tmp_path, monkeypatch):
    from desk_app.ui.dossiers.dossier_dialog import DossierDialog

    digitised.set_up(pkcs12_desk.url)
    code = digitised.receive(pkcs12_desk.url)
    # A counter PC where the scheduled-task variable holds the password: nothing is asked.
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", PKCS12_PASSWORD)
    dialog = DossierDialog(pkcs12_desk, code)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.attachments
    panel.table.setCurrentCell(0, 0)
    assert panel.attach_paths([scans.png(tmp_path / "to-khai.png")])
    [attached] = attachments.files(pkcs12_desk, code)
    assert attached.signed and attached.valid and attached.signer == SIGNER_NAME
