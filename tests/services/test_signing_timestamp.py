"""A timestamp from the office's TSA (sign_tsa_url): a real RFC 3161 server over HTTP in the
test (pytest-httpserver answering with pyHanko's in-process TSA, its certificate from the
test CA), and the signature's time is the TSA's."""

import io
from datetime import UTC, datetime

import pytest
from asn1crypto import keys, tsp, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from reportlab.pdfgen import canvas
from werkzeug import Response

from desk_app.services.digitisation import sign_setup, signing
from desk_app.services.digitisation.signing_keys import KeySource
from desk_app.services.errors import UserError
from desk_app.services.office import set_value
from tests.conftest import as_admin
from tests.signing_keys import PKCS12_PASSWORD, SIGNER_NAME, make_ca, write_pkcs12

TSA_MOMENT = datetime(2025, 6, 10, 2, 30, tzinfo=UTC)


def _asn1_certificate(certificate) -> x509.Certificate:
    return x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


@pytest.fixture
def tsa(httpserver, ca_and_root):
    ca, _root = ca_and_root
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = _asn1_certificate(ca.issue(key.public_key(), "TSA thử nghiệm",
                                             time_stamping=True))
    stamper = DummyTimeStamper(
        certificate,
        keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        certs_to_embed=[_asn1_certificate(ca.certificate)], fixed_dt=TSA_MOMENT)
    requests = []

    def answer(request):
        requests.append(request.headers.get("Content-Type"))
        reply = stamper.request_tsa_response(tsp.TimeStampReq.load(request.get_data()))
        return Response(reply.dump(), content_type="application/timestamp-reply")

    httpserver.expect_request("/tsa", method="POST").respond_with_handler(answer)
    return httpserver.url_for("/tsa"), requests


@pytest.fixture
def ca_and_root(tmp_path):
    ca = make_ca()
    root = tmp_path / "root.pem"
    root.write_bytes(ca.pem)
    return ca, root


def a_scan() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 700, "Quyet dinh")
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_signature_carries_the_tsa_timestamp_when_a_tsa_url_is_set(db_url, ca_and_root,
                                                                     tsa, tmp_path):
    ca, root = ca_and_root
    url, requests = tsa
    desk = as_admin(db_url)
    set_value(desk, "sign_tsa_url", url)
    sign_setup.set_up(desk, KeySource("pkcs12", str(write_pkcs12(ca, tmp_path / "k.p12"))),
                      PKCS12_PASSWORD, [root])
    # The probe was stamped too (pyHanko asks once more to size the signature's room).
    assert requests and set(requests) == {"application/timestamp-query"}
    asked = len(requests)
    scan = a_scan()
    signed = signing.sign_pdf(desk, scan, reason="Số hoá kết quả", password=PKCS12_PASSWORD)
    assert signed.startswith(scan) and len(requests) > asked
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    unsigned = embedded.signer_info["unsigned_attrs"].native
    assert unsigned[0]["type"] == "signature_time_stamp_token"
    check = signing.verify_office_pdf(desk, signed)
    assert (check.signer, check.valid) == (SIGNER_NAME, True)
    assert check.signed_at == TSA_MOMENT.astimezone().replace(tzinfo=None)


def test_a_tsa_that_does_not_answer_stops_the_signing(db_url, ca_and_root, httpserver,
                                                      tmp_path):
    ca, root = ca_and_root
    desk = as_admin(db_url)
    sign_setup.set_up(desk, KeySource("pkcs12", str(write_pkcs12(ca, tmp_path / "k.p12"))),
                      PKCS12_PASSWORD, [root])
    httpserver.expect_request("/tsa").respond_with_data("bận", status=503)
    set_value(desk, "sign_tsa_url", httpserver.url_for("/tsa"))
    with pytest.raises(UserError, match=r"Máy chủ cấp dấu thời gian \(TSA\): .* không trả lời"):
        signing.sign_pdf(desk, a_scan(), reason="Sao y", password=PKCS12_PASSWORD)
