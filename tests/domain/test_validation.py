import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.validation import (
    CCCD_PROVINCE_CODES,
    ValidationError,
    parse_date,
    parse_datetime,
    require_text,
    tax_code_check_digit,
    validate_agency_code,
    validate_citizen_id,
    validate_email,
    validate_phone,
    validate_tax_code,
)


def test_validation_error_names_the_field_in_its_message():
    error = ValidationError("Số CCCD", "phải gồm đúng 12 chữ số")
    assert isinstance(error, ValueError)
    assert str(error) == "Số CCCD: phải gồm đúng 12 chữ số"
    assert (error.field, error.message) == ("Số CCCD", "phải gồm đúng 12 chữ số")


# --- citizen ID ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("001099012345", "001099012345"),
        (" 079 203 000123 ", "079203000123"),
        ("096190000001", "096190000001"),
    ],
)
def test_citizen_id_accepted(text, expected):
    assert validate_citizen_id(text) == expected


@pytest.mark.parametrize(
    "text", ["00109901234", "0010990123456", "00109901234a", "", "0O1099012345"]
)
def test_citizen_id_must_be_12_digits(text):
    with pytest.raises(ValidationError) as caught:
        validate_citizen_id(text)
    assert str(caught.value) == "Số CCCD: phải gồm đúng 12 chữ số"


@pytest.mark.parametrize("province", ["000", "003", "097", "099", "500"])
def test_citizen_id_province_code_checked(province):
    with pytest.raises(ValidationError, match="mã tỉnh"):
        validate_citizen_id(province + "099012345")


def test_citizen_id_province_codes_are_the_63_of_the_scheme():
    assert len(CCCD_PROVINCE_CODES) == 63
    assert {"001", "031", "048", "079", "092", "096"} <= CCCD_PROVINCE_CODES


def test_citizen_id_field_label_is_the_callers():
    with pytest.raises(ValidationError, match=r"^id_number: "):
        validate_citizen_id("12", field="id_number")


# --- tax code -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0100233488", "0100233488"),
        ("0314409058-002", "0314409058-002"),
        ("0314409058002", "0314409058-002"),
        ("0312 687 878", "0312687878"),
        ("01.00.112.437", "0100112437"),
    ],
)
def test_tax_code_accepted(text, expected):
    assert validate_tax_code(text) == expected


@pytest.mark.parametrize("text", ["12345", "010023348", "01002334889", "0100233488-02", "abc"])
def test_tax_code_format(text):
    with pytest.raises(ValidationError, match="^Mã số thuế: phải gồm 10 chữ số"):
        validate_tax_code(text)


def test_tax_code_check_digit_refused_when_wrong():
    with pytest.raises(ValidationError, match="chữ số kiểm tra"):
        validate_tax_code("0100233480")


def test_tax_code_branch_000_and_empty_sequence_refused():
    with pytest.raises(ValidationError, match="001 đến 999"):
        validate_tax_code("0314409058-000")
    with pytest.raises(ValidationError, match="đều bằng 0"):
        validate_tax_code("0100000000")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_tax_code_with_its_check_digit_is_valid(first_nine):
    check = tax_code_check_digit(first_nine)
    if check is None or first_nine[2:] == "0000000":
        return
    assert validate_tax_code(f"{first_nine}{check}") == f"{first_nine}{check}"
    wrong = (check + 1) % 10
    with pytest.raises(ValidationError):
        validate_tax_code(f"{first_nine}{wrong}")


# --- phone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0912345678", "0912345678"),
        ("091 234 5678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0387-654-321", "0387654321"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0243 8256 686", "02438256686"),
        ("(028) 3829 1234", "02838291234"),
        ("+84 24 3825 6686", "02438256686"),
        ("0562345678", "0562345678"),
        ("0789999999", "0789999999"),
        ("0889999999", "0889999999"),
    ],
)
def test_phone_accepted_and_normalised(text, expected):
    assert validate_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0112345678",  # 01x mobile prefixes were retired in 2018
        "091234567",  # too short
        "09123456789",  # too long for a mobile, not 02 for a landline
        "0212345678",  # a landline needs 11 digits
        "+85 912 345 678",
        "0912a45678",
        "",
    ],
)
def test_phone_refused(text):
    with pytest.raises(ValidationError, match="^Số điện thoại: "):
        validate_phone(text)


