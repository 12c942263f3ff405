"""The secret that seals the audit trail, and the keyed hashes made with it.

The key lives outside the database (a file in the user's data folder, readable by that user
only), so that whoever can write the database can still not recompute the chain nor a dossier
row's content hash. The database keeps only the key's fingerprint, to tell "this PC has another
key" from "the chain was rewritten".
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime
from pathlib import Path

from desk_app import config

KEY_FILE_VARIABLE = "DESK_APP_KEY_FILE"
KEY_FILE_NAME = "audit.key"
KEY_BYTES = 32
# Office setting holding the fingerprint of the key that sealed the chain.
KEY_ID_SETTING = "audit_key_id"
# What a dossier row's content hash covers: what identifies the applicant and the intake, set
# once at intake (the derived due date and status are checked against the events instead).
ROW_FIELDS = ("code", "procedure_version_id", "applicant_kind", "applicant_name", "id_number",
              "phone", "email", "address", "received_at", "register_book", "register_number")


class KeyProblem(Exception):
    """The key file is missing where the database needs it, unreadable or not a key; the
    message says what to do, in Vietnamese."""


def key_path() -> Path:
    """DESK_APP_KEY_FILE, else `audit.key` in the user data folder."""
    explicit = os.environ.get(KEY_FILE_VARIABLE, "").strip()
    return Path(explicit) if explicit else config.data_dir() / KEY_FILE_NAME


def read_key(path: Path | None = None) -> bytes | None:
    path = path or key_path()
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyProblem(f"Khoá nhật ký {path}: không đọc được ({exc})") from exc
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyProblem(f"Khoá nhật ký {path}: không phải khoá của chương trình "
                         f"({KEY_BYTES * 2} chữ số hệ 16)")
    return key


def create_key(path: Path | None = None) -> bytes:
    """Make the key file if there is none (0600 on POSIX) and return the key in it.

    The key is written to a private temporary file and linked into place, so that two programs
    starting at once end up with the same key and nobody ever reads a half-written file.
    """
    path = path or key_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES).hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        # Another program that made it first wins: its key is the one everybody reads.
        with contextlib.suppress(FileExistsError):
            os.link(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    key = read_key(path)
    assert key is not None
    return key


def fingerprint(key: bytes) -> str:
    return hmac.new(key, b"desk_app audit key id", hashlib.sha256).hexdigest()[:16]


def key_for(recorded_id: str | None, create: bool) -> bytes:
    """The key for a database whose chain was sealed with the key `recorded_id` (None: not
    sealed yet, then the key is made when `create`)."""
    path = key_path()
    key = read_key(path)
    if key is None and recorded_id is None and create:
        key = create_key(path)
    if key is None:
        raise KeyProblem(
            f"Máy này không có khoá nhật ký {path}"
            + (f" (mã khoá của cơ sở dữ liệu: {recorded_id})" if recorded_id else "")
            + ": chép tệp khoá từ máy đã tạo nó (desk-admin backup --with-key) vào đó, "
            f"hoặc đặt {KEY_FILE_VARIABLE}")
    if recorded_id is not None and fingerprint(key) != recorded_id:
        raise KeyProblem(
            f"Khoá nhật ký {path} (mã {fingerprint(key)}) không phải khoá đã ký nhật ký của cơ "
            f"sở dữ liệu này (mã {recorded_id}): chép đúng tệp khoá vào đó")
    return key


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_digest(key: bytes, prev_hash: str, at: datetime, user_id, action, entity, entry_key,
                 before, after, row_hash) -> str:
    """HMAC-SHA-256 over an entry's content and the previous entry's hash."""
    payload = _canonical([prev_hash, at.isoformat(timespec="seconds"), user_id, action, entity,
                          entry_key, before, after, row_hash])
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def row_digest(key: bytes, row) -> str:
    """The keyed content hash of a dossier row (any object with the ROW_FIELDS attributes):
    keyed so that the hash of a name and an ID number cannot be tried by guessing."""
    values = []
    for name in ROW_FIELDS:
        value = getattr(row, name)
        values.append(value.isoformat() if isinstance(value, datetime) else value)
    return hmac.new(key, _canonical(values).encode("utf-8"), hashlib.sha256).hexdigest()
