"""desk-admin sign setup|verify with keys made in the test: a PKCS#12 file and a SoftHSM2
token, the test CA trusted through --trust."""

import io
import json

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import select

from desk_app.cli import main
from desk_app.services.digitisation import signing
from desk_app.services.office import show
from desk_app.store.db import read_scope
from desk_app.store.models import OfficeSetting
from tests import signing_keys
from tests.conftest import as_admin
from tests.signing_keys import PKCS12_PASSWORD, SIGNER_NAME, make_ca, write_pkcs12

softhsm_token = signing_keys.softhsm_token


@pytest.fixture
def run(capsys):
    def invoke(*argv):
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def a_scan() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    page.drawString(72, 700, "So ho khau - ban sao")
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture
def ca_files(tmp_path):
    ca = make_ca()
    root = tmp_path / "root.pem"
    root.write_bytes(ca.pem)
    return ca, root


def test_sign_setup_with_a_pkcs12_file_then_verify_a_signed_and_an_altered_file(
        run, db_url, ca_files, tmp_path, monkeypatch):
    ca, root = ca_files
    p12 = write_pkcs12(ca, tmp_path / "can-bo.p12")
    code, _, err = run("--db", db_url, "sign", "setup", "--pkcs12", str(p12))
    assert code == 2 and "Mật khẩu tệp khoá ký: không có bàn phím để hỏi" in err
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", "sai")
    code, _, err = run("--db", db_url, "sign", "setup", "--pkcs12", str(p12))
    assert code == 2 and "sai mật khẩu" in err
    assert not signing.signing_configured(as_admin(db_url))
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", PKCS12_PASSWORD)
    code, out, _ = run("--db", db_url, "sign", "setup", "--pkcs12", str(p12))
    assert code == 0 and "Cảnh báo: chữ ký thử chưa hợp lệ — Chứng thư của người ký" in out
    code, out, _ = run("--db", db_url, "sign", "setup", "--pkcs12", str(p12),
                       "--trust", str(root))
    assert code == 0 and f"người ký {SIGNER_NAME}" in out and "Chữ ký thử hợp lệ." in out
    assert show(as_admin(db_url))["sign_required"] == "0"

    scan = a_scan()
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(signing.sign_pdf(as_admin(db_url), scan, reason="Sao y"))
    code, out, _ = run("--db", db_url, "sign", "verify", str(signed), "--format", "json")
    answer = json.loads(out)
    assert code == 0 and answer["signed"] and answer["valid"] is True
    assert answer["signer"] == SIGNER_NAME and answer["problem"] is None
    assert answer["signed_at"]
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(signed.read_bytes().replace(b"ban sao", b"ban goc"))
    code, out, _ = run("--db", db_url, "sign", "verify", str(altered))
    assert code == 0 and "mã băm không khớp" in out and SIGNER_NAME in out
    unsigned = tmp_path / "scan.pdf"
    unsigned.write_bytes(scan)
    code, out, _ = run("--db", db_url, "sign", "verify", str(unsigned), "--format", "csv")
    assert out.splitlines() == ["signed,signer,signed_at,valid,problem", "không,,,,"]
    code, _, err = run("--db", db_url, "sign", "verify", str(tmp_path / "khong-co.pdf"))
    assert code == 2 and "Tệp: không đọc được" in err


def test_sign_setup_with_a_softhsm2_token(run, db_url, ca_files, softhsm_token, monkeypatch):
    ca, root = ca_files
    label = softhsm_token.add_signer(ca, "can-bo-mot-cua")
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", softhsm_token.pin)
    code, _, err = run("--db", db_url, "sign", "setup", "--pkcs11", softhsm_token.module,
                       "--token", softhsm_token.label)
    assert code == 2 and "Tên khoá: không được để trống" in err
    code, _, err = run("--db", db_url, "sign", "setup", "--pkcs12", "k.p12", "--pkcs11", "m")
    assert code == 2 and "chọn một trong --pkcs12" in err
    code, out, _ = run("--db", db_url, "sign", "setup", "--pkcs11", softhsm_token.module,
                       "--token", softhsm_token.label, "--key", label,
                       "--trust", str(root))
    assert code == 0 and "Chữ ký thử hợp lệ." in out
    assert f"thiết bị ký (token) {softhsm_token.label}, khoá {label}" in out
    with read_scope(db_url) as session:
        stored = session.execute(select(OfficeSetting.value)).scalars().all()
    assert label in stored and softhsm_token.pin not in stored
    check = signing.verify_office_pdf(
        as_admin(db_url), signing.sign_pdf(as_admin(db_url), a_scan(), reason="Sao y"))
    assert (check.signer, check.valid) == (SIGNER_NAME, True)
