"""Input kept within bounds (issue 15, item 6): each test is an attack that once got through."""

from __future__ import annotations

import csv
from dataclasses import replace

import openpyxl
import pytest

from desk_app.domain.catalog import DocumentLine
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.validation import ValidationError
from desk_app.services import dossiers, office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.reception import dossier_import, intake, receipts
from desk_app.services.rules import catalog
from desk_app.services.rules.tabular import read_rows
from tests.conftest import as_admin

OFFICE = {"agency_code": "000.00.00.H49", "parent_agency_name": "UBND tỉnh Quảng Nam",
          "agency_name": "Trung tâm Phục vụ hành chính công", "place_name": "Quảng Nam"}
CATALOG = {"code": "9.000001", "name": "Thủ tục thử", "field": "Thử nghiệm", "time_limit": "5d",
           "documents": "Đơn đề nghị|bản chính|1"}
DOSSIER = {"procedure_code": "1.001193", "applicant_name": "Nguyễn Văn An",
           "received_at": "2025-06-02 09:00"}


@pytest.fixture
def office_db(db_url):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


def write_csv(path, row: dict[str, str]):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(row))
        writer.writeheader()
        writer.writerow(row)
    return path


def import_catalog(url, tmp_path, **changes):
    return catalog.import_file(as_admin(url), write_csv(tmp_path / "c.csv", CATALOG | changes))


def import_dossier(url, tmp_path, **changes):
    return dossier_import.import_file(as_admin(url),
                                      write_csv(tmp_path / "d.csv", DOSSIER | changes))


@pytest.mark.parametrize("documents,said", [
    ("Đơn|bản chính|100000000000000000000", "số lượng '100000000000000000000'"),
    ("Đơn|bản chính|100", "từ 1 đến 99"),
    (";".join(f"Giấy {i}|bản sao|1" for i in range(5000)), "có 5000 giấy tờ, tối đa 100"),
])
def test_catalog_refuses_huge_document_lists_naming_the_column(db_url, tmp_path, documents,
                                                               said):
    with pytest.raises(UserError) as refused:
        import_catalog(db_url, tmp_path, documents=documents)
    assert "cột documents" in str(refused.value) and said in str(refused.value)


def test_catalog_accepts_99_copies_of_each_of_100_documents(db_url, tmp_path):
    documents = ";".join(f"Giấy {i}|bản sao|99" for i in range(100))
    assert import_catalog(db_url, tmp_path, documents=documents).added == ("9.000001",)


def test_intake_refuses_more_than_99_copies_or_100_documents(office_db):
    request = IntakeRequest("1.001193", "Nguyễn Văn An")
    with pytest.raises(ValidationError, match="Số lượng giấy tờ thứ 1: phải từ 1 đến 99"):
        intake.receive(as_admin(office_db), replace(
            request, documents=(DocumentLine("Đơn", "bản chính", 100),)))
    with pytest.raises(ValidationError, match="Giấy tờ: có 101 giấy tờ, tối đa 100"):
        intake.receive(as_admin(office_db), replace(
            request, documents=tuple(DocumentLine(f"Giấy {i}", "bản sao", 1)
                                     for i in range(101))))


def test_a_1430_word_search_uses_its_first_16_words(office_db):
    received = intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Lê Thị Hoa"))
    query = dossiers.DossierQuery(text="le thi hoa " + " ".join(["hoa"] * 13 + ["zzz"] * 1417))
    found = dossiers.search(as_admin(office_db), query)
    assert [r.code for r in found] == [received.code]
    assert dossiers.count(as_admin(office_db), query) == 1


def test_zero_width_and_bidi_characters_are_removed_from_names_and_addresses(office_db):
    received = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001193", "Nguy\u200bễn\u200d Văn\ufeff A\u202en", address="Hội\u2066 An\u00ad"))
    detail = dossiers.show(as_admin(office_db), received.code)
    assert detail.row.applicant_name == "Nguyễn Văn An"
    assert detail.address == "Hội An"
    found = dossiers.search(as_admin(office_db), dossiers.DossierQuery(text="nguyen van an"))
    assert [r.code for r in found] == [received.code]


def test_nfc_comes_before_removal(office_db):
    # "e" + zero-width space + combining circumflex and tilde: after removal, one letter "ễ".
    received = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001193", "Nguye\u200b\u0302\u0303n An"))
    assert dossiers.show(as_admin(office_db), received.code).row.applicant_name == "Nguyễn An"


def test_a_misspelled_column_is_refused_with_a_suggestion(office_db, tmp_path):
    with pytest.raises(UserError, match="cột 'adress' không có trong mẫu tệp; có phải 'address'"):
        import_dossier(office_db, tmp_path, adress="Hội An")
    with pytest.raises(UserError, match="cột 'feee' không có trong mẫu tệp; có phải 'fee'"):
        import_catalog(office_db, tmp_path, feee="10.000 đ")


