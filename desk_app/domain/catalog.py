"""The procedure catalogue: parsing and checking catalogue rows (FORMATS.md, "Procedure catalogue
file") into immutable procedure specifications.

Rows arrive already read from a CSV or a spreadsheet (`services.tabular.read_rows`), one mapping
per data row in file order; the header is row 1, so the first data row is row 2 as a spreadsheet
user sees it. A catalogue is imported whole or not at all, so every row is checked and every
fault is reported, each with its row number and column.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desk_app.domain.process_steps import StepSpec, parse_steps
from desk_app.domain.text import fold, nfc
from desk_app.domain.validation import ValidationError, clean_text, parse_date

REQUIRED_COLUMNS = ("code", "name", "field", "time_limit")
# Every column a catalogue file may have (FORMATS.md; the bundled catalogue adds `confidence`
# and `source`): another is a misspelling, refused rather than dropped.
COLUMNS = frozenset(REQUIRED_COLUMNS + (
    "level", "agency", "cutoff", "supplement_rule", "fee", "documents", "effective_from",
    "agency_code", "steps", "confidence", "source"))
# One paper is at most 99 copies and a procedure asks for at most 100 papers: a receipt lists
# each, and 5,000 made an intake take 2 s and its receipt 76 s.
MAX_DOCUMENT_COUNT, MAX_DOCUMENTS = 99, 100
# The years a procedure version may start in (9999 is a typing slip, not a plan).
EFFECTIVE_YEARS = (2000, 2100)
LEVELS = ("tỉnh", "xã", "bộ")
DOCUMENT_FORMS = ("bản chính", "bản sao", "bản chụp", "bản sao chứng thực")
SUPPLEMENT_RULES = ("restart", "pause")
DEFAULT_SUPPLEMENT_RULE = "restart"
SAME_DAY = "same-day"
DEFAULT_SAME_DAY_CUTOFF = "15:00"

# National procedure code (`1.001193`); a province's local variant appends the agency
# identifier (`2.000815.000.00.00.H38`), so dot-separated upper-case parts may follow.
_CODE = re.compile(r"[0-9]\.[0-9]{6}(?:\.[0-9A-Z]+)*")
_CODE_MAX_LENGTH = 32  # the width of procedure.code
# Beyond these a limit is a typing slip (an extra zero), and the deadline engine would count a
# calendar decades long.
_TIME_LIMIT_MAX = {"d": 365, "h": 2000, "cd": 730}
# Longest text per column, within what the database columns hold.
_TEXT_MAX = {"name": 1000, "field": 255, "agency": 500, "fee": 255, "source": 1000}
_TIME_LIMIT = re.compile(r"([0-9]+)(d|h|cd)")
_CUTOFF = re.compile(r"([0-9]{1,2}):([0-9]{2})")
_COUNT = re.compile(r"[0-9]+")
# The fourth field of a `documents` item that marks a paper as not always required.
OPTIONAL_MARK = "optional"
# The national catalogue's wording for a conditional paper: "Văn bản ủy quyền (nếu ủy quyền)",
# "… (nếu có)"; matched on the folded name, so "(Nếu", "(neu" and "( nếu" count too.
_CONDITIONAL = re.compile(r"\(\s*neu\b")
_AGENCY_CODE = re.compile(r"[0-9A-Z.]{1,35}")


@dataclass(frozen=True)
class DocumentLine:
    """One paper of a dossier: its name, the form it is in (bản chính, bản sao...) and how
    many. The catalogue lists those a procedure asks for, the clerk ticks those handed in
    (the procedure's required ones by default), the receipt prints them. `optional`: the
    catalogue does not always require it (see `document_line`); a paper handed in carries
    no such mark."""

    name: str
    form: str
    count: int
    optional: bool = False


def is_conditional(name: str) -> bool:
    """Whether the name says the paper is needed only in some cases ("(nếu …)")."""
    return _CONDITIONAL.search(fold(name)) is not None


def document_line(name: str, form: str, count: int, marked_optional: bool) -> DocumentLine:
    """A catalogue's paper: optional when marked so or when its name is conditional."""
    return DocumentLine(name, form, count, marked_optional or is_conditional(name))


def required_documents(documents: Sequence[DocumentLine]) -> list[DocumentLine]:
    return [d for d in documents if not d.optional]


def missing_required(listed: Sequence[DocumentLine],
                     handed_in: Sequence[DocumentLine]) -> list[DocumentLine]:
    """The required papers of `listed` that `handed_in` lacks, compared by name with case
    and diacritics ignored (a paper's form and count may differ from the catalogue's)."""
    names = {fold(d.name) for d in handed_in}
    return [d for d in required_documents(listed) if fold(d.name) not in names]


@dataclass(frozen=True)
class ProcedureSpec:
    """One procedure version as the catalogue states it, every value in canonical form."""

    code: str
    name: str
    field: str
    level: str | None
    agency: str
    time_limit: str
    cutoff: str | None
    supplement_rule: str
    fee: str
    documents: tuple[DocumentLine, ...]
    effective_from: date | None
    source: str
    # The settling agency's identifier (Decree 118 Art. 28(2)); "" when the row has none.
    agency_code: str = ""
    # The internal process (domain/process_steps.py); empty: one implicit step.
    steps: tuple[StepSpec, ...] = ()


class CatalogError(ValueError):
    """A catalogue file that cannot be imported.

    Carries the first fault (`row`, `column`, `reason`) and, in `errors`, every fault found,
    each itself a `CatalogError`, so a clerk can fix the whole file in one pass.
    """

    def __init__(
        self, row: int, column: str, reason: str, errors: Sequence["CatalogError"] = ()
    ) -> None:
        super().__init__(f"Dòng {row}, cột {column}: {reason}")
        self.row = row
        self.column = column
        self.reason = reason
        self.errors: list[CatalogError] = list(errors) or [self]


class _RowFault(NamedTuple):
    """One column's fault inside a row, before the row number is attached."""

    column: str
    reason: str


def parse_catalog(rows: Sequence[Mapping[str | None, object]]) -> list[ProcedureSpec]:
    """Check every row and return the procedures in file order.

    Blank rows are skipped (they keep their number, so later rows are reported where the
    spreadsheet shows them). Raises `CatalogError` listing all faults when any row is wrong.
    """
    table = [_normalise_keys(row) for row in rows]
    if not any(any(row.values()) for row in table):
        raise CatalogError(2, "code", "tệp không có dòng thủ tục nào")
    missing = [c for c in REQUIRED_COLUMNS if c not in table[0]]
    if missing:
        reason = "thiếu cột bắt buộc trong dòng tiêu đề"
        header_faults = [CatalogError(1, c, reason) for c in missing]
        raise CatalogError(1, missing[0], reason, header_faults)

    specs: list[ProcedureSpec] = []
    faults: list[CatalogError] = []
    first_row_of_code: dict[str, int] = {}
    for row_number, row in enumerate(table, start=2):
        if not any(row.values()):
            continue
        row_faults: list[_RowFault] = []
        spec = _parse_row(row, row_faults)
        code = row.get("code", "")
        if code and code in first_row_of_code:
            row_faults.append(
                _RowFault("code", f"mã '{code}' trùng với dòng {first_row_of_code[code]}")
            )
        elif code:
            first_row_of_code[code] = row_number
        faults.extend(CatalogError(row_number, f.column, f.reason) for f in row_faults)
        if spec is not None and not row_faults:
            specs.append(spec)
    if faults:
        first = faults[0]
        raise CatalogError(first.row, first.column, first.reason, faults)
    return specs


def canonical_time_limit(text: str) -> str:
    """`3d`, `4h`, `same-day` or `15cd` in canonical spelling; ValueError (Vietnamese) if not."""
    value = nfc(text).lower()
    if value == SAME_DAY:
        return value
    match = _TIME_LIMIT.fullmatch(value)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"'{nfc(text)}' không hợp lệ (dùng Nd, Nh, same-day hoặc Ncd)")
    number, unit = int(match.group(1)), match.group(2)
    if number > _TIME_LIMIT_MAX[unit]:
        raise ValueError(f"'{nfc(text)}' quá dài (tối đa {_TIME_LIMIT_MAX[unit]}{unit})")
    return f"{number}{unit}"


