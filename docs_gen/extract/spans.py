"""Overlap resolution: which of the mentions found in a block may become links."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate
from operator import attrgetter, le, lt

from ..models import DATE, DOCUMENT, ORGANISATION, PERSON, PLACE, TERM, Mention

# When two spans of the same length overlap, the more specific kind wins.
_PRIORITY = {DOCUMENT: 0, PERSON: 1, ORGANISATION: 2, TERM: 3, PLACE: 4, DATE: 5}
FOOTNOTE_MARKER = re.compile(r"\s?\((\d{1,3})\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def blocked_spans(text: str, footnote_labels: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Parts of a text that must never hold a link: URLs and footnote markers."""
    labels = set(footnote_labels)
    spans = []
    if "://" in text or "www." in text.lower():  # what every URL holds: most blocks skip the pattern
        spans = [(u.start(), u.end()) for u in _URL.finditer(text)]
    if labels:  # most articles have no footnotes, so no marker to keep free
        spans += [(f.start(), f.end()) for f in FOOTNOTE_MARKER.finditer(text) if f.group(1) in labels]
    return spans


def choose_links(mentions: Iterable[Mention], blocked: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Non-overlapping mentions, longest first, then by kind priority, then leftmost.

    Runs in O(k log k) for k mentions, using a sorted list of taken intervals.
    """
    taken: list[tuple[int, int]] = sorted(blocked)
    by_start = sorted(mentions, key=_START)  # a stable sort: mentions at one start keep their order
    if not taken and _disjoint(by_start):
        return by_start  # the common case: nothing blocked, no overlaps, so every mention is chosen
    chosen: list[Mention] = []
    order = sorted(by_start, key=lambda x: (-(x.end - x.start), _PRIORITY.get(x.kind, 9), x.start))
    for mention in order:
        if mention.end <= mention.start or _overlaps(taken, mention.start, mention.end):
            continue
        _insert(taken, (mention.start, mention.end))
        chosen.append(mention)
    return sorted(chosen, key=lambda x: x.start)


_START, _END = attrgetter("start"), attrgetter("end")


def _disjoint(by_start: list[Mention]) -> bool:
    """Whether mentions sorted by start are all non-empty and none overlaps the next (so none overlap)."""
    starts, ends = list(map(_START, by_start)), list(map(_END, by_start))
    return all(map(lt, starts, ends)) and all(map(le, ends, starts[1:]))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(taken, (start, start))
    if i < len(taken) and taken[i][0] < end:
        return True
    return i > 0 and taken[i - 1][1] > start


def _insert(taken: list[tuple[int, int]], span: tuple[int, int]) -> None:
    insort(taken, span)


class StaticSpans:
    """A fixed set of (start, end) spans, possibly overlapping, answering 'does [start, end) overlap
    any of them?' in O(log n): sorted starts plus the running maximum of ends."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate([end for _, end in ordered], max))  # offsets are never negative

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # spans starting before `end`
        return i > 0 and self._max_end[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Whether a longer span holds [start, end) whole."""
        before = bisect_left(self._starts, start)  # spans starting before `start`
        at_or_before = bisect_right(self._starts, start)
        return (before > 0 and self._max_end[before - 1] >= end) or (at_or_before > 0 and self._max_end[at_or_before - 1] > end)
