import io

import pypdfium2
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desk_app.documents.qr import QUIET_ZONE_MODULES, QrFlowable, draw_qr, qr_matrix

PAYLOAD = "https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.00.H49-250610-0001"


def _decode_first_page(pdf: bytes) -> list[str]:
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=200 / 72).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_matrix_has_the_quiet_zone():
    matrix = qr_matrix(PAYLOAD)
    assert len(matrix) == len(matrix[0])
    border = matrix[:QUIET_ZONE_MODULES] + matrix[-QUIET_ZONE_MODULES:]
    assert not any(any(row) for row in border)
    assert not any(any(row[:QUIET_ZONE_MODULES]) for row in matrix)


def test_drawn_qr_is_vector_and_decodes():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    draw_qr(canvas, PAYLOAD, 30 * mm, 200 * mm, 27 * mm)
    canvas.save()
    pdf = buffer.getvalue()
    assert "/XObject" not in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
    assert _decode_first_page(pdf) == [PAYLOAD]


def test_flowable_decodes():
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([QrFlowable("000.00.00.H49-250610-0001", 25 * mm)])
    assert _decode_first_page(buffer.getvalue()) == ["000.00.00.H49-250610-0001"]
