"""The office settings of digitisation: how big a file and how many pages one document may
be, and where the file store is. services/office.py takes them into its settings."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PureWindowsPath

from desk_app.services.errors import UserError

MAX_BYTES_KEY = "attachment_max_mb"
MAX_PAGES_KEY = "attachment_max_pages"
FOLDER_KEY = "file_store_folder"

LABELS_VI = {
    MAX_BYTES_KEY: "Dung lượng tối đa của một tệp đính kèm (MB)",
    MAX_PAGES_KEY: "Số trang tối đa của một giấy tờ số hoá",
    FOLDER_KEY: "Thư mục kho tệp số hoá (để trống: cạnh tệp cơ sở dữ liệu SQLite)",
}

DEFAULTS = {
    # A 300 dpi colour A4 page as JPEG is 1-2 MB: a 20-page document fits.
    MAX_BYTES_KEY: "50",
    MAX_PAGES_KEY: "200",
    FOLDER_KEY: "",
}


def _check_number(key: str, low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not re.fullmatch(r"[0-9]{1,5}", value.strip()) or not low <= int(value) <= high:
            raise UserError(f"{LABELS_VI[key]}: số nguyên từ {low} đến {high}")
        return str(int(value))

    return check


def _check_folder(value: str) -> str:
    value = value.strip()
    # A server share (\\server\share\files) or a local absolute path; a relative one would
    # depend on the folder the program was started from.
    if value and not (value.startswith("/") or PureWindowsPath(value).is_absolute()):
        raise UserError(f"{LABELS_VI[FOLDER_KEY]}: cần đường dẫn đầy đủ, ví dụ "
                        r"D:\MotCua\kho-tep hoặc \\may-chu\chia-se\kho-tep")
    return value


VALIDATORS: dict[str, Callable[[str], str]] = {
    MAX_BYTES_KEY: _check_number(MAX_BYTES_KEY, 1, 2000),
    MAX_PAGES_KEY: _check_number(MAX_PAGES_KEY, 1, 5000),
    FOLDER_KEY: _check_folder,
}
