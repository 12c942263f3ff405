"""Shared readers for rendered PDFs: text, QR codes and where each character landed."""

import re
from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from desk_app.documents.layout import OfficeHeader

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