# --- email --------------------------------------------------------------------------------


def test_email_accepted_with_domain_lower_cased():
    assert validate_email(" Nguyen.Van.A@Gmail.COM ") == "Nguyen.Van.A@gmail.com"
    assert validate_email("a+b@sub.example.gov.vn") == "a+b@sub.example.gov.vn"


@pytest.mark.parametrize(
    "text", ["", "a", "a@b", "a@@b.vn", "a b@c.vn", "a@b..vn", "@b.vn", "a@.vn", "a@b.vn."]
)
def test_email_refused(text):
    with pytest.raises(ValidationError, match="^Email: "):
        validate_email(text)


# --- dates and times ----------------------------------------------------------------------


def test_parse_date():
    assert parse_date("2025-07-01") == date(2025, 7, 1)
    assert parse_date(" 2024-02-29 ") == date(2024, 2, 29)


@pytest.mark.parametrize("text", ["2025-02-29", "2025-13-01", "2025-04-31", "2025-00-10"])
def test_parse_date_impossible_day(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text, field="Ngày nhận")
    assert str(caught.value) == f"Ngày nhận: '{text}': ngày không tồn tại"


@pytest.mark.parametrize("text", ["01/07/2025", "2025-7-1", "2025-07-01 08:00", ""])
def test_parse_date_wrong_shape(text):
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date(text)


def test_parse_datetime():
    assert parse_datetime("2025-07-01 08:30") == datetime(2025, 7, 1, 8, 30)
    assert parse_datetime("2025-07-01T16:45") == datetime(2025, 7, 1, 16, 45)


@pytest.mark.parametrize("text", ["2025-07-01 24:00", "2025-07-01 08:60"])
def test_parse_datetime_impossible_time(text):
    with pytest.raises(ValidationError, match="giờ phút không tồn tại"):
        parse_datetime(text)


def test_parse_datetime_impossible_day():
    with pytest.raises(ValidationError, match="^received_at: '2025-02-30 08:00': ngày không"):
        parse_datetime("2025-02-30 08:00", field="received_at")


@pytest.mark.parametrize("text", ["2025-07-01", "2025-07-01 8:30", "01/07/2025 08:30", ""])
def test_parse_datetime_wrong_shape(text):
    with pytest.raises(ValidationError, match="YYYY-MM-DD HH:MM"):
        parse_datetime(text)


# --- agency code and required text --------------------------------------------------------


def test_agency_code():
    assert validate_agency_code("000.00.00.H49") == "000.00.00.H49"
    assert validate_agency_code(" 000.00.00.h49 ") == "000.00.00.H49"
    for bad in ["", "000-00-00-H49", "Ủy ban", "A" * 36]:
        with pytest.raises(ValidationError, match="^Mã cơ quan: "):
            validate_agency_code(bad)


def test_require_text():
    decomposed = unicodedata.normalize("NFD", " Lê Văn Tám ")
    assert require_text(decomposed, "Họ tên") == "Lê Văn Tám"
    for empty in ["", "   ", None]:
        with pytest.raises(ValidationError) as caught:
            require_text(empty, "Họ tên")
        assert str(caught.value) == "Họ tên: không được để trống"


def test_inputs_are_nfc_normalised_first():
    decomposed_email = unicodedata.normalize("NFD", "hằng@ví-dụ.vn")
    assert validate_email(decomposed_email) == "hằng@ví-dụ.vn"
    assert unicodedata.is_normalized("NFC", validate_email(decomposed_email))
