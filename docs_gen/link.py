"""All articles and their mentions -> Corpus: canonical entities, backlinks, links, related, events, timeline."""
from __future__ import annotations

import functools
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice, repeat
from operator import add, attrgetter
from typing import TYPE_CHECKING, NamedTuple

from slugify import slugify

from . import models as m
from .curated import Curated
from .extract.article import ArticleMentions
from .extract.spans import StaticSpans, blocked_spans, choose_links
from .sentences import sentence_at
from .timeline import TimelineEntry, build_timeline

if TYPE_CHECKING:
    from .link_memo import LinkMemo

LINKED_KINDS = (m.TERM, m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT)
SECTION_OF_KIND = {m.TERM: "glossary", m.PERSON: "people", m.ORGANISATION: "organisations",
                   m.PLACE: "places", m.DOCUMENT: "documents"}
# A feature found in more articles than this says little about relatedness and would make the
# related-article step quadratic; it is left out of that step only.
MAX_POSTINGS = 200


class Occurrence(NamedTuple):
    """One mention of an entity. A named tuple, not a frozen dataclass: a build makes hundreds of
    thousands, and a tuple is several times quicker to create."""

    article: str
    anchor: str
    text: str  # the words as written
    block: int  # where they are: the article's block, and the offsets in its text
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    kind: str
    key: str
    name: str
    page: str  # e.g. "people/to-lam.md"
    aliases: tuple[str, ...]
    attributes: tuple[tuple[str, tuple[str, ...]], ...]
    occurrences: tuple[Occurrence, ...]
    curated: bool = True
    definition: str = ""

    def attribute(self, name: str) -> tuple[str, ...]:
        return next((values for key, values in self.attributes if key == name), ())

    def article_counts(self) -> list[tuple[str, int]]:
        counts = Counter(o.article for o in self.occurrences)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@dataclass(frozen=True)
class Candidate:
    phrase: str
    count: int
    articles: tuple[str, ...]
    promoted: bool  # used in two or more articles: it has an uncurated glossary page


@dataclass(frozen=True)
class Related:
    article: str
    score: float
    shared: tuple[str, ...]  # names of the shared items, most telling first


@dataclass(frozen=True)
class Corpus:
    articles: tuple[m.Article, ...]
    mentions: dict[str, tuple[tuple[int, m.Mention], ...]]
    links: dict[str, dict[int, tuple[m.Mention, ...]]]  # article -> block index -> linked mentions
    entities: dict[tuple[str, str], Entity]
    related: dict[str, tuple[Related, ...]]
    same_event: dict[str, tuple[str, ...]]
    timeline: tuple[TimelineEntry, ...]
    undated: tuple[TimelineEntry, ...]
    curated: Curated = field(default_factory=Curated)
    candidates: tuple[Candidate, ...] = ()  # possible terms, most used first

    by_id: dict[str, m.Article] = field(init=False, repr=False, compare=False)
    _dates: dict[str, list[TimelineEntry]] = field(init=False, repr=False, compare=False)
    _glossary: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Indexes built once (the dataclass is frozen, so they are set here).
        object.__setattr__(self, "by_id", {a.id: a for a in self.articles})
        dates: dict[str, list[TimelineEntry]] = defaultdict(list)
        for entry in self.timeline:
            dates[entry.article].append(entry)
        object.__setattr__(self, "_dates", dates)
        object.__setattr__(self, "_glossary", {entry.id: entry for entry in self.curated.glossary})

    def dates_of(self, article_id: str) -> list[TimelineEntry]:
        return self._dates.get(article_id, [])

    @property
    def dates_by_article(self) -> dict[str, list[TimelineEntry]]:
        return self._dates

    def glossary_entry(self, entry_id: str):
        return self._glossary.get(entry_id)

    def article(self, article_id: str) -> m.Article:
        return self.by_id[article_id]

    def context(self, occurrence: Occurrence) -> str:
        """The sentence around an occurrence, as its entry page quotes it (found only when shown)."""
        text = self.by_id[occurrence.article].blocks[occurrence.block].text
        return sentence_at(text, occurrence.start, occurrence.end)

    def entity(self, mention: m.Mention) -> Entity | None:
        return self.entities.get((mention.kind, mention.key))


