"""Setting up the office's signing key (`desk-admin sign setup`, Settings → Digital
signature): the key is tested by signing a probe document and checking it with the validator
before the settings are stored; the password or PIN is used for the probe and forgotten."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desk_app.documents.signing_probe import probe_pdf
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.digitisation.signature_check import (
    TRUST_ROOTS,
    SignatureCheck,
    certificates_in,
    office_trust_roots,
    verify_pdf,
)
from desk_app.services.digitisation.signing import TSA_URL, sign_with
from desk_app.services.digitisation.signing_keys import KeySource, given_password
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings, write_settings
from desk_app.store.db import read_scope, retrying, session_scope


@dataclass(frozen=True)
class SetupResult:
    source: KeySource
    # The probe document's check: who the key signs as, and whether the validator trusts it.
    probe: SignatureCheck
    trusted_roots: int


def _root_pems(files: Sequence[Path]) -> list[bytes]:
    from asn1crypto import pem

    roots = []
    for path in files:
        field = f"Chứng thư gốc {path.name}"
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(f"{field}: không đọc được ({exc.strerror or exc})") from exc
        for certificate in certificates_in(data, field):
            if not certificate.ca:
                raise UserError(f"{field}: không phải chứng thư của tổ chức cấp (CA)")
            roots.append(pem.armor("CERTIFICATE", certificate.dump()))
    return roots


def check_source(source: KeySource) -> KeySource:
    """The fields of `source` with their surrounding blanks removed; an empty one refused."""
    fields = (("pkcs12_file", "Tệp khoá ký (PKCS#12)"),) if source.kind == "pkcs12" else (
        ("module", "Thư viện PKCS#11"), ("token", "Tên token"), ("key", "Tên khoá"))
    values = {name: getattr(source, name).strip() for name, _ in fields}
    for name, label in fields:
        if not values[name]:
            raise UserError(f"{label}: không được để trống")
    if source.kind == "pkcs12":
        values["pkcs12_file"] = str(Path(values["pkcs12_file"]).resolve())
    return KeySource(source.kind, **values)


@retrying
def _store(desk: Desk, values: dict[str, str]) -> None:
    with session_scope(desk.url) as session:
        write_settings(session, values, desk.user)


def set_up(desk: Desk, source: KeySource, password: str | None,
           trust_files: Sequence[Path] = ()) -> SetupResult:
    """Test the key by signing a probe, then store where it is (never the password) and add
    the root certificates in `trust_files` to those the office trusts."""
    require(desk.user, "office.edit")
    source = check_source(source)
    new_roots = _root_pems(trust_files)
    with read_scope(desk.url) as session:
        tsa_url = read_settings(session).get(TSA_URL, "")
    from asn1crypto import pem

    roots = [pem.armor("CERTIFICATE", der) for der in office_trust_roots(desk)]
    roots += [root for root in new_roots if root not in roots]
    probe = sign_with(source, given_password(source, password),
                      probe_pdf(source.describe(), desk.now()),
                      reason="Thử khoá ký khi cài đặt", tsa_url=tsa_url)
    check = verify_pdf(probe, trust_roots=[pem.unarmor(root)[2] for root in roots])
    _store(desk, source.as_settings() | {TRUST_ROOTS: b"".join(roots).decode("ascii")})
    return SetupResult(source, check, len(roots))
