"""Keys for the signature tests, made in the test: a test CA, a signer certificate it issues,
as a PKCS#12 file and on a SoftHSM2 token (the key generated on the token, as a USB token's is).

SoftHSM2 reads its configuration once per process, so one token directory serves the whole
test session (`softhsm_token`); each test still gets its own key label."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SIGNER_NAME = "Nguyễn Thị Ánh Tuyết"
PKCS12_PASSWORD = "mat-khau-ky-2025"
TOKEN_LABEL, USER_PIN, SO_PIN = "desk-test", "123456", "87654321"
SOFTHSM_MODULES = ("/usr/lib/softhsm/libsofthsm2.so",
                   "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Cơ quan thử nghiệm"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


@dataclass(frozen=True)
class TestCA:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue(self, public_key, common_name: str, *, time_stamping: bool = False,
              expired: bool = False) -> x509.Certificate:
        """A signer's certificate, or with `time_stamping` a timestamp authority's; `expired`:
        one whose year of validity ended last month."""
        now = datetime.now(UTC) - (timedelta(days=395) if expired else timedelta())
        builder = (
            x509.CertificateBuilder().subject_name(_name(common_name))
            .issuer_name(self.certificate.subject).public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        )
        if time_stamping:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        return builder.sign(self.key, hashes.SHA256())


def make_ca(common_name: str = "CA thử nghiệm desk_app") -> TestCA:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(_name(common_name))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return TestCA(key, certificate)


def write_pkcs12(ca: TestCA, path: Path, signer_name: str = SIGNER_NAME,
                 password: str = PKCS12_PASSWORD, expired: bool = False) -> Path:
    """A .p12 holding a new signer key, its certificate and the CA's, as a CA hands it out."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = ca.issue(key.public_key(), signer_name, expired=expired)
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, certificate, [ca.certificate],
        serialization.BestAvailableEncryption(password.encode())))
    return path


def softhsm_module() -> str:
    for module in SOFTHSM_MODULES:
        if Path(module).is_file():
            return module
    pytest.fail("SoftHSM2 is not installed (apt package softhsm2; .ci/run installs it)")


@dataclass(frozen=True)
class Token:
    module: str
    label: str
    pin: str

    def add_signer(self, ca: TestCA, name: str, signer_name: str = SIGNER_NAME) -> str:
        """A key pair generated on the token, its certificate from `ca` stored beside it under
        the same label, and the CA's certificate: what a CA's token holds when issued. Returns
        the key's label: `name` and a suffix, since every test shares the token."""
        import pkcs11
        from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

        lib = pkcs11.lib(self.module)
        token = lib.get_token(token_label=self.label)
        key_id = uuid.uuid4().bytes[:8]
        key_label = f"{name}-{key_id.hex()[:6]}"
        with token.open(rw=True, user_pin=self.pin) as session:
            public, _private = session.generate_keypair(
                KeyType.RSA, 2048, id=key_id, label=key_label, store=True)
            numbers = rsa.RSAPublicNumbers(
                int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
                int.from_bytes(public[Attribute.MODULUS], "big"))
            certificate = ca.issue(numbers.public_key(), signer_name)
            for label, cert, object_id in ((key_label, certificate, key_id),
                                           (f"{key_label}-ca", ca.certificate, key_id[::-1])):
                session.create_object({
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.ID: object_id,
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                })
        return key_label


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory) -> Token:
    """A SoftHSM2 token initialised with softhsm2-util, in a folder of the test session."""
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    tool = shutil.which("softhsm2-util")
    if tool is None:
        pytest.fail("softhsm2-util is missing (apt package softhsm2; .ci/run installs it)")
    subprocess.run([tool, "--init-token", "--free", "--label", TOKEN_LABEL, "--so-pin", SO_PIN,
                    "--pin", USER_PIN], check=True, capture_output=True)
    return Token(softhsm_module(), TOKEN_LABEL, USER_PIN)
