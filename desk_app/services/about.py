"""What the About box tells: this program's version and the fonts its documents use."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app import __version__
from desk_app.documents.fonts import register_fonts
from desk_app.paths import FONTS_DIR

FONT_LICENCE_FILE = FONTS_DIR / "LICENSE-LiberationSerif.txt"


@dataclass(frozen=True)
class AboutInfo:
    version: str
    document_font: str
    """The family official documents are set in on this PC: Times New Roman or the bundled
    Liberation Serif."""
    bundled_font_licence: str
    """The bundled font's copyright lines and licence (SIL Open Font License 1.1), as shipped."""


def about() -> AboutInfo:
    return AboutInfo(
        version=__version__,
        document_font=register_fonts().source,
        bundled_font_licence=FONT_LICENCE_FILE.read_text(encoding="utf-8"),
    )
