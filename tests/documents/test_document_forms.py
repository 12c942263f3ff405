import string

import pytest

from desk_app.documents.forms import (
    FORM_KEYS,
    FormDataError,
    UnknownFormError,
    available_form_sets,
    form_text,
)

TITLES_2025 = {
    "receipt": ("Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    "supplement_request": ("Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    "refusal": ("Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    "apology": ("Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"),
    "stop_notice": ("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
    "control_sheet": ("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    "register": ("Mẫu số 07", "SỔ THEO DÕI HỒ SƠ"),
}
TITLES_2018 = {
    "receipt": ("Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    "supplement_request": ("Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    "refusal": ("Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    "apology": ("Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
    "control_sheet": ("Mẫu số 05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    "register": ("Mẫu số 06", "SỔ THEO DÕI HỒ SƠ"),
}


def test_both_sets_are_available():
    assert {"2018", "2025"} <= set(available_form_sets())


@pytest.mark.parametrize(("form_set", "titles"), [("2025", TITLES_2025), ("2018", TITLES_2018)])
def test_labels_and_titles(form_set, titles):
    for key, (label, title) in titles.items():
        form = form_text(form_set, key)
        assert (form.label, form.title) == (label, title)


def test_2018_has_no_stop_notice():
    with pytest.raises(UnknownFormError, match="'2018' has no form 'stop_notice'"):
        form_text("2018", "stop_notice")


@pytest.mark.parametrize("form_set", ["2030", "", "../forms/2025", "2025.json"])
def test_unknown_set_is_named_in_the_error(form_set):
    with pytest.raises(UnknownFormError, match="unknown form set"):
        form_text(form_set, "receipt")


def test_unknown_form_and_phrase():
    with pytest.raises(UnknownFormError, match="no form 'letter'"):
        form_text("2025", "letter")
    with pytest.raises(UnknownFormError, match="no phrase 'nothing'"):
        form_text("2025", "receipt").text("nothing")


def test_phrases_fill_placeholders_and_common_phrases_are_shared():
    receipt = form_text("2025", "receipt")
    assert receipt.text("national_name") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert receipt.text("motto") == "Độc lập - Tự do - Hạnh phúc"
    assert receipt.text("item_sets", sets=1) == "2. Số lượng hồ sơ: 01 bộ"
    with pytest.raises(FormDataError, match="item_sets"):
        receipt.text("item_sets")


def _placeholders(template):
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@pytest.mark.parametrize("key", [key for key in FORM_KEYS if key != "stop_notice"])
def test_sets_are_interchangeable_for_the_renderers(key):
    new, old = form_text("2025", key), form_text("2018", key)
    assert set(new.phrases) == set(old.phrases)
    for name in new.phrases:
        assert _placeholders(new.phrases[name]) == _placeholders(old.phrases[name]), name
