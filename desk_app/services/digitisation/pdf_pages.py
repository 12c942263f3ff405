"""One digitised document as one PDF: scanned images wrapped losslessly (img2pdf: the JPEG's
bytes go into the PDF as they are, PNG and TIFF without recompression), PDFs joined page by
page (pikepdf). A single PDF is kept byte for byte."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image

from desk_app.services.errors import UserError

KINDS = {b"%PDF": "pdf", b"\xff\xd8\xff": "jpeg", b"\x89PNG": "png", b"II*\x00": "tiff",
         b"MM\x00*": "tiff"}
ACCEPTED_VI = "PDF, JPEG, PNG hoặc TIFF"
# The same scan gives the same PDF, hence the same SHA-256 and one stored file: no dates,
# and an ID made from the content.
IMAGE_OPTIONS = {"nodate": True, "engine": img2pdf.Engine.internal,
                 "rotation": img2pdf.Rotation.ifvalid}


@dataclass(frozen=True)
class Part:
    """One file the clerk chose: its name, bytes and kind."""

    name: str
    data: bytes
    kind: str  # pdf | jpeg | png | tiff


def kind_of(name: str, data: bytes) -> str:
    """The file's kind by its first bytes (a renamed file is what it holds)."""
    for magic, kind in KINDS.items():
        if data.startswith(magic):
            return kind
    raise UserError(f"Tệp {name}: không phải {ACCEPTED_VI}")


def read_part(path: Path, max_bytes: int) -> Part:
    """A chosen file, refused with its name when it is missing, too big or of another kind."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"Tệp {path.name}: không đọc được ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise UserError(f"Tệp {path.name}: dung lượng {size / 1_000_000:.1f} MB vượt mức "
                        f"tối đa {max_bytes / 1_000_000:.0f} MB cho một tệp")
    if size == 0:
        raise UserError(f"Tệp {path.name}: tệp rỗng")
    data = path.read_bytes()
    return Part(path.name, data, kind_of(path.name, data))


def _image_pdf(part: Part) -> bytes:
    try:
        return img2pdf.convert(part.data, **IMAGE_OPTIONS)
    except img2pdf.AlphaChannelError:
        # A PDF page has no transparency: the scan is laid on white, still losslessly (PNG).
        with Image.open(io.BytesIO(part.data)) as image:
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image, mask=image.convert("RGBA").getchannel("A"))
            buffer = io.BytesIO()
            flat.save(buffer, "PNG", dpi=image.info.get("dpi", (300, 300)))
        return img2pdf.convert(buffer.getvalue(), **IMAGE_OPTIONS)
    except (img2pdf.ImageOpenError, ValueError, OSError) as exc:
        raise UserError(f"Tệp {part.name}: ảnh hỏng hoặc không đọc được ({exc})") from exc


def _open_pdf(name: str, data: bytes) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise UserError(f"Tệp {name}: PDF có mật khẩu, hãy gỡ mật khẩu rồi đính kèm") from exc
    except pikepdf.PdfError as exc:
        raise UserError(f"Tệp {name}: PDF hỏng hoặc không đọc được ({exc})") from exc


def page_count(name: str, data: bytes) -> int:
    with _open_pdf(name, data) as pdf:
        return len(pdf.pages)


def build(parts: Sequence[Part]) -> tuple[bytes, int]:
    """The one PDF of a document made of `parts` in order, and its page count."""
    if not parts:
        raise UserError("Tệp đính kèm: chưa chọn tệp nào")
    if len(parts) == 1 and parts[0].kind == "pdf":
        return parts[0].data, page_count(parts[0].name, parts[0].data)
    if all(part.kind != "pdf" for part in parts):
        try:
            data = img2pdf.convert([part.data for part in parts], **IMAGE_OPTIONS)
        except img2pdf.AlphaChannelError:
            data = _joined(parts)
        except (img2pdf.ImageOpenError, ValueError, OSError):
            # One of them is damaged: converted one by one, the message names it.
            data = _joined(parts)
        return data, page_count(parts[0].name, data)
    data = _joined(parts)
    return data, page_count(parts[0].name, data)


def _joined(parts: Sequence[Part]) -> bytes:
    with pikepdf.new() as whole:
        opened = []
        try:
            for part in parts:
                source = _open_pdf(part.name, part.data if part.kind == "pdf"
                                   else _image_pdf(part))
                opened.append(source)
                whole.pages.extend(source.pages)
            buffer = io.BytesIO()
            whole.save(buffer, deterministic_id=True)
        finally:
            for source in opened:
                source.close()
    return buffer.getvalue()


def join_documents(name: str, pdfs: Sequence[bytes]) -> bytes:
    """Several stored PDFs of one document (a supplement added later) as one file."""
    if len(pdfs) == 1:
        return pdfs[0]
    return _joined([Part(name, data, "pdf") for data in pdfs])
