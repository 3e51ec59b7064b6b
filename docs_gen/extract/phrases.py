"""Phrase matching over word tokens: case- and accent-aware, whole words, longest match first.

Text and phrases are cut into word tokens; separators between words (spaces, hyphens, quotes) are
ignored, but sentence punctuation ends a phrase. Phrases sit in a trie of normalised tokens, so the
work per token is bounded by the longest phrase, however many phrases there are.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# A word: letters and digits, with inner apostrophes ("people's", "people’s").
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may stand between two words of one phrase: spaces, hyphens, dashes, quotes, slashes, and a dot
# inside an abbreviation ("TP.HCM"), never a sentence's end.
_JOINER = re.compile(r"\.|[\s\-‐‑–—'\"“”‘’/]*")


@functools.lru_cache(maxsize=65_536)  # names and words are folded again and again across a corpus
def fold(text: str) -> str:
    """Case-fold and strip Vietnamese diacritics (đ -> d)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


class _FoldedChars(dict):
    """ord(character) -> the character without its diacritics (đ -> d), worked out on first sight, for
    str.translate: a corpus uses a few hundred distinct characters."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        plain = unicodedata.normalize("NFD", "d" if char == "đ" else "D" if char == "Đ" else char)
        folded = self[code] = "".join(c for c in plain if not unicodedata.combining(c))
        return folded


_FOLDED_CHARS = _FoldedChars()


def fold_text(text: str) -> str:
    """fold() for whole paragraphs: the same result, character by character in C, and nothing cached
    per text (fold's cache is meant for words and names)."""
    if text.isascii():  # most English paragraphs: nothing to strip
        return text.lower()
    return text.translate(_FOLDED_CHARS).casefold()


def _singular(word: str) -> str:
    """Simple English plural folding, only on ASCII words long enough not to be mangled."""
    if not word.isascii() or len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# A syllable that ends in "y" after a consonant is also written with "i": "Bạch Long Vỹ" and "Vĩ", "Kì Sơn" and "Kỳ",
# "Qui Nhơn" and "Quy"; folded, both are written "i".
_FINAL_Y = re.compile(r"\b((?:ch|gh|kh|ng|nh|ph|th|tr|qu|[bcdghklmnpqrstvx]))y\b")


def fold_spelling(folded: str) -> str:
    """A folded name with the "i"/"y" of its syllables written one way."""
    return _FINAL_Y.sub(r"\1i", folded) if "y" in folded else folded


def normalise_token(token: str, *, fold_diacritics: bool) -> str:
    token = unicodedata.normalize("NFC", token).replace("’", "'").removesuffix("'s")  # "Politburo's" is "Politburo"
    token = fold_spelling(fold(token)) if fold_diacritics else token.casefold()
    return _singular(token)


class _TokenForms(dict):
    """token -> its normal form, computed on first sight: a corpus has far fewer distinct words than
    tokens, and a dict look-up costs a fraction of a cached call with keyword arguments."""

    MAX = 500_000  # distinct words kept; past this the table starts again (memory stays bounded)

    def __init__(self, fold_diacritics: bool) -> None:
        super().__init__()
        self.fold_diacritics = fold_diacritics

    def __missing__(self, token: str) -> str:
        if len(self) >= self.MAX:
            self.clear()
        form = self[token] = normalise_token(token, fold_diacritics=self.fold_diacritics)
        return form


_EXACT_FORMS = _TokenForms(fold_diacritics=False)
_FOLDED_FORMS = _TokenForms(fold_diacritics=True)


def clear_caches() -> None:
    """Forget every token form and tokenised block (for timing cold runs)."""
    _EXACT_FORMS.clear()
    _FOLDED_FORMS.clear()
    _tokenised.cache_clear()
    _words.cache_clear()


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text)]


@functools.lru_cache(maxsize=65_536)  # the names known in an article are matched again in each block
def _words(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(phrase))


@dataclass
class _Tokenised:
    found: list[tuple[int, int, str]]  # (start, end, token) in text order
    exact: list[str]  # normal forms keeping diacritics
    folded: list[str]  # normal forms without diacritics
    exact_set: frozenset[str]
    folded_set: frozenset[str]

    @functools.cached_property
    def exact_positions(self) -> dict[str, list[int]]:
        """Where each form stands: a matcher finds the tokens that start its phrases without a scan."""
        return _positions(self.exact)

    @functools.cached_property
    def folded_positions(self) -> dict[str, list[int]]:
        return self.exact_positions if self.folded is self.exact else _positions(self.folded)


