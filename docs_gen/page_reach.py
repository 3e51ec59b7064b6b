"""Which article and entry pages an edit can reach, so that a rebuild (`mkdocs serve`) makes and
compares the inputs (page_inputs.py) of those pages only: at 10,000 articles building the inputs of
all 21,000 pages took longer than rendering the few dozen that changed.

A page is out of reach when every value its inputs are made from is the very object, or an equal
value, of the previous render: its inputs are then equal to those kept with it. What the inputs of
one page read from others (the names and tooltips of linked entries, the titles of linked articles)
is followed back from the few entries and articles that changed."""
from __future__ import annotations

from dataclasses import dataclass

from . import models as m
from .curated import Curated
from .link import Corpus, Entity
from .page_inputs import Faces
from .pictures import APPEARS_WITH, Overview

Key = tuple[str, str]


@dataclass(frozen=True)
class Snapshot:
    """What one render's article and entry pages were made from (dicts of the corpus, not copies)."""

    articles: dict[str, m.Article]
    mentions: dict[str, tuple]
    links: dict[str, dict]
    related: dict[str, tuple]
    same_event: dict[str, tuple]
    entities: dict[Key, Entity]
    faces: Faces
    partners: dict[Key, tuple]
    in_graph: frozenset[Key]
    dated: bool  # whether any article states its year: entry pages chart their mentions
    split: bool  # whether the timeline has a page per year
    curated: Curated
    dates: dict[str, list]  # article -> its timeline entries

    @classmethod
    def of(cls, corpus: Corpus, view: Overview, faces: Faces, split: bool) -> Snapshot:
        return cls(corpus.by_id, corpus.mentions, corpus.links, corpus.related, corpus.same_event, corpus.entities,
                   faces, view.co.partners, view.in_graph, bool(view.years), split, corpus.curated,
                   corpus.dates_by_article)


def _article_face(article: m.Article | None) -> tuple | None:
    """What a link to an article shows (page_inputs._article_faces)."""
    return None if article is None else (article.title, article.language)


def _entity_articles(entity: Entity | None) -> set[str]:
    return {o.article for o in entity.occurrences} if entity is not None else set()


def _keys(mentions) -> set[Key]:
    return {(x.kind, x.key) for _, x in mentions or ()}


class Reach:
    """Tells, page by page, whether an edit from `before` to `now` can have changed its inputs."""

    def __init__(self, before: Snapshot | None, now: Snapshot) -> None:
        self.before, self.now = before, now
        # The whole render is compared when what every page reads changed.
        self.everything = (before is None or before.curated is not now.curated or before.split != now.split
                           or before.dated != now.dated)
        if self.everything:
            return
        assert before is not None
        changed = {i for i, a in now.articles.items() if before.articles.get(i) is not a}
        changed |= before.articles.keys() - now.articles.keys()
        retitled = {i for i in changed if _article_face(before.articles.get(i)) != _article_face(now.articles.get(i))}
        altered = {k for k, e in now.entities.items() if before.entities.get(k) is not e}
        altered |= before.entities.keys() - now.entities.keys()
        # Entries whose links show another name, page, kind or tooltip.
        self.refaced = {k for k in altered if before.faces.linked.get(k) != now.faces.linked.get(k)}
        # Articles that link a refaced entry, or an article of another title or language.
        self.articles: set[str] = set(changed)
        for key in self.refaced:
            self.articles |= _entity_articles(before.entities.get(key)) | _entity_articles(now.entities.get(key))
        if retitled:
            self.articles |= {i for i, found in now.related.items() if any(r.article in retitled for r in found)}
            self.articles |= {i for i, found in now.same_event.items() if not retitled.isdisjoint(found)}
        # Entries that quote a changed article, or show a refaced entry beside their own.
        self.entities: set[Key] = set(altered)
        for article_id in changed:
            self.entities |= _keys(before.mentions.get(article_id)) | _keys(now.mentions.get(article_id))
        self.entities |= before.in_graph ^ now.in_graph
        if any(kind == m.PLACE for kind, _ in self.refaced):
            self.entities |= {k for k, e in now.entities.items()
                              if any((m.PLACE, place) in self.refaced for place in e.attribute("place"))}
        if any(kind == m.TERM for kind, _ in self.refaced):
            self.entities |= {(m.TERM, entry.id) for entry in now.curated.glossary
                              if any((m.TERM, other) in self.refaced for other in entry.related)}

    def years_reached(self) -> set[str] | None:
        """The years of the timeline whose events an edit can have changed (None: every year): those
        of the dates of the articles reached, before and after it. An event groups the dates of one
        value, so a date added or removed regroups the events of its own year only."""
        if self.everything:
            return None
        assert self.before is not None
        found: set[str] = set()
        for article_id in self.articles:
            for dates in (self.before.dates.get(article_id, ()), self.now.dates.get(article_id, ())):
                found.update(entry.year for entry in dates)
        return found

    def article_reached(self, article: m.Article) -> bool:
        if self.everything:
            return True
        before, now, i = self.before, self.now, article.id
        assert before is not None
        return (i in self.articles or before.mentions.get(i) is not now.mentions.get(i)
                or before.links.get(i) is not now.links.get(i)
                or before.related.get(i, ()) != now.related.get(i, ())
                or before.same_event.get(i, ()) != now.same_event.get(i, ()))

    def entity_reached(self, entity: Entity) -> bool:
        if self.everything:
            return True
        before, now, key = self.before, self.now, (entity.kind, entity.key)
        assert before is not None
        if key in self.entities:
            return True
        partners = now.partners.get(key, ())[:APPEARS_WITH]
        if before.partners.get(key, ())[:APPEARS_WITH] != partners:
            return True
        return bool(self.refaced) and any(p.key in self.refaced for p in partners)
