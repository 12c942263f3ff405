"""Whether a PDF is signed, by whom, when, and whether the signature holds: pyHanko's own
validator, trusting the root certificates the office configured (`sign setup --trust`)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope

# PEM text of every root certificate the office trusts, one after the other.
TRUST_ROOTS = "sign_trust_roots"


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool
    # The common name (CN) in the subject of the signer's certificate.
    signer: str | None = None
    # Local time: the timestamp authority's when there is one, else the signer's clock.
    signed_at: datetime | None = None
    # None when there is no signature to judge.
    valid: bool | None = None
    # Why not valid, in Vietnamese.
    problem: str | None = None


def certificates_in(data: bytes, field: str) -> list:
    """The certificates of a PEM (one or several) or DER file, as asn1crypto objects."""
    from pyhanko.keys import load_certs_from_pemder_data

    try:
        found = list(load_certs_from_pemder_data(data))
        for certificate in found:
            certificate.native  # noqa: B018 - parses the whole structure, not just its frame
    except (ValueError, TypeError) as exc:
        raise UserError(f"{field}: không phải chứng thư số X.509 (PEM hoặc DER)") from exc
    if not found:
        raise UserError(f"{field}: tệp không chứa chứng thư số nào")
    return found


def office_trust_roots(desk: Desk) -> tuple[bytes, ...]:
    """The roots the office trusts, each a DER certificate."""
    with read_scope(desk.url) as session:
        pem = read_settings(session).get(TRUST_ROOTS, "")
    if not pem:
        return ()
    return tuple(c.dump() for c in certificates_in(pem.encode("ascii"), "Chứng thư gốc"))


def verify_office_pdf(desk: Desk, data: bytes) -> SignatureCheck:
    """`verify_pdf` trusting the office's configured roots."""
    return verify_pdf(data, trust_roots=office_trust_roots(desk))


def _local(moment: datetime | None) -> datetime | None:
    # The house keeps local wall-clock times without a zone, as the dossiers' moments.
    return moment.astimezone().replace(tzinfo=None) if moment is not None else None


def _common_name(certificate) -> str:
    subject = certificate.subject.native
    return subject.get("common_name") or certificate.subject.human_friendly


# The validator's reasons (AdES sub-indications) a person can act on; any other is named as
# the validator names it after the general message.
_TRUST_PROBLEMS_VI = {
    "EXPIRED": "Chứng thư của người ký đã hết hạn",
    "OUT_OF_BOUNDS_NO_POE": "Chứng thư của người ký đã hết hạn (hoặc chưa có hiệu lực) khi ký",
    "NOT_YET_VALID": "Chứng thư của người ký chưa có hiệu lực",
    "REVOKED_NO_POE": "Chứng thư của người ký đã bị thu hồi",
    "REVOKED_CA_NO_POE": "Chứng thư của tổ chức cấp cho người ký đã bị thu hồi",
}


def _trust_problem(status) -> str:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not status.intact:
        return "Nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp)"
    if not status.valid:
        return "Chữ ký không khớp với chứng thư của người ký"
    if status.revoked:
        return "Chứng thư của người ký đã bị thu hồi"
    if not status.trusted:
        indication = status.trust_problem_indic
        name = indication.name if indication is not None else ""
        if name in _TRUST_PROBLEMS_VI:
            return _TRUST_PROBLEMS_VI[name]
        return ("Chứng thư của người ký không dẫn tới chứng thư gốc nào mà cơ quan tin cậy"
                f"{f' ({name})' if name else ''}: thêm chứng thư gốc bằng desk-admin sign "
                "setup --trust")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE and not status.docmdp_ok:
        return "Tệp đã bị sửa sau khi ký (phần thêm vào không được chữ ký bảo vệ)"
    return ""


def verify_pdf(data: bytes, *, trust_roots: Sequence[bytes] = ()) -> SignatureCheck:
    """Every signature of the file checked; signer and time are the newest signature's, and
    the file is valid only when every signature is (the first failure says why)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_regular_signatures)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        return SignatureCheck(False, valid=False, problem=f"Không đọc được tệp PDF ({exc})")
    if not signatures:
        return SignatureCheck(False)
    # No network: a counter is often offline; revocation is judged from what the file holds.
    context = ValidationContext(trust_roots=[_asn1(root) for root in trust_roots],
                                allow_fetching=False)
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)
    problems, newest = [], None
    for embedded in signatures:
        try:
            status = validate_pdf_signature(embedded, context, key_usage_settings=usage)
        except (PdfError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"Chữ ký {embedded.field_name}: không kiểm tra được ({exc})")
            continue
        newest = status
        problem = "" if status.bottom_line else (
            _trust_problem(status) or "Chữ ký không hợp lệ theo bộ kiểm tra của pyHanko")
        if problem:
            problems.append(problem)
    if newest is None:
        return SignatureCheck(True, valid=False, problem=problems[0])
    moment = (newest.timestamp_validity.timestamp if newest.timestamp_validity is not None
              else newest.signer_reported_dt)
    return SignatureCheck(True, _common_name(newest.signing_cert), _local(moment),
                          not problems, problems[0] if problems else None)


def _asn1(der: bytes):
    from asn1crypto import x509

    return x509.Certificate.load(der)
