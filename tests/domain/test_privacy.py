import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.privacy import mask_id


@pytest.mark.parametrize("number,shown", [
    ("001190012345", "0011******45"),     # CCCD, 12 digits
    ("0101234567", "0101****67"),         # tax code, 10 digits
    ("0101234567-001", "0101********01"),  # branch tax code
    ("012345678", "01*****78"),           # old CMND, 9 digits
    ("12345", "*****"),
    ("  001190012345 ", "0011******45"),
    ("", ""),
])
def test_lists_show_only_the_ends_of_an_id_number(number, shown):
    assert mask_id(number) == shown


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_a_masked_number_keeps_its_length_shows_six_at_most_and_hides_a_third(number):
    masked = mask_id(number)
    assert len(masked) == len(number)
    assert len(number) - masked.count("*") <= 6
    assert masked.count("*") >= len(number) / 3
    assert all(m in ("*", c) for m, c in zip(masked, number, strict=True))
