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
        return start_year(self.value)


_REF_KINDS = (m.DOCUMENT, m.PERSON, m.PLACE, m.ORGANISATION)
# Where a half or a quarter of a year starts, so that 2024-H2 sorts with July 2024, not after December.
_PART_START = {"H1": "01", "H2": "07", "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10"}


def start_year(value: str) -> str:
    """The year a TIMEX3 value starts in: "2016/2021" in 2016, a decade ("197", the 1970s) in 1970; "" for none."""
    if len(value) >= 4 and value[:4].isdigit():
        return value[:4]
    return value[:3] + "0" if value[:3].isdigit() and not value[3:4].isdigit() else ""


def shown_value(value: str) -> str:
    """A value as the timeline shows it: a decade ("197") as "1970s", others as TIMEX3 writes them."""
    return f"{value}0s" if len(value) == 3 and value.isdigit() else value


def sort_value(value: str) -> str:
    """Where a TIMEX3 value sorts: its start ("2016/2021" at 2016, "2024-H2" at 2024-07)."""
    start = value.split("/")[0]
    part = _PART_START.get(start[5:])
    return f"{start[:4]}-{part}" if part else start


NOT_EVENTS = frozenset({"birth", "dateline"})  # date mention types the timeline leaves out


# The dates of one article: (the fields of its placed entries but their event, its undated entries).
ArticleDates = tuple[list[tuple], list[TimelineEntry]]


def build_timeline(articles, mentions, entities,
                   dates_of: Callable[[m.Article, tuple], ArticleDates] | None = None,
                   kept: SortedDates | None = None) -> tuple[tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]:
    """Returns (placed entries, day mentions whose year nothing decides). `dates_of`: article_dates,
    or a memo of it (`mkdocs serve`); `kept`: the last timeline in order, updated where the articles'
    dates changed."""
    per_article: dict[str, list[tuple]] = {}  # the fields of an entry but its event, known once all are sorted
    undated: list[TimelineEntry] = []
    for article in articles:
        found_placed, found_undated = (dates_of or article_dates)(article, mentions.get(article.id, ()))
        per_article[article.id] = found_placed
        undated.extend(found_undated)
    if kept is None:
        kept = SortedDates()
    kept.update(per_article)
    return tuple(kept.entries), tuple(undated)


def _order(fields: tuple) -> tuple:
    """Where a placed entry sorts: by TimelineEntry.sort_key, then value, article and anchor."""
    return sort_value(fields[0]), fields[0], fields[4], fields[5]


class SortedDates:
    """The placed entries of the timeline in order, with their events; `mkdocs serve` keeps it from
    one build to the next, and an edit moves only the entries of the articles whose dates changed
    and groups again the events of the values they have."""

    def __init__(self) -> None:
        self.placed: dict[str, list[tuple]] = {}  # article -> the very list of its fields
        self.keys: list[tuple] = []  # _order of each entry
        self.fields: list[tuple] = []
        self.entries: list[TimelineEntry] = []

    def update(self, placed: dict[str, list[tuple]]) -> None:
        changed = [i for i, found in placed.items() if self.placed.get(i) is not found]
        changed += [i for i in self.placed if i not in placed]
        if len(changed) > len(placed) // 4:  # a first build, or most articles: sort them all
            self.placed = {}
            fields = [f for found in placed.values() for f in found]
            fields.sort(key=_order)  # stable: equal keys are of one article, in its order
            self.fields, self.keys = fields, list(map(_order, fields))
            self.entries = [None] * len(fields)  # type: ignore[list-item]
            self._group(range(len(fields)))
            self.placed = placed
            return
        try:
            self._move(changed, placed)
        except BaseException:
            self.placed = {}  # half moved: the next update sorts them all
            raise

    def _move(self, changed: list[str], placed: dict[str, list[tuple]]) -> None:
        """Takes out the entries of the `changed` articles, puts in their new ones and groups again
        the events of the values they have."""
        values: set[str] = set()
        for article_id in changed:
            for f in self.placed.get(article_id, ()):
                key = _order(f)
                at = bisect.bisect_left(self.keys, key)
                while self.fields[at] is not f:
                    at += 1
                del self.keys[at], self.fields[at], self.entries[at]
                values.add(f[0])
            for f in placed.get(article_id, ()):
                key = _order(f)
                at = bisect.bisect_right(self.keys, key)
                self.keys.insert(at, key)
                self.fields.insert(at, f)
                self.entries.insert(at, None)  # type: ignore[arg-type]
                values.add(f[0])
        self.placed = placed
        starts = [(bisect.bisect_left(self.keys, (sort_value(value), value)), value) for value in sorted(values)]
        self._group(i for start, value in starts if start < len(self.fields) and self.fields[start][0] == value
                    for i in self._run(start))

    def _run(self, start: int) -> range:
        """The entries of one value, from the first: they are next to each other."""
        end = start
        while end < len(self.fields) and self.fields[end][0] == self.fields[start][0]:
            end += 1
        return range(start, end)

    def _group(self, indices) -> None:
        """Makes the entries at `indices` (whole runs of one value each, in order) with their events:
        one event = the same value in several articles whose sentences name the same thing. An
        event is named by its value and its first entry's place among that value's."""
        runs: dict[str, list[int]] = {}
        for i in indices:
            runs.setdefault(self.fields[i][0], []).append(i)
        for value, run in runs.items():
            event = list(range(len(run)))

            def root(i: int) -> int:
                while event[i] != i:
                    event[i] = event[event[i]]
                    i = event[i]
                return i

            first_with: dict[tuple[str, str], int] = {}
            for n, i in enumerate(run):
                for ref in self.fields[i][7]:
                    if ref in first_with:
                        event[root(n)] = root(first_with[ref])
                    else:
                        first_with[ref] = n
            for n, i in enumerate(run):
                self.entries[i] = TimelineEntry(*self.fields[i], f"{value}~{root(n)}")


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
                span = mention.get("range")
                if span and span.split("/")[0] == mention.get("value"):  # "from July 6 to July 9": the period too
                    undated.append(TimelineEntry(span, "partial", *_fields(article, block, mention, False, refs, index)[2:]))
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