def parse_documents(text: str) -> tuple[DocumentLine, ...]:
    """The `name|form|count[|optional];...` list; ValueError (Vietnamese) naming the faulty
    item."""
    documents = []
    items = [item.strip() for item in nfc(text).split(";")]
    listed = sum(1 for i in items if i)
    if listed > MAX_DOCUMENTS:
        raise ValueError(f"có {listed} giấy tờ, tối đa {MAX_DOCUMENTS}")
    for position, item in enumerate((i for i in items if i), start=1):
        parts = [p.strip() for p in item.split("|")]
        if len(parts) not in (3, 4):
            raise ValueError(f"giấy tờ thứ {position} '{item}' phải có dạng "
                             "tên|hình thức|số lượng hoặc tên|hình thức|số lượng|optional")
        name, form, count = parts[0], parts[1].lower(), parts[2]
        if len(parts) == 4 and parts[3].lower() != OPTIONAL_MARK:
            raise ValueError(f"giấy tờ thứ {position} '{name}': trường thứ tư '{parts[3]}' "
                             f"không hợp lệ (chỉ được là {OPTIONAL_MARK} hoặc bỏ trống)")
        if not name:
            raise ValueError(f"giấy tờ thứ {position} thiếu tên")
        try:
            name = clean_text(name, f"giấy tờ thứ {position}", max_length=500)
        except ValidationError as exc:
            raise ValueError(str(exc)) from exc
        if form not in DOCUMENT_FORMS:
            raise ValueError(
                f"giấy tờ thứ {position} '{name}': hình thức '{parts[1]}' không hợp lệ "
                f"(dùng {', '.join(DOCUMENT_FORMS[:-1])} hoặc {DOCUMENT_FORMS[-1]})"
            )
        if not _COUNT.fullmatch(count) or not 1 <= int(count) <= MAX_DOCUMENT_COUNT:
            raise ValueError(
                f"giấy tờ thứ {position} '{name}': số lượng '{count}' "
                f"phải là số nguyên từ 1 đến {MAX_DOCUMENT_COUNT}"
            )
        documents.append(document_line(name, form, int(count), len(parts) == 4))
    return tuple(documents)


