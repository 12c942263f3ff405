import csv
import unicodedata
from datetime import date

import pytest

from desk_app.domain.catalog import (
    DOCUMENT_FORMS,
    CatalogError,
    DocumentLine,
    canonical_time_limit,
    format_documents,
    parse_catalog,
    parse_documents,
)
from desk_app.paths import CATALOG_DIR

BUNDLED = CATALOG_DIR / "procedures.csv"
HEADER = [
    "code",
    "name",
    "field",
    "level",
    "agency",
    "time_limit",
    "cutoff",
    "supplement_rule",
    "fee",
    "documents",
    "effective_from",
    "confidence",
    "source",
]


def good_row(**changes: str) -> dict[str, str]:
    row = {
        "code": "1.001193",
        "name": "Đăng ký khai sinh",
        "field": "Hộ tịch",
        "level": "xã",
        "agency": "UBND cấp xã",
        "time_limit": "same-day",
        "cutoff": "",
        "supplement_rule": "",
        "fee": "Miễn phí",
        "documents": "Tờ khai|bản chính|1;Giấy chứng sinh|bản chính|1",
        "effective_from": "2025-07-01",
        "source": "test",
    }
    row.update(changes)
    return row


def refused(rows) -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(rows)
    return caught.value


# --- the bundled catalogue ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_rows() -> list[dict[str, str]]:
    """The shipped catalogue read as plain CSV, so the test does not depend on the reader."""
    with BUNDLED.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == HEADER
        return list(reader)


def test_bundled_catalogue_parses(bundled_rows):
    specs = parse_catalog(bundled_rows)
    assert len(specs) >= 40
    assert len({s.code for s in specs}) == len(specs)


def test_bundled_catalogue_rows_are_complete(bundled_rows):
    for spec in parse_catalog(bundled_rows):
        assert spec.documents, spec.code
        assert spec.fee, spec.code
        assert spec.source, spec.code
        assert spec.effective_from is not None, spec.code
        if spec.time_limit == "same-day":
            assert spec.cutoff == "15:00", spec.code
        else:
            assert spec.cutoff is None, spec.code


def test_bundled_catalogue_text_is_nfc(bundled_rows):
    for row in bundled_rows:
        for value in row.values():
            assert unicodedata.is_normalized("NFC", value)
            assert value == value.strip()


def test_bundled_catalogue_keeps_the_sample_procedures(bundled_rows):
    by_code = {s.code: s for s in parse_catalog(bundled_rows)}
    assert by_code["1.001193"].time_limit == "same-day"
    assert by_code["2.000635"].fee == "8.000 đ/bản"
    assert by_code["1.001612"].time_limit == "3d"
    assert by_code["1.001776"].time_limit == "10d"
    assert by_code["1.012812"].time_limit == "40d"


# --- a good row ---------------------------------------------------------------------------


def test_good_row_in_canonical_form():
    [spec] = parse_catalog([good_row()])
    assert spec.code == "1.001193"
    assert spec.level == "xã"
    assert spec.time_limit == "same-day"
    assert spec.cutoff == "15:00"  # the same-day default
    assert spec.supplement_rule == "restart"
    assert spec.effective_from == date(2025, 7, 1)
    assert spec.documents == (
        DocumentLine("Tờ khai", "bản chính", 1),
        DocumentLine("Giấy chứng sinh", "bản chính", 1),
    )


def test_values_normalised():
    decomposed = unicodedata.normalize("NFD", " Đăng ký khai sinh ")
    [spec] = parse_catalog(
        [
            good_row(
                name=decomposed,
                time_limit="03D",
                cutoff="9:30",
                level="Xã",
                supplement_rule="PAUSE",
                documents="Tờ khai | Bản Sao Chứng Thực | 2 ;",
            )
        ]
    )
    assert spec.name == "Đăng ký khai sinh"
    assert spec.time_limit == "3d"
    assert spec.cutoff == "09:30"
    assert spec.level == "xã"
    assert spec.supplement_rule == "pause"
    assert spec.documents == (DocumentLine("Tờ khai", "bản sao chứng thực", 2),)


def test_optional_columns_may_be_blank_or_absent():
    row = good_row(level="", cutoff="", documents="", effective_from="", time_limit="15cd")
    del row["agency"], row["fee"], row["source"]
    [spec] = parse_catalog([row])
    assert (spec.level, spec.cutoff, spec.effective_from) == (None, None, None)
    assert (spec.agency, spec.fee, spec.source, spec.documents) == ("", "", "", ())


def test_header_keys_are_normalised_and_surplus_cells_ignored():
    row = {f" {k.upper()} ": v for k, v in good_row().items()}
    row[None] = ["surplus"]
    assert parse_catalog([row])[0].code == "1.001193"


def test_blank_rows_skipped_but_counted():
    blank = dict.fromkeys(good_row(), "")
    error = refused([good_row(), blank, good_row(code="1.000894", time_limit="x")])
    assert (error.row, error.column) == (4, "time_limit")


