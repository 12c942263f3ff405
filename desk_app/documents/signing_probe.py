"""The one-page document `sign setup` signs to test a key before the office relies on it."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk_app.documents.fonts import register_fonts


def probe_pdf(key_description: str, moment: datetime) -> bytes:
    fonts = register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    page.setTitle("Tài liệu thử chữ ký số")
    page.setFont(fonts.bold, 14)
    page.drawString(72, 770, "TÀI LIỆU THỬ CHỮ KÝ SỐ")
    page.setFont(fonts.regular, 12)
    page.drawString(72, 745, f"Khoá ký: {key_description}"[:110])
    page.drawString(72, 727, f"Thời điểm thử: {moment:%H:%M %d/%m/%Y}")
    page.showPage()
    page.save()
    return buffer.getvalue()
