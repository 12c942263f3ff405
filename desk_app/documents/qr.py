"""QR codes drawn as vector squares: crisp at any printer resolution, no bitmap to embed; and
the one place every document of the dossier process prints its code (Circular 01/2023/TT-VPCP
Art. 26: the upper-left corner)."""

from __future__ import annotations

import io

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desk_app.documents.layout import MARGIN_LEFT, PAGE_HEIGHT

# The QR specification asks for four light modules around the symbol; scanners need it.
QUIET_ZONE_MODULES = 4


def qr_matrix(payload: str) -> list[list[bool]]:
    """The module matrix of `payload`, quiet zone included (True = dark)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE_MODULES)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def qr_png(payload: str, module_pixels: int = 8) -> bytes:
    """The QR code of `payload` as a black-and-white PNG, quiet zone included, for documents
    that embed an image (the Word apology): `module_pixels` per module keeps every module
    sharp when the image is scaled to its printed size."""
    matrix = qr_matrix(payload)
    side = len(matrix)
    image = Image.new("1", (side, side), 1)
    image.putdata([0 if dark else 1 for row in matrix for dark in row])
    image = image.resize((side * module_pixels, side * module_pixels), Image.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `payload` as a `size` square (quiet zone included) at (x, y).

    (x, y) is the bottom-left corner. Dark runs of each row go into one path filled at once,
    so no hairline seams appear between neighbouring modules when a viewer anti-aliases.
    """
    matrix = qr_matrix(payload)
    module = size / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - row_index * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + start * module, top - module, (column - start) * module, module)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):
    """A platypus flowable holding one QR code of `size` points (quiet zone included)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)


# In the left margin, level with the header: the agency names start at the 30 mm margin and
# the 20 mm top margin, so a code that ends 1 mm short of the margin never touches them, and
# 5 mm from the sheet's edges keeps it clear of what a printer cannot reach.
CORNER_OFFSET = 5 * mm
CORNER_SIZE = MARGIN_LEFT - CORNER_OFFSET - 1 * mm


class CornerQr(Flowable):
    """The document's QR code in the page's upper-left corner, wherever the flowable sits in
    the story (it takes no room there); first in a page's story, so it lands on that page.
    Nothing is printed beside it: the margins of Decree 30/2020 carry no text."""

    def __init__(self, payload: str) -> None:
        super().__init__()
        self.payload = payload

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        top = PAGE_HEIGHT - CORNER_OFFSET
        draw_qr(canvas, self.payload, CORNER_OFFSET, top - CORNER_SIZE, CORNER_SIZE)


def corner_qr(payload: str) -> CornerQr | None:
    """The corner code of `payload`; None for a document made without one."""
    return CornerQr(payload) if payload else None
