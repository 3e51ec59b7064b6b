"""Co-mentions: the people, organisations, places and documents that articles name together.

Two entities are co-mentioned once for every article that names both. The counts are made once for
the whole corpus, article by article: each entity's partners are counted over its own articles and
only its best few are kept, so time grows with the corpus (bounded per article) and memory holds
one entity's counts at a time.

While serving, `CoMemo` keeps what the counts were made from, and a rebuild counts again only for
the entities whose partners an edit can have changed (those of the articles whose named entities
changed, and those named beside an entity whose number of articles changed)."""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from . import models as m
from .link import Entity

Key = tuple[str, str]  # (kind, key), as Corpus.entities has them
NAMED_KINDS = (m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT)
# An article that names more entities than this counts only the ones it names most: a list of
# hundreds of names says little about who was there together, and would cost its square.
PER_ARTICLE = 40
TOP = 12  # partners kept per entity

_ARTICLE = attrgetter("article")


class Partner(NamedTuple):
    key: Key
    articles: int  # articles that name both


@dataclass(frozen=True)
class CoMentions:
    partners: dict[Key, tuple[Partner, ...]]  # every entity (glossary terms too): named partners, most first
    reach: dict[Key, int]  # named entities: how many named entities they are co-mentioned with
    articles: dict[Key, int]  # every entity: the articles that mention it

    def of(self, key: Key) -> tuple[Partner, ...]:
        return self.partners.get(key, ())


@dataclass
class CoMemo:
    """What the last co-mentions were counted from (`mkdocs serve`); holds the last count only."""

    entities: Mapping[Key, Entity] = field(default_factory=dict)  # the very objects counted
    spread: dict[Key, Counter] = field(default_factory=dict)  # entity -> mentions per article
    present: dict[str, dict[Key, int]] = field(default_factory=dict)  # article -> named entity -> mentions
    terms: dict[str, dict[Key, int]] = field(default_factory=dict)  # article -> the other entities (terms)
    named: dict[str, frozenset[Key]] = field(default_factory=dict)  # article -> the named entities that count
    result: CoMentions | None = None
    settings: tuple[int, int] = (0, 0)  # (top, per_article) of the last count
    # Count everything again too, and fail where the kept counts differ (the tests).
    verify: bool = False
    # The articles whose mentions changed in the last update (the graph follows them); None after
    # a count from scratch.
    touched: set[str] | None = None


def co_mentions(entities: Mapping[Key, Entity], top: int = TOP, per_article: int = PER_ARTICLE,
                memo: CoMemo | None = None) -> CoMentions:
    """`memo`: the last count (`mkdocs serve`), of which the partners no edit can have changed are kept."""
    if memo is None or memo.result is None or memo.settings != (top, per_article):
        kept, memo = memo is not None, memo if memo is not None else CoMemo()
        _fresh(memo, entities, top, per_article, kept)
        found = _count(memo, entities, top, per_article, set(entities), set(memo.present))
    else:
        try:
            dirty, reselect = _update(memo, entities, per_article)
            found = _count(memo, entities, top, per_article, dirty, reselect)
        except BaseException:
            memo.result = None  # half updated: the next count starts from scratch
            raise
        if memo.verify:
            whole = co_mentions(entities, top, per_article)
            assert found == whole, "co-mentions kept from the last count differ from a count from scratch"
    memo.result, memo.entities = found, entities
    return found


def _fresh(memo: CoMemo, entities: Mapping[Key, Entity], top: int, per_article: int, kept: bool) -> None:
    """Every entity's mentions per article, and every article's entities (its terms only when the
    memo is `kept` for the next count: they tell which partners an edit reaches)."""
    present: defaultdict[str, dict[Key, int]] = defaultdict(dict)
    terms: defaultdict[str, dict[Key, int]] = defaultdict(dict)
    memo.spread, memo.named, memo.result, memo.touched = {}, {}, None, None
    for key, entity in entities.items():
        spread = memo.spread[key] = Counter(map(_ARTICLE, entity.occurrences))
        if key[0] in NAMED_KINDS:
            for article, mentions in spread.items():
                present[article][key] = mentions
        elif kept:
            for article, mentions in spread.items():
                terms[article][key] = mentions
    memo.present, memo.terms, memo.settings = dict(present), dict(terms), (top, per_article)


def _update(memo: CoMemo, entities: Mapping[Key, Entity], per_article: int) -> tuple[set[Key], set[str]]:
    """Brings the memo's mentions up to `entities`; returns the entities whose partners an edit can
    have changed, but for those named beside the articles to select again (also returned)."""
    before = memo.entities
    altered = [key for key, entity in entities.items() if before.get(key) is not entity]
    altered += [key for key in before if key not in entities]
    touched: set[str] = set()
    moved: set[Key] = set()
    dirty: set[Key] = {key for key in entities if key not in memo.result.partners}
    for key in altered:
        entity = entities.get(key)
        now = Counter(map(_ARTICLE, entity.occurrences)) if entity is not None else Counter()
        then = memo.spread.pop(key, Counter())
        if entity is not None:
            memo.spread[key] = now
        if now == then:
            continue
        changed = {a for a in now.keys() | then.keys() if now.get(a) != then.get(a)}
        touched |= changed
        if now.keys() != then.keys():
            moved.add(key)
            dirty.add(key)  # its articles changed (a term counts all of its articles)
        for article in changed:
            _place(memo.present if key[0] in NAMED_KINDS else memo.terms, article, key, now.get(article))
    # Which named entities count in an article of more than `per_article` depends on the order of
    # all entities by their number of articles: an entity that moved in it can change it.
    reselect = set(touched)
    for key in moved:
        if key[0] in NAMED_KINDS:
            for article in memo.spread.get(key, ()):
                if len(memo.present.get(article, ())) > per_article:
                    reselect.add(article)
    # Entities whose partner lists hold a moved one: between equal counts, the better known first.
    for key in moved:
        if key[0] in NAMED_KINDS and key in entities:
            for article in memo.spread[key]:
                if key in memo.named.get(article, ()):
                    dirty.update(memo.named[article], memo.terms.get(article, ()))
    memo.touched = touched
    return dirty, reselect


