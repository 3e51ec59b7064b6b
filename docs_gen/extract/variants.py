"""Spelling variants of a curated phrase, so that an editor lists one spelling and the others match.

Three general rules, applied word by word to the phrase (never to article text, so they cost
nothing when matching):

- numbers from 1 to 10 as digits and as words, in the phrase's language ("4 togethers" and
  "four togethers"; "3 bám" and "ba bám");
- British and American spellings ("defence" / "defense", "mobilisation" / "mobilization",
  "programme" / "program");
- the English renderings of "toàn dân" ("all-people", "all people's", "whole people's",
  "entire people's").

The phrase matcher already ignores case, hyphens, quotes and simple plurals, so those need no variant.
"""
from __future__ import annotations

import itertools
import re

_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_VI_NUMBERS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")

# Whole words whose other spelling no suffix rule gives.
_WORD_PAIRS = (
    ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("programme", "program"),
    ("centre", "center"), ("metre", "meter"), ("kilometre", "kilometer"), ("theatre", "theater"),
    ("neighbour", "neighbor"), ("neighbouring", "neighboring"), ("labour", "labor"), ("honour", "honor"),
    ("favour", "favor"), ("colour", "color"), ("harbour", "harbor"), ("behaviour", "behavior"),
    ("endeavour", "endeavor"), ("vigour", "vigor"), ("rumour", "rumor"), ("travelling", "traveling"),
    ("travelled", "traveled"), ("counselling", "counseling"), ("enrolment", "enrollment"),
    ("catalogue", "catalog"), ("dialogue", "dialog"), ("grey", "gray"), ("mould", "mold"),
)
_PAIR = {a: b for a, b in _WORD_PAIRS} | {b: a for a, b in _WORD_PAIRS}
# -isation/-ization, -ise/-ize and their inflections; -yse/-yze ("analyse").
_SUFFIXES = (("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
             ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"))

# Word sequences that render one idea; any of them stands for the others.
_EQUIVALENT = (
    (("all", "people"), ("all", "people's"), ("whole", "people's"), ("whole", "people"), ("entire", "people's"),
     ("entire", "people"), ("the", "whole", "people's"), ("the", "entire", "people's")),
)
_SEQUENCES = {seq: group for group in _EQUIVALENT for seq in group}
_LONGEST = max((len(seq) for seq in _SEQUENCES), default=0)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
MAX_VARIANTS = 32


def is_vietnamese(phrase: str) -> bool:
    return bool(_VIETNAMESE.search(phrase))


def _word_forms(word: str, vietnamese: bool, numbers: bool) -> list[str]:
    """The word and its other spellings (lower case)."""
    lower = word.lower().replace("’", "'")
    names = _VI_NUMBERS if vietnamese else _EN_NUMBERS
    if numbers and lower.isdigit() and 1 <= int(lower) <= 10:
        return [lower, names[int(lower) - 1]]
    if numbers and lower in names:
        return [lower, str(names.index(lower) + 1)]
    if vietnamese or not lower.isascii():
        return [lower]
    if lower in _PAIR:
        return [lower, _PAIR[lower]]
    if len(lower) > 5:
        for british, american in _SUFFIXES:
            for a, b in ((british, american), (american, british)):
                if lower.endswith(a):
                    return [lower, lower[: -len(a)] + b]
    return [lower]


def variants(phrase: str, vietnamese: bool | None = None, numbers: bool = True) -> list[str]:
    """Other spellings of `phrase` (not the phrase itself), at most MAX_VARIANTS, as lower-case words
    joined by spaces (the phrase matcher ignores the separators). `numbers`: also swap digits and
    number words (not for titles of documents, where "năm" is a year, not five)."""
    words = _WORD.findall(phrase)
    if not words:
        return []
    if vietnamese is None:
        vietnamese = is_vietnamese(phrase)
    lower = [w.lower().replace("’", "'") for w in words]
    # Cut the phrase into pieces: an equivalent sequence is one piece with its alternatives.
    pieces: list[list[tuple[str, ...]]] = []
    i = 0
    while i < len(lower):
        for size in range(min(_LONGEST, len(lower) - i), 1, -1):
            group = _SEQUENCES.get(tuple(lower[i:i + size]))
            if group and not vietnamese:
                pieces.append(list(group))
                i += size
                break
        else:
            pieces.append([(form,) for form in _word_forms(words[i], vietnamese, numbers)])
            i += 1
    if all(len(piece) == 1 for piece in pieces):
        return []
    original = " ".join(lower)
    out: list[str] = []
    for combination in itertools.product(*pieces):
        text = " ".join(word for piece in combination for word in piece)
        if text.startswith("the ") and not original.startswith("the "):
            text = text[4:]  # "the whole people's ..." inside a phrase, "whole people's ..." at its start
        if text != original and text not in out:
            out.append(text)
            if len(out) >= MAX_VARIANTS:
                break
    return out


def canonical_word(word: str) -> str:
    """One spelling for words that British and American English spell differently (the British one)."""
    lower = word.lower()
    if lower in _PAIR:
        return next((a for a, b in _WORD_PAIRS if lower in (a, b)), lower)
    if len(lower) > 5:
        for british, american in _SUFFIXES:
            if lower.endswith(american):
                return lower[: -len(american)] + british
    return lower
