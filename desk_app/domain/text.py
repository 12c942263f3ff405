"""Text normalisation and accent-insensitive search for Vietnamese input.

Clerks type with Unikey, which may send composed or decomposed text, and citizens' papers are
searched with or without diacritics: every stored text goes through `nfc`, every search key
through `fold`.
"""

import unicodedata
from functools import lru_cache

# đ is a letter of its own, not d plus a combining mark, so decomposition leaves it in place.
_SEPARATE_LETTERS = str.maketrans({"đ": "d", "Đ": "d"})

# Vietnamese letters to their base letter (đ to d), for sorting names: the letters decide
# first, the marks only between otherwise equal names. A translation table is C-fast where
# unicodedata per character took a quarter of a second for 46,000 names.
_BASE_LETTERS = {
    code: unicodedata.normalize("NFD", chr(code))[0]
    for code in range(0xC0, 0x1EFA)
    if unicodedata.normalize("NFD", chr(code))[0].isascii()
} | {ord("đ"): "d", ord("Đ"): "D"}


def nfc(s: str) -> str:
    """The text in Unicode NFC, without surrounding whitespace."""
    return unicodedata.normalize("NFC", s).strip()


def fold(s: str) -> str:
    """Search key: lower case, no diacritics, đ as d, single spaces ("Đăng ký" -> "dang ky")."""
    decomposed = unicodedata.normalize("NFD", s.translate(_SEPARATE_LETTERS).lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).split())


def matches(query: str, *haystacks: str | None) -> bool:
    """Whether every word of the query occurs, accent-insensitively, somewhere in the haystacks.

    Words match as substrings so that a half-typed word ("khai si") already finds its target;
    an empty query matches everything.
    """
    text = " ".join(fold(h) for h in haystacks if h)
    return all(word in text for word in fold(query).split())


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> tuple[str, str]:
    """Sort key of a name: its letters without marks first, the marks only between otherwise
    equal names ("Đặng" sorts with "Dặng", before "Dương")."""
    # Cached: units, procedures and officers repeat on every row, and a refresh brings back
    # mostly the same applicants.
    return text.translate(_BASE_LETTERS).casefold(), text