def link_corpus(articles: Sequence[m.Article], extracted: Sequence[ArticleMentions], curated: Curated,
                link_scope: str = "article", memo: LinkMemo | None = None) -> Corpus:
    """`memo`: the previous linking's (`mkdocs serve`), of which what did not change is kept."""
    if memo is not None:
        memo.start()
    mentions, candidates = _promote_candidates(articles, {x.article_id: x.mentions for x in extracted}, memo)
    entities = _entities(articles, mentions, curated, memo)
    if memo is not None:
        links = memo.choose(articles, mentions, link_scope)
    else:
        links = {a.id: _choose_links(a, mentions.get(a.id, ()), link_scope) for a in articles}
    timeline, undated = build_timeline(articles, mentions, entities, memo.article_dates if memo is not None else None,
                                       memo.timeline if memo is not None else None)
    same_event = _same_events(articles, mentions, timeline, memo)
    if memo is not None:
        memo.finish()
    related = _related(articles, entities, memo)
    return Corpus(tuple(articles), mentions, links, entities, related, same_event, timeline, undated, curated,
                  candidates)


def _article_candidates(article_id: str, found) -> tuple[list, list]:
    """An article's mentions but its term candidates, and the candidates that overlap none of them."""
    kept = [(i, x) for i, x in found if x.kind != m.CANDIDATE]
    maybe = [(i, x) for i, x in found if x.kind == m.CANDIDATE]
    if not maybe:
        return kept, []
    known = _known_spans(kept, {i for i, _ in maybe})
    return kept, [(index, x) for index, x in maybe if not (index in known and known[index].overlaps(x.start, x.end))]


def _promote_candidates(articles, mentions, memo: LinkMemo | None = None) -> tuple[dict, tuple[Candidate, ...]]:
    """Phrases that look like terms and overlap nothing known; those used in two or more articles
    become uncurated glossary entries (TERM mentions), the rest are only reported."""
    free: dict[str, list[tuple[str, int, m.Mention]]] = defaultdict(list)
    kept: dict[str, list[tuple[int, m.Mention]]] = {}
    for article in articles:
        found = mentions.get(article.id, ())
        own = memo.article_candidates(article.id, found) if memo is not None else _article_candidates(article.id, found)
        kept[article.id] = own[0]
        for index, x in own[1]:
            free[x.key].append((article.id, index, x))
    candidates = []
    added: dict[str, list[tuple[int, m.Mention]]] = defaultdict(list)
    for key, uses in free.items():
        used_in = tuple(sorted({article_id for article_id, _, _ in uses}))
        surface = Counter(x.text for _, _, x in uses).most_common(1)[0][0]
        promoted = len(used_in) >= 2
        candidates.append(Candidate(surface, len(uses), used_in, promoted))
        if promoted:
            term_key = "uncurated-" + (slugify(key) or "term")
            for article_id, index, x in uses:
                added[article_id].append((index, m.Mention(x.start, x.end, m.TERM, term_key, x.text, (("name", surface),))))
    if memo is not None:
        ordered = {k: memo.ordered(k, v, added.get(k, [])) for k, v in kept.items()}
    else:
        ordered = {k: tuple(sorted(v + added.get(k, []), key=_position)) for k, v in kept.items()}
    return ordered, tuple(sorted(candidates, key=lambda c: (-len(c.articles), -c.count, c.phrase.casefold())))


def _known_spans(found, blocks: set[int]) -> dict[int, StaticSpans]:
    """The spans of known mentions, only in the blocks that hold a candidate."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for index, x in found:
        if index in blocks:
            spans[index].append((x.start, x.end))
    return {index: StaticSpans(items) for index, items in spans.items()}


def _position(item: tuple[int, m.Mention]) -> tuple[int, int, int]:
    return item[0], item[1].start, item[1].end


# An entity's occurrences in one article, and the (text, data) of each mention.
Group = tuple[list[Occurrence], list[tuple[str, tuple]]]


def _article_groups(article: m.Article, found) -> dict[tuple[str, str], Group]:
    """The occurrences of each entity in one article, in the order of its mentions."""
    groups: dict[tuple[str, str], Group] = {}
    article_id, blocks = article.id, article.blocks
    for index, mention in found:
        if mention.kind in LINKED_KINDS:
            item = groups.get((mention.kind, mention.key))
            if item is None:
                item = groups[(mention.kind, mention.key)] = ([], [])
            item[0].append(Occurrence(article_id, blocks[index].anchor, mention.text, index, mention.start, mention.end))
            item[1].append((mention.text, mention.data))
    return groups


def _entities(articles, mentions, curated: Curated, memo: LinkMemo | None = None) -> dict[tuple[str, str], Entity]:
    glossary = {entry.id: entry for entry in curated.glossary}
    if memo is not None:
        entities = memo.entities_of(articles, mentions, curated, functools.partial(_entity, glossary=glossary))
    else:
        entities = {key: _entity(*key, tuple(occurrences), forms, glossary)
                    for key, (occurrences, forms) in sorted(_gathered(articles, mentions).items())}
    # Curated glossary entries exist even when no article uses them yet.
    for entry in curated.glossary:
        entities.setdefault((m.TERM, entry.id), Entity(
            m.TERM, entry.id, entry.term, f"glossary/{slugify(entry.id)}.md", tuple(sorted(entry.aliases)), (),
            (), True, entry.definition))
    return entities


def _gathered(articles, mentions, groups=None) -> dict[tuple[str, str], Group]:
    """(kind, key) -> (occurrences, (text, data) of each mention), article by article. `groups`:
    each article's groups, if they are made already."""
    found: dict[tuple[str, str], Group] = {}
    for article in articles:
        here = groups[article.id] if groups is not None else _article_groups(article, mentions.get(article.id, ()))
        for key, (occurrences, forms) in here.items():
            item = found.get(key)
            if item is None:
                found[key] = (list(occurrences), list(forms))
            else:
                item[0].extend(occurrences)
                item[1].extend(forms)
    return found


