"""Which texts a spreadsheet would run, and the CSV cell that keeps them text."""

import pytest

from desk_app.domain.formulas import csv_safe, looks_like_formula


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-1+2",
                                  "@SUM(A1)", "\t=1+1", "\r=1+1"])
def test_every_start_a_spreadsheet_runs_gets_the_quote(text):
    assert looks_like_formula(text)
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["Nguyễn Văn A", "12 Trần Phú", "a=b", "", " =1", -3, 2.5,
                                   None])
def test_other_texts_and_the_programs_numbers_stay_as_they_are(value):
    assert not looks_like_formula(value)
    assert csv_safe(value) == value
