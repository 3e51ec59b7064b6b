"""Date mentions -> timeline entries: years filled in where the article decides them, events grouped."""
from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from . import models as m
from .extract.dates import closest_year, event_label, reference_year, resolve_partial
from .sentences import sentence_span


@dataclass(frozen=True)
class TimelineEntry:
    value: str  # TIMEX3: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-H1, YYYY-Q3, start/end, --MM-DD, or XXXX-… when undecided
    type: str  # date, month, year, range, recurring, partial (never birth or dateline: see NOT_EVENTS)
    text: str  # the words as written
    label: str  # what happened, from the sentence
    article: str
    anchor: str
    inferred: bool
    refs: tuple[tuple[str, str], ...] = ()  # (kind, key) of entities in the same sentence
    event: str = ""  # entries with the same event id are one event reported by several articles

    @property
    def sort_key(self) -> str:
        return sort_value(self.value)

    @property
    def year(self) -> str:
        return self.value[:4] if self.value[:1].isdigit() else ""


_REF_KINDS = (m.DOCUMENT, m.PERSON, m.PLACE, m.ORGANISATION)
# Where a half or a quarter of a year starts, so that 2024-H2 sorts with July 2024, not after December.
_PART_START = {"H1": "01", "H2": "07", "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10"}


def sort_value(value: str) -> str:
    """Where a TIMEX3 value sorts: its start ("2016/2021" at 2016, "2024-H2" at 2024-07)."""
    start = value.split("/")[0]
    part = _PART_START.get(start[5:])
    return f"{start[:4]}-{part}" if part else start


NOT_EVENTS = frozenset({"birth", "dateline"})  # date mention types the timeline leaves out


# The dates of one article: (the fields of its placed entries but their event, its undated entries).
ArticleDates = tuple[list[tuple], list[TimelineEntry]]


def build_timeline(articles, mentions, entities,
                   dates_of: Callable[[m.Article, tuple], ArticleDates] | None = None
                   ) -> tuple[tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]:
    """Returns (placed entries, day mentions whose year nothing decides). `dates_of`: article_dates,
    or a memo of it (`mkdocs serve`)."""
    placed: list[tuple] = []  # the fields of an entry but its event, known once all are sorted
    undated: list[TimelineEntry] = []
    for article in articles:
        found_placed, found_undated = (dates_of or article_dates)(article, mentions.get(article.id, ()))
        placed.extend(found_placed)
        undated.extend(found_undated)
    # By TimelineEntry.sort_key, then value, article and anchor.
    placed.sort(key=lambda f: (sort_value(f[0]), f[0], f[4], f[5]))
    events = _group(placed)
    return tuple(TimelineEntry(*fields, event) for fields, event in zip(placed, events)), tuple(undated)


def article_dates(article: m.Article, found) -> ArticleDates:
    """The timeline's entries of one article, from its mentions."""
    placed: list[tuple] = []
    undated: list[TimelineEntry] = []
    # Birth years belong to people and a dateline to the article itself: neither is an event.
    dates = [(index, x) for index, x in found if x.kind == m.DATE and x.get("type") not in NOT_EVENTS]
    if not dates:
        return placed, undated
    year = int(article.date[:4]) if article.date else None
    if year is None and any(x.get("type") == "partial" for _, x in dates):
        year = reference_year(b.text for b in article.blocks)
    refs = _RefIndex(found, {index for index, _ in dates})
    for index, mention in dates:
        block = article.blocks[index]
        inferred = mention.get("inferred") == "true"  # a year its sentence or paragraph gave
        if mention.get("type") == "partial":
            if year is None:
                undated.append(TimelineEntry(*_fields(article, block, mention, False, refs, index)))
                continue
            # A full article date places the day in the year that puts it nearest ("December 28"
            # in an article of 2 January is the December before).
            placed_in = closest_year(mention, article.date) if article.date and len(article.date) >= 10 else year
            mention, inferred = resolve_partial(mention, placed_in), True
        placed.append(_fields(article, block, mention, inferred, refs, index))
        span = mention.get("range")
        if span and span.split("/")[0] == mention.get("value"):
            # The first end of "(February 3, 1930 - February 3, 2025)" also stands for the period.
            placed.append((span, "range") + placed[-1][2:])
    return placed, undated


class _RefIndex:
    """Entity mentions of one article by block, sorted by start, to find those inside a sentence
    without scanning the whole article for every date. Only the blocks that hold a date are kept."""

    def __init__(self, found, blocks: set[int]) -> None:
        self.by_block: dict[int, list[m.Mention]] = defaultdict(list)
        for index, mention in found:
            if mention.kind in _REF_KINDS and index in blocks:
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


def _fields(article, block, mention, inferred, refs: _RefIndex, index) -> tuple:
    """The fields of a TimelineEntry, in order, but its event."""
    left, right = span = sentence_span(block.text, mention.start, mention.end)
    return (mention.get("value") or mention.key, mention.get("type") or "date", mention.text,
            event_label(block.text, mention, span=span), article.id, block.anchor, inferred,
            tuple(sorted(refs.within(index, left, right))))


def _group(entries: list[tuple]) -> list[str]:
    """The event of each entry (fields as _fields gives them): one event = the same value in several
    articles whose sentences name the same thing."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for i, fields in enumerate(entries):
        by_value[fields[0]].append(i)
    event = list(range(len(entries)))

    def root(i: int) -> int:
        while event[i] != i:
            event[i] = event[event[i]]
            i = event[i]
        return i

    for indices in by_value.values():
        first_with: dict[tuple[str, str], int] = {}
        for i in indices:
            for ref in entries[i][7]:
                if ref in first_with:
                    event[root(i)] = root(first_with[ref])
                else:
                    first_with[ref] = i
    return [f"{fields[0]}~{root(i)}" for i, fields in enumerate(entries)]
