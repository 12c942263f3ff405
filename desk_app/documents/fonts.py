"""The serif font family every official document is set in.

Decree 30/2020 asks for Times New Roman. It is not free to ship, so it is used when the PC has
it, and the bundled Liberation Serif 2.x (metric-compatible, SIL OFL) is used otherwise. A Times
New Roman copy is only accepted when all four faces cover every Vietnamese letter: old copies
(e.g. the 1998 "core fonts for the web") would print boxes instead of ơ, ư and dot-below letters.
"""

from __future__ import annotations

import logging
import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desk_app.paths import FONTS_DIR

_log = logging.getLogger(__name__)

_VOWELS = "aăâeêioôơuưy"
# Combining huyền, sắc, hỏi, ngã, nặng: composed with each vowel they give every toned letter.
_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def _vietnamese_letters() -> str:
    lower = []
    for vowel in _VOWELS:
        lower.append(vowel)
        lower.extend(unicodedata.normalize("NFC", vowel + mark) for mark in _TONE_MARKS)
    lower.append("đ")
    text = "".join(lower)
    return text + text.upper()


VIETNAMESE_LETTERS = _vietnamese_letters()
"""Every precomposed Vietnamese letter, lower then upper case (146 characters)."""

FACES = ("regular", "bold", "italic", "bold_italic")

BUNDLED_FILES = tuple(
    FONTS_DIR / f"LiberationSerif-{suffix}.ttf"
    for suffix in ("Regular", "Bold", "Italic", "BoldItalic")
)

# Windows and Arch ship the short names; Debian's msttcorefonts and macOS the long ones.
_TIMES_FILE_NAMES = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    (
        "Times_New_Roman.ttf",
        "Times_New_Roman_Bold.ttf",
        "Times_New_Roman_Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
    ),
    (
        "Times New Roman.ttf",
        "Times New Roman Bold.ttf",
        "Times New Roman Italic.ttf",
        "Times New Roman Bold Italic.ttf",
    ),
)


@dataclass(frozen=True)
class FontFamily:
    """Registered reportlab font names, one per face, and where they came from."""

    source: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, ...]

    @property
    def family(self) -> str:
        """The name to give a ParagraphStyle: <b> and <i> then pick the right face."""
        return self.regular


def times_new_roman_dirs() -> list[Path]:
    """Folders where this PC may keep Times New Roman, most likely first."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
        dirs.append(Path.home() / "Library" / "Fonts")
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/msttcorefonts"),
            Path("/usr/share/fonts/truetype/times"),
            Path("/usr/share/fonts/TTF"),
            Path("/usr/share/fonts/truetype"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local" / "share" / "fonts",
            Path.home() / ".fonts",
        ]
    return dirs


def find_times_new_roman(dirs: Iterable[Path]) -> tuple[Path, ...] | None:
    """The four Times New Roman files from the first folder that has all of them."""
    for folder in dirs:
        for names in _TIMES_FILE_NAMES:
            paths = tuple(folder / name for name in names)
            if all(path.is_file() for path in paths):
                return paths
    return None


def missing_letters(font: TTFont, letters: str = VIETNAMESE_LETTERS) -> str:
    """The letters of `letters` the font has no glyph for."""
    cmap = font.face.charToGlyph
    return "".join(ch for ch in letters if ord(ch) not in cmap)


def _load_faces(prefix: str, files: Sequence[Path]) -> list[TTFont]:
    names = (prefix, f"{prefix}-Bold", f"{prefix}-Italic", f"{prefix}-BoldItalic")
    return [TTFont(name, os.fspath(path)) for name, path in zip(names, files, strict=True)]


def _register(source: str, faces: list[TTFont], files: Sequence[Path]) -> FontFamily:
    for face in faces:
        pdfmetrics.registerFont(face)
    regular, bold, italic, bold_italic = (face.fontName for face in faces)
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    return FontFamily(source, regular, bold, italic, bold_italic, tuple(files))


def _usable_times_new_roman(files: Sequence[Path]) -> list[TTFont] | None:
    try:
        faces = _load_faces("TimesNewRoman", files)
    except (TTFError, OSError) as exc:
        _log.warning(
            "Times New Roman at %s is unreadable (%s); using Liberation Serif", files[0], exc
        )
        return None
    for face, path in zip(faces, files, strict=True):
        gaps = missing_letters(face)
        if gaps:
            _log.warning("%s lacks Vietnamese letters %r; using Liberation Serif", path, gaps)
            return None
    return faces


@cache
def register_bundled_fonts() -> FontFamily:
    """Register the bundled Liberation Serif, whatever the PC has."""
    return _register(
        "Liberation Serif", _load_faces("LiberationSerif", BUNDLED_FILES), BUNDLED_FILES
    )


@cache
def register_fonts() -> FontFamily:
    """Register the document font family once per process and return its names."""
    files = find_times_new_roman(times_new_roman_dirs())
    if files is not None:
        faces = _usable_times_new_roman(files)
        if faces is not None:
            return _register("Times New Roman", faces, files)
    return register_bundled_fonts()
