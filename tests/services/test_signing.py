"""PAdES signatures on digitised copies: keys from a PKCS#12 file and from a SoftHSM2 token,
made in the test with a test CA the office trusts; checked by pyHanko's own validator."""

import io
import json
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from reportlab.pdfgen import canvas
from sqlalchemy import select

from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.digitisation import sign_setup, signing
from desk_app.services.digitisation.signing_keys import KeySource
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.office import set_value
from desk_app.store.db import read_scope
from desk_app.store.models import AuditEntry, OfficeSetting
from tests import signing_keys
from tests.conftest import as_admin
from tests.signing_keys import PKCS12_PASSWORD, SIGNER_NAME, make_ca, write_pkcs12

softhsm_token = signing_keys.softhsm_token


def scanned_copy(pages: int = 2) -> bytes:
    """A PDF as a scan arrives, its page text uncompressed so a test can alter one word."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    for number in range(1, pages + 1):
        page.drawString(72, 700, f"Giay khai sinh - trang {number}")
        page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture
def ca():
    return make_ca()


@pytest.fixture
def root_file(ca, tmp_path) -> Path:
    path = tmp_path / "root-ca.pem"
    path.write_bytes(ca.pem)
    return path


@pytest.fixture
def pkcs12_desk(db_url, ca, root_file, tmp_path):
    p12 = write_pkcs12(ca, tmp_path / "can-bo.p12")
    desk = as_admin(db_url)
    sign_setup.set_up(desk, KeySource("pkcs12", str(p12)), PKCS12_PASSWORD, [root_file])
    return desk


def stored_settings(url: str) -> dict[str, str]:
    with read_scope(url) as session:
        return dict(session.execute(select(OfficeSetting.key, OfficeSetting.value)).all())


def pyhanko_status(signed: bytes, ca):
    from asn1crypto import x509
    from cryptography.hazmat.primitives import serialization

    root = x509.Certificate.load(ca.certificate.public_bytes(serialization.Encoding.DER))
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures[-1]
    return validate_pdf_signature(embedded, ValidationContext(trust_roots=[root]))


def test_a_pkcs12_key_signs_as_pades_keeping_the_scan_intact(pkcs12_desk, ca):
    assert signing.signing_configured(pkcs12_desk)
    scan = scanned_copy()
    signed = signing.sign_pdf(pkcs12_desk, scan, reason="Sao y từ bản chính",
                              password=PKCS12_PASSWORD)
    assert signed.startswith(scan) and len(signed) > len(scan)
    status = pyhanko_status(signed, ca)
    assert status.bottom_line and status.signing_cert.subject.native["common_name"] == SIGNER_NAME
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert embedded.sig_object["/Reason"] == "Sao y từ bản chính"
    check = signing.verify_office_pdf(pkcs12_desk, signed)
    assert (check.signed, check.signer, check.valid, check.problem) == (
        True, SIGNER_NAME, True, None)
    assert check.signed_at is not None
    # Signing a signed file again keeps the first signature and its bytes.
    twice = signing.sign_pdf(pkcs12_desk, signed, reason="Ký lại", password=PKCS12_PASSWORD)
    assert twice.startswith(signed)
    assert len(PdfFileReader(io.BytesIO(twice)).embedded_signatures) == 2
    assert signing.verify_office_pdf(pkcs12_desk, twice).valid


def test_the_password_comes_from_the_environment_and_is_never_stored(pkcs12_desk, monkeypatch):
    assert PKCS12_PASSWORD not in "".join(stored_settings(pkcs12_desk.url).values())
    with read_scope(pkcs12_desk.url) as session:
        changes = session.execute(
            select(AuditEntry.entity_key, AuditEntry.after)
            .where(AuditEntry.action == "office.set")).all()
    # The set-up is in the audit trail, the password nowhere.
    assert {"sign_source", "sign_pkcs12_file", "sign_trust_roots"} <= {k for k, _ in changes}
    assert PKCS12_PASSWORD not in json.dumps([after for _, after in changes])
    with pytest.raises(UserError, match="Mật khẩu tệp khoá ký: chưa nhập"):
        signing.sign_pdf(pkcs12_desk, scanned_copy(), reason="Sao y")
    monkeypatch.setenv("DESK_APP_SIGN_PASSWORD", PKCS12_PASSWORD)
    signed = signing.sign_pdf(pkcs12_desk, scanned_copy(), reason="Sao y")
    assert signing.verify_office_pdf(pkcs12_desk, signed).valid
    with pytest.raises(UserError, match="Mật khẩu tệp khoá ký: sai mật khẩu"):
        signing.sign_pdf(pkcs12_desk, scanned_copy(), reason="Sao y", password="sai")


def test_a_softhsm2_token_signs_and_the_validator_trusts_it(db_url, ca, root_file,
                                                           softhsm_token):
    label = softhsm_token.add_signer(ca, "ky-so-tuyet")
    desk = as_admin(db_url)
    assert not signing.signing_configured(desk)
    source = KeySource("pkcs11", module=softhsm_token.module, token=softhsm_token.label,
                       key=label)
    result = sign_setup.set_up(desk, source, softhsm_token.pin, [root_file])
    assert (result.probe.signer, result.probe.valid) == (SIGNER_NAME, True)
    assert signing.key_source(desk) == source
    scan = scanned_copy(3)
    signed = signing.sign_pdf(desk, scan, reason="Số hoá kết quả", password=softhsm_token.pin)
    assert signed.startswith(scan)
    assert pyhanko_status(signed, ca).bottom_line
    check = signing.verify_office_pdf(desk, signed)
    assert (check.signer, check.valid) == (SIGNER_NAME, True)
    with pytest.raises(UserError, match="Mã PIN của thiết bị ký: sai mã PIN"):
        signing.sign_pdf(desk, scan, reason="Sao y", password="000000")


def test_a_setup_that_cannot_sign_stores_nothing(db_url, ca, softhsm_token, tmp_path):
    desk = as_admin(db_url)
    before = stored_settings(db_url)
    p12 = write_pkcs12(ca, tmp_path / "k.p12")
    with pytest.raises(UserError, match="sai mật khẩu"):
        sign_setup.set_up(desk, KeySource("pkcs12", str(p12)), "sai")
    with pytest.raises(UserError, match="Tên khoá: không được để trống"):
        sign_setup.set_up(desk, KeySource("pkcs11", module=softhsm_token.module, token="x"),
                          "1")
    with pytest.raises(UserError, match="không mở được token 'khong-co'"):
        sign_setup.set_up(desk, KeySource("pkcs11", module=softhsm_token.module,
                                          token="khong-co", key="k"), softhsm_token.pin)
    with pytest.raises(UserError, match="Khoá ký: không ký được .*khoá khong-co"):
        sign_setup.set_up(desk, KeySource("pkcs11", module=softhsm_token.module,
                                          token=softhsm_token.label, key="khong-co"),
                          softhsm_token.pin)
    with pytest.raises(UserError, match="Thư viện PKCS#11: không có tệp"):
        sign_setup.set_up(desk, KeySource("pkcs11", module=str(tmp_path / "vnpt.dll"),
                                          token="t", key="k"), "1")
    not_a_ca = tmp_path / "signer.pem"
    not_a_ca.write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(UserError, match="Chứng thư gốc signer.pem: không phải chứng thư"):
        sign_setup.set_up(desk, KeySource("pkcs12", str(p12)), PKCS12_PASSWORD, [not_a_ca])
    clerk = Desk(db_url, Actor(None, "lan", "clerk", "Lê Thị Lan"))
    with pytest.raises(PermissionDenied):
        sign_setup.set_up(clerk, KeySource("pkcs12", str(p12)), PKCS12_PASSWORD)
    assert stored_settings(db_url) == before
    with pytest.raises(UserError, match="Chữ ký số: chưa cấu hình khoá ký"):
        signing.sign_pdf(desk, scanned_copy(), reason="Sao y", password="x")


def test_a_tampered_signed_file_is_reported_invalid_with_the_reason(pkcs12_desk):
    signed = signing.sign_pdf(pkcs12_desk, scanned_copy(), reason="Sao y",
                              password=PKCS12_PASSWORD)
    where = signed.index(b"trang 1")
    altered = signed[:where] + b"trang 7" + signed[where + 7:]
    check = signing.verify_office_pdf(pkcs12_desk, altered)
    assert (check.signed, check.signer, check.valid) == (True, SIGNER_NAME, False)
    assert check.problem == "Nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp)"
    # A page's text rewritten in an update appended after the signature.
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 700 Td (Da sua) Tj ET")
    page["/Contents"] = writer.add_object(stream)
    writer.update_container(page)
    appended = io.BytesIO()
    writer.write(appended)
    check = signing.verify_office_pdf(pkcs12_desk, appended.getvalue())
    assert check.valid is False
    assert check.problem == "Tệp đã bị sửa sau khi ký (phần thêm vào không được chữ ký bảo vệ)"


def test_an_untrusted_ca_or_an_expired_certificate_is_not_valid(pkcs12_desk, ca, tmp_path):
    stranger = make_ca("CA lạ")
    p12 = write_pkcs12(stranger, tmp_path / "la.p12", signer_name="Người lạ")
    signed = signing.sign_with(KeySource("pkcs12", str(p12)), PKCS12_PASSWORD, scanned_copy(),
                               reason="Giả mạo")
    check = signing.verify_office_pdf(pkcs12_desk, signed)
    assert (check.signer, check.valid) == ("Người lạ", False)
    assert check.problem.startswith("Chứng thư của người ký không dẫn tới chứng thư gốc nào")
    lapsed = write_pkcs12(ca, tmp_path / "het-han.p12", expired=True)
    signed = signing.sign_with(KeySource("pkcs12", str(lapsed)), PKCS12_PASSWORD,
                               scanned_copy(), reason="Sao y")
    check = signing.verify_office_pdf(pkcs12_desk, signed)
    assert (check.signer, check.valid) == (SIGNER_NAME, False)
    assert check.problem.startswith("Chứng thư của người ký đã hết hạn"), check.problem
    assert signing.verify_pdf(scanned_copy()) == signing.SignatureCheck(False)
    broken = signing.verify_pdf(b"%PDF-1.7\nkhong phai pdf")
    assert (broken.signed, broken.valid) == (False, False)
    assert broken.problem.startswith("Không đọc được tệp PDF")


def test_signing_can_be_required_by_a_setting(db_url):
    desk = as_admin(db_url)
    assert not signing.signing_required(desk)
    set_value(desk, "sign_required", "1")
    assert signing.signing_required(desk)
    with pytest.raises(UserError, match="chỉ nhận 1 hoặc 0"):
        set_value(desk, "sign_required", "có")
    with pytest.raises(UserError, match="phải là địa chỉ http"):
        set_value(desk, "sign_tsa_url", "tsa.ca.gov.vn")
