"""How `desk-admin` prints answers: an aligned table, CSV or JSON, on screen or in a file."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk_app.domain.formulas import csv_safe
from desk_app.files import write_atomically

FORMATS = ("table", "csv", "json")
# Tables are for reading in a terminal: long names are shortened there, never in CSV/JSON.
TABLE_CELL_MAX = 60


def plain(value: Any) -> Any:
    """JSON-ready value: datetimes as YYYY-MM-DDTHH:MM, dates as YYYY-MM-DD."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def write_answer(path: Path, text: str, fmt: str) -> None:
    """A reading command's answer as a file. CSV is for Excel: UTF-8 with a BOM (without it
    Excel reads Vietnamese as the PC's code page) and CRLF line ends, as RFC 4180 has them;
    JSON and tables are plain UTF-8 with LF. Written beside the target under a temporary name
    and renamed, so a failure leaves no half-written file."""
    csv_file = fmt == "csv"

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8-sig" if csv_file else "utf-8",
                  newline="\r\n" if csv_file else "\n") as target:
            target.write(text + "\n")

    write_atomically(path, write)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value)


def _shorten(text: str) -> str:
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "…"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str,
           whole: Any = None, raw: bool = False) -> str:
    """`whole` is what JSON prints when it differs from the list of rows. CSV is opened in
    Excel: a text that Excel would run as a formula gets `'` in front (domain/formulas.py),
    unless `raw` (`--raw`, for a script that reads the values bare)."""
    if fmt == "json":
        return json.dumps(plain(whole if whole is not None else list(rows)),
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c) if raw else csv_safe(row.get(c)))
                             for c in columns])
        return out.getvalue().rstrip("\n")
    cells = [[_shorten(_cell(row.get(c))) for c in columns] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        padded = (v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))
        return "  ".join(padded).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells])
