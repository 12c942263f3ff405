"""Reading import files (catalogue, dossiers) from CSV or the first sheet of an .xlsx.

Both give the same thing: one dict per data row, keyed by the header names (stripped, lower
case), every value the text a CSV export of the sheet would hold. Blank rows in the middle are
kept, so that row i of the result is row i + 2 of the spreadsheet and errors can point at it;
blank rows at the end are dropped.
"""

import csv
import io
import unicodedata
import zipfile
from datetime import date, datetime, time
from pathlib import Path

# Columns holding a national procedure code (`1.001193`). Typed into Excel without a text
# format the code becomes a number and loses its trailing zeros (1.00119); six decimals is the
# code's fixed shape, so formatting with six decimals restores it.
CODE_COLUMNS = frozenset({"code", "procedure_code"})

_EXTENSIONS = (".csv", ".xlsx")


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """The data rows of a `.csv` (UTF-8, with or without BOM) or `.xlsx` file.

    Raises ValueError with a Vietnamese message for an unknown extension or an unreadable file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _EXTENSIONS:
        raise ValueError(
            f"Tệp {path.name}: chỉ đọc được tệp .csv (UTF-8) hoặc .xlsx, "
            f"không đọc được '{path.suffix or 'không có đuôi'}'"
        )
    try:
        table = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    except OSError as exc:
        raise ValueError(f"Tệp {path.name}: không mở được ({exc.strerror or exc})") from exc
    return _to_dicts(path, table)


def _read_csv(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"Tệp {path.name}: không phải văn bản UTF-8; trong Excel hãy lưu bằng "
            "'CSV UTF-8 (Comma delimited)' hoặc dùng tệp .xlsx"
        ) from exc
    first_line = text.split("\n", 1)[0]
    # Excel with Vietnamese regional settings separates CSV cells with ';' (the decimal
    # separator is ','); a header line with ';' and no ',' can only be such a file.
    delimiter = ";" if ";" in first_line and "," not in first_line else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ValueError(f"Tệp {path.name}: không đọc được dạng CSV ({exc})") from exc


def _read_xlsx(path: Path) -> list[list[str]]:
    # Imported only here: the catalogue service, and with it every deadline computation
    # (desk-admin due-date), imports this module without ever reading a spreadsheet.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"Tệp {path.name}: không phải tệp Excel .xlsx đọc được") from exc
    try:
        sheet = workbook.worksheets[0]
        # Some producers write a wrong or missing sheet size; read what is really there.
        sheet.reset_dimensions()
        rows = list(sheet.iter_rows())
        if not rows:
            return []
        header = [_cell_text(cell, "") for cell in rows[0]]
        names = [_header_name(h) for h in header]
        return [header] + [
            [_cell_text(cell, names[i] if i < len(names) else "") for i, cell in enumerate(row)]
            for row in rows[1:]
        ]
    finally:
        workbook.close()


def _cell_text(cell, column: str) -> str:
    """The text a CSV export would hold for this cell."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        if "h" in (getattr(cell, "number_format", "") or "").lower():
            return value.strftime("%Y-%m-%d %H:%M")
        return value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if column in CODE_COLUMNS:
            return f"{value:.6f}"
        if value.is_integer():
            return str(int(value))
    return str(value)


def _header_name(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().lower()


def _to_dicts(path: Path, table: list[list[str]]) -> list[dict[str, str]]:
    while table and not any(cell.strip() for cell in table[-1]):
        table.pop()
    if not table:
        raise ValueError(f"Tệp {path.name}: trống, thiếu dòng tiêu đề")
    names = [_header_name(h) for h in table[0]]
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raise ValueError(f"Tệp {path.name}: cột '{name}' xuất hiện hai lần ở dòng tiêu đề")
        seen.add(name)

    rows = []
    for row_number, cells in enumerate(table[1:], start=2):
        # Cells under a blank header are Excel's padding; text there has no column to go to.
        stray = [c for i, c in enumerate(cells) if c.strip() and (i >= len(names) or not names[i])]
        if stray:
            raise ValueError(
                f"Tệp {path.name}, dòng {row_number}: có ô '{stray[0]}' nằm ngoài các cột "
                "có tiêu đề"
            )
        rows.append(
            {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(names) if name}
        )
    return rows