def _positions(words: list[str]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        positions.setdefault(word, []).append(i)
    return positions


@functools.lru_cache(maxsize=16)  # every matcher reads the same block in turn: tokenise it once
def _tokenised(text: str) -> _Tokenised:
    found = tokens(text)
    words = [w for _, _, w in found]
    exact = [_EXACT_FORMS[w] for w in words]
    folded = [_FOLDED_FORMS[w] for w in words]
    exact_set = frozenset(exact)
    if exact == folded:  # no diacritics in the block: one list and one set serve both
        return _Tokenised(found, exact, exact, exact_set, exact_set)
    return _Tokenised(found, exact, folded, exact_set, frozenset(folded))


class PhraseMatcher:
    """Find curated phrases in text. Each phrase maps to a key; `fold_diacritics` lets it also
    match when written without Vietnamese diacritics."""

    def __init__(self, phrases: Iterable[tuple[str, str, bool]], capitalised: bool = False) -> None:
        """`capitalised`: phrases are names, matched only where their first word is capitalised (most
        words of a text start no name then, and are skipped at once)."""
        self.capitalised = capitalised
        self._exact: dict = {}  # trie over tokens that keep their diacritics
        self._folded: dict = {}  # trie over folded tokens
        self.size = 0
        for phrase, key, fold_diacritics in phrases:
            words = _words(phrase)
            if not words:
                continue
            self.size += 1
            self._add(self._exact, [_EXACT_FORMS[w] for w in words], key)
            if fold_diacritics:
                self._add(self._folded, [_FOLDED_FORMS[w] for w in words], key)
        self._exact_first = frozenset(self._exact)  # the words that start a phrase
        self._folded_first = frozenset(self._folded)

    @staticmethod
    def _add(trie: dict, words: list[str], key: str) -> None:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node.setdefault("\0", key)  # the first phrase listed keeps a shared spelling

    def find(self, text: str, also: PhraseMatcher | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key), sorted and non-overlapping; at each position the longest phrase wins.

        `also`: a second matcher searched as if its phrases had been listed after these ones (so a
        spelling both know takes this one's key), without building a matcher of both."""
        block = _tokenised(text)
        layers = [self] if also is None else [self, also]
        exact_layers = [(layer._exact, block.exact_set & layer._exact_first) for layer in layers]
        folded_layers = [(layer._folded, block.folded_set & layer._folded_first) for layer in layers]
        exact_hits = set().union(*(hits for _, hits in exact_layers))
        folded_hits = set().union(*(hits for _, hits in folded_layers))
        if not exact_hits and not folded_hits:
            return []  # no word of the block starts a phrase
        found, exact, folded = block.found, block.exact, block.folded
        # Only tokens that start some phrase are walked from, in text order.
        at = [i for word in exact_hits for i in block.exact_positions[word]]
        at += [i for word in folded_hits for i in block.folded_positions[word]]
        starts = sorted(set(at))
        if self.capitalised:
            starts = [i for i in starts if found[i][2][0].isupper()]
        out: list[tuple[int, int, str]] = []
        free = 0  # the first token not yet inside a match
        for i in starts:
            if i < free:
                continue
            best = max(self._longest(exact_layers, exact, text, found, i), self._longest(folded_layers, folded, text, found, i))
            if best[0] >= 0:
                end, key = best
                out.append((found[i][0], found[end][1], key))
                free = end + 1
        return out

    @classmethod
    def _longest(cls, layers: list[tuple[dict, set[str]]], words: list[str], text: str, found: list,
                 i: int) -> tuple[int, str]:
        """The longest phrase from token i in any layer; at equal length, the earlier layer's key."""
        best = (-1, "")
        for trie, hits in layers:
            if words[i] in hits:
                walked = cls._walk(trie, words, text, found, i)
                if walked[0] > best[0]:
                    best = walked
        return best

    @staticmethod
    def _walk(trie: dict, words: list[str], text: str, found: list, i: int) -> tuple[int, str]:
        """The last token index and key of the longest phrase starting at token i, or (-1, "")."""
        best = (-1, "")
        node = trie
        last = len(words) - 1
        j = i
        while True:
            node = node.get(words[j])
            if node is None:
                break
            if "\0" in node:
                best = (j, node["\0"])
            if j == last:
                break
            gap, next_start = found[j][1], found[j + 1][0]
            # Most words are joined by one space; anything else must be a joiner (a hyphen, a quote...).
            if not (next_start == gap + 1 and text[gap] == " ") and not _JOINER.fullmatch(text, gap, next_start):
                break
            j += 1
        return best
