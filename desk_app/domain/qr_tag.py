"""The receipt's QR payload: the dossier code plus a short HMAC tag, nothing personal.

Payload: the office's lookup template filled with the code, followed by `#<tag>` (a URL
fragment, which web servers ignore), e.g. `000.00.00.H49-250610-0001#k3J9aQ2m`. A scanner
types the payload back; `parse_scan` accepts the bare code too, where there is no tag to check.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from urllib.parse import unquote

TAG_LENGTH = 10
_CODE = re.compile(r"[0-9A-Za-z.\-_/]+")


def tag(code: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), code.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:TAG_LENGTH]


def payload(template: str, code: str, secret: str) -> str:
    return f"{template.replace('{code}', code)}#{tag(code, secret)}"


@dataclass(frozen=True)
class Scan:
    code: str
    tag: str | None
    # The text was a QR payload (the template around the code, or a `#`), not a code typed
    # by hand: one without a whole tag is a payload cut short, which cannot be verified.
    payload: bool = False

    @property
    def cut(self) -> bool:
        return self.payload and (self.tag is None or len(self.tag) != TAG_LENGTH)


def parse_scan(text: str, template: str) -> Scan | None:
    """What a scanner typed, back to (code, tag); None when it is not a dossier code."""
    text = text.strip()
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
    return Scan(body, found_tag or None, framed or bool(hash_sign))


def verify(code: str, found_tag: str, secret: str) -> bool:
    return hmac.compare_digest(tag(code, secret), found_tag)
