"""Encode Vietnamese text as Windows-1258 does: shaped vowels precomposed, tone marks combining."""
from __future__ import annotations

import unicodedata

_SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn


def to_cp1258(text: str) -> bytes:
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if not unicodedata.combining(ch):
            out.append(ch)
            out.append("")  # the tone mark slot of this letter
        elif ch in _SHAPE_MARKS:
            out[-2] = unicodedata.normalize("NFC", out[-2] + ch)
        else:
            out[-1] += ch
    return "".join(out).encode("cp1258")
