from datetime import date, datetime, time

import pytest
from openpyxl import Workbook

from desk_app.domain.catalog import parse_catalog
from desk_app.paths import CATALOG_DIR
from desk_app.services.rules.tabular import read_rows


def write_xlsx(path, rows, number_formats=None):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for coordinate, number_format in (number_formats or {}).items():
        sheet[coordinate].number_format = number_format
    # A second sheet must be ignored: imports read the first sheet only.
    workbook.create_sheet("Ghi chú").append(["not", "read"])
    workbook.save(path)
    return path


# --- CSV ----------------------------------------------------------------------------------


def test_csv_with_bom(tmp_path):
    path = tmp_path / "catalog.csv"
    text = (
        '\ufeffCode , Name\r\n1.001193,Đăng ký khai sinh\r\n2.000635,"Cấp bản sao, trích lục"\r\n'
    )
    path.write_bytes(text.encode())
    assert read_rows(path) == [
        {"code": "1.001193", "name": "Đăng ký khai sinh"},
        {"code": "2.000635", "name": "Cấp bản sao, trích lục"},
    ]


def test_csv_without_bom_and_quoted_newline(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text('code,note\n1.001193,"dòng một\ndòng hai"\n', encoding="utf-8")
    assert read_rows(path) == [{"code": "1.001193", "note": "dòng một\ndòng hai"}]


def test_csv_semicolon_separated_by_vietnamese_excel(tmp_path):
    path = tmp_path / "catalog.csv"
    documents = "Tờ khai|bản chính|1;Giấy chứng sinh|bản chính|1"
    path.write_text(
        f'code;name;documents\n1.001193;Khai sinh;"{documents}"\n', encoding="utf-8-sig"
    )
    [row] = read_rows(path)
    assert row == {"code": "1.001193", "name": "Khai sinh", "documents": documents}


def test_csv_blank_rows_kept_in_the_middle_dropped_at_the_end(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("code,name\n1.001193,A\n,\n1.000894,B\n,\n\n", encoding="utf-8")
    rows = read_rows(path)
    assert [r["code"] for r in rows] == ["1.001193", "", "1.000894"]


def test_csv_short_rows_padded_and_trailing_empty_cells_ignored(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("code,name,fee\n1.001193\n1.000894,B,,,\n", encoding="utf-8")
    assert read_rows(path) == [
        {"code": "1.001193", "name": "", "fee": ""},
        {"code": "1.000894", "name": "B", "fee": ""},
    ]


def test_csv_text_outside_any_column_refused(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("code,name\n1.001193,A,lạc chỗ\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dòng 2: có ô 'lạc chỗ' nằm ngoài các cột"):
        read_rows(path)


def test_csv_not_utf8_refused(tmp_path):
    path = tmp_path / "ansi.csv"
    # What Excel's plain "CSV" writes on a Vietnamese Windows: the ANSI code page.
    path.write_bytes("code,name\n1.001193,Đăng\n".encode("cp1258"))
    with pytest.raises(ValueError, match="không phải văn bản UTF-8"):
        read_rows(path)


def test_duplicate_header_refused(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("code,Code\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="cột 'code' xuất hiện hai lần"):
        read_rows(path)


def test_empty_file_refused(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="trống"):
        read_rows(path)


def test_bundled_catalogue_reads_and_parses():
    specs = parse_catalog(read_rows(CATALOG_DIR / "procedures.csv"))
    assert len(specs) >= 40


# --- XLSX ---------------------------------------------------------------------------------


def test_xlsx_values_become_csv_text(tmp_path):
    path = write_xlsx(
        tmp_path / "dossiers.xlsx",
        [
            [
                " Procedure_Code",
                "received_at",
                "effective_from",
                "cutoff",
                "count",
                "ratio",
                "text",
            ],
            [
                1.00119,
                datetime(2025, 7, 1, 8, 30),
                date(2025, 7, 1),
                time(15, 0),
                3.0,
                2.5,
                "Đăng ký",
            ],
            [None, None, None, None, 7, None, None],
        ],
    )
    assert read_rows(path) == [
        {
            "procedure_code": "1.001190",
            "received_at": "2025-07-01 08:30",
            "effective_from": "2025-07-01",
            "cutoff": "15:00",
            "count": "3",
            "ratio": "2.5",
            "text": "Đăng ký",
        },
        {
            "procedure_code": "",
            "received_at": "",
            "effective_from": "",
            "cutoff": "",
            "count": "7",
            "ratio": "",
            "text": "",
        },
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (1.001193, "1.001193"),
        (1.0012, "1.001200"),
        (2.000635, "2.000635"),
        ("1.001190", "1.001190"),
    ],
)
def test_xlsx_numeric_code_cells_keep_six_decimals(tmp_path, cell, expected):
    path = write_xlsx(tmp_path / "catalog.xlsx", [["code", "name"], [cell, "X"]])
    assert read_rows(path)[0]["code"] == expected


def test_xlsx_datetime_follows_the_cell_format(tmp_path):
    path = write_xlsx(
        tmp_path / "d.xlsx",
        [["a", "b"], [datetime(2025, 7, 1, 0, 0), datetime(2025, 7, 1, 9, 15)]],
        {"A2": "dd/mm/yyyy", "B2": "dd/mm/yyyy hh:mm"},
    )
    assert read_rows(path) == [{"a": "2025-07-01", "b": "2025-07-01 09:15"}]


def test_xlsx_trailing_blank_rows_skipped_middle_ones_kept(tmp_path):
    path = write_xlsx(
        tmp_path / "d.xlsx",
        [["code"], ["1.001193"], [None], ["1.000894"], [None], [""]],
    )
    assert [r["code"] for r in read_rows(path)] == ["1.001193", "", "1.000894"]


def test_xlsx_catalogue_with_numeric_codes_parses(tmp_path):
    header = ["code", "name", "field", "time_limit", "effective_from", "documents"]
    path = write_xlsx(
        tmp_path / "catalog.xlsx",
        [
            header,
            [1.00119, "Thủ tục giả định", "Hộ tịch", "3d", date(2025, 7, 1), "Tờ khai|bản chính|1"],
            ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "same-day", None, None],
        ],
    )
    first, second = parse_catalog(read_rows(path))
    assert (first.code, first.effective_from) == ("1.001190", date(2025, 7, 1))
    assert (second.code, second.cutoff) == ("1.001193", "15:00")


def test_broken_xlsx_refused(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    with pytest.raises(ValueError, match="không phải tệp Excel .xlsx"):
        read_rows(path)


# --- anything else ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["catalog.xls", "catalog.ods", "catalog.txt", "catalog"])
def test_bad_extension_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("code\n1.001193\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"chỉ đọc được tệp \.csv \(UTF-8\) hoặc \.xlsx"):
        read_rows(path)


@pytest.mark.parametrize("name", ["missing.csv", "missing.xlsx"])
def test_missing_file_refused(tmp_path, name):
    with pytest.raises(ValueError, match=f"Tệp {name}: không mở được"):
        read_rows(tmp_path / name)
