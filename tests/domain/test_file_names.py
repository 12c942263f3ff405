import pytest

from desk_app.domain.file_names import file_name_part


@pytest.mark.parametrize(("text", "expected"), [
    ("000.00.00.H49-250610-0001", "000.00.00.H49-250610-0001"),
    # A slip number: the slash would make "12" a folder.
    ("12/2025", "12-2025"),
    ("HS:01/2019\\A", "HS-01-2019-A"),
    ('hồ sơ "cũ" <số 5>?', "hồ sơ -cũ- -số 5-"),
    ("xin-lỗi. ", "xin-lỗi"),
    ("CON", "CON-"),
    ("nul.2025", "nul.2025-"),
    ("", "-"),
])
def test_names_windows_accepts_keep_the_vietnamese_letters(text, expected):
    assert file_name_part(text) == expected
