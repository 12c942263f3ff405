"""What a list may show of a person's identifiers: enough to tell two people apart at the
counter, not enough to copy the number."""

from __future__ import annotations

MASK = "*"


def mask_id(id_number: str) -> str:
    """Hide the middle of an ID number (CCCD, old CMND, tax code): `001190012345` ->
    `0011******45`.

    Long numbers keep their first four and last two characters (the CCCD's province code
    and a check a clerk can read back to the citizen); shorter ones keep two at each end;
    numbers of five characters or fewer are hidden whole, since what would remain identifies.
    """
    text = id_number.strip()
    if not text:
        return ""
    if len(text) >= 10:
        head, tail = 4, 2
    elif len(text) >= 6:
        head, tail = 2, 2
    else:
        head, tail = 0, 0
    return text[:head] + MASK * (len(text) - head - tail) + text[len(text) - tail:]
