"""Real scans for the digitisation tests and benchmark: PNG, JPEG and TIFF pages drawn with
Pillow, PDFs drawn with reportlab."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def page_image(text: str, dpi: int = 100, colour: str = "white") -> Image.Image:
    """An A4 page at `dpi` with a line of text and some grain, as a scanner gives it."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    for row in range(0, height, max(1, dpi // 10)):
        draw.line([(0, row), (width, row)], fill=(235, 235, 235))
    draw.text((dpi, dpi), text, fill="black")
    return image


def png(path: Path, text: str = "Tờ khai", alpha: bool = False) -> Path:
    image = page_image(text)
    if alpha:
        image = image.convert("RGBA")
    image.save(path, "PNG", dpi=(100, 100))
    return path


def jpeg(path: Path, text: str = "Trang", dpi: int = 100) -> Path:
    page_image(text, dpi).save(path, "JPEG", quality=85, dpi=(dpi, dpi))
    return path


def tiff(path: Path, pages: int) -> Path:
    images = [page_image(f"Trang {n}") for n in range(1, pages + 1)]
    images[0].save(path, "TIFF", save_all=True, append_images=images[1:], dpi=(100, 100))
    return path


def pdf(path: Path, pages: int) -> Path:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        drawing.drawString(72, 760, f"Page {number}")
        drawing.showPage()
    drawing.save()
    path.write_bytes(buffer.getvalue())
    return path
