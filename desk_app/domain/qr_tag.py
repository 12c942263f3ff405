"""The QR payload of the documents the desk issues (Circular 01/2023/TT-VPCP Art. 26), signed
with the office's HMAC tag, and what a scanner types read back to a dossier code.

The payload (docs/qr-payload.md) is fields `KEY:value` joined by `|`, the dossier code first:

    HS:000.00.00.H49-250610-0001|TT:1.001193|ID:001088012345|VB:receipt|
    TVB:Giấy tiếp nhận hồ sơ và hẹn trả kết quả|HT:desk_app@000.00.00.H49|
    TG:2025-06-10T14:05|HEN:2025-06-17T14:05|URL:https://…|MAC:k3J9aQ2m1x

A result's hand-over slip carries the result's validity instead of an appointment:
`HL:2030-06-30` (valid until that day) or `HL:khong-thoi-han` (no time limit).

Every value but the document's name (TVB) is ASCII (anything else percent-encoded), and the
tag signs exactly those ASCII fields: a scanner that types as a keyboard and drops or replaces
the Vietnamese letters still gives the code and a tag that verifies. The document's name is
then only for a reader; the kind it belongs to (VB) is signed.

The receipts printed before (the lookup template filled with the code, then `#<tag>` of the
code alone) still scan, and so does a bare code typed by hand, where there is no tag.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, unquote

TAG_LENGTH = 10
_CODE = re.compile(r"[0-9A-Za-z.\-_/]+")

SEPARATOR = "|"
CODE_KEY = "HS"
NAME_KEY = "TVB"
TAG_KEY = "MAC"
MARK = CODE_KEY + ":"
# The name of the issuing system printed in HT, followed by "@" and the office's agency code.
SYSTEM_NAME = "desk_app"
# Signs the new payload apart from the old tag of a code alone: one cannot pass for the other.
_SIGNED_PREFIX = "desk_app/qr/2\n"
# HL's value for a result without a time limit: ASCII, so a keyboard scanner types it intact.
NO_TIME_LIMIT = "khong-thoi-han"
# Printable ASCII less the separator, the escape and the space (printed as %20).
_ASCII_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "|%")


def tag(message: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:TAG_LENGTH]


def legacy_payload(template: str, code: str, secret: str) -> str:
    """The payload receipts carried before the Circular 01/2023 fields (still read back)."""
    return f"{template.replace('{code}', code)}#{tag(code, secret)}"


@dataclass(frozen=True)
class DocumentFields:
    """What Circular 01/2023 Art. 26 asks of the QR code of a document in the dossier process.

    `kind` is the form's key (receipt, supplement_request, refusal, apology, stop_notice,
    control_sheet, result_handover), `name` its title; `code` is empty on a slip given for a
    dossier that was not received. A receipt carries its `appointment`, a result's hand-over
    its `validity` (see `validity_text`).
    """

    code: str
    procedure_code: str
    holder_id: str
    kind: str
    name: str
    agency_code: str
    issued_at: datetime
    appointment: datetime | None = None
    url: str = ""
    validity: str = ""


def validity_text(valid_until: date | None) -> str:
    """HL's value: the last day the result is valid, or NO_TIME_LIMIT."""
    return valid_until.isoformat() if valid_until is not None else NO_TIME_LIMIT


def _ascii(value: str) -> str:
    return quote(value, safe=_ASCII_SAFE)


def _moment(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def _signed(fields: Sequence[tuple[str, str]]) -> str:
    return _SIGNED_PREFIX + SEPARATOR.join(
        f"{key}:{value}" for key, value in fields if key not in (NAME_KEY, TAG_KEY))


def document_payload(doc: DocumentFields, secret: str) -> str:
    fields = [
        (CODE_KEY, _ascii(doc.code)),
        ("TT", _ascii(doc.procedure_code)),
        ("ID", _ascii(doc.holder_id)),
        ("VB", _ascii(doc.kind)),
        # Only the separator and the escape are escaped: a phone shows the name as printed.
        (NAME_KEY, doc.name.replace("%", "%25").replace(SEPARATOR, "%7C")),
        ("HT", _ascii(f"{SYSTEM_NAME}@{doc.agency_code}")),
        ("TG", _moment(doc.issued_at)),
    ]
    if doc.appointment is not None:
        fields.append(("HEN", _moment(doc.appointment)))
    if doc.validity:
        fields.append(("HL", _ascii(doc.validity)))
    if doc.url:
        fields.append(("URL", _ascii(doc.url)))
    fields.append((TAG_KEY, tag(_signed(fields), secret)))
    return SEPARATOR.join(f"{key}:{value}" for key, value in fields)


@dataclass(frozen=True)
class Scan:
    code: str
    tag: str | None
    # The text was a QR payload (the template around the code, or a `#`, or the fields), not
    # a code typed by hand: one without a whole tag is a payload cut short, unverifiable.
    payload: bool = False
    # What the tag signs: the code alone in the old payload, the ASCII fields in the new one.
    signed: str = ""
    # The fields of a new payload, decoded, as typed (a keyboard scanner may have mangled TVB).
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def cut(self) -> bool:
        return self.payload and (self.tag is None or len(self.tag) != TAG_LENGTH)


def parse_scan(text: str, template: str) -> Scan | None:
    """What a scanner typed, back to (code, tag); None when it is not a dossier code."""
    text = text.strip()
    if text.startswith(MARK):
        return _parse_fields(text)
    body, hash_sign, found_tag = text.partition("#")
    prefix, _, suffix = template.partition("{code}")
    framed = False
    if prefix and body.startswith(prefix):
        body = body[len(prefix):]
        framed = True
    if suffix and body.endswith(suffix):
        body = body[: -len(suffix)]
        framed = True
    body = unquote(body)
    if not _CODE.fullmatch(body):
        return None
    return Scan(body, found_tag or None, framed or bool(hash_sign), signed=body)


def _parse_fields(text: str) -> Scan | None:
    typed = [part.partition(":") for part in text.split(SEPARATOR)]
    fields = [(key, value) for key, _, value in typed]
    found = dict(fields)
    code = unquote(found[CODE_KEY])
    # A slip given for a dossier that was not received has no code: not a dossier to open.
    if not _CODE.fullmatch(code):
        return None
    return Scan(code, found.get(TAG_KEY) or None, payload=True, signed=_signed(fields),
                fields=tuple((key, unquote(value)) for key, value in fields))


def verify(scan: Scan, secret: str) -> bool:
    """Whether the scan's whole tag is this office's for what it signs."""
    return scan.tag is not None and hmac.compare_digest(tag(scan.signed, secret), scan.tag)
