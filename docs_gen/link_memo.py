"""What linking keeps from one build to the next of a process (`mkdocs serve`), so that a rebuild
works again only on what an edit touched.

Each part is kept with what it was made from and compared, not hashed: an unchanged article and its
mentions are the very objects of the last build (kept by the read and extraction caches), so most
comparisons stop at identity. Each part holds the last linking only."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from . import models as m
from .link import Entity, Group, Related, _article_candidates, _article_groups, _choose_links, _position, _who
from .timeline import ArticleDates, article_dates


@dataclass
class LinkMemo:
    # Each article's mentions split from its term candidates, and in order with the promoted ones:
    # the same tuple from build to build while nothing in it changed, which the parts after compare
    # at a glance.
    candidates: dict[str, tuple[tuple, tuple[list, list]]] = field(default_factory=dict)
    mentions: dict[str, tuple[tuple, tuple]] = field(default_factory=dict)
    # Each article's occurrences of each entity, its links and its timeline entries.
    groups: dict[str, tuple[tuple, dict[tuple[str, str], Group]]] = field(default_factory=dict)
    links: dict[str, tuple[tuple, dict[int, tuple[m.Mention, ...]]]] = field(default_factory=dict)
    dates: dict[str, tuple[tuple, ArticleDates]] = field(default_factory=dict)
    # The people and places each article names, for the same-event pairs.
    people: dict[str, tuple[tuple, frozenset]] = field(default_factory=dict)
    # Each entity with what it was made from: one none of whose articles changed is the same object
    # as before, which the page memo then finds unchanged at a glance.
    entities: dict[tuple[str, str], tuple[tuple, Entity]] = field(default_factory=dict)
    # The related articles of each article, and what they were ranked from: each telling item's
    # weight, name and articles (by number, in the order of the ids, which must be the same).
    related: dict[str, tuple[Related, ...]] = field(default_factory=dict)
    related_ids: tuple[str, ...] = ()
    signatures: dict[tuple[str, str], tuple] = field(default_factory=dict)
    # The last linking's parts, while this one runs.
    _before: dict[str, dict] = field(default_factory=dict, repr=False)

    def start(self) -> None:
        """A linking begins: the last one's parts are looked up, this one's collected."""
        self._before = {"candidates": self.candidates, "mentions": self.mentions, "groups": self.groups,
                        "links": self.links, "dates": self.dates, "people": self.people}
        self.candidates, self.mentions, self.groups, self.links, self.dates, self.people = {}, {}, {}, {}, {}, {}

    def finish(self) -> None:
        """Linking is done: what the last one kept may go."""
        self._before = {}

    def _kept(self, part: str, article_id: str, key: tuple, make):
        old = self._before.get(part, {}).get(article_id)
        found = old[1] if old is not None and old[0] == key else make()
        getattr(self, part)[article_id] = (key, found)
        return found

    def article_candidates(self, article_id: str, found) -> tuple[list, list]:
        return self._kept("candidates", article_id, (article_id, found), lambda: _article_candidates(article_id, found))

    def ordered(self, article_id: str, kept: list, added: list) -> tuple:
        return self._kept("mentions", article_id, (kept, added), lambda: tuple(sorted(kept + added, key=_position)))

    def article_groups(self, article: m.Article, found) -> dict[tuple[str, str], Group]:
        return self._kept("groups", article.id, (article, found), lambda: _article_groups(article, found))

    def article_dates(self, article: m.Article, found) -> ArticleDates:
        return self._kept("dates", article.id, (article, found), lambda: article_dates(article, found))

    def who(self, article_id: str, found) -> frozenset:
        return self._kept("people", article_id, (found,), lambda: _who(found))

    def choose(self, articles: Sequence[m.Article], mentions, scope: str) -> dict[str, dict[int, tuple[m.Mention, ...]]]:
        """The links of every article, chosen again only in the articles or mentions that changed."""
        return {article.id: self._kept("links", article.id, (article, found, scope),
                                       lambda: _choose_links(article, found, scope))
                for article in articles for found in (mentions.get(article.id, ()),)}

    def related_kept(self, ids: list[str], items: list) -> dict[str, tuple[Related, ...]]:
        """The related articles of the last ranking that stand: those of the articles in none of the
        items that changed (an item's weight, name or articles). All change when an article is
        added, removed or renamed: the weights count the articles."""
        signatures = {key: (weight, name, tuple(numbers)) for weight, name, key, numbers in items}
        before, same_ids = self.signatures, tuple(ids) == self.related_ids
        # Until the ranking is done (ranked()), none: a ranking that fails keeps nothing.
        self.related, self.related_ids, self.signatures, kept = {}, tuple(ids), signatures, self.related
        if not same_ids:
            return {}
        affected: set[int] = set()
        for key in signatures.keys() | before.keys():
            now, then = signatures.get(key), before.get(key)
            if now != then:
                affected.update(now[2] if now else ())
                affected.update(then[2] if then else ())
        return {article_id: found for n, article_id in enumerate(ids)
                if n not in affected and (found := kept.get(article_id)) is not None}

    def ranked(self, related: dict[str, tuple[Related, ...]]) -> None:
        self.related = related