@pytest.mark.parametrize("limit", ["same-day", "1d", "30d", "1h", "4h", "1cd", "15cd"])
def test_time_limits_accepted(limit):
    assert parse_catalog([good_row(time_limit=limit)])[0].time_limit == limit


@pytest.mark.parametrize("code", ["1.001193", "2.000815.000.00.00.H38"])
def test_code_shapes_accepted(code):
    assert parse_catalog([good_row(code=code)])[0].code == code


# --- refused rows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "reason_part"),
    [
        ("code", "", "không được để trống"),
        ("code", "1.00119", "mã thủ tục '1.00119' không hợp lệ"),
        ("code", "1001193", "không hợp lệ"),
        ("code", "1.001193 ", None),  # surrounding space is stripped, not an error
        ("name", " ", "không được để trống"),
        ("field", "", "không được để trống"),
        ("level", "huyện", "cấp 'huyện' không hợp lệ"),
        ("time_limit", "", "không được để trống"),
        ("time_limit", "0d", "'0d' không hợp lệ"),
        ("time_limit", "3 ngày", "'3 ngày' không hợp lệ (dùng Nd, Nh, same-day hoặc Ncd)"),
        ("time_limit", "3w", "không hợp lệ"),
        ("cutoff", "25:00", "giờ '25:00' không hợp lệ"),
        ("cutoff", "15h", "không hợp lệ"),
        ("supplement_rule", "extend", "'extend' không hợp lệ"),
        ("documents", "Tờ khai|bản chính", "phải có dạng tên|hình thức|số lượng"),
        ("documents", "Tờ khai|bản photo|1", "hình thức 'bản photo' không hợp lệ"),
        ("documents", "Tờ khai|bản chính|0", "số lượng '0'"),
        ("documents", "Tờ khai|bản chính|một", "số lượng 'một'"),
        ("documents", "|bản chính|1", "thiếu tên"),
        ("effective_from", "01/07/2025", "YYYY-MM-DD"),
        ("effective_from", "2025-02-30", "ngày không tồn tại"),
    ],
)
def test_bad_value_refused_with_row_and_column(column, value, reason_part):
    rows = [good_row(code="1.000894"), good_row(**{column: value})]
    if reason_part is None:
        assert len(parse_catalog(rows)) == 2
        return
    error = refused(rows)
    assert (error.row, error.column) == (3, column)
    assert reason_part in error.reason
    assert str(error).startswith(f"Dòng 3, cột {column}: ")


def test_message_format():
    rows = [good_row(code=f"1.00000{i}") for i in range(1, 6)] + [good_row(time_limit="3 ngày")]
    error = refused(rows)
    assert str(error) == (
        "Dòng 7, cột time_limit: '3 ngày' không hợp lệ (dùng Nd, Nh, same-day hoặc Ncd)"
    )


def test_second_document_named_in_reason():
    error = refused([good_row(documents="Tờ khai|bản chính|1;Giấy chứng sinh|bản gốc|1")])
    assert "giấy tờ thứ 2 'Giấy chứng sinh'" in error.reason
    for form in DOCUMENT_FORMS:
        assert form in error.reason


def test_duplicate_code_refused_pointing_at_first():
    error = refused([good_row(), good_row(code="1.000894"), good_row()])
    assert (error.row, error.column) == (4, "code")
    assert "trùng với dòng 2" in error.reason


def test_missing_required_columns():
    row = good_row()
    del row["time_limit"], row["field"]
    error = refused([row])
    assert (error.row, error.column) == (1, "field")
    assert [(e.row, e.column) for e in error.errors] == [(1, "field"), (1, "time_limit")]
    assert "thiếu cột bắt buộc" in str(error)


def test_empty_file_refused():
    assert "không có dòng thủ tục" in str(refused([]))
    assert "không có dòng thủ tục" in str(refused([dict.fromkeys(HEADER, "")]))


def test_all_errors_collected():
    rows = [
        good_row(),
        good_row(code="1.000894", time_limit="3 ngày", level="huyện"),
        good_row(code="1.000656"),
        good_row(code="1.000656", documents="x"),
    ]
    error = refused(rows)
    assert (error.row, error.column) == (3, "level")
    assert [(e.row, e.column) for e in error.errors] == [
        (3, "level"),
        (3, "time_limit"),
        (5, "documents"),
        (5, "code"),
    ]


def test_single_error_is_the_whole_list():
    error = refused([good_row(cutoff="xx")])
    assert [(e.row, e.column, e.reason) for e in error.errors] == [
        (error.row, error.column, error.reason)
    ]
    assert CatalogError(5, "fee", "x").errors[0].row == 5


# --- helpers ------------------------------------------------------------------------------


def test_canonical_time_limit():
    assert canonical_time_limit(" 007D ") == "7d"
    assert canonical_time_limit("Same-Day") == "same-day"
    with pytest.raises(ValueError, match="Nd, Nh, same-day hoặc Ncd"):
        canonical_time_limit("0h")


def test_documents_round_trip():
    text = "Tờ khai|bản chính|1;Bản vẽ thiết kế|bản sao|2"
    assert format_documents(parse_documents(text)) == text
