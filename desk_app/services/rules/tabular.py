"""Reading import files (catalogue, dossiers) from CSV or the first sheet of an .xlsx.

Both give the same thing: one dict per data row, keyed by the header names (stripped, lower
case), every value the text a CSV export of the sheet would hold. Blank rows in the middle are
kept, so that row i of the result is row i + 2 of the spreadsheet and errors can point at it;
blank rows at the end are dropped.
"""

import csv
import difflib
import io
import unicodedata
import zipfile
from collections.abc import Collection
from datetime import date, datetime, time
from pathlib import Path

# Columns holding a national procedure code (`1.001193`). Typed into Excel without a text
# format the code becomes a number and loses its trailing zeros (1.00119); six decimals is the
# code's fixed shape, so formatting with six decimals restores it.
CODE_COLUMNS = frozenset({"code", "procedure_code"})

_EXTENSIONS = (".csv", ".xlsx")
# The largest sheet an import reads: far above any catalogue or day's intake, far below what
# one stray far cell (XFD1048576) makes openpyxl walk (560 MB and 7.5 s for a 5 KB file).
MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 10_000, 50


def read_rows(path: str | Path, columns: Collection[str] | None = None) -> list[dict[str, str]]:
    """The data rows of a `.csv` (UTF-8, with or without BOM) or `.xlsx` file.

    `columns`, when given, are the header names the file may use; any other is refused with
    the nearest known name, since a misspelled column would otherwise be dropped unseen.
    Raises ValueError with a Vietnamese message for an unknown extension, an unreadable file,
    an unknown column or a cell whose text was decoded twice (mojibake).
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
    return _to_dicts(path, table, columns)


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
        # The size the sheet declares (its <dimension>) is checked before a cell is read; some
        # producers write none or a wrong one, so the rows read are counted as well.
        _check_size(path, sheet.max_row or 0, sheet.max_column or 0)
        sheet.reset_dimensions()
        rows = []
        for row in sheet.iter_rows(max_col=MAX_SHEET_COLUMNS + 1):
            rows.append(row)
            if len(rows) > MAX_SHEET_ROWS:
                _check_size(path, len(rows), 0)
        while rows and rows[-1] and all(cell.value is None for cell in rows[-1]):
            rows.pop()
        _check_size(path, len(rows), max((_used_width(row) for row in rows), default=0))
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


def _check_size(path: Path, rows: int, columns: int) -> None:
    if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
        raise ValueError(
            f"Tệp {path.name}: trang tính dùng {rows} dòng × {columns} cột, tối đa "
            f"{MAX_SHEET_ROWS} dòng × {MAX_SHEET_COLUMNS} cột; hãy xoá các ô thừa ở xa "
            "(Ctrl+End cho biết ô cuối) hoặc chia tệp")


def _used_width(row) -> int:
    """The column number of the row's last non-empty cell."""
    for index in range(len(row) - 1, -1, -1):
        if row[index].value is not None:
            return index + 1
    return 0


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


def _to_dicts(path: Path, table: list[list[str]],
              columns: Collection[str] | None) -> list[dict[str, str]]:
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
        if name and columns is not None and name not in columns:
            raise ValueError(f"Tệp {path.name}, dòng 1: {_unknown_column(name, columns)}")
    for row_number, cells in enumerate(table, start=1):
        _refuse_mojibake(path, row_number, names, cells)

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


def _unknown_column(name: str, columns: Collection[str]) -> str:
    close = difflib.get_close_matches(name, sorted(columns), n=1, cutoff=0.6)
    hint = f"; có phải '{close[0]}'?" if close else f" (các cột: {', '.join(sorted(columns))})"
    return f"cột '{name}' không có trong mẫu tệp{hint}"


def _refuse_mojibake(path: Path, row_number: int, names: list[str], cells: list[str]) -> None:
    """Refuse text that was UTF-8 read as a one-byte code page and saved again ("Thá»§ tá»¥c"
    for "Thủ tục"): stored, it would print and be searched as garbage."""
    # Imported here: ftfy loads its tables on import, and only a file with accents needs them.
    import ftfy

    for index, cell in enumerate(cells):
        if cell.isascii() or not ftfy.is_bad(cell):
            continue
        fixed = ftfy.fix_text(cell)
        if fixed == cell:
            continue
        column = names[index] if index < len(names) and names[index] else f"thứ {index + 1}"
        raise ValueError(
            f"Tệp {path.name}, dòng {row_number}, cột {column}: chữ bị lỗi mã hoá "
            f"('{cell[:40]}', có lẽ là '{fixed[:40]}'); hãy mở tệp gốc và lưu lại bằng UTF-8")
