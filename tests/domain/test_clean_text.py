"""Free text: normalised, control characters refused with the field and position named."""

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.validation import ValidationError, check_moment, clean_text, require_text


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x9b", "\u202e", "\u202a",
                                  "\u2066", "\u2069"])
def test_invisible_controls_are_refused_naming_field_and_position(char):
    with pytest.raises(ValidationError) as refused:
        clean_text(f"Lê{char}Văn", "Họ tên")
    assert refused.value.field == "Họ tên"
    assert f"(U+{ord(char):04X}) ở vị trí 3" in refused.value.message


def test_line_breaks_are_spaces_in_a_line_and_kept_in_notes():
    assert clean_text(" Số 1\r\n\tTrần Phú ", "Địa chỉ") == "Số 1 Trần Phú"
    assert clean_text("a\r\nb\rc\td", "Ghi chú", multiline=True) == "a\nb\nc\td"


def test_length_is_counted_in_characters_after_normalising():
    decomposed = "e\u0302\u0301" * 10  # 30 code points, 10 letters "ế"
    assert clean_text(decomposed, "Tên", max_length=10) == "ế" * 10
    with pytest.raises(ValidationError, match="dài 11 ký tự, tối đa 10"):
        clean_text("ế" * 11, "Tên", max_length=10)
    with pytest.raises(ValidationError, match="không được để trống"):
        require_text("   ", "Tên")


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=80))
def test_printable_text_is_accepted_as_nfc(text):
    if not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in text):
        result = clean_text(text, "Ghi chú", max_length=10_000)
        assert result == clean_text(result, "Ghi chú", max_length=10_000)


def test_moments_outside_the_calendar_years_are_refused():
    assert check_moment(datetime(2003, 1, 2, 8, 0), "Ngày") == datetime(2003, 1, 2, 8, 0)
    for year in (1, 1989, 2091, 9999):
        with pytest.raises(ValidationError, match=f"năm {year} nằm ngoài khoảng 1990–2090"):
            check_moment(datetime(year, 1, 1), "Ngày")
