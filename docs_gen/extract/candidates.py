"""Terms the glossary may lack: quoted phrases and capitalised multi-word names.

Per block only; the link stage counts them across articles and promotes the ones used in two or
more articles to uncurated glossary entries.
"""
from __future__ import annotations

import re

from ..models import CANDIDATE, Mention
from .phrases import fold

# A quoted phrase of 2–8 words: "Youth self-management border section", “people's hearts and minds”.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,80})[\"”]")
# Three to six capitalised words, possibly joined by of/and/for/the: "Border Friendship Exchange Programme".
_CAPITALISED = re.compile(r"\b([A-ZĐ][\w'’-]+(?:\s(?:(?:of|and|for|the|on|to)\s)?[A-ZĐ][\w'’-]+){2,5})")
_WORD = re.compile(r"[^\W_]+")


def find_candidates(text: str) -> list[Mention]:
    found: list[Mention] = []
    for quoted in _QUOTED.finditer(text):
        phrase = quoted.group(1).strip(" ,.;:")
        words = _WORD.findall(phrase)
        if 2 <= len(words) <= 8 and not phrase[:1].isdigit():
            start = quoted.start(1) + quoted.group(1).index(phrase)
            found.append(_mention(start, start + len(phrase), phrase))
    taken = [(x.start, x.end) for x in found]
    for name in _CAPITALISED.finditer(text):
        start, end = name.span(1)
        phrase = name.group(1).rstrip("'’-")
        if _sentence_start(text, start) or any(s <= start < e for s, e in taken):
            continue
        if len(_WORD.findall(phrase)) >= 3:
            found.append(_mention(start, start + len(phrase), phrase))
    return sorted(found, key=lambda x: x.start)


def _mention(start: int, end: int, phrase: str) -> Mention:
    return Mention(start, end, CANDIDATE, candidate_key(phrase), phrase)


def candidate_key(phrase: str) -> str:
    return " ".join(_WORD.findall(fold(phrase)))


def _sentence_start(text: str, start: int) -> bool:
    window = max(0, start - 40)  # look back a little, never copy the whole text before the phrase
    before = text[window:start].rstrip(" \"“(")
    return before[-1] in ".!?:;" if before else window == 0