def stored_documents(items: Sequence[Mapping[str, object]]) -> tuple[DocumentLine, ...]:
    """A document list as the database keeps it (procedure_version.documents; `optional`
    is stored only when true, so versions stored before it read as they were)."""
    return tuple(document_line(str(d["name"]), str(d["form"]), int(d["count"]),
                               bool(d.get("optional", False))) for d in items)


def storable_documents(documents: Sequence[DocumentLine]) -> list[dict[str, object]]:
    """The inverse of `stored_documents`."""
    return [{"name": d.name, "form": d.form, "count": d.count,
             **({"optional": True} if d.optional else {})} for d in documents]


def format_documents(documents: Sequence[DocumentLine]) -> str:
    """The catalogue-file spelling of a document list (inverse of `parse_documents`); the
    `optional` mark only where the name does not already say so."""
    return ";".join(
        f"{d.name}|{d.form}|{d.count}"
        + (f"|{OPTIONAL_MARK}" if d.optional and not is_conditional(d.name) else "")
        for d in documents)


def _normalise_keys(row: Mapping[str | None, object]) -> dict[str, str]:
    # csv.DictReader files surplus cells under the key None; they belong to no column.
    return {
        nfc(key).lower(): nfc(value) if isinstance(value, str) else ""
        for key, value in row.items()
        if isinstance(key, str)
    }