def test_double_encoded_utf8_is_refused_with_row_and_column(office_db, tmp_path):
    with pytest.raises(UserError) as refused:
        import_dossier(office_db, tmp_path, applicant_name="Thá»§ tá»¥c")
    assert "dòng 2, cột applicant_name" in str(refused.value)
    assert "Thủ tục" in str(refused.value)
    with pytest.raises(UserError, match="dòng 2, cột name"):
        import_catalog(office_db, tmp_path, name="Thá»§ tá»¥c")


def test_proper_vietnamese_is_not_taken_for_mojibake(office_db, tmp_path):
    assert len(import_dossier(office_db, tmp_path, applicant_name="ĐẶNG THỊ ÂN Ông Bà Rịa–Vũng",
                              address="Thủ Đức, Thành phố Hồ Chí Minh")) == 1


@pytest.mark.parametrize("changes,said", [
    ({"due_at": "2025-06-01 09:00"}, "Dòng 2, cột due_at: trước thời điểm tiếp nhận"),
    ({"received_at": "2080-01-01 09:00"}, "Dòng 2, cột received_at: 01/01/2080 09:00 ở tương lai"),
    ({"received_at": "2025-06-11 09:01"}, "cột received_at: 11/06/2025 09:01 ở tương lai"),
])
def test_dossier_dates_in_the_wrong_order_or_future_are_refused(office_db, tmp_path, changes,
                                                                said):
    with pytest.raises(UserError, match=said):
        import_dossier(office_db, tmp_path, **changes)


def test_a_receipt_up_to_a_day_ahead_of_the_clock_is_accepted(office_db, tmp_path):
    assert len(import_dossier(office_db, tmp_path, received_at="2025-06-11 09:00")) == 1


@pytest.mark.parametrize("year", ["9999", "1999", "2101"])
def test_effective_from_outside_2000_2100_is_refused(db_url, tmp_path, year):
    with pytest.raises(UserError, match=f"cột effective_from: năm {year} nằm ngoài khoảng"):
        import_catalog(db_url, tmp_path, effective_from=f"{year}-01-01")


def far_cell_sheet(path, declared: bool):
    book = openpyxl.Workbook()
    book.active.append(list(CATALOG))
    book.active.append(list(CATALOG.values()))
    book.active["XFD1048576"] = "xa"
    book.save(path)
    if not declared:  # as a producer that writes no <dimension> leaves it
        import zipfile
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        sheet = "xl/worksheets/sheet1.xml"
        parts[sheet] = parts[sheet].replace(b'<dimension ref="A1:XFD1048576"/>', b"")
        assert b"<dimension" not in parts[sheet]
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path


@pytest.mark.parametrize("declared", [True, False])
def test_a_sheet_with_one_far_cell_is_refused_before_it_is_loaded(tmp_path, declared):
    path = far_cell_sheet(tmp_path / "far.xlsx", declared)
    with pytest.raises(ValueError, match="tối đa 10000 dòng × 50 cột"):
        read_rows(path)


def test_a_qr_payload_with_its_tag_cut_cannot_be_verified(office_db):
    received = intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Lê Văn Tám"))
    payload = receipts.receipt_document(as_admin(office_db), received.code).qr_payload
    for cut in (payload.split("|MAC:")[0] + "|MAC:", payload[:-4]):
        result = receipts.resolve_scan(as_admin(office_db), cut)
        assert (result.code, result.genuine, result.unverifiable) == (received.code, None, True)
    bare = receipts.resolve_scan(as_admin(office_db), received.code)
    assert (bare.genuine, bare.unverifiable) == (None, False)


def test_a_url_payload_without_its_tag_cannot_be_verified(office_db):
    office.set_value(as_admin(office_db), "qr_url_template",
                     "https://dichvucong.example.vn/tra-cuu?ma={code}")
    received = intake.receive(as_admin(office_db), IntakeRequest("1.001193", "Lê Văn Tám"))
    payload = receipts.receipt_document(as_admin(office_db), received.code).qr_payload
    result = receipts.resolve_scan(as_admin(office_db), payload.split("|MAC:")[0])
    assert (result.genuine, result.unverifiable) == (None, True)


@pytest.mark.parametrize("role,shown", [("officer", "0011******45"), ("clerk", "001190012345"),
                                        ("supervisor", "001190012345")])
def test_one_dossier_masks_the_id_number_by_role(office_db, role, shown):
    received = intake.receive(as_admin(office_db), IntakeRequest(
        "1.001193", "Trần Văn An", id_number="001190012345"))
    detail = dossiers.show(Desk(office_db, Actor(None, role, role)), received.code)
    assert (detail.id_number, detail.row.id_number) == (shown, shown)
    assert dossiers.show(Desk(office_db), received.code).id_number == "0011******45"
