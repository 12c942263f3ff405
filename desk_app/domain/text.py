"""Text normalisation and accent-insensitive search for Vietnamese input.

Clerks type with Unikey, which may send composed or decomposed text, and citizens' papers are
searched with or without diacritics: every stored text goes through `nfc`, every search key
through `fold`.
"""

import re
import unicodedata
from functools import lru_cache

# A search uses at most this many words: each word is one more condition in the query, and
# about 1,400 of them overflow SQLite's expression tree ("Expression tree is too large").
# No name, address or code a clerk looks for has more.
MAX_SEARCH_WORDS = 16
_LINE_SPACING = re.compile(r"[\t\r\n]+")
# Control (Cc), format (Cf: zero-width spaces and joiners, BOM, soft hyphen, bidi embeddings,
# overrides and isolates) and lone surrogate (Cs) characters: none of them is seen on screen or
# paper, yet each makes a name differ from the same name typed again, and so not found.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})

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


def visible(s: str) -> str:
    """A one-line name or address as a reader sees it: NFC, line breaks and tabs as one space,
    invisible characters removed, trimmed (NFC again: a removed character may have stood
    between a letter and its mark)."""
    text = _LINE_SPACING.sub(" ", unicodedata.normalize("NFC", s))
    text = "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE_CATEGORIES)
    return nfc(text)


def search_words(query: str) -> tuple[list[str], bool]:
    """The folded words a search uses (the first MAX_SEARCH_WORDS), and whether some were
    left out."""
    words = fold(visible(query)).split()
    return words[:MAX_SEARCH_WORDS], len(words) > MAX_SEARCH_WORDS


def fold(s: str) -> str:
    """Search key: lower case, no diacritics, đ as d, single spaces ("Đăng ký" -> "dang ky")."""
    decomposed = unicodedata.normalize("NFD", s.translate(_SEPARATE_LETTERS).lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).split())


def fold_in_place(s: str) -> str:
    """`s` lower case without marks (đ as d), one character for each of its characters: a
    match in the result is at the same place in `s`."""
    folded = (c.translate(_BASE_LETTERS).lower() for c in s)
    return "".join(f if len(f) == 1 else c for c, f in zip(s, folded, strict=True))


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
