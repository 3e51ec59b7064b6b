"""Sentence boundaries that survive abbreviations such as "No. 33", "Jan. 9" and "Mr."."""
from __future__ import annotations

import bisect
import functools
import re

# A sentence ends at [.!?…]+ (closing quotes or brackets allowed) before whitespace and a capital or a
# digit, at ";" and whitespace, or at a line break. The pattern opens with the set of the characters that
# can begin an end, which lets the regex engine skip to them in a fast scan instead of trying each
# alternative at every position; the look-behinds then tell which alternative applies.
_END = re.compile(r"[.!?…;\n](?:(?<=[.!?…])[.!?…]*[\"”’)]*\s+(?=[\"“(]?[A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ0-9])|(?<=;)\s+|(?<=\n))")
_ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Ltd|Inc|vs|etc)|\b[A-Z])\.\s*$")


@functools.lru_cache(maxsize=65_536)  # the timeline, entry pages and labels ask again for the same blocks
def _boundaries(text: str) -> tuple[list[int], list[int]]:
    """(end of each sentence, start of the next) for the whole text, computed once per text."""
    ends, starts = [], []
    for found in _END.finditer(text):
        if _ABBREVIATION.search(text[max(0, found.start() - 6):found.start() + 1]):
            continue
        ends.append(found.start() + (1 if text[found.start()] in ".!?…" else 0))
        starts.append(found.end())
    return ends, starts


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding text[start:end] (binary search over cached boundaries)."""
    ends, starts = _boundaries(text)
    i = bisect.bisect_right(starts, start)  # sentences that begin at or before the span
    left = starts[i - 1] if i else 0
    j = bisect.bisect_left(ends, end, lo=i)  # the first sentence end at or after the span
    right = ends[j] if j < len(ends) else len(text)
    return left, right


def sentence_at(text: str, start: int, end: int, limit: int = 320, span: tuple[int, int] | None = None) -> str:
    """The sentence holding text[start:end], cut around the span when it is longer than `limit`.
    `span` is that sentence's sentence_span, when the caller has it already."""
    left, right = span or sentence_span(text, start, end)
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
