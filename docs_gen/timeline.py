"""Date mentions -> timeline entries: years filled in where the article decides them, events grouped."""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, replace

from . import models as m
from .extract.dates import event_label, reference_year, resolve_partial
from .sentences import sentence_span


@dataclass(frozen=True)
class TimelineEntry:
    value: str  # TIMEX3: YYYY-MM-DD, YYYY-MM, YYYY, start/end, --MM-DD, or XXXX-MM-DD when undecided
    type: str  # date, month, year, range, recurring, partial
    text: str  # the words as written
    label: str  # what happened, from the sentence
    article: str
    anchor: str
    inferred: bool
    refs: tuple[tuple[str, str], ...] = ()  # (kind, key) of entities in the same sentence
    event: str = ""  # entries with the same event id are one event reported by several articles

    @property
    def sort_key(self) -> str:
        return self.value.split("/")[0]

    @property
    def year(self) -> str:
        return self.value[:4] if self.value[:1].isdigit() else ""


_REF_KINDS = (m.DOCUMENT, m.PERSON, m.PLACE, m.ORGANISATION)


def build_timeline(articles, mentions, entities) -> tuple[tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]:
    """Returns (placed entries, day mentions whose year nothing decides)."""
    placed: list[TimelineEntry] = []
    undated: list[TimelineEntry] = []
    for article in articles:
        found = mentions.get(article.id, ())
        year = int(article.date[:4]) if article.date else None
        if year is None and any(x.kind == m.DATE and x.get("type") == "partial" for _, x in found):
            year = reference_year(b.text for b in article.blocks)
        refs = _RefIndex(found)
        for index, mention in found:
            if mention.kind != m.DATE:
                continue
            block = article.blocks[index]
            inferred = False
            if mention.get("type") == "partial":
                if year is None:
                    undated.append(_entry(article, block, mention, False, refs, index))
                    continue
                mention, inferred = resolve_partial(mention, year), True
            placed.append(_entry(article, block, mention, inferred, refs, index))
            span = mention.get("range")
            if span and span.split("/")[0] == mention.get("value"):
                # The first end of "(February 3, 1930 - February 3, 2025)" also stands for the period.
                placed.append(replace(placed[-1], value=span, type="range"))
    return tuple(_group(sorted(placed, key=lambda e: (e.sort_key, e.value, e.article, e.anchor)))), tuple(undated)


class _RefIndex:
    """Entity mentions of one article by block, sorted by start, to find those inside a sentence
    without scanning the whole article for every date."""

    def __init__(self, found) -> None:
        self.by_block: dict[int, list[m.Mention]] = defaultdict(list)
        for index, mention in found:
            if mention.kind in _REF_KINDS:
                self.by_block[index].append(mention)
        self.starts = {index: [x.start for x in items] for index, items in self.by_block.items()}

    def within(self, index: int, left: int, right: int) -> set[tuple[str, str]]:
        items = self.by_block.get(index, [])
        i = bisect.bisect_left(self.starts.get(index, []), left)
        out = set()
        while i < len(items) and items[i].start < right:
            if items[i].end <= right:
                out.add((items[i].kind, items[i].key))
            i += 1
        return out


def _entry(article, block, mention, inferred, refs: _RefIndex, index) -> TimelineEntry:
    left, right = sentence_span(block.text, mention.start, mention.end)
    return TimelineEntry(mention.get("value") or mention.key, mention.get("type") or "date", mention.text,
                         event_label(block.text, mention), article.id, block.anchor, inferred,
                         tuple(sorted(refs.within(index, left, right))))


def _group(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """One event = the same value in several articles whose sentences name the same thing."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        by_value[entry.value].append(i)
    event = list(range(len(entries)))

    def root(i: int) -> int:
        while event[i] != i:
            event[i] = event[event[i]]
            i = event[i]
        return i

    for indices in by_value.values():
        first_with: dict[tuple[str, str], int] = {}
        for i in indices:
            for ref in entries[i].refs:
                if ref in first_with:
                    event[root(i)] = root(first_with[ref])
                else:
                    first_with[ref] = i
    return [replace(entry, event=f"{entry.value}~{root(i)}") for i, entry in enumerate(entries)]