def _parse_row(row: dict[str, str], faults: list[_RowFault]) -> ProcedureSpec | None:
    """The row's spec, or None with `faults` filled when a column is wrong."""

    def check(column, parse):
        try:
            return parse(row.get(column, ""))
        except ValidationError as exc:
            faults.append(_RowFault(column, exc.message))
        except ValueError as exc:
            faults.append(_RowFault(column, str(exc)))
        return None

    texts = {column: check(column, _text(column)) for column in ("agency", "fee", "source")}
    values = {
        "code": check("code", _parse_code),
        "name": check("name", _required_text("name")),
        "field": check("field", _required_text("field")),
        "level": check("level", _parse_level),
        "time_limit": check("time_limit", _parse_time_limit),
        "cutoff": check("cutoff", _parse_cutoff),
        "supplement_rule": check("supplement_rule", _parse_supplement_rule),
        "documents": check("documents", parse_documents),
        "effective_from": check("effective_from", _parse_effective_from),
        "agency_code": check("agency_code", _parse_agency_code),
        "steps": check("steps", parse_steps),
    }
    if faults:
        return None
    if values["cutoff"] is None and values["time_limit"] == SAME_DAY:
        values["cutoff"] = DEFAULT_SAME_DAY_CUTOFF
    return ProcedureSpec(**texts, **values)


def _parse_agency_code(value: str) -> str:
    # The national identifier scheme's shape, as the office's own agency_code.
    if value and not _AGENCY_CODE.fullmatch(value):
        raise ValueError(f"'{value}': chỉ gồm chữ số, chữ in hoa và dấu chấm, tối đa 35 ký tự "
                         "(ví dụ 000.21.30.H49)")
    return value


def _required(value: str) -> str:
    if not value:
        raise ValueError("không được để trống")
    return value


def _text(column: str):
    def parse(value: str) -> str:
        return clean_text(value, column, max_length=_TEXT_MAX[column])

    return parse


def _required_text(column: str):
    def parse(value: str) -> str:
        return _required(clean_text(value, column, max_length=_TEXT_MAX[column]))

    return parse


def _parse_code(value: str) -> str:
    code = _required(value)
    if len(code) > _CODE_MAX_LENGTH or not _CODE.fullmatch(code):
        raise ValueError(
            f"mã thủ tục '{code}' không hợp lệ (dạng 1.001193: một chữ số, dấu chấm, sáu chữ số; "
            "nếu gõ trong Excel, hãy định dạng ô là Văn bản)"
        )
    return code


def _choice(choices: Sequence[str], empty: str | None, fault: str):
    """A parser of one of `choices`, typed in any case, giving `empty` for a blank cell;
    `fault` is the error, with the typed value in place of {value}."""

    def parse(value: str) -> str | None:
        if not value:
            return empty
        choice = value.lower()
        if choice not in choices:
            raise ValueError(fault.format(value=value))
        return choice

    return parse


_parse_level = _choice(LEVELS, None, "cấp '{value}' không hợp lệ (dùng tỉnh, xã, bộ hoặc để trống)")


def _parse_time_limit(value: str) -> str:
    if not value:
        raise ValueError("không được để trống (dùng Nd, Nh, same-day hoặc Ncd)")
    return canonical_time_limit(value)


def _parse_cutoff(value: str) -> str | None:
    if not value:
        return None
    match = _CUTOFF.fullmatch(value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f"giờ '{value}' không hợp lệ (dùng HH:MM, ví dụ 15:00)")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


_parse_supplement_rule = _choice(
    SUPPLEMENT_RULES,
    DEFAULT_SUPPLEMENT_RULE,
    "'{value}' không hợp lệ (dùng restart, pause hoặc để trống)",
)


def _parse_effective_from(value: str) -> date | None:
    if not value:
        return None
    effective_from = parse_date(value, "effective_from")
    first, last = EFFECTIVE_YEARS
    if not first <= effective_from.year <= last:
        raise ValueError(f"năm {effective_from.year} nằm ngoài khoảng {first}–{last}")
    return effective_from
