"""Where the officer's signing key is: a PKCS#12 file or a PKCS#11 token (the USB tokens of
VNPT-CA, Viettel-CA, BKAV and the others), as the office settings name it; the password or PIN
is asked each time and never stored."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desk_app.services.errors import UserError

PASSWORD_VARIABLE = "DESK_APP_SIGN_PASSWORD"

# The office settings (office_setting rows) that say where the key is. Written only by
# `sign setup` (services/digitisation/sign_setup.py), which first signs a probe with the key.
SOURCE, PKCS12_FILE = "sign_source", "sign_pkcs12_file"
PKCS11_MODULE, PKCS11_TOKEN = "sign_pkcs11_module", "sign_pkcs11_token"
PKCS11_KEY = "sign_pkcs11_key"
SOURCES = ("pkcs12", "pkcs11")


@dataclass(frozen=True)
class KeySource:
    """A PKCS#12 file (`pkcs12_file`) or a token's module, token label and key label."""

    kind: str
    pkcs12_file: str = ""
    module: str = ""
    token: str = ""
    key: str = ""

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> KeySource | None:
        kind = settings.get(SOURCE, "")
        if kind not in SOURCES:
            return None
        return cls(kind, settings.get(PKCS12_FILE, ""), settings.get(PKCS11_MODULE, ""),
                   settings.get(PKCS11_TOKEN, ""), settings.get(PKCS11_KEY, ""))

    def as_settings(self) -> dict[str, str]:
        return {SOURCE: self.kind, PKCS12_FILE: self.pkcs12_file, PKCS11_MODULE: self.module,
                PKCS11_TOKEN: self.token, PKCS11_KEY: self.key}

    def describe(self) -> str:
        if self.kind == "pkcs12":
            return f"tệp PKCS#12 {self.pkcs12_file}"
        return f"thiết bị ký (token) {self.token}, khoá {self.key}, thư viện {self.module}"

    @property
    def secret_name(self) -> str:
        """What the person types to unlock the key, as the messages name it."""
        return "Mật khẩu tệp khoá ký" if self.kind == "pkcs12" else "Mã PIN của thiết bị ký"


def given_password(source: KeySource, password: str | None) -> str:
    """The password or PIN passed in, else DESK_APP_SIGN_PASSWORD (scripts, scheduled tasks);
    nothing at all is refused naming what is missing."""
    if password is None:
        password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        raise UserError(f"{source.secret_name}: chưa nhập (hoặc đặt {PASSWORD_VARIABLE})")
    return password


def _pkcs12_signer(source: KeySource, password: str):
    from pyhanko.sign import signers

    path = Path(source.pkcs12_file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Tệp khoá ký: không đọc được {path} ({exc.strerror or exc})") from exc
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, (), password.encode("utf-8"))
    except ValueError as exc:
        # cryptography says only that it could not decrypt: a wrong password or not PKCS#12.
        raise UserError(f"{source.secret_name}: sai mật khẩu, hoặc {path.name} không phải tệp "
                        "PKCS#12 (.p12, .pfx)") from exc


@contextlib.contextmanager
def _pkcs11_signer(source: KeySource, pin: str) -> Iterator[object]:
    from pkcs11 import exceptions as p11_errors
    from pyhanko.sign import pkcs11

    if not Path(source.module).is_file():
        raise UserError(f"Thư viện PKCS#11: không có tệp {source.module} (cài trình điều khiển "
                        "của thiết bị ký, rồi chỉ tới tệp .dll của nó)")
    try:
        session = pkcs11.open_pkcs11_session(
            source.module, token_criteria=pkcs11.TokenCriteria(label=source.token),
            user_pin=pin)
    except p11_errors.PinIncorrect as exc:
        raise UserError(f"{source.secret_name}: sai mã PIN") from exc
    except p11_errors.PinLocked as exc:
        raise UserError(f"{source.secret_name}: thiết bị đã khoá vì nhập sai PIN quá số lần "
                        "cho phép") from exc
    except p11_errors.PKCS11Error as exc:
        raise UserError(f"Thiết bị ký: không mở được token '{source.token}' (cắm thiết bị, "
                        f"kiểm tra tên token; {type(exc).__name__}: {exc})") from exc
    try:
        # Every certificate on the token comes along: the issuer's chain the validator needs.
        yield pkcs11.PKCS11Signer(session, key_label=source.key, other_certs_to_pull=None)
    finally:
        session.close()


@contextlib.contextmanager
def open_signer(source: KeySource, password: str) -> Iterator[object]:
    """A pyHanko signer for the key `source` names, unlocked with `password` (or the PIN)."""
    if source.kind == "pkcs12":
        yield _pkcs12_signer(source, password)
    else:
        with _pkcs11_signer(source, password) as signer:
            yield signer
