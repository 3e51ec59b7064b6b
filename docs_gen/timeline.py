"""Date mentions -> timeline entries: years filled in where the article decides them, events grouped."""
from __future__ import annotations

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


def build_timeline(articles, mentions, entities) -> tuple[tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]:
    """Returns (placed entries, day mentions whose year nothing decides)."""
    placed: list[TimelineEntry] = []
    undated: list[TimelineEntry] = []
    for article in articles:
        found = mentions.get(article.id, ())
        year = int(article.date[:4]) if article.date else None
        if year is None and any(x.kind == m.DATE and x.get("type") == "partial" for _, x in found):
            year = reference_year(b.text for b in article.blocks)
        for index, mention in found:
            if mention.kind != m.DATE:
                continue
            block = article.blocks[index]
            inferred = False
            if mention.get("type") == "partial":
                if year is None:
                    undated.append(_entry(article, block, mention, False, found, index))
                    continue
                mention, inferred = resolve_partial(mention, year), True
            placed.append(_entry(article, block, mention, inferred, found, index))
            span = mention.get("range")
            if span and span.split("/")[0] == mention.get("value"):
                # The first end of "(February 3, 1930 - February 3, 2025)" also stands for the period.
                placed.append(replace(placed[-1], value=span, type="range"))
    return tuple(_group(sorted(placed, key=lambda e: (e.sort_key, e.value, e.article, e.anchor)))), tuple(undated)


def _entry(article, block, mention, inferred, found, index) -> TimelineEntry:
    left, right = sentence_span(block.text, mention.start, mention.end)
    refs = tuple(sorted({(x.kind, x.key) for i, x in found
                         if i == index and x.kind in (m.DOCUMENT, m.PERSON, m.PLACE, m.ORGANISATION)
                         and left <= x.start and x.end <= right}))
    return TimelineEntry(mention.get("value") or mention.key, mention.get("type") or "date", mention.text,
                         event_label(block.text, mention), article.id, block.anchor, inferred, refs)


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
