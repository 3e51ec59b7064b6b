"""What linking keeps from one build to the next of a process (`mkdocs serve`), so that a rebuild
works again only on what an edit touched.

Each part is kept with what it was made from and compared, not hashed: an unchanged article and its
mentions are the very objects of the last build (kept by the read and extraction caches), so most
comparisons stop at identity. Each part holds the last linking only."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import chain
from dataclasses import dataclass, field

from . import models as m
from .curated import Curated
from .link import (Entity, Group, Related, _article_candidates, _article_groups, _choose_links, _gathered, _position,
                   _who)
from .timeline import ArticleDates, SortedDates, article_dates


# Above this many changed articles an entity's occurrences are gathered again from its articles:
# each run put in or taken out moves the rest of the list.
SPLICED_AT_MOST = 50


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
    # The articles that mention each entity, and the curated data the entities were made with (None:
    # none kept, or the last linking failed before they were all made).
    where: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)  # each article's place in the last linking
    # The timeline's placed entries in order, moved where an article's dates changed.
    timeline: SortedDates = field(default_factory=SortedDates)
    entities_curated: Curated | None = None
    # The related articles of each article, and what they were ranked from: each telling item's
    # weight, name and articles (by number, in the order of the ids, which must be the same).
    related: dict[str, tuple[Related, ...]] = field(default_factory=dict)
    related_ids: tuple[str, ...] = ()
    signatures: dict[tuple[str, str], tuple] = field(default_factory=dict)
    # The last linking's parts, while this one runs.
    _before: dict[str, dict] = field(default_factory=dict, repr=False)

    def start(self) -> None:
        """A linking begins: the last one's parts are looked up, this one's collected."""
        if self._before:  # the last linking stopped half-way: its parts are not all there
            self.entities_curated = None
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

    def entities_of(self, articles: Sequence[m.Article], mentions, curated: Curated,
                    make: Callable[[str, str, tuple, list], Entity]) -> dict[tuple[str, str], Entity]:
        """Every entity an article mentions, by (kind, key) in order: made again only those mentioned
        in an article whose mentions changed (or that was added or removed); the others are the
        very objects of the last linking."""
        before = self._before.get("groups", {})
        groups = {a.id: self.article_groups(a, mentions.get(a.id, ())) for a in articles}
        whole, self.entities_curated = curated is not self.entities_curated, None
        if whole:
            found = _gathered(articles, mentions, groups)
            self.where = {}
            for article_id, here in groups.items():
                for key in here:
                    self.where.setdefault(key, set()).add(article_id)
        position = {a.id: n for n, a in enumerate(articles)}
        if not whole:
            found, (affected, changed) = {}, self._regrouped(before, groups)
            for key in affected:
                if key in self.where:
                    found[key] = self._spliced(key, changed, before, groups, position)
        kept, made = self.entities, {}
        for key in sorted(self.where):
            item = found.get(key)
            if item is None:  # no article that mentions it changed
                made[key] = kept[key]
                continue
            inputs = (tuple(item[0]), item[1], curated)
            old = kept.get(key)
            # Compared, not hashed: the occurrences of unchanged articles are the objects of the last build.
            made[key] = old if old is not None and old[0] == inputs else (inputs, make(*key, inputs[0], item[1]))
        self.entities, self.entities_curated, self.position = made, curated, position
        return {key: entity for key, (_, entity) in made.items()}

    def _spliced(self, key: tuple[str, str], changed: list[str], before: dict, groups: dict, position: dict) -> Group:
        """The occurrences of an entity and the forms of its mentions, in the order of the articles:
        the last linking's, with the runs of the changed articles taken out and their new ones put
        in (an entity named in thousands of articles is not gathered from all of them again)."""
        old = self.entities.get(key)
        if old is None or len(changed) > SPLICED_AT_MOST:
            ids = sorted(self.where[key], key=position.__getitem__)
            return (list(chain.from_iterable(groups[i][key][0] for i in ids)),
                    list(chain.from_iterable(groups[i][key][1] for i in ids)))
        occurrences, forms = list(old[0][0]), list(old[0][1])
        then = self.position
        for article_id in changed:  # runs of one article each, ordered by the last positions
            if article_id in before and key in before[article_id][1]:
                at = then[article_id]
                start = bisect.bisect_left(occurrences, at, key=lambda o: then[o.article])
                end = bisect.bisect_right(occurrences, at, lo=start, key=lambda o: then[o.article])
                del occurrences[start:end], forms[start:end]
        for article_id in changed:  # the unchanged articles left keep their order among the new positions
            if article_id in groups and key in groups[article_id]:
                start = bisect.bisect_left(occurrences, position[article_id], key=lambda o: position[o.article])
                occurrences[start:start], forms[start:start] = groups[article_id][key]
        return occurrences, forms

    def _regrouped(self, before: dict, groups: dict[str, dict]) -> tuple[set[tuple[str, str]], list[str]]:
        """Brings `where` up to the articles whose groups changed; returns the entities they mention,
        before or after, and those articles."""
        affected: set[tuple[str, str]] = set()
        changed = [i for i, here in groups.items() if (old := before.get(i)) is None or old[1] is not here]
        changed += [i for i in before if i not in groups]
        for article_id in changed:
            old = before.get(article_id)
            then = old[1].keys() if old is not None else set()
            now = groups[article_id].keys() if article_id in groups else set()
            for key in then - now:
                found = self.where.get(key)
                if found is not None:
                    found.discard(article_id)
                    if not found:
                        del self.where[key]
            for key in now:
                self.where.setdefault(key, set()).add(article_id)
            affected.update(then, now)
        return affected, changed

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
