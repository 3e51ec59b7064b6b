"""Sentence boundaries that survive abbreviations such as "No. 33", "Jan. 9" and "Mr."."""
from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“(]?[A-ZÀ-ỸĐ0-9])|;\s+|\n")
_ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Ltd|Inc|vs|etc)|\b[A-Z])\.\s*$")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding text[start:end]."""
    left = 0
    right = len(text)
    for found in _END.finditer(text):
        if _ABBREVIATION.search(text[max(0, found.start() - 6):found.start() + 1]):
            continue
        if found.end() <= start:
            left = found.end()
        elif found.start() >= end:
            right = found.start() + (1 if text[found.start()] in ".!?…" else 0)
            break
    return left, right


def sentence_at(text: str, start: int, end: int, limit: int = 320) -> str:
    """The sentence holding text[start:end], cut around the span when it is longer than `limit`."""
    left, right = sentence_span(text, start, end)
    sentence = text[left:right].strip()
    if len(sentence) <= limit:
        return sentence
    offset = start - left
    begin = max(0, offset - limit // 2)
    piece = sentence[begin:begin + limit]
    if begin > 0:
        piece = "…" + piece[piece.find(" ") + 1:]
    if begin + limit < len(sentence):
        piece = piece[:piece.rfind(" ")] + "…"
    return piece
