import pytest

from desk_app.domain.citizen_notices import (
    check_template,
    international_phone,
    parse_consent,
    render,
    sms_text,
    without_diacritics,
)
from desk_app.domain.validation import ValidationError


def test_sms_text_drops_the_marks_and_keeps_one_segment():
    assert without_diacritics("Đăng ký khai sinh cho bé Ánh") == "Dang ky khai sinh cho be Anh"
    long_text = "Hồ sơ đã có kết quả, mời ông bà đến nhận. " * 10
    text = sms_text(long_text)
    assert len(text) == 160 and text.endswith("...") and text.isascii()
    assert sms_text("Đã có kết quả", unicode_allowed=True) == "Đã có kết quả"
    assert len(sms_text(long_text, unicode_allowed=True)) <= 70


@pytest.mark.parametrize(("typed", "sent"), [("0912 345 678", "84912345678"),
                                             ("+84 912 345 678", "84912345678"),
                                             ("84912345678", "84912345678")])
def test_phone_numbers_go_to_the_gateways_as_84(typed, sent):
    assert international_phone(typed) == sent


def test_consent_only_for_channels_with_a_contact():
    assert parse_consent("sms; email", email="a@b.vn", phone="0912345678") == ("email", "sms")
    with pytest.raises(ValidationError, match="thư điện tử cần địa chỉ"):
        parse_consent("email", email="", phone="0912345678")
    with pytest.raises(ValidationError, match="'fax' không hợp lệ"):
        parse_consent("fax", email="a@b.vn", phone="")


def test_a_template_names_only_known_fields():
    assert render("received", "{office}: {code}", {"office": "Một cửa", "code": "X-1"}).body \
        == "Một cửa: X-1"
    with pytest.raises(ValidationError, match="không có trường ngay_sinh"):
        check_template("received", "{ngay_sinh}")
    with pytest.raises(ValidationError, match="dấu ngoặc"):
        check_template("received", "{code")
