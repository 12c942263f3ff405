"""Required and optional checklist papers (issue 16)."""

import pytest

from desk_app.domain.catalog import (
    DocumentLine,
    format_documents,
    is_conditional,
    missing_required,
    parse_documents,
    storable_documents,
    stored_documents,
)


@pytest.mark.parametrize("name,conditional", [
    ("Văn bản ủy quyền (nếu ủy quyền)", True),
    ("Mảnh trích đo (Nếu có)", True),
    ("Giấy tờ khác ( NEU CO )", True),
    ("Hợp đồng (nếu ở nhờ, thuê, mượn)", True),
    ("Giấy chứng sinh", False),
    ("Giấy xác nhận nếu cần", False),
    ("Bản sao (neutral)", False),
])
def test_the_national_wording_makes_a_paper_conditional(name, conditional):
    assert is_conditional(name) is conditional


def test_a_fourth_field_marks_a_paper_optional_and_round_trips():
    text = "Đơn|bản chính|1;Ảnh|bản chính|2|optional;Ủy quyền (nếu có)|bản sao|1"
    documents = parse_documents(text)
    assert [d.optional for d in documents] == [False, True, True]
    assert format_documents(documents) == text
    assert stored_documents(storable_documents(documents)) == documents
    # Versions stored before the flag existed read by their wording.
    assert stored_documents([{"name": "Ủy quyền (nếu có)", "form": "bản sao", "count": 1}]
                            )[0].optional


def test_an_unknown_fourth_field_is_refused_naming_it():
    with pytest.raises(ValueError, match="trường thứ tư 'maybe' không hợp lệ"):
        parse_documents("Đơn|bản chính|1|maybe")


def test_missing_required_ignores_optional_papers_case_and_diacritics():
    listed = parse_documents("Đơn đề nghị|bản chính|1;Ảnh|bản chính|2|optional;CCCD|bản sao|1")
    handed_in = [DocumentLine("don de nghi", "bản sao", 3)]
    assert [d.name for d in missing_required(listed, handed_in)] == ["CCCD"]