def _entity(kind: str, key: str, occurrences: tuple[Occurrence, ...], forms: list, glossary: dict) -> Entity:
    # Most mentions of one entity are written alike: each distinct form is read once.
    forms = list(dict.fromkeys(forms))
    attributes = _attributes(data for _, data in forms)
    surfaces = sorted({text for text, _ in forms})
    entry = glossary.get(key) if kind == m.TERM else None
    name = entry.term if entry else _best_name(kind, attributes, surfaces)
    aliases = tuple(sorted(set(surfaces + list(entry.aliases if entry else ())) - {name}))
    return Entity(
        kind=kind, key=key, name=name,
        page=f"{SECTION_OF_KIND[kind]}/{slugify(key) or 'entry'}.md",
        aliases=aliases,
        attributes=tuple((k, tuple(v)) for k, v in sorted(attributes.items()) if k != "name"),
        occurrences=occurrences,
        curated=entry is not None or kind != m.TERM,
        definition=entry.definition if entry else "",
    )


def _attributes(data: Iterable[tuple[tuple[str, str], ...]]) -> dict[str, list[str]]:
    """Each attribute's distinct non-empty values, in order of first use."""
    attributes: dict[str, list[str]] = defaultdict(list)
    for pairs in data:
        for name, value in pairs:
            if value and value not in attributes[name]:
                attributes[name].append(value)
    return attributes


def _best_name(kind: str, attributes: dict[str, list[str]], surfaces: list[str]) -> str:
    names = attributes.get("name") or surfaces
    if kind == m.PERSON:
        # The form with Vietnamese diacritics is the fuller spelling of the same name.
        return max(names, key=lambda n: (sum(ord(c) > 127 for c in n), -names.index(n)))
    if kind == m.DOCUMENT:
        return max(names, key=lambda n: (len(n), -names.index(n)))
    return names[0]


def _choose_links(article: m.Article, mentions, scope: str) -> dict[int, tuple[m.Mention, ...]]:
    # Every mention of a linked kind has an entity: _entities makes one for each.
    by_block: dict[int, list[m.Mention]] = defaultdict(list)
    for index, mention in mentions:
        if mention.kind in LINKED_KINDS:
            by_block[index].append(mention)
    if not by_block:
        return {}
    labels = [b.label for b in article.blocks if b.kind == m.FOOTNOTE]
    linked: set[tuple[str, str]] = set()
    chosen: dict[int, tuple[m.Mention, ...]] = {}
    for index, block in enumerate(article.blocks):
        if block.kind == m.HEADING:
            if scope == "section":
                linked.clear()
            continue  # never link inside a heading
        if scope == "paragraph":
            linked.clear()
        fresh = [x for x in by_block.get(index, ()) if (x.kind, x.key) not in linked]
        if not fresh:
            continue  # nothing to link: spare the search for URLs and footnote markers
        picked: list[m.Mention] = []
        for mention in choose_links(fresh, blocked_spans(block.text, labels)):
            if (mention.kind, mention.key) not in linked:
                linked.add((mention.kind, mention.key))
                picked.append(mention)
        if picked:
            chosen[index] = tuple(picked)
    return chosen


def _who(found) -> frozenset[tuple[str, str]]:
    """The people and places an article names."""
    return frozenset((x.kind, x.key) for _, x in found if x.kind in (m.PERSON, m.PLACE))


