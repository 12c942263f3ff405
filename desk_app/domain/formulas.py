"""Formula injection: a text that a spreadsheet would run instead of showing.

Excel, LibreOffice and Google Sheets read a cell starting with `=`, `+`, `-` or `@` as a
formula (`=HYPERLINK(...)` sends the reader away, `+cmd|' /C calc'!A0` starts a program
through DDE); a leading tab or carriage return is trimmed on import and exposes what follows
(OWASP, "CSV Injection"). Names, addresses, notes and catalogue names are typed by people
the program does not trust, so every export shows them as typed: a workbook marks such a cell
as text (documents/sheets.py), a CSV file puts a `'` before it (cli/output.py).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What Excel itself puts before a typed `=1` to keep it text; it does not show in the cell.
CSV_TEXT_MARK = "'"


def looks_like_formula(value: object) -> bool:
    """Whether `value` is a text a spreadsheet would read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(value: object) -> object:
    """`value` as a CSV cell no spreadsheet runs: a formula-like text gets `'` in front."""
    return CSV_TEXT_MARK + value if looks_like_formula(value) else value
