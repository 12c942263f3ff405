import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.text import fold, matches, name_key, nfc

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VIETNAMESE_TEXT = st.text(
    alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + " \t\n0123456789.,-",
    max_size=60,
)


def test_nfc_composes_and_strips():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn Thị Hằng ")
    assert nfc(decomposed) == "Nguyễn Thị Hằng"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Đăng ký khai sinh", "dang ky khai sinh"),
        ("  ĐỒNG   Tháp\t", "dong thap"),
        ("Chứng thực bản sao", "chung thuc ban sao"),
        ("Hòa giải tranh chấp đất đai", "hoa giai tranh chap dat dai"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("", ""),
    ],
)
def test_fold(text, key):
    assert fold(text) == key


def test_fold_treats_composed_and_decomposed_alike():
    text = "Trợ cấp xã hội hằng tháng"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "tro cap xa hoi hang thang"


@given(VIETNAMESE_TEXT)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(VIETNAMESE_TEXT)
def test_fold_of_vietnamese_is_ascii(text):
    assert fold(text).isascii()


@given(VIETNAMESE_TEXT)
def test_fold_ignores_normalisation_form(text):
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


def test_matches_all_words_across_haystacks():
    assert matches("khai sinh", "Thủ tục đăng ký khai sinh", "Hộ tịch")
    assert matches("ho tich khai sinh", "Thủ tục đăng ký khai sinh", "Hộ tịch")
    assert matches("ĐĂNG KÝ", "Thủ tục đăng ký khai sinh")
    assert not matches("khai sinh ket hon", "Thủ tục đăng ký khai sinh", "Hộ tịch")


def test_matches_partial_words_for_type_ahead():
    assert matches("dang ky khai si", "Đăng ký khai sinh")
    assert matches("1.0011", "1.001193", "Đăng ký khai sinh")
    assert matches("001193", "1.001193")


def test_matches_empty_query_and_missing_haystacks():
    assert matches("", "anything")
    assert matches("   ")
    assert matches("sinh", None, "Khai sinh")
    assert not matches("sinh", None)


def test_names_sort_by_their_letters_before_their_marks():
    names = ["Dương Văn Bảy", "Đặng Thị Ánh", "Ánh Tuyết", "Bùi Lan", "An Bình"]
    assert sorted(names, key=name_key) == [
        "An Bình", "Ánh Tuyết", "Bùi Lan", "Đặng Thị Ánh", "Dương Văn Bảy"]
