"""A canvas that knows how many pages a document has: "Trang x/y" on every page."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas


class PageNumberCanvas(Canvas):
    """Holds every page back until the last one is known, then stamps "Trang x/y" on each."""

    def __init__(self, *args, stamp: Callable[[Canvas, int, int], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self._stamp(self, number, total)
            super().showPage()
        super().save()
