"""The officer's digital signature on digitised copies and results: PAdES with pyHanko, as an
incremental update (the scanned bytes stay the file's first bytes, untouched), with a
timestamp from the office's TSA when one is set. Checking a signature is `signature_check`."""

from __future__ import annotations

import io

from desk_app.services.desk import Desk
from desk_app.services.digitisation.signature_check import (
    SignatureCheck,
    office_trust_roots,
    verify_office_pdf,
    verify_pdf,
)
from desk_app.services.digitisation.signing_keys import KeySource, given_password
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope

__all__ = ["SignatureCheck", "key_source", "office_trust_roots", "sign_pdf", "sign_with",
           "signing_configured", "signing_required", "verify_office_pdf", "verify_pdf"]

TSA_URL, REQUIRED = "sign_tsa_url", "sign_required"


def _signing_settings(desk: Desk) -> dict[str, str]:
    with read_scope(desk.url) as session:
        return read_settings(session)


def key_source(desk: Desk) -> KeySource | None:
    """Where the office's signing key is, or None when `sign setup` was never run."""
    return KeySource.from_settings(_signing_settings(desk))


def signing_configured(desk: Desk) -> bool:
    return key_source(desk) is not None


def signing_required(desk: Desk) -> bool:
    """Whether a digitised copy may be kept only signed (office setting sign_required)."""
    return _signing_settings(desk).get(REQUIRED, "0") == "1"


def sign_pdf(desk: Desk, data: bytes, *, reason: str, password: str | None = None) -> bytes:
    """`data` signed with the office's key; the password or PIN as given, else
    DESK_APP_SIGN_PASSWORD. Refused (UserError naming the field) without a key set up."""
    settings = _signing_settings(desk)
    source = KeySource.from_settings(settings)
    if source is None:
        raise UserError("Chữ ký số: chưa cấu hình khoá ký (desk-admin sign setup, hoặc Cài đặt → "
                        "Chữ ký số)")
    return sign_with(source, given_password(source, password), data, reason=reason,
                     tsa_url=settings.get(TSA_URL, ""))


def sign_with(source: KeySource, password: str, data: bytes, *, reason: str,
              tsa_url: str = "") -> bytes:
    """`data` signed with the key `source` names: what `sign_pdf` and set-up's probe share."""
    from pkcs11.exceptions import PKCS11Error
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    from desk_app.services.digitisation.signing_keys import open_signer

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError) as exc:
        raise UserError(f"Tệp cần ký: không phải tệp PDF đọc được ({exc})") from exc
    meta = signers.PdfSignatureMetadata(
        # A new field each time: a file signed before (a result the unit signed) keeps it.
        field_name=f"Signature{len(list(fields.enumerate_sig_fields(writer.prev))) + 1}",
        reason=reason, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        # Vietnamese CAs issue signing certificates with either usage, often both.
        signer_key_usage={"digital_signature"})
    timestamper = HTTPTimeStamper(tsa_url, timeout=10) if tsa_url else None
    with open_signer(source, password) as signer:
        output = io.BytesIO()
        try:
            signers.sign_pdf(writer, meta, signer=signer, timestamper=timestamper,
                             output=output)
        except TimestampRequestError as exc:
            raise UserError(f"Máy chủ cấp dấu thời gian (TSA): {tsa_url} không trả lời đúng "
                            f"({exc})") from exc
        except (SigningError, PKCS11Error) as exc:
            raise UserError(f"Khoá ký: không ký được với {source.describe()} ({exc})") from exc
    return output.getvalue()
