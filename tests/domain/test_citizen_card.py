from datetime import date

import pytest

from desk_app.domain.citizen_card import CitizenCard, looks_like_card, parse_card
from desk_app.domain.validation import ValidationError

CARD = ("001190012345|123456789|Nguyễn Thị Ánh Tuyết|15041990|Nữ|"
        "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|20082021")


def test_a_card_payload_gives_every_field():
    assert parse_card(CARD) == CitizenCard(
        "001190012345", "123456789", "Nguyễn Thị Ánh Tuyết", date(1990, 4, 15), "Nữ",
        "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội", date(2021, 8, 20))


def test_a_card_without_an_old_id_and_with_a_trailing_bar_decomposed_text():
    # Scanners in NFD send the marks apart; a trailing bar comes from some of them.
    payload = "079203001234||Tra\u0302\u0300n Văn An|01012003|Nam|Quận 1, TP Hồ Chí Minh|10052021|"
    card = parse_card(payload)
    assert card.old_id_number == "" and card.full_name == "Trần Văn An"
    assert card.sex == "Nam" and card.birth_date == date(2003, 1, 1)


@pytest.mark.parametrize(("payload", "message"), [
    ("001190012345|123456789|Nguyễn Văn A|15041990|Nữ", "cần 7 phần ngăn bởi '|', có 5"),
    (CARD.replace("001190012345", "999190012345"), "không phải mã tỉnh"),
    (CARD.replace("|123456789|", "|12345|"), "số CMND cũ '12345' phải gồm 9 hoặc 12 chữ số"),
    (CARD.replace("15041990", "31021990"), "ngày sinh '31021990': ngày không tồn tại"),
    (CARD.replace("20082021", "2021-08-20"), "ngày cấp '2021-08-20' không đúng dạng"),
    (CARD.replace("|Nữ|", "|F|"), "giới tính 'F' phải là Nam hoặc Nữ"),
    (CARD.replace("Nguyễn Thị Ánh Tuyết", " "), "thiếu họ tên"),
    (CARD.replace("20082021", "20081980"), "ngày cấp trước ngày sinh"),
])
def test_a_broken_payload_is_refused_naming_the_part(payload, message):
    with pytest.raises(ValidationError, match=message) as raised:
        parse_card(payload)
    assert raised.value.field.startswith("Mã QR trên CCCD")


def test_only_twelve_digits_then_a_bar_are_taken_for_a_card():
    assert looks_like_card(CARD) and looks_like_card(" 001190012345||")
    assert not looks_like_card("001190012345")
    assert not looks_like_card("000.00.00.H49-250610-0001")
    assert not looks_like_card("0011900123|45")
