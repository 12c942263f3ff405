"""Shared readers for rendered PDFs: text, QR codes and where each character landed."""

import re
from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from desk_app.documents.layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    OfficeHeader,
)

Box = tuple[str, float, float, float, float]


@pytest.fixture
def office_header() -> OfficeHeader:
    """A commune-level desk under a city, as the office settings would give it."""
    return OfficeHeader(
        parent_agency_name="Ủy ban nhân dân thành phố Hà Nội",
        agency_name="Trung tâm Phục vụ hành chính công phường Ba Đình",
        place_name="Hà Nội",
        form_set="2025",
    )


@pytest.fixture
def pdf_text() -> Callable[[Path], list[str]]:
    """Each page's text as pypdf extracts it, runs of white space folded to one space."""

    def read(path: Path) -> list[str]:
        return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]

    return read


@pytest.fixture
def pdf_qr_codes() -> Callable[[Path], list[list[str]]]:
    """The QR codes each page carries, as a scanner sees them on a 200 dpi rendering."""

    def decode(path: Path) -> list[list[str]]:
        pdf = pypdfium2.PdfDocument(path)
        pages = []
        for page in pdf:
            image = page.render(scale=200 / 72).to_pil()
            pages.append(
                [
                    found.text
                    for found in zxingcpp.read_barcodes(image)
                    if found.format == zxingcpp.BarcodeFormat.QRCode
                ]
            )
        pdf.close()
        return pages

    return decode


@pytest.fixture
def pdf_char_boxes() -> Callable[[Path], list[list[Box]]]:
    """Every printed character of each page with its box (left, bottom, right, top) in pt."""

    def boxes(path: Path) -> list[list[Box]]:
        pdf = pypdfium2.PdfDocument(path)
        pages = []
        for page in pdf:
            text = page.get_textpage()
            chars = []
            for index in range(text.count_chars()):
                char = text.get_text_range(index, 1)
                if char.strip():
                    chars.append((char, *text.get_charbox(index)))
            pages.append(chars)
        pdf.close()
        return pages

    return boxes


@pytest.fixture
def outside_margins(pdf_char_boxes) -> Callable[..., list[Box]]:
    """The characters printed outside the Decree 30/2020 margins, page by page flattened.

    With `top_margin_allowed` the top margin may carry text (the copy marks live there).
    """

    def find(path: Path, *, top_margin_allowed: bool = False) -> list[Box]:
        tolerance = 1.0
        outside = []
        pages = pdf_char_boxes(path)
        assert any(pages), "no text found: the check would pass for nothing"
        for page in pages:
            for box in page:
                _, left, bottom, right, top = box
                inside = (
                    left >= MARGIN_LEFT - tolerance
                    and right <= PAGE_WIDTH - MARGIN_RIGHT + tolerance
                    and bottom >= MARGIN_BOTTOM - tolerance
                    and (top_margin_allowed or top <= PAGE_HEIGHT - MARGIN_TOP + tolerance)
                )
                if not inside:
                    outside.append(box)
        return outside

    return find
