import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desk_app.documents.fonts import (
    BUNDLED_FILES,
    VIETNAMESE_LETTERS,
    find_times_new_roman,
    missing_letters,
    register_bundled_fonts,
    register_fonts,
)

# Written out by hand, not generated, so the test does not share a bug with fonts.py.
LOWER = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ"
LETTERS = LOWER.replace(" ", "") + LOWER.replace(" ", "").upper()


def test_letter_list_is_complete_and_precomposed():
    assert len(LETTERS) == 146
    assert len(set(LETTERS)) == 146
    assert all(unicodedata.normalize("NFC", ch) == ch for ch in LETTERS)
    assert set(VIETNAMESE_LETTERS) == set(LETTERS)


@pytest.mark.parametrize("register", [register_fonts, register_bundled_fonts])
def test_every_face_has_every_vietnamese_letter(register):
    family = register()
    for name in (family.regular, family.bold, family.italic, family.bold_italic):
        assert missing_letters(pdfmetrics.getFont(name), LETTERS) == ""


@pytest.mark.parametrize("register", [register_fonts, register_bundled_fonts])
def test_vietnamese_text_survives_a_pdf_round_trip(register):
    family = register()
    lines = [LOWER, LOWER.upper(), "Nguyễn Thị Ánh Tuyết - Đăng ký khai sinh"]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    faces = (family.regular, family.bold, family.italic, family.bold_italic)
    y = 800
    for face in faces:
        for line in lines:
            canvas.setFont(face, 13)
            canvas.drawString(72, y, line)
            y -= 20
    canvas.save()
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert text.splitlines() == lines * len(faces)


def test_bundled_font_is_liberation_serif_2():
    family = register_bundled_fonts()
    assert family.files == BUNDLED_FILES
    assert all(path.is_file() for path in BUNDLED_FILES)
    assert pdfmetrics.getFont(family.regular).face.name == b"LiberationSerif"
    assert (BUNDLED_FILES[0].parent / "LICENSE-LiberationSerif.txt").is_file()


def test_times_new_roman_needs_all_four_faces(tmp_path):
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        (tmp_path / name).write_bytes(b"")
    assert find_times_new_roman([tmp_path]) is None
    (tmp_path / "timesbi.ttf").write_bytes(b"")
    assert find_times_new_roman([tmp_path]) == tuple(
        tmp_path / name for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
    )
