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

# A word: letters and digits, with inner apostrophes ("people's", "people’s").
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may stand between two words of one phrase: spaces, hyphens, dashes, quotes, slashes.
_JOINER = re.compile(r"[\s\-‐‑–—'\"“”‘’/]*")


def fold(text: str) -> str:
    """Case-fold and strip Vietnamese diacritics (đ -> d)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


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


@functools.lru_cache(maxsize=262_144)  # a corpus has far fewer distinct words than tokens
def normalise_token(token: str, *, fold_diacritics: bool) -> str:
    token = unicodedata.normalize("NFC", token).replace("’", "'")
    token = fold(token) if fold_diacritics else token.casefold()
    return _singular(token)


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text)]


@functools.lru_cache(maxsize=16)  # every matcher reads the same block in turn: tokenise it once
def _normalised(text: str) -> tuple[list[tuple[int, int, str]], list[str], list[str]]:
    found = tokens(text)
    exact = [normalise_token(w, fold_diacritics=False) for _, _, w in found]
    folded = [normalise_token(w, fold_diacritics=True) for _, _, w in found]
    return found, exact, folded


class PhraseMatcher:
    """Find curated phrases in text. Each phrase maps to a key; `fold_diacritics` lets it also
    match when written without Vietnamese diacritics."""

    def __init__(self, phrases: Iterable[tuple[str, str, bool]]) -> None:
        self._exact: dict = {}  # trie over tokens that keep their diacritics
        self._folded: dict = {}  # trie over folded tokens
        self.size = 0
        for phrase, key, fold_diacritics in phrases:
            words = [w for _, _, w in tokens(phrase)]
            if not words:
                continue
            self.size += 1
            self._add(self._exact, [normalise_token(w, fold_diacritics=False) for w in words], key)
            if fold_diacritics:
                self._add(self._folded, [normalise_token(w, fold_diacritics=True) for w in words], key)

    @staticmethod
    def _add(trie: dict, words: list[str], key: str) -> None:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node.setdefault("\0", key)  # the first phrase listed keeps a shared spelling

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key), sorted and non-overlapping; at each position the longest phrase wins."""
        found, exact, folded = _normalised(text)
        if not self._folded:
            folded = exact
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(found):
            if exact[i] not in self._exact and folded[i] not in self._folded:
                i += 1  # most words start no phrase: skip them without walking
                continue
            best = max(self._walk(self._exact, exact, text, found, i), self._walk(self._folded, folded, text, found, i))
            if best[0] >= 0:
                end, key = best
                out.append((found[i][0], found[end][1], key))
                i = end + 1
            else:
                i += 1
        return out

    @staticmethod
    def _walk(trie: dict, words: list[str], text: str, found: list, i: int) -> tuple[int, str]:
        """The last token index and key of the longest phrase starting at token i, or (-1, "")."""
        best = (-1, "")
        node = trie
        j = i
        while j < len(words):
            node = node.get(words[j])
            if node is None:
                break
            if "\0" in node:
                best = (j, node["\0"])
            if j + 1 >= len(words) or not _JOINER.fullmatch(text, found[j][1], found[j + 1][0]):
                break
            j += 1
        return best