def _place(index: dict[str, dict[Key, int]], article: str, key: Key, mentions: int | None) -> None:
    """Puts `key` with its mentions in the article's entry of `index`, or takes it out; an article
    left with none is dropped, so that removed articles leave nothing behind."""
    found = index.get(article)
    if mentions:
        if found is None:
            found = index[article] = {}
        found[key] = mentions
    elif found is not None:
        found.pop(key, None)
        if not found:
            del index[article]


def _count(memo: CoMemo, entities: Mapping[Key, Entity], top: int, per_article: int,
           dirty: set[Key], reselect: set[str]) -> CoMentions:
    """Partners counted again for `dirty` and for every entity counted in an article of `reselect`
    whose named entities changed; the others' are kept from memo.result."""
    articles = {key: len(memo.spread.get(key, ())) for key in entities}
    # Entities are numbered the most mentioned first, so that between equal counts of co-mentions
    # the better known partner comes first (then by key: the same order in every build).
    keys = sorted(entities, key=lambda key: (-articles[key], key))
    number = {key: n for n, key in enumerate(keys)}
    for article in reselect:
        old = memo.named.pop(article, frozenset())
        new = _select(memo.present.get(article, {}), number, per_article)
        if new:
            memo.named[article] = new
        if new != old:
            dirty.update(old, new, memo.terms.get(article, ()))
    counted = _Numbers(memo.named, number)
    kept = memo.result
    if kept is None:
        todo, where = keys, _articles_where_counted(memo.named, memo.spread)
        partners: dict[Key, tuple[Partner, ...]] = {}
        reach: dict[Key, int] = {}
    else:
        todo, where = [key for key in keys if key in dirty], {}
        partners = {key: found for key, found in kept.partners.items() if key in entities}
        reach = {key: found for key, found in kept.reach.items() if key in entities}
    for key in todo:
        n, named_kind = number[key], key[0] in NAMED_KINDS
        own = memo.spread.get(key, ())
        if named_kind:
            counts_in = where.get(key, ()) if kept is None else [a for a in own if key in memo.named.get(a, ())]
        else:
            counts_in = list(own)
        if len(counts_in) == 1:
            # Most entities are named in one article: their partners are its other entities, once
            # each, the better known first; no counting needed.
            others = sorted(counted[counts_in[0]])
            if n in others:
                others.remove(n)
            reach_of, best = len(others), [(other, 1) for other in others[:top]]
        else:
            # Counted in C: the named entities of each of its articles, chained.
            together = Counter(chain.from_iterable(map(counted.__getitem__, counts_in)))
            together.pop(n, None)
            reach_of, best = len(together), _best(together, top)
        if named_kind:
            reach[key] = reach_of
        partners[key] = tuple(Partner(keys[other], shared) for other, shared in best)
    return CoMentions(partners, reach, articles)


class _Numbers(dict):
    """article -> the numbers of the named entities that count in it, each made when first asked for."""

    def __init__(self, named: dict[str, frozenset[Key]], number: dict[Key, int]) -> None:
        super().__init__()
        self.named, self.number = named, number

    def __missing__(self, article: str) -> tuple[int, ...]:
        found = self[article] = tuple(map(self.number.__getitem__, self.named.get(article, ())))
        return found


def _articles_where_counted(named: dict[str, frozenset[Key]], spread: dict[Key, Counter]) -> dict[Key, list[str]]:
    """Named entity -> the articles where it counts, in the order of its own articles."""
    where: dict[Key, list[str]] = {}
    for article, keys in named.items():
        for key in keys:
            where.setdefault(key, []).append(article)
    return where


def _select(found: dict[Key, int], number: dict[Key, int], per_article: int) -> frozenset[Key]:
    """The named entities that count in an article: the `per_article` it names most, between equal
    counts the better known."""
    if len(found) <= per_article:
        return frozenset(found)
    return frozenset(key for _, _, key in heapq.nsmallest(
        per_article, ((-mentions, number[key], key) for key, mentions in found.items())))


def _best(counts: Counter, top: int) -> list[tuple[int, int]]:
    """The `top` (number, count) pairs of highest count, ties by number (the better known first).
    The count of the top-th is found by sorting the counts alone and the pairs that reach it are
    picked in C: an entity named in thousands of articles has thousands of partners, which a Python
    loop would walk one by one."""
    if len(counts) > top:
        bar = sorted(counts.values(), reverse=True)[top - 1]
        counts = dict(compress(counts.items(), map(bar.__le__, counts.values())))
    # By number, then (a stable sort) by count, highest first.
    return sorted(sorted(counts.items()), key=itemgetter(1), reverse=True)[:top]

