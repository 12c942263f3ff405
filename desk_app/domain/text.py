"""Text normalisation and accent-insensitive search for Vietnamese input.

Clerks type with Unikey, which may send composed or decomposed text, and citizens' papers are
searched with or without diacritics: every stored text goes through `nfc`, every search key
through `fold`.
"""

import unicodedata

# đ is a letter of its own, not d plus a combining mark, so decomposition leaves it in place.
_SEPARATE_LETTERS = str.maketrans({"đ": "d", "Đ": "d"})


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
