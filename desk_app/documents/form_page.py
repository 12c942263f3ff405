"""One recipe for the official forms of a dossier: receipt, intake slips, letters, control sheet.

Every such form is built the same way: one or two copies (marked as the applicant's and the
file's, or identical), each opening with the page header (agency names, Quốc hiệu and Tiêu
ngữ, the document number of a letter, the date line, label and title), then the body that is
the form's own, each copy fitted onto one page and starting on a new one. A form module
describes only its body.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desk_app.documents.forms import FormText
from desk_app.documents.layout import (
    CONTENT_HEIGHT,
    OfficeHeader,
    Styles,
    Target,
    build_pdf,
    page_header,
    story_height,
    styles,
)
from desk_app.documents.qr import CornerQr

# A document that misses one page by a little has its body set smaller to fit, never below
# 85 % (13 pt text stays above 11 pt); a longer one runs onto more pages at full size. The
# header and title keep their official sizes.
MIN_SCALE = 0.85
SCALE_STEP = 0.025

Body = Callable[[Styles], list[Flowable]]


class CopyMark(Flowable):
    """Which copy a page is ("Bản giao người nộp"), printed small in the top margin.

    It takes no height, so marking a copy never pushes its content onto another page.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 0

    def draw(self) -> None:
        st = styles().copy_mark
        self.canv.setFont(st.fontName, st.fontSize)
        self.canv.drawRightString(self.width, 7 * mm, unicodedata.normalize("NFC", self.text))


def copy_marks(form: FormText, copies: int, marked: bool = True) -> list[str | None]:
    """One mark per copy: none for a single copy or for identical copies, else the
    applicant's copy then the file's."""
    if copies not in (1, 2):
        raise ValueError(f"copies must be 1 or 2, not {copies}")
    if copies == 1 or not marked:
        return [None] * copies
    return [form.text("copy_for_applicant"), form.text("copy_for_file")]


def fit_one_page(build: Body) -> list[Flowable]:
    """The story `build` makes, with the largest body scale that fits it on one page.

    At full size when it fits; when even MIN_SCALE is not enough, at full size over as many
    pages as it takes.
    """
    story = build(styles())
    if story_height(story) <= CONTENT_HEIGHT:
        return story
    scale = 1.0 - SCALE_STEP
    while scale >= MIN_SCALE - 1e-9:
        smaller = build(styles(round(scale, 3)))
        if story_height(smaller) <= CONTENT_HEIGHT:
            return smaller
        scale -= SCALE_STEP
    return story


def render_form(
    target: Target,
    form: FormText,
    header: OfficeHeader,
    issued_on: date,
    body: Body,
    *,
    copies: int,
    subject: str,
    code: str | None = None,
    number: str | None = None,
    marked: bool = True,
    qr: CornerQr | None = None,
) -> None:
    """Write `copies` copies of `form` to `target` (a path or a binary file object).

    `body` makes what follows the page header at a given style scale. `code` (the dossier's)
    follows the form's title in the PDF's properties, `number` is a letter's "Số: …",
    `marked=False` prints identical copies, and `qr` is the code in each copy's upper-left
    corner.
    """

    def page(mark: str | None, st: Styles) -> list[Flowable]:
        story: list[Flowable] = [CopyMark(mark)] if mark else []
        if qr is not None:
            story.append(qr)
        story += page_header(st, header, form, issued_on, number)
        story += body(st)
        return story

    story: list[Flowable] = []
    for mark in copy_marks(form, copies, marked):
        if story:
            story.append(PageBreak())
        story += fit_one_page(partial(page, mark))
    title = form.title if code is None else f"{form.title} - {code}"
    build_pdf(target, story, title=title, subject=subject)
