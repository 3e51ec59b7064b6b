"""Run every extractor over every block of one article (a per-file stage: no other file is seen)."""
from __future__ import annotations

from dataclasses import dataclass

from .. import models as m
from .candidates import find_candidates
from .dates import find_dates
from .documents import DocumentFinder
from .people import PeopleFinder
from .places import PlaceFinder
from .phrases import PhraseMatcher
from .terms import find_terms


@dataclass(frozen=True)
class Extractors:
    """Matchers built once from the curated data and shared by all articles."""

    terms: PhraseMatcher
    documents: DocumentFinder
    people: PeopleFinder
    places: PlaceFinder


@dataclass(frozen=True)
class ArticleMentions:
    article_id: str
    mentions: tuple[tuple[int, m.Mention], ...]  # (block index, mention), in reading order


def extract_article(article: m.Article, extractors: Extractors) -> ArticleMentions:
    found: list[tuple[int, m.Mention]] = []
    known_people: list[str] = []
    for index, block in enumerate(article.blocks):
        text = block.text
        people = extractors.people.find(text, known_people)
        known_people.extend(p.get("name") for p in people if p.get("name") not in known_people)
        block_mentions = (find_terms(text, extractors.terms) + extractors.documents.find(text) + people
                          + extractors.places.find(text) + find_dates(text) + find_candidates(text))
        found.extend((index, mention) for mention in sorted(block_mentions, key=lambda x: (x.start, x.end)))
    return ArticleMentions(article.id, tuple(found))
