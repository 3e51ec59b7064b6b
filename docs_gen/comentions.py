"""Co-mentions: the people, organisations, places and documents that articles name together.

Two entities are co-mentioned once for every article that names both. The counts are made once for
the whole corpus, article by article: each entity's partners are counted over its own articles and
only its best few are kept, so time grows with the corpus (bounded per article) and memory holds
one entity's counts at a time."""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
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


def co_mentions(entities: Mapping[Key, Entity], top: int = TOP, per_article: int = PER_ARTICLE) -> CoMentions:
    articles = {key: len(set(map(_ARTICLE, entity.occurrences))) for key, entity in entities.items()}
    # Entities are numbered the most mentioned first, so that between equal counts of co-mentions
    # the better known partner comes first (then by key: the same order in every build).
    keys = sorted(entities, key=lambda key: (-articles[key], key))
    in_article: dict[str, list[tuple[int, int]]] = defaultdict(list)  # article -> (-mentions, number)
    articles_of: list[list[str]] = [[] for _ in keys]  # entity -> the articles where it counts
    for n, key in enumerate(keys):
        counts = Counter(map(_ARTICLE, entities[key].occurrences))
        if key[0] in NAMED_KINDS:
            for article, mentions in counts.items():
                in_article[article].append((-mentions, n))
        else:  # a term counts the named entities of all its articles
            articles_of[n] = list(counts)
    named: dict[str, tuple[int, ...]] = {}  # article -> the named entities that count in it
    for article, found in in_article.items():
        if len(found) > per_article:
            found = heapq.nsmallest(per_article, found)
        named[article] = tuple(n for _, n in found)
        for n in named[article]:
            articles_of[n].append(article)
    del in_article
    partners: dict[Key, tuple[Partner, ...]] = {}
    reach: dict[Key, int] = {}
    for n, key in enumerate(keys):
        if len(articles_of[n]) == 1:
            # Most entities are named in one article: their partners are its other entities, once
            # each, the better known first; no counting needed.
            others = sorted(named.get(articles_of[n][0], ()))
            if n in others:
                others.remove(n)
            best = [(other, 1) for other in others[:top]]
        else:
            # Counted in C: the named entities of each of its articles, chained.
            together = Counter(chain.from_iterable(map(named.get, articles_of[n], repeat(()))))
            together.pop(n, None)
            others, best = together, _best(together, top)
        if key[0] in NAMED_KINDS:
            reach[key] = len(others)
        partners[key] = tuple(Partner(keys[other], shared) for other, shared in best)
    return CoMentions(partners, reach, articles)


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