def _same_events(articles, mentions, timeline: Sequence[TimelineEntry],
                 memo: LinkMemo | None = None) -> dict[str, tuple[str, ...]]:
    """Articles reporting one event: the same day (their own date, or the day they say 'today' of)
    and at least one person or place in common, in any language; plus what editors declared."""
    days: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        if article.date:
            days[article.date].add(article.id)
    for entry in timeline:
        if entry.inferred and len(entry.value) == 10:
            days[entry.value].add(entry.article)
    who = {a.id: memo.who(a.id, found) if memo is not None else _who(found)
           for a in articles for found in (mentions.get(a.id, ()),)}
    pairs: dict[str, set[str]] = defaultdict(set)
    for ids in days.values():
        ordered = sorted(ids)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                if who[first] & who[second]:
                    pairs[first].add(second)
                    pairs[second].add(first)
    by_file = {a.source_file.rsplit("/", 1)[-1]: a.id for a in articles}
    by_stem = {name.rsplit(".", 1)[0]: article_id for name, article_id in by_file.items()}
    known = {a.id for a in articles}
    for article in articles:
        for ref in article.same_event:
            other = ref if ref in known else by_file.get(ref) or by_stem.get(ref)
            if other and other != article.id:
                pairs[article.id].add(other)
                pairs[other].add(article.id)
    return {article_id: tuple(sorted(others)) for article_id, others in sorted(pairs.items())}


def _related(articles, entities, memo: LinkMemo | None = None) -> dict[str, tuple[Related, ...]]:
    """Rank other articles by the shared items, each weighted by its rarity (inverse document
    frequency). Uses an inverted index, so the cost follows the postings, not the pairs of articles.
    `memo`: the previous ranking, kept for the articles none of whose items changed."""
    # Articles are numbered in the order of their ids, so numbers break ties as ids would.
    ids = sorted({a.id for a in articles})
    number = {article_id: n for n, article_id in enumerate(ids)}
    items = _telling_items(entities, number, len(articles))
    # Each article's items as positions in `items`, so most telling first. Scores are summed in
    # that order: a score depends only on the items shared, never on the order of a set.
    ranks: list[list[int]] = [[] for _ in ids]
    for r, (_, _, _, others) in enumerate(items):
        for n in others:
            ranks[n].append(r)
    rank_sets: dict[int, set[int]] = {}  # made as needed: ranks[n] is in ascending order, so most telling first
    kept = memo.related_kept(ids, items) if memo is not None else {}
    related: dict[str, tuple[Related, ...]] = {}
    for article in articles:
        if article.id in kept:
            related[article.id] = kept[article.id]
            continue
        n = number[article.id]
        scores: dict[int, float] = {}
        get = scores.get
        for r in ranks[n]:
            weight, _, _, others = items[r]
            # scores[other] += weight for each other (all distinct), looped in C: the hottest loop.
            scores.update(zip(others, map(add, map(get, others, repeat(0.0)), repeat(weight))))
        scores.pop(n, None)
        best = _best(scores)
        for other in best:
            if other not in rank_sets:
                rank_sets[other] = set(ranks[other])
        related[article.id] = tuple(
            Related(ids[other], round(scores[other], 3),  # and the five rarest items both have
                    tuple(items[r][1] for r in islice(filter(rank_sets[other].__contains__, ranks[n]), 5)))
            for other in best)
    if memo is not None:
        memo.ranked(related)
    return related


_ARTICLE = attrgetter("article")


def _telling_items(entities, number: dict[str, int], total: int) -> list[tuple[float, str, tuple[str, str], list[int]]]:
    """(weight, name, key, article numbers) of the items that can relate two articles, rarest first,
    then by name. An item of one article relates nothing; one of too many is left out (MAX_POSTINGS)."""
    items = []
    for key, entity in entities.items():
        if len(entity.occurrences) < 2:
            continue
        numbers = [number[article_id] for article_id in dict.fromkeys(map(_ARTICLE, entity.occurrences))]
        if 2 <= len(numbers) <= MAX_POSTINGS:
            weight = math.log((total + 1) / len(numbers)) + 0.05
            items.append((weight, entity.name, key, numbers))
    items.sort(key=lambda item: (-item[0], item[1], item[2]))
    return items


def _best(scores: dict[int, float], count: int = 8) -> list[int]:
    """The `count` best scores, ties by number: the count-th best score is the bar, few others reach it."""
    if len(scores) > count:
        bar = heapq.nlargest(count, scores.values())[-1]
        scores = {other: score for other, score in scores.items() if score >= bar}
    return sorted(scores, key=lambda other: (-scores[other], other))[:count]
